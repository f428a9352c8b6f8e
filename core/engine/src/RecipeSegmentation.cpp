// Recipe segmentation: a U-Net image -> mask logits [1, H, W] (a final Sigmoid is allowed and
// skipped for the loss), trained with Dice, Tversky, focal Tversky or BCE + Dice on the dataset's
// masks. Reports loss, Dice, IoU and pixel accuracy on the batch and on the held-out images.
// Sample grid: image | predicted mask in red | true mask in green, for fixed images.

#include "Losses.h"
#include "Recipe.h"

namespace medsynth::engine {

namespace {

// Gray or colour images [N, C, H, W] in [-1, 1] as RGB with a 0/1 mask blended in a colour.
torch::Tensor overlay(const torch::Tensor& images, const torch::Tensor& mask, std::vector<float> colour)
{
    const torch::Tensor rgb = images.size(1) == 3 ? images : images.narrow(1, 0, 1).expand({-1, 3, -1, -1});
    const torch::Tensor tint = torch::tensor(colour, images.options()).view({1, 3, 1, 1});
    return rgb * (1 - 0.5 * mask) + 0.5 * mask * tint;
}

SegmentationMetrics evaluateMasks(const torch::Tensor& logits, const torch::Tensor& masks)
{
    return segmentationMetrics(logits.detach() > 0, masks);
}

class SegmentationRecipe : public Recipe {
public:
    std::vector<std::string> roles() const override { return {"segmenter"}; }
    std::string generatingRole() const override { return "segmenter"; }
    bool holdsOut() const override { return true; }

    void prepare(TrainingState& s, const ImageSet& data) override
    {
        GraphModule& net = s.network("segmenter");
        requireImageInput(net, "segmenter", imageShapeOf(data));
        if (net->inputNames().size() != 1)
            throw GraphError("The segmentation recipe needs a segmenter with one input, the image.");
        const TensorShape maskShape{{1, data.height, data.width}};
        if (net->outputShape() != maskShape)
            throw GraphError("The segmenter must give one mask channel at the image's size (" + maskShape.toString() +
                             "), but it gives " + net->outputShape().toString() +
                             ". End it in a 1x1 Conv2d with 1 output channel at full resolution.");
        requireMasks(data, "segmentation recipe");
        // The grid shows held-out images first, then training images when there are too few.
        const int64_t held = s.heldOutImages.defined() ? std::min<int64_t>(s.experiment.sampleCount, s.heldOutImages.size(0)) : 0;
        const int64_t trained = std::min<int64_t>(s.experiment.sampleCount - held, s.images.size(0));
        const auto first = [&](const torch::Tensor& heldOut, const torch::Tensor& training) {
            const torch::Tensor rest = training.narrow(0, 0, trained);
            return s.onDevice(held > 0 ? torch::cat({heldOut.narrow(0, 0, held), rest}) : rest);
        };
        fixedImages_ = first(s.heldOutImages, s.images);
        fixedMasks_ = first(s.heldOutMasks, s.masks);
    }

    torch::Tensor loss(const Experiment& e, const torch::Tensor& logits, const torch::Tensor& masks)
    {
        const torch::Tensor p = torch::sigmoid(logits);
        if (e.segmentationLoss == "tversky")
            return tverskyLoss(p, masks, e.tverskyAlpha, e.tverskyBeta);
        if (e.segmentationLoss == "focal-tversky")
            return focalTverskyLoss(p, masks, e.tverskyAlpha, e.tverskyBeta, e.focalTverskyGamma);
        if (e.segmentationLoss == "bce-dice")
            return torch::binary_cross_entropy_with_logits(logits, masks) + diceLoss(p, masks);
        return diceLoss(p, masks);
    }

    NamedTensors step(TrainingState& s) override
    {
        GraphModule& net = s.network("segmenter");
        const Batch batch = s.nextBatch();
        clearGradients(*net);
        const torch::Tensor logits = net->forwardLogits(inputsFor(net, {batch.images}));
        const torch::Tensor value = loss(s.experiment, logits, batch.masks);
        value.backward();
        const torch::Tensor norm = gradientNorm({*net});
        s.entry("segmenter").optimizer->step();
        const SegmentationMetrics m = evaluateMasks(logits, batch.masks);
        const auto t = [&](double v) { return torch::full({}, v, value.options().dtype(torch::kFloat64)); };
        return {{"loss", value}, {"dice", t(m.dice)}, {"iou", t(m.iou)}, {"pixel_accuracy", t(m.pixelAccuracy)},
                {"grad_norm_g", norm}};
    }

    torch::Tensor samples(TrainingState&, GraphModule& net) override
    {
        net->eval();
        const torch::Tensor predicted = (net->forwardLogits(inputsFor(net, {fixedImages_})) > 0).to(torch::kFloat32);
        net->train();
        return sideBySide({overlay(fixedImages_, torch::zeros_like(fixedMasks_), {0, 0, 0}),
                           overlay(fixedImages_, predicted, {1, -1, -1}), overlay(fixedImages_, fixedMasks_, {-1, 1, -1})});
    }

    NamedValues evaluate(TrainingState& s) override
    {
        const SegmentationMetrics m =
            evaluateMasks(heldOutOutputs(s, s.network("segmenter"), /*logits=*/true), s.onDevice(s.heldOutMasks));
        return {{"dice", m.dice}, {"iou", m.iou}, {"pixel_accuracy", m.pixelAccuracy}};
    }

private:
    torch::Tensor fixedImages_, fixedMasks_;
};

}  // namespace

std::unique_ptr<Recipe> makeSegmentationRecipe() { return std::make_unique<SegmentationRecipe>(); }

}  // namespace medsynth::engine
