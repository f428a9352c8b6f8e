// DiagnosticText: the Train page's banners word the engine's diagnostics in the user's language.
// In English they say exactly what the engine says (so the particulars the engine hands over are
// the whole story); in German they are German. The reports come from the engine itself: its rules
// on loss and diversity sequences, and a training run poisoned with a NaN image.

#include "DiagnosticText.h"
#include "Diagnostics.h"

#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace medsynth;
using engine::DiagnosticReport;
using Kind = DiagnosticReport::Kind;

namespace {

std::vector<DiagnosticReport> lossReports(const std::string& recipe, const std::string& loss, int criticSteps,
                                          const std::function<double(int)>& lossD,
                                          const std::function<double(int)>& lossG)
{
    engine::TrainingDiagnostics d(recipe, loss, criticSteps);
    std::vector<DiagnosticReport> out;
    for (int i = 0; i < 200; ++i)
        for (const DiagnosticReport& r : d.observeLosses(i + 1, lossD(i), lossG(i)))
            out.push_back(r);
    return out;
}

DiagnosticReport modeCollapse(const std::string& recipe)
{
    engine::TrainingDiagnostics d(recipe, "bce", 1);
    std::vector<DiagnosticReport> out;
    int64_t step = 0;
    for (double diversity : {0.8, 0.9, 0.95, 0.3})
        for (const DiagnosticReport& r : d.observeDiversity(step += 100, diversity))
            out.push_back(r);
    return out.at(0);
}

struct Recorder : engine::TrainingObserver {
    std::vector<DiagnosticReport> reports;
    engine::RunStarted start;
    engine::RunControl* control = nullptr;
    void started(const engine::RunStarted& s) override { start = s; }
    void diagnosticRaised(const DiagnosticReport& d) override
    {
        reports.push_back(d);
        control->stop = true;
    }
};

engine::Experiment tinyDcgan()
{
    engine::Experiment e;
    e.imageSize = 32;
    e.batchSize = 4;
    e.steps = 20;
    e.threads = 1;
    e.seed = 7;
    e.evaluateEvery = 0;
    e.graph = engine::instantiateTemplate("dcgan", 1, 32);
    return e;
}

// What a one-step run on this machine says of its device.
engine::RunStarted startOf(const std::string& device, const std::string& precision)
{
    engine::Experiment e = tinyDcgan();
    e.steps = 1;
    e.device = device;
    e.precision = precision;
    engine::RunControl control;
    Recorder recorder;
    recorder.control = &control;
    engine::TrainingRun run(e, engine::generatePhantomImageSet(8, 32, 1, 3), "", &recorder);
    run.run(control);
    return recorder.start;
}

// The NaN-loss report of a tiny DCGAN one of whose images is NaN; with a run folder, the run
// has checkpoints to go back to.
DiagnosticReport notFinite(const QString& folder)
{
    engine::Experiment e = tinyDcgan();
    e.checkpointEvery = 1;
    engine::ImageSet data = engine::generatePhantomImageSet(16, 32, 1, 3);
    for (size_t i = 0; i < data.imageSize(); ++i)
        data.values[9 * data.imageSize() + i] = std::numeric_limits<float>::quiet_NaN();
    engine::RunControl control;
    Recorder recorder;
    recorder.control = &control;
    engine::TrainingRun run(e, data, folder.toStdString(), &recorder);
    run.run(control);
    return recorder.reports.at(0);
}

}  // namespace

