// Augmentation of training batches (BatchAugmentation.h): nothing on draws nothing and changes
// nothing; each change changes batches and keeps values in [-1, 1]; the same stream gives the same
// batches; masks get the same flip, rotation and shift as their images. Through TrainingRun: an
// augmented run repeats bit for bit, measuring the held-out images draws nothing (they are never
// augmented), and a dataset's splits decide which images train and which are held out.

#include "BatchAugmentation.h"
#include "TrainingState.h"

#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace medsynth::engine;

namespace {

// Phantom slices [n, 1, 32, 32] in [-1, 1] with their lesion masks [n, 1, 32, 32].
std::pair<torch::Tensor, torch::Tensor> phantomBatch(int n)
{
    const ImageSet set = generatePhantomImageSet(n, 32, 1, 9);
    const torch::Tensor images = torch::tensor(set.values).view({n, 1, 32, 32});
    const torch::Tensor masks =
        torch::tensor(std::vector<float>(set.masks.begin(), set.masks.end())).view({n, 1, 32, 32});
    return {images, masks};
}

Augmentation everything()
{
    Augmentation a;
    a.flip = true;
    a.rotationDegrees = 15;
    a.shiftFraction = 0.1;
    a.intensityJitter = 0.3;
    return a;
}

Experiment tinyClassifier()
{
    Experiment e = experimentForTemplate("resnet-classifier", 1, 32);
    e.batchSize = 4;
    e.steps = 6;
    e.threads = 1;
    e.seed = 3;
    e.sampleEvery = 3;
    e.device = "cpu";
    return e;
}

}  // namespace

class AugmentationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingOnChangesNothingAndDrawsNothing()
    {
        const auto [images, masks] = phantomBatch(4);
        torch::Generator random = at::detail::createCPUGenerator(5);
        const auto [outImages, outMasks] = augmentBatch(Augmentation{}, images, masks, random);
        QVERIFY(outImages.equal(images));
        QVERIFY(outMasks.equal(masks));
        torch::Generator fresh = at::detail::createCPUGenerator(5);
        QVERIFY(torch::rand({3}, random).equal(torch::rand({3}, fresh)));  // the stream did not move
    }

    void eachChangeChangesBatchesAndKeepsTheRange_data()
    {
        QTest::addColumn<bool>("flip");
        QTest::addColumn<double>("rotation");
        QTest::addColumn<double>("shift");
        QTest::addColumn<double>("intensity");
        QTest::newRow("flip") << true << 0.0 << 0.0 << 0.0;
        QTest::newRow("rotation") << false << 20.0 << 0.0 << 0.0;
        QTest::newRow("shift") << false << 0.0 << 0.2 << 0.0;
        QTest::newRow("intensity") << false << 0.0 << 0.0 << 0.5;
        QTest::newRow("everything, at the limits") << true << 45.0 << 0.25 << 0.5;
    }
    void eachChangeChangesBatchesAndKeepsTheRange()
    {
        QFETCH(bool, flip);
        QFETCH(double, rotation);
        QFETCH(double, shift);
        QFETCH(double, intensity);
        Augmentation a;
        a.flip = flip;
        a.rotationDegrees = rotation;
        a.shiftFraction = shift;
        a.intensityJitter = intensity;
        const auto [images, masks] = phantomBatch(16);
        torch::Generator random = at::detail::createCPUGenerator(1);
        const auto [out, outMasks] = augmentBatch(a, images, masks, random);
        QCOMPARE(out.sizes().vec(), images.sizes().vec());
        QCOMPARE(outMasks.sizes().vec(), masks.sizes().vec());
        QVERIFY(!out.equal(images));
        QVERIFY(out.min().item<float>() >= -1.0f && out.max().item<float>() <= 1.0f);
        QVERIFY(std::isfinite(out.sum().item<float>()));
        const torch::Tensor zeroOrOne = (outMasks == 0) | (outMasks == 1);
        QVERIFY(zeroOrOne.all().item<bool>());
        // Some images change, not necessarily all (a flip takes about half).
        const torch::Tensor changed = (out - images).abs().flatten(1).amax(1) > 1e-6;
        QVERIFY(changed.sum().item<int64_t>() >= 2);
        if (flip && rotation == 0 && shift == 0 && intensity == 0) {
            // A flip is an exact mirror: each image is itself or its mirror image.
            for (int64_t i = 0; i < 16; ++i)
                QVERIFY(out[i].equal(images[i]) || out[i].equal(images[i].flip({2})));
        }
    }

    void sameStreamSameBatches()
    {
        const auto [images, masks] = phantomBatch(8);
        torch::Generator a = at::detail::createCPUGenerator(42), b = at::detail::createCPUGenerator(42),
                         c = at::detail::createCPUGenerator(43);
        const auto first = augmentBatch(everything(), images, masks, a);
        const auto again = augmentBatch(everything(), images, masks, b);
        const auto other = augmentBatch(everything(), images, masks, c);
        QVERIFY(first.first.equal(again.first));
        QVERIFY(first.second.equal(again.second));
        QVERIFY(!first.first.equal(other.first));
        // The next batch from the same stream is augmented differently.
        QVERIFY(!augmentBatch(everything(), images, masks, a).first.equal(first.first));
    }

    void masksFollowTheirImages()
    {
        // Images that are their masks (-1 outside, +1 inside): after flip, rotation and shift
        // (no intensity change) the mask is where the image is bright, pixel for pixel.
        const auto [unused, masks] = phantomBatch(16);
        Q_UNUSED(unused);
        QVERIFY(masks.sum().item<float>() > 20);  // the fixture has lesions to move
        const torch::Tensor images = masks * 2 - 1;
        Augmentation a = everything();
        a.intensityJitter = 0;
        torch::Generator random = at::detail::createCPUGenerator(7);
        const auto [out, outMasks] = augmentBatch(a, images, masks, random);
        QVERIFY(!outMasks.equal(masks));
        const torch::Tensor bright = (out >= 0).to(torch::kFloat32);
        const int64_t differing = (bright != outMasks).sum().item<int64_t>();
        QVERIFY2(differing <= 2, qPrintable(QString::number(differing)));  // rounding at exactly one half, at most
    }

    void augmentedRunRepeatsAndLeavesHeldOutImagesAlone()
    {
        Experiment e = tinyClassifier();
        e.augmentation = everything();
        const ImageSet data = generatePhantomImageSet(20, 32, 1, 4);
        std::vector<double> losses[2];
        for (auto& run : losses) {
            TrainingRun training(e, data, "", nullptr);
            for (int i = 0; i < 4; ++i)
                run.push_back(training.step().value("loss"));
        }
        QVERIFY(losses[0] == losses[1]);
        Experiment plain = e;
        plain.augmentation = Augmentation{};
        TrainingRun unaugmented(plain, data, "", nullptr);
        QVERIFY(unaugmented.step().value("loss") != losses[0][0]);
        // Measuring the held-out images draws nothing from the run's stream (they are not
        // augmented) and measures the same twice; the run goes on as if it had not happened.
        TrainingRun measured(e, data, "", nullptr);
        QCOMPARE(measured.step().value("loss"), losses[0][0]);
        const auto held = measured.evaluateHeldOut();
        QVERIFY(!held.empty());
        const auto again = measured.evaluateHeldOut();
        for (size_t i = 0; i < held.size(); ++i)
            QCOMPARE(again[i].value, held[i].value);
        QCOMPARE(measured.step().value("loss"), losses[0][1]);
    }

    void splitsDecideWhatTrainsAndWhatIsHeldOut()
    {
        // Validation and test images are NaN: were any of them trained on, the loss would be NaN.
        ImageSet data = generatePhantomImageSet(24, 32, 1, 4);
        data.splits.assign(24, ImageSplit::Train);
        const size_t plane = data.imageSize();
        for (int i : {2, 5, 11, 17, 20, 23}) {
            data.splits[static_cast<size_t>(i)] = i % 2 ? ImageSplit::Test : ImageSplit::Validation;
            if (i % 2)
                std::fill(data.values.begin() + i * plane, data.values.begin() + (i + 1) * plane,
                          std::numeric_limits<float>::quiet_NaN());
        }
        Experiment e = tinyClassifier();
        TrainingRun run(e, data, "", nullptr);
        for (int i = 0; i < 6; ++i)
            QVERIFY(std::isfinite(run.step().value("loss")));  // 18 training images, 4 epochs and more
        const std::vector<NamedValue> held = run.evaluateHeldOut();
        QVERIFY(!held.empty());  // the validation images (finite) are measured
        for (const NamedValue& v : held)
            QVERIFY2(std::isfinite(v.value), v.name.c_str());

        // A generative recipe trains on the train split too, and never touches the rest.
        for (int i : {2, 20})
            std::fill(data.values.begin() + i * plane, data.values.begin() + (i + 1) * plane,
                      std::numeric_limits<float>::quiet_NaN());
        Experiment gan = experimentForTemplate("dcgan", 1, 32);
        gan.batchSize = 6;
        gan.threads = 1;
        gan.device = "cpu";
        gan.evaluateEvery = 0;
        TrainingRun ganRun(gan, data, "", nullptr);
        for (int i = 0; i < 4; ++i)
            QVERIFY(std::isfinite(ganRun.step().value("loss_d")));

        // Too few training images for a batch: the message says so and what to do.
        e.batchSize = 19;
        try {
            TrainingRun tooBig(e, data, "", nullptr);
            QFAIL("a batch larger than the training split");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(QString(error.what()).contains("training split has 18 of its 24 images"), error.what());
        }
    }
};

QTEST_MAIN(AugmentationTest)
#include "tst_Augmentation.moc"
