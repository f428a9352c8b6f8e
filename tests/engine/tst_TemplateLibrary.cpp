// TemplateLibrary: the templates are compiled in and instantiate for every advertised variant.

#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"

#include <QtTest>

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
        QCOMPARE(dcgan->imageSizes, (std::vector<int>{32, 64, 128}));
        QCOMPARE(dcgan->channels, (std::vector<int>{1, 3}));
    }

    void dcgan64IsThePyTorchExample()
    {
        // nz=100, ngf=ndf=64, 4x4 kernels, no biases: the parameter counts of pytorch/examples.
        const GraphDocument doc = instantiateTemplate("dcgan", 3, 64);
        QCOMPARE(compiledParameterCount(*doc.findNetwork("generator")), int64_t(3576704));
        QCOMPARE(compiledParameterCount(*doc.findNetwork("discriminator")), int64_t(2765568));
        QCOMPARE(doc.training["learning_rate"].get<double>(), 0.0002);
        QCOMPARE(doc.training["beta1"].get<double>(), 0.5);
    }

    void refusesUnsupportedVariants()
    {
        QVERIFY_THROWS_EXCEPTION(GraphError, instantiateTemplate("dcgan", 2, 64));
        QVERIFY_THROWS_EXCEPTION(GraphError, instantiateTemplate("dcgan", 1, 48));
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
