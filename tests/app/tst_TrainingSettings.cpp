// The Train page's training settings: the dialog shows the settings a recipe uses, puts what the
// user set into the experiment (and refuses what cannot run, saying what to change), goes back
// to the template's; the kept form (TrainingSettings) round-trips and leaves the rest of an
// experiment alone. With MEDSYNTH_SCREENSHOT_DIR set, also saves the dialog for a GAN and a U-Net
// at its default size and a small one.

#include "TrainingSettings.h"
#include "TrainingSettingsDialog.h"

#include "medsynth/engine/TemplateLibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace medsynth;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void choose(QComboBox* box, const char* value)
{
    const int index = box->findData(QString::fromLatin1(value));
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

// Whether the row of a field is shown (the dialog hides the rows a recipe does not use).
bool shown(QWidget& dialog, const char* name)
{
    return child<QWidget>(dialog, name)->isVisibleTo(&dialog);
}

}  // namespace

class TestTrainingSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsWhatTheRecipeUses()
    {
        const engine::Experiment wgan = engine::experimentForTemplate("wgan-gp", 1, 32);
        gui::TrainingSettingsDialog w(wgan, wgan);
        w.show();
        QVERIFY(shown(w, "gradientPenaltySpin") && shown(w, "criticStepsSpin") && shown(w, "settingsDiscriminatorRate"));
        QVERIFY(!shown(w, "segmentationLossCombo") && !shown(w, "klBetaSpin") && !shown(w, "l1WeightSpin"));
        QVERIFY(shown(w, "evaluateEverySpin") && shown(w, "emaCheck"));
        // The template's values: Adam with betas 0 and 0.9, five critic steps.
        QCOMPARE(child<QComboBox>(w, "optimizerCombo")->currentData().toString(), QStringLiteral("adam"));
        QCOMPARE(child<QSpinBox>(w, "criticStepsSpin")->value(), 5);
        QCOMPARE(child<QDoubleSpinBox>(w, "beta2Spin")->value(), 0.9);
        // Rows follow the choices: SGD has momentum, no betas.
        choose(child<QComboBox>(w, "optimizerCombo"), "sgd");
        QVERIFY(shown(w, "momentumSpin") && !shown(w, "beta1Spin"));
        choose(child<QComboBox>(w, "scheduleCombo"), "cosine");
        QVERIFY(shown(w, "scheduleMinimum") && !shown(w, "scheduleGamma"));

        const engine::Experiment unet = engine::experimentForTemplate("unet", 1, 64);
        gui::TrainingSettingsDialog u(unet, unet);
        u.show();
        QVERIFY(!shown(u, "settingsDiscriminatorRate") && !shown(u, "evaluateEverySpin") && !shown(u, "emaCheck"));
        QCOMPARE(child<QComboBox>(u, "segmentationLossCombo")->currentData().toString(), QStringLiteral("bce-dice"));
        QVERIFY(shown(u, "segmentationLossCombo") && !shown(u, "tverskyAlphaSpin"));
        choose(child<QComboBox>(u, "segmentationLossCombo"), "focal-tversky");
        QVERIFY(shown(u, "tverskyAlphaSpin") && shown(u, "focalTverskyGammaSpin"));
    }

    void putsTheSettingsIntoTheExperiment()
    {
        const engine::Experiment dcgan = engine::experimentForTemplate("dcgan", 1, 32);
        gui::TrainingSettingsDialog d(dcgan, dcgan);
        choose(child<QComboBox>(d, "optimizerCombo"), "adamw");
        child<QDoubleSpinBox>(d, "settingsLearningRate")->setValue(0.0003);
        child<QDoubleSpinBox>(d, "settingsDiscriminatorRate")->setValue(0.0001);
        child<QDoubleSpinBox>(d, "weightDecaySpin")->setValue(0.01);
        choose(child<QComboBox>(d, "scheduleCombo"), "step");
        child<QSpinBox>(d, "scheduleStepSize")->setValue(500);
        child<QCheckBox>(d, "emaCheck")->setChecked(true);
        choose(child<QComboBox>(d, "adversarialLossCombo"), "hinge");
        child<QSpinBox>(d, "checkpointEverySpin")->setValue(25);
        child<QSpinBox>(d, "evaluateEverySpin")->setValue(0);
        choose(child<QComboBox>(d, "deviceCombo"), "cpu");

        engine::Experiment e = dcgan;
        d.applyTo(e);
        QCOMPARE(e.optimizerType, std::string("adamw"));
        QCOMPARE(e.learningRate, 0.0003);
        QCOMPARE(engine::optimizerFor(e, "discriminator").learningRate, 0.0001);
        QCOMPARE(engine::optimizerFor(e, "discriminator").type, std::string("adamw"));
        QCOMPARE(engine::optimizerFor(e, "discriminator").weightDecay, 0.01);
        QCOMPARE(engine::optimizerFor(e, "generator").learningRate, 0.0003);
        QCOMPARE(e.schedule.kind, std::string("step"));
        QCOMPARE(e.schedule.stepSize, int64_t(500));
        QVERIFY(e.ema);
        QCOMPARE(e.adversarialLoss, std::string("hinge"));
        QCOMPARE(e.checkpointEvery, int64_t(25));
        QCOMPARE(e.evaluateEvery, 0);
        QCOMPARE(e.device, std::string("cpu"));
        QVERIFY(engine::graphToJson(e.graph) == engine::graphToJson(dcgan.graph));  // the model is not the dialog's

        // The same rate for both: no override is kept.
        child<QDoubleSpinBox>(d, "settingsDiscriminatorRate")->setValue(0.0003);
        d.applyTo(e);
        QVERIFY(e.networkOptimizers.empty());

        // Kept as JSON and put over the template's recommendations again, the same settings.
        engine::Experiment again = dcgan;
        gui::applyTrainingSettings(again, gui::trainingSettingsOf(e));
        QVERIFY(engine::experimentToJson(again) == engine::experimentToJson(e));

        // Restore the template's.
        child<QPushButton>(d, "restoreTemplateSettings")->click();
        engine::Experiment restored = dcgan;
        d.applyTo(restored);
        QVERIFY2(engine::experimentToJson(restored) == engine::experimentToJson(dcgan),
                 nlohmann::json::diff(engine::experimentToJson(dcgan), engine::experimentToJson(restored)).dump().c_str());
    }

    void refusesWhatCannotRunAndSaysWhy()
    {
        const engine::Experiment dcgan = engine::experimentForTemplate("dcgan", 1, 32);
        gui::TrainingSettingsDialog d(dcgan, dcgan);
        d.show();
        // A TorchScript feature network without a file.
        choose(child<QComboBox>(d, "extractorCombo"), "file");
        QVERIFY(shown(d, "extractorPath"));
        d.accept();
        QVERIFY(d.isVisible());
        auto* problem = child<QLabel>(d, "settingsProblem");
        QVERIFY(problem->isVisibleTo(&d));
        QVERIFY2(problem->text().contains("TorchScript"), qPrintable(problem->text()));
        engine::Experiment unchanged = dcgan;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.applyTo(unchanged));
        QVERIFY(engine::experimentToJson(unchanged) == engine::experimentToJson(dcgan));
        child<QLineEdit>(d, "extractorPath")->setText("/models/inception.pt");
        engine::Experiment withFile = dcgan;
        d.applyTo(withFile);
        QCOMPARE(withFile.featureExtractor, std::string("/models/inception.pt"));

        // Kept settings with a value out of range (a file edited by hand) are refused as a whole.
        nlohmann::json kept = gui::trainingSettingsOf(dcgan);
        kept["critic_steps"] = 0;
        engine::Experiment e = dcgan;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gui::applyTrainingSettings(e, kept));
        QVERIFY(engine::experimentToJson(e) == engine::experimentToJson(dcgan));
    }

    // Not a check: pictures for a person to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("MEDSYNTH_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set MEDSYNTH_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        for (const char* id : {"wgan-gp", "unet", "vae-gan"}) {
            const engine::Experiment e = engine::experimentForTemplate(id, 1, id == std::string("unet") ? 64 : 32);
            gui::TrainingSettingsDialog dialog(e, e);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(out).filePath(QStringLiteral("settings-%1.png").arg(id))));
            dialog.resize(420, 380);
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(QDir(out).filePath(QStringLiteral("settings-%1-small.png").arg(id))));
        }
    }
};

QTEST_MAIN(TestTrainingSettings)
#include "tst_TrainingSettings.moc"
