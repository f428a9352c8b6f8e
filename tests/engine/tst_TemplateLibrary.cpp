// TemplateLibrary: the templates are compiled in and instantiate for every advertised variant.

#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/ShapeInference.h"
#include "medsynth/engine/TrainingRun.h"

#include <QtTest>

#include <cmath>

using namespace medsynth::engine;

class TemplateLibraryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dcganIsBuiltIn()
    {
        const auto templates = listTemplates();
        const auto dcgan = std::find_if(templates.begin(), templates.end(), [](const TemplateInfo& t) { return t.id == "dcgan"; });
        QVERIFY(dcgan != templates.end());
        QVERIFY(!dcgan->description.empty());
        QVERIFY(QString::fromStdString(dcgan->paper).contains("Radford"));
        QCOMPARE(dcgan->imageSizes, (std::vector<int>{32, 64, 128, 256}));
        QCOMPARE(dcgan->channels, (std::vector<int>{1, 3}));
    }

    void dcgan64IsThePyTorchExample()
    {
        // nz=100, ngf=ndf=64, 4x4 kernels, no biases: the parameter counts of pytorch/examples.
        const GraphDocument doc = instantiateTemplate("dcgan", 3, 64);
        QCOMPARE(compiledParameterCount(*doc.findNetwork("generator")), int64_t(3576704));
        QCOMPARE(compiledParameterCount(*doc.findNetwork("discriminator")), int64_t(2765568));
        QCOMPARE(doc.training["learning_rate"].get<double>(), 0.0002);
        // Multiply-adds per image, layer by layer: 100x512x16 + 3 x (in x h x w x out x 16) + 64x32x32x3x16.
        QCOMPARE(inferShapes(*doc.findNetwork("generator")).multiplyAdds,
                 int64_t(819200 + 3 * 33554432 + 64 * 32 * 32 * 3 * 16));
        // Discriminator: out pixels x in x 16 per convolution.
        QCOMPARE(inferShapes(*doc.findNetwork("discriminator")).multiplyAdds,
                 int64_t(64 * 32 * 32 * 3 * 16 + 128 * 16 * 16 * 64 * 16 + 256 * 8 * 8 * 128 * 16 +
                         512 * 4 * 4 * 256 * 16 + 1 * 1 * 1 * 512 * 16));
        QCOMPARE(doc.training["beta1"].get<double>(), 0.5);
    }

    void everyTemplateTrainsOneStep()
    {
        // Each template with its own recipe and optimizer settings, grey and colour, on phantoms
        // (which carry the labels the conditional template needs).
        for (const TemplateInfo& info : listTemplates())
            for (int channels : info.channels) {
                Experiment e = experimentForTemplate(info.id, channels, 32);
                QCOMPARE(e.recipe, info.recipe);
                e.batchSize = 2;
                e.threads = 2;
                e.sampleCount = 4;
                const ImageSet data = generatePhantomImageSet(8, 32, channels, 1);
                TrainingRun run(e, data, "", nullptr);
                const double before = run.generatorParameterChecksum();
                const StepReport r = run.step();
                QVERIFY2(std::isfinite(r.generatorLoss) && std::isfinite(r.discriminatorLoss), info.id.c_str());
                QVERIFY2(run.generatorParameterChecksum() != before, info.id.c_str());
                QCOMPARE(run.sampleGrid().channels, channels);
            }
    }

    void recipeDefaultsComeFromTheTemplate()
    {
        const Experiment wgan = experimentForTemplate("wgan-gp", 1, 64);
        QCOMPARE(wgan.recipe, std::string("wgan-gp"));
        QCOMPARE(wgan.criticSteps, 5);
        QCOMPARE(wgan.gradientPenalty, 10.0);
        QCOMPARE(wgan.beta1, 0.0);
        QCOMPARE(wgan.learningRate, 0.0001);
        // The critic has neither batch normalisation nor a final Sigmoid.
        for (const GraphNode& node : wgan.graph.findNetwork("discriminator")->nodes)
            QVERIFY(node.type != "BatchNorm2d" && node.type != "Sigmoid");
    }

    void conditionalTemplateNeedsLabels()
    {
        Experiment e = experimentForTemplate("cdcgan", 1, 32);
        e.batchSize = 2;
        ImageSet unlabelled = generatePhantomImageSet(4, 32, 1, 1);
        unlabelled.labels.clear();
        try {
            TrainingRun run(e, unlabelled, "", nullptr);
            QFAIL("a conditional GAN accepted data without labels");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(QString(error.what()).contains("labels"), error.what());
        }
        ImageSet threeClasses = generatePhantomImageSet(4, 32, 1, 1);
        threeClasses.labels[0] = 2;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingRun(e, threeClasses, "", nullptr));
    }

    void refusesUnsupportedVariants()
    {
        QVERIFY_THROWS_EXCEPTION(GraphError, instantiateTemplate("dcgan", 2, 64));
        QVERIFY_THROWS_EXCEPTION(GraphError, instantiateTemplate("dcgan", 1, 48));
        QVERIFY_THROWS_EXCEPTION(GraphError, instantiateTemplate("dcgan", 1, 512));
        try {
            instantiateTemplate("nosuch", 1, 64);
            QFAIL("an unknown template was accepted");
        } catch (const GraphError& e) {
            QVERIFY(QString(e.what()).contains("dcgan"));  // lists what exists
        }
    }
};

QTEST_APPLESS_MAIN(TemplateLibraryTest)
#include "tst_TemplateLibrary.moc"
