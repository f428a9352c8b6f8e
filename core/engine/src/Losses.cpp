#include "Losses.h"

#include <stdexcept>

namespace medsynth::engine {

torch::Tensor discriminatorLoss(const std::string& kind, const torch::Tensor& real, const torch::Tensor& fake)
{
    if (kind == "hinge")
        return torch::relu(1 - real).mean() + torch::relu(1 + fake).mean();
    return torch::binary_cross_entropy_with_logits(real, torch::ones_like(real)) +
           torch::binary_cross_entropy_with_logits(fake, torch::zeros_like(fake));
}

torch::Tensor generatorAdversarialLoss(const std::string& kind, const torch::Tensor& fake)
{
    if (kind == "hinge")
        return -fake.mean();
    return torch::binary_cross_entropy_with_logits(fake, torch::ones_like(fake));
}

torch::Tensor focalLoss(const torch::Tensor& logits, const torch::Tensor& classes, double gamma)
{
    const torch::Tensor logP = torch::log_softmax(logits, 1).gather(1, classes.view({-1, 1})).view(-1);
    const torch::Tensor p = logP.exp();
    return (-(1 - p).pow(gamma) * logP).mean();
}

namespace {

// Per image: TP, FP, FN as soft sums.
std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> softCounts(const torch::Tensor& p, const torch::Tensor& t)
{
    const torch::Tensor pf = p.flatten(1), tf = t.flatten(1);
    return {(pf * tf).sum(1), (pf * (1 - tf)).sum(1), ((1 - pf) * tf).sum(1)};
}

}  // namespace

torch::Tensor tverskyLoss(const torch::Tensor& p, const torch::Tensor& t, double alpha, double beta, double smooth)
{
    const auto [tp, fp, fn] = softCounts(p, t);
    return (1 - (tp + smooth) / (tp + alpha * fp + beta * fn + smooth)).mean();
}

torch::Tensor diceLoss(const torch::Tensor& p, const torch::Tensor& t, double smooth)
{
    return tverskyLoss(p, t, 0.5, 0.5, smooth);
}

torch::Tensor focalTverskyLoss(const torch::Tensor& p, const torch::Tensor& t, double alpha, double beta, double gamma,
                               double smooth)
{
    const auto [tp, fp, fn] = softCounts(p, t);
    const torch::Tensor index = (tp + smooth) / (tp + alpha * fp + beta * fn + smooth);
    // clamp: 1 - TI can round below 0, and a fractional power of a negative number is NaN.
    return (1 - index).clamp_min(0).pow(1.0 / gamma).mean();
}

ClassificationMetrics classificationMetrics(const ConfusionCounts& c)
{
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    ClassificationMetrics m;
    const double total = c.truePositives + c.falsePositives + c.trueNegatives + c.falseNegatives;
    m.accuracy = ratio(c.truePositives + c.trueNegatives, total);
    m.precision = ratio(c.truePositives, c.truePositives + c.falsePositives);
    m.recall = ratio(c.truePositives, c.truePositives + c.falseNegatives);
    m.specificity = ratio(c.trueNegatives, c.trueNegatives + c.falsePositives);
    m.f1 = ratio(2 * c.truePositives, 2 * c.truePositives + c.falsePositives + c.falseNegatives);
    return m;
}

ConfusionCounts confusionCounts(const torch::Tensor& predicted, const torch::Tensor& truth)
{
    const torch::Tensor p = predicted.to(torch::kCPU).view(-1) == 1, t = truth.to(torch::kCPU).view(-1) == 1;
    ConfusionCounts c;
    c.truePositives = (p & t).sum().item<double>();
    c.falsePositives = (p & ~t).sum().item<double>();
    c.trueNegatives = (~p & ~t).sum().item<double>();
    c.falseNegatives = (~p & t).sum().item<double>();
    return c;
}

SegmentationMetrics segmentationMetrics(const torch::Tensor& predicted, const torch::Tensor& truth)
{
    const torch::Tensor p = predicted.to(torch::kCPU).flatten() > 0.5, t = truth.to(torch::kCPU).flatten() > 0.5;
    const double both = (p & t).sum().item<double>(), predictedCount = p.sum().item<double>(),
                 truthCount = t.sum().item<double>(), agree = (p == t).sum().item<double>();
    SegmentationMetrics m;
    const double sum = predictedCount + truthCount, unionCount = sum - both;
    m.dice = sum > 0 ? 2 * both / sum : 1.0;
    m.iou = unionCount > 0 ? both / unionCount : 1.0;
    m.pixelAccuracy = p.numel() > 0 ? agree / static_cast<double>(p.numel()) : 0.0;
    return m;
}

}  // namespace medsynth::engine
