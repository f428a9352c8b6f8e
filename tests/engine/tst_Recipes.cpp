// Recipes, losses, optimizers, schedules and the moving average: every recipe trains a few steps
// of a tiny configuration; losses, metrics and gradient norms equal hand-computed values; each optimizer's steps
// equal its update rule; old experiment files still load. This suite includes LibTorch (the
// engine-private Losses, Optimizers and MovingAverage), like tst_GraphModule.

#include "Losses.h"
#include "MovingAverage.h"
#include "Optimizers.h"
#include "TrainingState.h"

#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace medsynth::engine;

namespace {

const ImageSet& tinyData()
{
    static const ImageSet data = generatePhantomImageSet(16, 32, 1, 5);
    return data;
}

Experiment tiny(const std::string& templateId)
{
    Experiment e = experimentForTemplate(templateId, 1, 32);
    e.batchSize = 4;
    e.steps = 3;
    e.threads = 1;  // tiny models: a second thread would only wait (OpenMP spins) on a busy CI machine
    e.seed = 3;
    e.sampleCount = 4;
    e.sampleEvery = 2;
    return e;
}

bool hasValue(const StepReport& r, const std::string& name)
{
    for (const NamedValue& v : r.values)
        if (v.name == name)
            return true;
    return false;
}

// Trains `steps` steps; every value finite, the named values present, every network changed.
void trainsAndChanges(const Experiment& e, const std::vector<std::string>& names, int steps = 2)
{
    TrainingRun run(e, tinyData(), "", nullptr);
    std::vector<double> before;
    for (const std::string& role : run.networkRoles())
        before.push_back(run.parameterChecksum(role));
    StepReport last;
    for (int i = 0; i < steps; ++i) {
        last = run.step();
        for (const NamedValue& v : last.values)
            QVERIFY2(std::isfinite(v.value), (e.recipe + " " + v.name).c_str());
    }
    for (const std::string& name : names)
        QVERIFY2(hasValue(last, name), (e.recipe + " lacks " + name).c_str());
    for (size_t i = 0; i < before.size(); ++i)
        QVERIFY2(run.parameterChecksum(run.networkRoles()[i]) != before[i], (e.recipe + " " + run.networkRoles()[i]).c_str());
}

double softplus(double x) { return std::log1p(std::exp(x)); }

// p and its gradient g as two-element float tensors; the optimizer steps three times with
// changing gradients, and the reference update runs on doubles.
using Reference = std::function<void(std::vector<double>& p, const std::vector<double>& g, int step)>;
void checkOptimizer(const OptimizerSettings& settings, const Reference& reference)
{
    torch::Tensor p = torch::tensor({1.0f, -2.0f}).set_requires_grad(true);
    std::vector<double> expected = {1.0, -2.0};
    auto optimizer = makeOptimizer(settings, {p});
    const std::vector<std::vector<double>> gradients = {{0.5, 0.25}, {-0.3, 0.8}, {0.1, -0.6}};
    for (int step = 1; step <= 3; ++step) {
        const auto& g = gradients[step - 1];
        p.mutable_grad() = torch::tensor({float(g[0]), float(g[1])});
        optimizer->step();
        reference(expected, g, step);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(std::abs(p[i].item<double>() - expected[i]) < 1e-5,
                     (settings.type + " step " + std::to_string(step) + ": " + std::to_string(p[i].item<double>()) +
                      " vs " + std::to_string(expected[i]))
                         .c_str());
    }
}

}  // namespace

class RecipesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ganWithBceAndHinge()
    {
        Experiment e = tiny("dcgan");
        trainsAndChanges(e, {"loss_g", "loss_d", "d_real", "d_fake", "lr_generator", "lr_discriminator"});
        e.adversarialLoss = "hinge";
        TrainingRun run(e, tinyData(), "", nullptr);
        const StepReport r = run.step();
        // Hinge: D's loss is at least 0 and reports raw scores, not probabilities.
        QVERIFY(r.discriminatorLoss >= 0);
        QCOMPARE(r.generatorLoss, r.value("loss_g"));
        QVERIFY(std::isfinite(r.dReal) && std::isfinite(r.dFake));
    }

    void wganGpAndConditionalGanTrain()
    {
        trainsAndChanges(tiny("wgan-gp"),
                         {"loss_d", "loss_g", "d_real", "d_fake", "gradient_penalty", "grad_norm_g", "grad_norm_d"});
        trainsAndChanges(tiny("cdcgan"), {"loss_d", "loss_g", "d_real", "d_fake", "grad_norm_g", "grad_norm_d"});
    }

    // Each trained network's gradient norm, after its backward pass and before its optimizer's step.
    void gradientNormsAreReported()
    {
        const auto positive = [](const StepReport& r, const std::string& name) {
            QVERIFY2(hasValue(r, name), name.c_str());
            const double value = r.value(name);
            QVERIFY2(std::isfinite(value) && value > 0, (name + " " + std::to_string(value)).c_str());
        };
        for (const char* templateId : {"dcgan", "wgan-gp", "vae-gan", "pix2pix"}) {
            TrainingRun run(tiny(templateId), tinyData(), "", nullptr);
            const StepReport r = run.step();
            positive(r, "grad_norm_g");
            positive(r, "grad_norm_d");
        }
        {
            // WGAN-GP: the penalty is the part of the critic's loss beyond the scores' difference.
            TrainingRun run(tiny("wgan-gp"), tinyData(), "", nullptr);
            const StepReport r = run.step();
            QVERIFY(r.value("gradient_penalty", -1) >= 0);
            const double lossD = r.value("loss_d"), scores = r.value("d_fake") - r.value("d_real");
            const double penalty = r.value("gradient_penalty");
            QVERIFY2(std::abs(lossD - scores - penalty) <= 1e-4 * (1 + std::abs(lossD)),
                     qPrintable(QString("loss_d %1, scores %2, penalty %3").arg(lossD).arg(scores).arg(penalty)));
            // A critic update alone reports the critic's norm only.
            const StepReport critic = run.step(StepPart::Discriminator);
            positive(critic, "grad_norm_d");
            QVERIFY(!hasValue(critic, "grad_norm_g"));
        }
        for (const char* templateId : {"vae", "unet"}) {
            Experiment e = tiny(templateId);
            TrainingRun run(e, tinyData(), "", nullptr);
            const StepReport r = run.step();
            positive(r, "grad_norm_g");
            QVERIFY(!hasValue(r, "grad_norm_d"));
        }

        // The helper: the norm of the per-parameter norms, parameters without a gradient left out.
        torch::nn::Linear linear(2, 1);
        linear->weight.mutable_grad() = torch::tensor({{3.0f, 4.0f}});
        QCOMPARE(gradientNorm({*linear}).item<double>(), 5.0);
        linear->bias.mutable_grad() = torch::tensor({12.0f});
        QCOMPARE(gradientNorm({*linear}).item<double>(), 13.0);

        // Against an independent computation: the classifier's first step on a batch of all 16
        // images (any order gives the same mean gradient) from the same initial weights.
        Experiment e = tiny("resnet-classifier");
        e.batchSize = 16;
        e.validationFraction = 0;
        TrainingRun run(e, tinyData(), "", nullptr);
        const double reported = run.step().value("grad_norm_g");
        torch::manual_seed(e.seed);  // as TrainingRun seeds module construction
        GraphModule classifier(*e.graph.findNetwork("classifier"));
        const ImageSet& data = tinyData();
        const torch::Tensor images = torch::from_blob(const_cast<float*>(data.values.data()),
                                                      {data.count, data.channels, data.height, data.width});
        const torch::Tensor labels = torch::tensor(std::vector<int64_t>(data.labels.begin(), data.labels.end()));
        torch::cross_entropy_loss(classifier->forward(images), labels).backward();
        double squares = 0;
        for (const torch::Tensor& p : classifier->parameters())
            squares += p.grad().to(torch::kFloat64).pow(2).sum().item<double>();
        const double expected = std::sqrt(squares);
        QVERIFY2(expected > 0 && std::abs(reported - expected) <= 1e-5 * expected,
                 qPrintable(QString("reported %1, computed %2").arg(reported, 0, 'g', 10).arg(expected, 0, 'g', 10)));
    }

    // CUDA runs train channels-last (convolution weights, hence activations). Every template's
    // layers must take such tensors (a view() of a channels-last tensor throws) and train to the
    // same values: checked on the CPU, where a test can ask for the same memory format.
    void channelsLastTrainsEveryTemplateAlike()
    {
        for (const TemplateInfo& info : listTemplates()) {
            Experiment e = tiny(info.id);
            e.augmentation = {};
            const auto losses = [&](bool channelsLast) {
                channelsLastOnTheCpuForTests(channelsLast);
                TrainingRun run(e, tinyData(), "", nullptr);
                std::vector<double> values;
                for (int i = 0; i < 2; ++i)
                    for (const NamedValue& v : run.step().values)
                        values.push_back(v.value);
                channelsLastOnTheCpuForTests(false);
                return values;
            };
            const std::vector<double> plain = losses(false), channelsLast = losses(true);
            QCOMPARE(channelsLast.size(), plain.size());
            for (size_t i = 0; i < plain.size(); ++i)
                QVERIFY2(std::isfinite(channelsLast[i]) &&
                             std::abs(channelsLast[i] - plain[i]) <= 1e-3 * std::max(1.0, std::abs(plain[i])),
                         (info.id + " value " + std::to_string(i) + ": " + std::to_string(channelsLast[i]) + " vs " +
                          std::to_string(plain[i]))
                             .c_str());
        }
        // The weights are channels-last, with the same values.
        torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 8, 3));
        const torch::Tensor before = conv->weight.clone();
        toChannelsLast(*conv);
        QVERIFY(conv->weight.is_contiguous(at::MemoryFormat::ChannelsLast));
        QVERIFY(torch::equal(conv->weight, before));
    }

    void vaeTrainsWithKlWarmup()
    {
        Experiment e = tiny("vae");
        e.klWarmupSteps = 2;
        e.klBeta = 0.5;
        TrainingRun run(e, tinyData(), "", nullptr);
        const double encoder = run.parameterChecksum("encoder"), decoder = run.parameterChecksum("decoder");
        const StepReport r1 = run.step(), r2 = run.step(), r3 = run.step();
        QCOMPARE(r1.value("kl_weight", -1), 0.0);
        QCOMPARE(r2.value("kl_weight", -1), 0.25);
        QCOMPARE(r3.value("kl_weight", -1), 0.5);
        QVERIFY(r3.value("kl") > 0 && r3.value("reconstruction") > 0);
        QVERIFY(std::abs(r3.value("loss") - (r3.value("reconstruction") + 0.5 * r3.value("kl"))) <
                1e-4 * r3.value("loss"));
        QCOMPARE(r3.generatorLoss, r3.value("loss"));
        QVERIFY(run.parameterChecksum("encoder") != encoder && run.parameterChecksum("decoder") != decoder);
        QCOMPARE(run.sampleGrid().width, 2 * 34 + 2);  // 4 decoded samples in a 2x2 grid

        e.reconstructionLoss = "bce";
        trainsAndChanges(e, {"loss", "reconstruction", "kl", "kl_weight", "lr_encoder", "lr_decoder"});
    }

    void conditionalVaeAndVaeGan()
    {
        trainsAndChanges(tiny("cvae"), {"loss", "reconstruction", "kl"});
        Experiment e = tiny("vae-gan");
        trainsAndChanges(e, {"loss_d", "loss_g", "loss_e", "reconstruction", "kl", "d_real", "d_fake"});
        e.featureLayer = "";  // pixel reconstruction
        trainsAndChanges(e, {"reconstruction"});
        e.featureLayer = "nosuch";
        QVERIFY_THROWS_EXCEPTION(GraphError, TrainingRun(e, tinyData(), "", nullptr));
    }

    void pix2pixBothDirections()
    {
        Experiment e = tiny("pix2pix");
        trainsAndChanges(e, {"loss_d", "loss_g", "adversarial", "l1", "d_real", "d_fake"});
        TrainingRun run(e, tinyData(), "", nullptr);
        const ImageBuffer grid = run.sampleGrid();
        QCOMPARE(grid.width, 2 * (3 * 32 + 2) + 2);  // input | output | target per tile
        // image -> mask: the grey template's generator takes one channel and makes one, so it fits.
        e.pairDirection = "image-to-mask";
        trainsAndChanges(e, {"l1"}, 1);
        // Without masks there are no pairs.
        ImageSet noMasks = tinyData();
        noMasks.masks.clear();
        try {
            TrainingRun refused(tiny("pix2pix"), noMasks, "", nullptr);
            QFAIL("pix2pix accepted data without masks");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(QString(error.what()).contains("mask"), error.what());
        }
    }

    void classifierReportsMetrics()
    {
        Experiment e = tiny("resnet-classifier");
        e.validationFraction = 0.25;  // 4 of 16 images held out
        trainsAndChanges(e, {"loss", "accuracy", "precision", "recall", "specificity", "f1", "lr_classifier"});
        TrainingRun run(e, tinyData(), "", nullptr);
        run.step();
        const StepReport evaluated = run.step();  // sampleEvery = 2: held-out metrics now
        for (const char* name : {"val_accuracy", "val_precision", "val_recall", "val_specificity", "val_f1"}) {
            QVERIFY2(hasValue(evaluated, name), name);
            QVERIFY(evaluated.value(name) >= 0 && evaluated.value(name) <= 1);
        }
        QVERIFY(run.sampleGrid().empty());
        e.classifierLoss = "focal";
        trainsAndChanges(e, {"loss"}, 1);
        e.ema = true;  // nothing to average: refused with a reason
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingRun(e, tinyData(), "", nullptr));
    }

    // Held-out metrics use BatchNorm statistics recomputed for the current weights: with the lagging
    // running averages a classifier right on ~90% of its batches was at chance (~0.5) on held-out
    // phantoms. Evaluating changes nothing in training.
    void classifierGeneralisesToHeldOutImages()
    {
        Experiment e = experimentForTemplate("resnet-classifier", 1, 32);
        e.batchSize = 32;
        e.steps = 100;
        e.threads = 2;
        e.seed = 1;
        e.sampleEvery = 1000;
        e.validationFraction = 0.1;
        const ImageSet data = generatePhantomImageSet(1024, 32, 1, 1);
        TrainingRun run(e, data, "", nullptr);
        for (int i = 0; i < 100; ++i)
            run.step();
        const auto accuracy = [&] {
            for (const NamedValue& v : run.evaluateHeldOut())
                if (v.name == "val_accuracy")
                    return v.value;
            return -1.0;
        };
        const double first = accuracy();
        QVERIFY2(first >= 0.7, qPrintable(QString::number(first)));  // 0.82 here; chance is 0.5
        QCOMPARE(accuracy(), first);  // the evaluation left the network as it was

        Experiment small = tiny("resnet-classifier");
        small.validationFraction = 0.25;
        small.steps = 6;
        TrainingRun plain(small, tinyData(), "", nullptr), evaluated(small, tinyData(), "", nullptr);
        for (int i = 0; i < 6; ++i) {
            plain.step();
            evaluated.evaluateHeldOut();
            evaluated.step();
        }
        QCOMPARE(evaluated.parameterChecksum("classifier"), plain.parameterChecksum("classifier"));
    }

    void segmentationWithEveryLoss()
    {
        for (const char* loss : {"dice", "tversky", "focal-tversky", "bce-dice"}) {
            Experiment e = tiny("unet");
            e.segmentationLoss = loss;
            e.validationFraction = 0.25;
            trainsAndChanges(e, {"loss", "dice", "iou", "pixel_accuracy", "val_dice", "val_iou", "val_pixel_accuracy"});
        }
        TrainingRun run(tiny("unet"), tinyData(), "", nullptr);
        const ImageBuffer grid = run.sampleGrid();
        QCOMPARE(grid.channels, 3);
        QCOMPARE(grid.width, 2 * (3 * 32 + 2) + 2);  // image | prediction | truth
    }

    void recipeNeedsItsRoles()
    {
        Experiment e = tiny("dcgan");
        e.recipe = "vae";
        try {
            TrainingRun run(e, tinyData(), "", nullptr);
            QFAIL("a GAN model was trained as a VAE");
        } catch (const GraphError& error) {
            QVERIFY2(QString(error.what()).contains("encoder"), error.what());
        }
    }

    void adversarialLossesOnFixedLogits()
    {
        const torch::Tensor real = torch::tensor({2.0, -1.0}, torch::kFloat64);
        const torch::Tensor fake = torch::tensor({0.5, -3.0}, torch::kFloat64);
        // Hinge: mean(relu(1 - real)) + mean(relu(1 + fake)) = (0 + 2)/2 + (1.5 + 0)/2.
        QCOMPARE(discriminatorLoss("hinge", real, fake).item<double>(), 1.75);
        QCOMPARE(generatorAdversarialLoss("hinge", fake).item<double>(), 1.25);
        // BCE with logits: -log sigmoid(x) = softplus(-x), -log(1 - sigmoid(x)) = softplus(x).
        const double d = (softplus(-2.0) + softplus(1.0)) / 2 + (softplus(0.5) + softplus(-3.0)) / 2;
        QVERIFY(std::abs(discriminatorLoss("bce", real, fake).item<double>() - d) < 1e-12);
        const double g = (softplus(-0.5) + softplus(3.0)) / 2;
        QVERIFY(std::abs(generatorAdversarialLoss("bce", fake).item<double>() - g) < 1e-12);
    }

    void focalLossOnFixedLogits()
    {
        const torch::Tensor logits = torch::tensor({2.0, 0.0, -1.0, 1.0}, torch::kFloat64).view({2, 2});
        const torch::Tensor classes = torch::tensor({0, 0}, torch::kLong);
        const double p1 = std::exp(2.0) / (std::exp(2.0) + 1), p2 = std::exp(-1.0) / (std::exp(-1.0) + std::exp(1.0));
        const double expected = (-(1 - p1) * (1 - p1) * std::log(p1) - (1 - p2) * (1 - p2) * std::log(p2)) / 2;
        QVERIFY(std::abs(focalLoss(logits, classes, 2.0).item<double>() - expected) < 1e-12);
        QVERIFY(std::abs(focalLoss(logits, classes, 0.0).item<double>() -
                         torch::cross_entropy_loss(logits, classes).item<double>()) < 1e-12);
    }

    void overlapLossesOnKnownMasks()
    {
        // Prediction 1 1 1 0 against truth 1 0 0 1: TP 1, FP 2, FN 1 (smooth 1).
        const torch::Tensor p = torch::tensor({1.0, 1.0, 1.0, 0.0}, torch::kFloat64).view({1, 1, 2, 2});
        const torch::Tensor t = torch::tensor({1.0, 0.0, 0.0, 1.0}, torch::kFloat64).view({1, 1, 2, 2});
        QVERIFY(std::abs(diceLoss(p, t).item<double>() - (1 - 2.0 / 3.5)) < 1e-12);
        const double tversky = 1 - 2.0 / (2.0 + 0.3 * 2 + 0.7 * 1);
        QVERIFY(std::abs(tverskyLoss(p, t, 0.3, 0.7).item<double>() - tversky) < 1e-12);
        QVERIFY(std::abs(focalTverskyLoss(p, t, 0.3, 0.7, 4.0 / 3.0).item<double>() - std::pow(tversky, 0.75)) < 1e-12);
        // A perfect prediction, and two empty masks, cost nothing.
        QCOMPARE(diceLoss(t, t).item<double>(), 0.0);
        QCOMPARE(diceLoss(torch::zeros_like(t), torch::zeros_like(t)).item<double>(), 0.0);
        QCOMPARE(focalTverskyLoss(t, t, 0.3, 0.7, 4.0 / 3.0).item<double>(), 0.0);

        const SegmentationMetrics m = segmentationMetrics(p, t);
        QCOMPARE(m.dice, 2.0 / 5.0);
        QCOMPARE(m.iou, 1.0 / 4.0);
        QCOMPARE(m.pixelAccuracy, 1.0 / 4.0);
        QCOMPARE(segmentationMetrics(torch::zeros_like(t), torch::zeros_like(t)).dice, 1.0);
    }

    void classificationMetricsOnAKnownConfusionMatrix()
    {
        const ClassificationMetrics m = classificationMetrics({8, 2, 5, 5});  // TP, FP, TN, FN
        QCOMPARE(m.accuracy, 13.0 / 20.0);
        QCOMPARE(m.precision, 8.0 / 10.0);
        QCOMPARE(m.recall, 8.0 / 13.0);
        QCOMPARE(m.specificity, 5.0 / 7.0);
        QCOMPARE(m.f1, 16.0 / 23.0);
        const ClassificationMetrics none = classificationMetrics({0, 0, 4, 0});
        QCOMPARE(none.precision, 0.0);  // no positive predicted: 0, not NaN
        QCOMPARE(none.accuracy, 1.0);

        const torch::Tensor predicted = torch::tensor({1, 1, 0, 0, 1}, torch::kLong);
        const torch::Tensor truth = torch::tensor({1, 0, 0, 1, 1}, torch::kLong);
        const ConfusionCounts c = confusionCounts(predicted, truth);
        QCOMPARE(c.truePositives, 2.0);
        QCOMPARE(c.falsePositives, 1.0);
        QCOMPARE(c.trueNegatives, 1.0);
        QCOMPARE(c.falseNegatives, 1.0);
    }

    void optimizersFollowTheirUpdateRules()
    {
        OptimizerSettings s;
        s.learningRate = 0.1;

        s.type = "sgd";
        s.momentum = 0.9;
        std::vector<double> buffer(2);
        checkOptimizer(s, [&](std::vector<double>& p, const std::vector<double>& g, int step) {
            for (int i = 0; i < 2; ++i) {
                buffer[i] = step == 1 ? g[i] : 0.9 * buffer[i] + g[i];
                p[i] -= 0.1 * buffer[i];
            }
        });

        const auto adam = [](double weightDecay) {
            auto m = std::make_shared<std::vector<double>>(2, 0.0), v = std::make_shared<std::vector<double>>(2, 0.0);
            return [=](std::vector<double>& p, const std::vector<double>& g, int step) {
                for (int i = 0; i < 2; ++i) {
                    p[i] *= 1 - 0.1 * weightDecay;  // AdamW's decoupled decay
                    (*m)[i] = 0.8 * (*m)[i] + 0.2 * g[i];
                    (*v)[i] = 0.99 * (*v)[i] + 0.01 * g[i] * g[i];
                    const double mHat = (*m)[i] / (1 - std::pow(0.8, step)), vHat = (*v)[i] / (1 - std::pow(0.99, step));
                    p[i] -= 0.1 * mHat / (std::sqrt(vHat) + 1e-8);
                }
            };
        };
        s.type = "adam";
        s.beta1 = 0.8;
        s.beta2 = 0.99;
        checkOptimizer(s, adam(0.0));
        s.type = "adamw";
        s.weightDecay = 0.05;
        checkOptimizer(s, adam(0.05));
        s.weightDecay = 0;

        s.type = "rmsprop";
        s.alpha = 0.9;
        s.momentum = 0.5;
        std::vector<double> square(2, 0.0), momentum(2, 0.0);
        checkOptimizer(s, [&](std::vector<double>& p, const std::vector<double>& g, int) {
            for (int i = 0; i < 2; ++i) {
                square[i] = 0.9 * square[i] + 0.1 * g[i] * g[i];
                momentum[i] = 0.5 * momentum[i] + g[i] / (std::sqrt(square[i]) + 1e-8);
                p[i] -= 0.1 * momentum[i];
            }
        });

        s.type = "adagrad";
        std::vector<double> sum(2, 0.0);
        checkOptimizer(s, [&](std::vector<double>& p, const std::vector<double>& g, int) {
            for (int i = 0; i < 2; ++i) {
                sum[i] += g[i] * g[i];
                p[i] -= 0.1 * g[i] / (std::sqrt(sum[i]) + 1e-8);
            }
        });

        s.type = "adadelta";
        s.learningRate = 1.0;
        s.rho = 0.9;
        s.eps = 1e-6;
        std::vector<double> squareGradient(2, 0.0), squareDelta(2, 0.0);
        checkOptimizer(s, [&](std::vector<double>& p, const std::vector<double>& g, int) {
            for (int i = 0; i < 2; ++i) {
                squareGradient[i] = 0.9 * squareGradient[i] + 0.1 * g[i] * g[i];
                const double delta = std::sqrt(squareDelta[i] + 1e-6) / std::sqrt(squareGradient[i] + 1e-6) * g[i];
                squareDelta[i] = 0.9 * squareDelta[i] + 0.1 * delta * delta;
                p[i] -= 1.0 * delta;
            }
        });
    }

    void everyOptimizerTrainsARecipe()
    {
        for (const char* type : {"sgd", "adam", "adamw", "rmsprop", "adagrad", "adadelta"}) {
            Experiment e = tiny("resnet-classifier");
            e.optimizerType = type;
            e.learningRate = 0.01;
            trainsAndChanges(e, {"loss"}, 1);
        }
        // One network's own optimizer.
        Experiment e = tiny("dcgan");
        OptimizerSettings sgd;
        sgd.type = "sgd";
        sgd.learningRate = 0.03;
        e.networkOptimizers["discriminator"] = sgd;
        TrainingRun run(e, tinyData(), "", nullptr);
        const StepReport r = run.step();
        QCOMPARE(r.value("lr_discriminator"), 0.03);
        QCOMPARE(r.value("lr_generator"), e.learningRate);
    }

    void schedulesAtChosenSteps()
    {
        LearningRateSchedule s;
        QCOMPARE(learningRateFactor(s, 500, 1000), 1.0);
        s.kind = "step";
        s.stepSize = 10;
        s.gamma = 0.5;
        QCOMPARE(learningRateFactor(s, 0, 100), 1.0);
        QCOMPARE(learningRateFactor(s, 9, 100), 1.0);
        QCOMPARE(learningRateFactor(s, 10, 100), 0.5);
        QCOMPARE(learningRateFactor(s, 25, 100), 0.25);
        s.kind = "cosine";
        s.minimumFactor = 0;
        QCOMPARE(learningRateFactor(s, 0, 100), 1.0);
        QVERIFY(std::abs(learningRateFactor(s, 50, 100) - 0.5) < 1e-12);
        QVERIFY(std::abs(learningRateFactor(s, 25, 100) - (1 + std::cos(M_PI / 4)) / 2) < 1e-12);
        QVERIFY(std::abs(learningRateFactor(s, 100, 100)) < 1e-12);
        s.minimumFactor = 0.1;
        QVERIFY(std::abs(learningRateFactor(s, 50, 100) - 0.55) < 1e-12);
    }

    void learningRateFollowsScheduleAndSetter()
    {
        Experiment e = tiny("resnet-classifier");
        e.learningRate = 0.01;
        e.steps = 4;
        e.schedule.kind = "step";
        e.schedule.stepSize = 2;
        e.schedule.gamma = 0.1;
        TrainingRun run(e, tinyData(), "", nullptr);
        QCOMPARE(run.step().value("lr_classifier"), 0.01);
        QCOMPARE(run.step().value("lr_classifier"), 0.01);
        QVERIFY(std::abs(run.step().value("lr_classifier") - 0.001) < 1e-15);
        run.setLearningRate(0.05);  // the GUI's setter between steps: the schedule still applies
        QVERIFY(std::abs(run.learningRate("classifier") - 0.005) < 1e-15);
        QVERIFY(std::abs(run.step().value("lr_classifier") - 0.005) < 1e-15);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run.setLearningRate(0.1, "generator"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run.setLearningRate(-1));
    }

    void movingAverageArithmetic()
    {
        QCOMPARE(movingAverageDecay(0.999, 0), 0.1);
        QCOMPARE(movingAverageDecay(0.999, 10), 11.0 / 20.0);
        QCOMPARE(movingAverageDecay(0.999, 100000), 0.999);
        torch::nn::Linear average(2, 1), source(2, 1);
        {
            torch::NoGradGuard noGrad;
            average->weight.fill_(1.0);
            average->bias.fill_(-1.0);
            source->weight.fill_(3.0);
            source->bias.fill_(1.0);
        }
        updateMovingAverage(*average, *source, 0.9);
        QVERIFY(torch::allclose(average->weight, torch::full({1, 2}, 1.2)));  // 0.9 x 1 + 0.1 x 3
        QVERIFY(torch::allclose(average->bias, torch::full({1}, -0.8)));
        QCOMPARE(source->weight[0][0].item<float>(), 3.0f);  // the source is untouched
    }

    void movingAverageDrawsTheSamples()
    {
        Experiment plain = tiny("dcgan");
        Experiment averaged = plain;
        averaged.ema = true;
        averaged.emaDecay = 0.99;
        TrainingRun a(plain, tinyData(), "", nullptr), b(averaged, tinyData(), "", nullptr);
        QCOMPARE(a.sampleGrid().pixels, b.sampleGrid().pixels);  // the average starts as the weights
        const StepReport ra = a.step(), rb = b.step();
        QCOMPARE(ra.generatorLoss, rb.generatorLoss);  // training itself is the same
        QCOMPARE(a.generatorParameterChecksum(), b.generatorParameterChecksum());
        QVERIFY(a.sampleGrid().pixels != b.sampleGrid().pixels);  // the grid comes from the average
    }

    void oldExperimentFilesStillLoad()
    {
        // An experiment.json as the first version wrote it: no recipe options, schedule or EMA,
        // and an optimizer with Adam's fields only.
        nlohmann::json old = {{"format", "medsynth.experiment"},
                              {"version", 1},
                              {"name", "dcgan"},
                              {"template", "dcgan"},
                              {"recipe", "gan"},
                              {"critic_steps", 1},
                              {"gradient_penalty", 10.0},
                              {"channels", 1},
                              {"image_size", 32},
                              {"batch_size", 8},
                              {"steps", 100},
                              {"seed", 4},
                              {"threads", 0},
                              {"device", "auto"},
                              {"optimizer", {{"type", "adam"}, {"learning_rate", 0.0003}, {"beta1", 0.5}, {"beta2", 0.999}}},
                              {"latent_size", 100},
                              {"sample_every", 50},
                              {"sample_count", 64},
                              {"dataset", {{"kind", "phantom"}, {"image_count", 16}, {"phantom", "brain"}}}};
        const Experiment e = experimentFromJson(old);
        QCOMPARE(e.learningRate, 0.0003);
        QCOMPARE(e.optimizerType, std::string("adam"));
        QCOMPARE(e.adversarialLoss, std::string("bce"));
        QCOMPARE(e.schedule.kind, std::string("constant"));
        QVERIFY(!e.ema);
        QVERIFY(e.networkOptimizers.empty());
        QVERIFY(e.graph.findNetwork("generator"));  // instantiated from the template
        // Before preprocessing options: the file's window, a centre crop, no augmentation, and
        // the whole folder trained (no splits), so that such a run resumes on the same images.
        QCOMPARE(e.preprocessing.window, std::string("file"));
        QCOMPARE(e.preprocessing.fit, std::string("crop"));
        QVERIFY(!e.preprocessing.splitByPatient);
        QVERIFY(!e.augmentation.any());
        QVERIFY(Experiment().preprocessing.splitByPatient);  // new experiments split

        // Every new field round-trips.
        Experiment changed = tiny("vae");
        changed.klBeta = 4;
        changed.klWarmupSteps = 10;
        changed.reconstructionLoss = "bce";
        changed.schedule.kind = "cosine";
        changed.schedule.minimumFactor = 0.2;
        changed.ema = true;
        changed.emaDecay = 0.995;
        changed.optimizerType = "rmsprop";
        OptimizerSettings adadelta;
        adadelta.type = "adadelta";
        adadelta.learningRate = 1.0;
        adadelta.rho = 0.95;
        changed.networkOptimizers["encoder"] = adadelta;
        changed.preprocessing.window = "ct-lung";
        changed.preprocessing.lowPercentile = 2;
        changed.preprocessing.fit = "pad";
        changed.preprocessing.labels = "folders";
        changed.preprocessing.trainFraction = 0.7;
        changed.preprocessing.splitSeed = 9;
        changed.preprocessing.groupByFolder = true;
        changed.augmentation.flip = true;
        changed.augmentation.rotationDegrees = 10;
        changed.augmentation.shiftFraction = 0.05;
        changed.augmentation.intensityJitter = 0.1;
        changed.dataset.splitImages = {{"train", 7}, {"validation", 2}, {"test", 1}};
        const Experiment back = experimentFromJson(experimentToJson(changed));
        QCOMPARE(experimentToJson(back), experimentToJson(changed));
        QCOMPARE(back.networkOptimizers.at("encoder").rho, 0.95);
        QCOMPARE(optimizerFor(back, "decoder").type, std::string("rmsprop"));
    }

    void validationNamesTheProblem()
    {
        const auto problem = [](const std::function<void(Experiment&)>& change) {
            Experiment e = tiny("dcgan");
            change(e);
            return QString::fromStdString(validateExperiment(e));
        };
        QVERIFY(problem([](Experiment&) {}).isEmpty());
        QVERIFY(problem([](Experiment& e) { e.recipe = "diffusion"; }).contains("pix2pix"));
        QVERIFY(problem([](Experiment& e) { e.adversarialLoss = "wasserstein"; }).contains("hinge"));
        QVERIFY(problem([](Experiment& e) { e.optimizerType = "lamb"; }).contains("adadelta"));
        QVERIFY(problem([](Experiment& e) { e.schedule.kind = "linear"; }).contains("cosine"));
        QVERIFY(problem([](Experiment& e) { e.schedule.gamma = 2; }).contains("gamma"));
        QVERIFY(problem([](Experiment& e) { e.emaDecay = 1; }).contains("decay"));
        QVERIFY(problem([](Experiment& e) { e.klBeta = -1; }).contains("KL"));
        QVERIFY(problem([](Experiment& e) { e.segmentationLoss = "jaccard"; }).contains("tversky"));
        QVERIFY(problem([](Experiment& e) { e.tverskyAlpha = 0, e.tverskyBeta = 0; }).contains("Tversky"));
        QVERIFY(problem([](Experiment& e) { e.validationFraction = 0.9; }).contains("held-out"));
        QVERIFY(problem([](Experiment& e) { e.preprocessing.window = "lung"; }).contains("ct-lung"));
        QVERIFY(problem([](Experiment& e) { e.preprocessing.highPercentile = 120; }).contains("percentile"));
        QVERIFY(problem([](Experiment& e) { e.preprocessing.fit = "stretch"; }).contains("pad"));
        QVERIFY(problem([](Experiment& e) { e.preprocessing.labels = "names"; }).contains("folders"));
        QVERIFY(problem([](Experiment& e) { e.preprocessing.trainFraction = 0; }).contains("training split"));
        QVERIFY(problem([](Experiment& e) { e.augmentation.rotationDegrees = 90; }).contains("45 degrees"));
        QVERIFY(problem([](Experiment& e) { e.augmentation.shiftFraction = 0.5; }).contains("0.25"));
        QVERIFY(problem([](Experiment& e) { e.augmentation.intensityJitter = -0.1; }).contains("jitter"));
        QVERIFY(problem([](Experiment& e) {
                    OptimizerSettings bad;
                    bad.momentum = 1.5;
                    e.networkOptimizers["discriminator"] = bad;
                }).contains("discriminator"));
    }

    void templatesBringTheirRecipeSettings()
    {
        const Experiment pix2pix = experimentForTemplate("pix2pix", 1, 64);
        QCOMPARE(pix2pix.recipe, std::string("pix2pix"));
        QCOMPARE(pix2pix.l1Weight, 100.0);
        const Experiment unet = experimentForTemplate("unet", 1, 64);
        QCOMPARE(unet.recipe, std::string("segmentation"));
        QCOMPARE(unet.segmentationLoss, std::string("bce-dice"));
        // Switching template resets what the earlier one set.
        Experiment e = experimentForTemplate("vae-gan", 1, 64);
        QCOMPARE(e.featureLayer, std::string("lrelu3"));
        applyTemplate(e, "dcgan", 1, 64);
        QVERIFY(e.featureLayer.empty());
        QCOMPARE(e.recipe, std::string("gan"));
    }
};

QTEST_APPLESS_MAIN(RecipesTest)
#include "tst_Recipes.moc"
