// TemplateLibrary: the templates are compiled in and instantiate for every advertised variant.

#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/ShapeInference.h"
#include "medsynth/engine/TrainingRun.h"

#include <QtTest>

#include <algorithm>
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

    void everyTemplateValidatesAndCompilesEverywhere()
    {
        // Every template at every size and channel count: no diagnostics, and shape inference
        // agrees with the compiled module on every node's output.
        const auto templates = listTemplates();
        for (const char* id : {"dcgan", "cdcgan", "wgan-gp", "vae", "cvae", "vae-gan", "pix2pix", "unet", "resnet-classifier"})
            QVERIFY2(std::any_of(templates.begin(), templates.end(), [&](const TemplateInfo& t) { return t.id == id; }), id);
        for (const TemplateInfo& info : templates) {
            QVERIFY2(!info.description.empty() && !info.paper.empty() && !info.title.empty(), info.id.c_str());
            QCOMPARE(info.imageSizes, (std::vector<int>{32, 64, 128, 256}));
            QCOMPARE(info.channels, (std::vector<int>{1, 3}));
            for (int channels : info.channels)
                for (int size : info.imageSizes) {
                    const std::string what = info.id + " " + std::to_string(channels) + "x" + std::to_string(size);
                    const GraphDocument doc = instantiateTemplate(info.id, channels, size);
                    QVERIFY2(!doc.networks.empty(), what.c_str());
                    for (const GraphNetwork& network : doc.networks) {
                        const NetworkShapes shapes = inferShapes(network);
                        QVERIFY2(shapes.diagnostics.empty(),
                                 (what + " " + network.role + ": " +
                                  (shapes.diagnostics.empty() ? "" : shapes.diagnostics.front().message)).c_str());
                        const auto compiled = probeCompiledShapes(network, 1);
                        for (const auto& [port, shape] : compiled) {
                            const auto inferred = shapes.portShapes.find(port);
                            QVERIFY2(inferred != shapes.portShapes.end(), (what + " " + port).c_str());
                            QVERIFY2(inferred->second == shape,
                                     (what + " " + port + ": inferred " + inferred->second.toString() + ", compiled " +
                                      shape.toString()).c_str());
                        }
                        if (channels == 3)  // compiling is the costly part (random initial weights); once is enough
                            QCOMPARE(compiledParameterCount(network), shapes.parameterCount);
                    }
                }
        }
    }

    void everyTemplateTrainsOneStep()
    {
        // Each template with its own recipe and optimizer settings, grey and colour, on phantoms
        // (which carry the labels and lesion masks the conditional, paired, classifier and
        // segmentation templates need). Every network a recipe trains changes.
        for (const TemplateInfo& info : listTemplates())
            for (int channels : info.channels) {
                Experiment e = experimentForTemplate(info.id, channels, 32);
                QCOMPARE(e.recipe, info.recipe);
                e.batchSize = 2;
                e.threads = 1;  // small models: a second thread mostly waits
                e.sampleCount = 4;
                const ImageSet data = generatePhantomImageSet(8, 32, channels, 1);
                TrainingRun run(e, data, "", nullptr);
                std::vector<double> before;
                for (const std::string& role : run.networkRoles())
                    before.push_back(run.parameterChecksum(role));
                QVERIFY2(!before.empty(), info.id.c_str());
                const StepReport r = run.step();
                QVERIFY2(!r.values.empty(), info.id.c_str());
                for (const NamedValue& v : r.values)
                    QVERIFY2(std::isfinite(v.value), (info.id + " " + v.name).c_str());
                QVERIFY2(std::isfinite(r.generatorLoss) && std::isfinite(r.discriminatorLoss), info.id.c_str());
                for (size_t i = 0; i < before.size(); ++i)
                    QVERIFY2(run.parameterChecksum(run.networkRoles()[i]) != before[i],
                             (info.id + " " + run.networkRoles()[i]).c_str());
                const ImageBuffer grid = run.sampleGrid();
                if (info.recipe == "classifier")
                    QVERIFY(grid.empty());  // a classifier makes no images
                else if (info.recipe == "segmentation")
                    QCOMPARE(grid.channels, 3);  // the masks are drawn in colour
                else
                    QCOMPARE(grid.channels, channels);
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