class DiagnosticTextTest : public QObject {
    Q_OBJECT
    std::vector<DiagnosticReport> reports_;
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());  // the engine writes numbers plainly
        const auto collapsed = [](int i) { return 0.01 + 0.005 * std::sin(i); };
        const auto high = [](int) { return 6.0; };
        const auto steady = [](int) { return 1.3; };
        const auto growing = [](int i) { return 1.0 + (0.05 * std::pow(1.035, i)) * std::sin(0.7 * i); };
        for (int critic : {1, 3})
            reports_.push_back(lossReports("gan", "bce", critic, collapsed, high).at(0));
        reports_.push_back(lossReports("gan", "bce", 1, steady, growing).at(0));
        reports_.push_back(modeCollapse("gan"));
        reports_.push_back(modeCollapse("vae"));
        reports_.push_back(notFinite(dir_.filePath("run")));
        reports_.push_back(notFinite(QString()));
        QCOMPARE(reports_[0].kind, Kind::DiscriminatorCollapse);
        QCOMPARE(reports_[2].kind, Kind::Oscillation);
        QCOMPARE(reports_[3].kind, Kind::ModeCollapse);
        QCOMPARE(reports_[5].kind, Kind::NotFinite);
        QVERIFY(!reports_[5].checkpoint.empty() && reports_[5].checkpointStep >= 0);
        QVERIFY(reports_[6].checkpoint.empty());
    }

    void englishSaysWhatTheEngineSays()
    {
        for (const DiagnosticReport& r : reports_) {
            QCOMPARE(widgets::DiagnosticText::message(r), QString::fromStdString(r.message));
            QCOMPARE(widgets::DiagnosticText::remedy(r), QString::fromStdString(r.remedy));
        }
    }

    // The Train page's "Why:" line: the engine's words in English, German in German, for what
    // this machine can run and, worded by hand, for a GPU's choices.
    void deviceReasons()
    {
        std::vector<engine::RunStarted> starts;
        for (const char* device : {"cpu", "auto"})
            for (const char* precision : {"fp32", "bf16"})
                starts.push_back(startOf(device, precision));
        for (const engine::RunStarted& s : starts)
            QCOMPARE(widgets::DiagnosticText::deviceReason(s), QString::fromStdString(s.deviceReason));
        engine::RunStarted gpu;
        gpu.deviceChoice = engine::RunStarted::DeviceChoice::GpuAvailable;
        gpu.bf16 = engine::RunStarted::Bf16::Autocast;
        gpu.dataPlacement = engine::RunStarted::DataPlacement::HostNoRoom;
        gpu.dataBytes = 3 * (int64_t(1) << 29);  // 1.5 GiB
        QCOMPARE(widgets::DiagnosticText::deviceReason(gpu),
                 QString("An NVIDIA GPU is available, so it is used. Steps run in bfloat16 autocast. The dataset (1.5 GiB) "
                         "does not fit on the GPU with room to train, so it stays in memory and each batch is copied to "
                         "the GPU."));
        starts.push_back(gpu);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(MEDSYNTH_QM_DIR "/medsynth_de.qm")));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German));
        for (const engine::RunStarted& s : starts) {
            const QString worded = widgets::DiagnosticText::deviceReason(s);
            QVERIFY2(worded != QString::fromStdString(s.deviceReason), qPrintable(worded));
        }
        QVERIFY2(widgets::DiagnosticText::deviceReason(gpu).contains("1,5 GiB"),
                 qPrintable(widgets::DiagnosticText::deviceReason(gpu)));
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&german);
    }

    void germanIsGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(MEDSYNTH_QM_DIR "/medsynth_de.qm")));
        QCoreApplication::installTranslator(&german);
        DiagnosticReport unwritable;
        unwritable.kind = Kind::CheckpointNotWritten;
        unwritable.detail = "No space left on device";
        reports_.push_back(unwritable);
        DiagnosticReport evaluation;
        evaluation.kind = Kind::EvaluationFailed;
        evaluation.detail = "the feature network failed";
        reports_.push_back(evaluation);
        for (const DiagnosticReport& r : reports_) {
            const QString message = widgets::DiagnosticText::message(r), remedy = widgets::DiagnosticText::remedy(r);
            QVERIFY2(message != QString::fromStdString(r.message), qPrintable(message));
            QVERIFY2(remedy != QString::fromStdString(r.remedy) && !remedy.isEmpty(), qPrintable(remedy));
            if (r.kind == Kind::NotFinite)
                QVERIFY2(message.contains(QString::number(r.step)), qPrintable(message));
            if (!r.checkpoint.empty())
                QVERIFY2(remedy.contains(QString::fromStdString(r.checkpoint)), qPrintable(remedy));
            if (!r.detail.empty())
                QVERIFY2(message.contains(QString::fromStdString(r.detail)), qPrintable(message));
        }
        QCoreApplication::removeTranslator(&german);
        // A kind the GUI does not word again keeps the engine's own words.
        DiagnosticReport other;
        other.message = "Something else.";
        other.remedy = "Do this.";
        QCoreApplication::installTranslator(&german);
        QCOMPARE(widgets::DiagnosticText::message(other), QString("Something else."));
        QCOMPARE(widgets::DiagnosticText::remedy(other), QString("Do this."));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(DiagnosticTextTest)
#include "tst_DiagnosticText.moc"
