// TrainingRun: a step trains (parameters change, losses finite), a seeded run repeats exactly,
// the stop flag stops, the run folder is complete, and unusable set-ups are refused clearly.

#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace medsynth::engine;

namespace {

Experiment tinyExperiment()
{
    Experiment e;
    e.imageSize = 32;
    e.batchSize = 4;
    e.steps = 3;
    e.threads = 2;
    e.seed = 7;
    e.sampleCount = 4;
    e.sampleEvery = 2;
    e.graph = instantiateTemplate("dcgan", 1, 32);
    return e;
}

const ImageSet& tinyData()
{
    static const ImageSet data = generatePhantomImageSet(16, 32, 1, 3);
    return data;
}

struct Recorder : TrainingObserver {
    std::vector<StepReport> steps;
    std::vector<SampleReport> samples;
    RunStarted start;
    bool finishedCalled = false;
    std::atomic<bool>* stopAfterFirst = nullptr;
    void started(const RunStarted& s) override { start = s; }
    void stepDone(const StepReport& r) override
    {
        steps.push_back(r);
        if (stopAfterFirst)
            *stopAfterFirst = true;
    }
    void samplesReady(const SampleReport& s) override { samples.push_back(s); }
    void finished(const RunSummary&) override { finishedCalled = true; }
};

}  // namespace

class TrainingRunTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneStepChangesParametersWithFiniteLosses()
    {
        TrainingRun run(tinyExperiment(), tinyData(), "", nullptr);
        const double g0 = run.generatorParameterChecksum(), d0 = run.discriminatorParameterChecksum();
        const StepReport r = run.step();
        QVERIFY(std::isfinite(r.generatorLoss) && r.generatorLoss > 0);
        QVERIFY(std::isfinite(r.discriminatorLoss) && r.discriminatorLoss > 0);
        QVERIFY(r.dReal > 0 && r.dReal < 1);
        QVERIFY(r.dFake > 0 && r.dFake < 1);
        QVERIFY(run.generatorParameterChecksum() != g0);
        QVERIFY(run.discriminatorParameterChecksum() != d0);
        QCOMPARE(run.stepsDone(), int64_t(1));
    }

    void sameSeedSameRun()
    {
        TrainingRun a(tinyExperiment(), tinyData(), "", nullptr);
        TrainingRun b(tinyExperiment(), tinyData(), "", nullptr);
        for (int i = 0; i < 2; ++i) {
            const StepReport ra = a.step(), rb = b.step();
            QCOMPARE(ra.generatorLoss, rb.generatorLoss);
            QCOMPARE(ra.discriminatorLoss, rb.discriminatorLoss);
        }
        QCOMPARE(a.sampleGrid().pixels, b.sampleGrid().pixels);
        Experiment other = tinyExperiment();
        other.seed = 8;
        TrainingRun c(other, tinyData(), "", nullptr);
        QVERIFY(c.step().generatorLoss != TrainingRun(tinyExperiment(), tinyData(), "", nullptr).step().generatorLoss);
    }

    void runWritesTheRunFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("run");
        Recorder recorder;
        TrainingRun run(tinyExperiment(), tinyData(), folder.toStdString(), &recorder);
        std::atomic<bool> stop{false};
        const RunSummary summary = run.run(stop);
        QCOMPARE(summary.steps, int64_t(3));
        QVERIFY(!summary.stopped);
        QVERIFY(recorder.finishedCalled);
        QCOMPARE(recorder.steps.size(), size_t(3));
        QCOMPARE(recorder.start.device, std::string("cpu"));
        QCOMPARE(recorder.start.threads, 2);
        QVERIFY(recorder.steps.back().imagesPerSecond > 0);
        QCOMPARE(recorder.samples.size(), size_t(2));  // step 2 and the end

        QFile experiment(folder + "/experiment.json");
        QVERIFY(experiment.open(QIODevice::ReadOnly));
        const QJsonObject e = QJsonDocument::fromJson(experiment.readAll()).object();
        QCOMPARE(e["format"].toString(), QString("medsynth.experiment"));
        QCOMPARE(e["seed"].toInt(), 7);
        QVERIFY(e["graph"].toObject().contains("networks"));
        QVERIFY(QFile::exists(folder + "/environment.json"));
        QVERIFY(QFile::exists(folder + "/summary.json"));

        QFile metrics(folder + "/metrics.jsonl");
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = metrics.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject last = QJsonDocument::fromJson(lines.back()).object();
        QCOMPARE(last["step"].toInt(), 3);
        QVERIFY(last.contains("loss_g") && last.contains("loss_d") && last.contains("images_per_second"));

        const QStringList grids = QDir(folder + "/samples").entryList({"*.png"});
        QCOMPARE(grids, QStringList({"step_0000002.png", "step_0000003.png"}));
        const QImage grid(folder + "/samples/step_0000003.png");
        QCOMPARE(grid.width(), 2 * 34 + 2);  // 4 samples of 32 px in a 2x2 grid, 2 px apart

        // A second run into the same folder is refused rather than mixed into the first.
        try {
            TrainingRun again(tinyExperiment(), tinyData(), folder.toStdString(), nullptr);
            QFAIL("a run folder was reused");
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString(e.what()).contains("already holds a training run"), e.what());
        }
        QCOMPARE(QFile(folder + "/metrics.jsonl").size(), metrics.size());
    }

    void runFolderHoldsEveryRecipesValues()
    {
        // A VAE writes its own values and decoded grids; a classifier writes its metrics and no
        // grids at all, and observers get no samplesReady from it.
        QTemporaryDir dir;
        for (const char* templateId : {"vae", "resnet-classifier"}) {
            Experiment e = experimentForTemplate(templateId, 1, 32);
            e.batchSize = 4;
            e.steps = 2;
            e.threads = 1;
            e.sampleCount = 4;
            e.sampleEvery = 1;
            e.validationFraction = 0.25;
            const QString folder = dir.filePath(templateId);
            Recorder recorder;
            TrainingRun run(e, tinyData(), folder.toStdString(), &recorder);
            std::atomic<bool> stop{false};
            const RunSummary summary = run.run(stop);
            QFile metrics(folder + "/metrics.jsonl");
            QVERIFY(metrics.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = metrics.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), 2);
            const QJsonObject last = QJsonDocument::fromJson(lines.back()).object();
            const bool vae = std::string(templateId) == "vae";
            for (const QString& key : vae ? QStringList{"loss", "reconstruction", "kl", "kl_weight", "lr_encoder", "lr_decoder"}
                                          : QStringList{"loss", "accuracy", "f1", "val_accuracy", "val_specificity",
                                                        "lr_classifier"})
                QVERIFY2(last.contains(key), qPrintable(key));
            QCOMPARE(recorder.start.recipe, e.recipe);
            QCOMPARE(recorder.start.networks.size(), size_t(vae ? 2 : 1));
            QCOMPARE(QDir(folder + "/samples").entryList({"*.png"}).size(), vae ? 2 : 0);
            QCOMPARE(recorder.samples.size(), size_t(vae ? 2 : 0));
            QVERIFY(!summary.finalValues.empty());
            QFile summaryFile(folder + "/summary.json");
            QVERIFY(summaryFile.open(QIODevice::ReadOnly));
            QVERIFY(QJsonDocument::fromJson(summaryFile.readAll()).object()["final"].toObject().contains("loss"));
        }
    }

    void stopFlagStopsEarly()
    {
        Experiment e = tinyExperiment();
        e.steps = 50;
        std::atomic<bool> stop{false};
        Recorder recorder;
        recorder.stopAfterFirst = &stop;
        TrainingRun run(e, tinyData(), "", &recorder);
        const RunSummary summary = run.run(stop);
        QCOMPARE(summary.steps, int64_t(1));
        QVERIFY(summary.stopped);
    }

    void refusesDataOfTheWrongShapeOrSize()
    {
        Experiment e = tinyExperiment();
        const ImageSet wrongSize = generatePhantomImageSet(8, 64, 1, 1);
        try {
            TrainingRun run(e, wrongSize, "", nullptr);
            QFAIL("64x64 data was accepted by a 32x32 model");
        } catch (const std::exception& ex) {
            QVERIFY2(QString(ex.what()).contains("1x64x64") && QString(ex.what()).contains("1x32x32"), ex.what());
        }
        e.batchSize = 64;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingRun(e, tinyData(), "", nullptr));
        e = tinyExperiment();
        e.device = "cuda";
        if (!engineEnvironment().cudaAvailable)
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, TrainingRun(e, tinyData(), "", nullptr));
        e = tinyExperiment();
        e.learningRate = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingRun(e, tinyData(), "", nullptr));
    }

    // Where the dataset lives changes nothing of what trains: on the CPU "host" is the same place;
    // on a GPU the batches of a dataset kept in memory go over one by one (the run says which).
    void dataPlacementChangesWhereNotWhatTrains()
    {
        Experiment e = tinyExperiment();
        Recorder inPlace, inMemory;
        TrainingRun a(e, tinyData(), "", &inPlace);
        e.dataPlacement = "host";
        TrainingRun b(e, tinyData(), "", &inMemory);
        std::atomic<bool> stop{false};
        a.run(stop);
        b.run(stop);
        QCOMPARE(inMemory.steps.size(), inPlace.steps.size());
        for (size_t i = 0; i < inPlace.steps.size(); ++i) {
            if (!engineEnvironment().cudaAvailable)  // on a GPU cuDNN may pick other algorithms per run
                QCOMPARE(inMemory.steps[i].generatorLoss, inPlace.steps[i].generatorLoss);
            QVERIFY(std::isfinite(inMemory.steps[i].generatorLoss));
        }
        const QString placed = QString::fromStdString(inPlace.start.deviceReason);
        const QString kept = QString::fromStdString(inMemory.start.deviceReason);
        if (inPlace.start.device.rfind("cuda", 0) == 0) {
            QVERIFY2(placed.contains("is kept on the GPU"), qPrintable(placed));
            QVERIFY2(kept.contains("stays in memory, as the experiment asks"), qPrintable(kept));
        } else {
            QVERIFY2(!placed.contains("dataset") && !kept.contains("dataset"), qPrintable(kept));
        }
        QCOMPARE(experimentFromJson(experimentToJson(e)).dataPlacement, std::string("host"));
        e.dataPlacement = "gpu";
        try {
            TrainingRun refused(e, tinyData(), "", nullptr);
            QFAIL("an unknown data placement was accepted");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(QString(error.what()).contains("auto (on the GPU when it fits) or host"), error.what());
        }
    }

    void experimentJsonRoundTrips()
    {
        Experiment e = tinyExperiment();
        e.dataset.kind = "folder";
        e.dataset.contentHash = "abc123";
        e.dataset.imageCount = 16;
        const Experiment back = experimentFromJson(experimentToJson(e));
        QCOMPARE(experimentToJson(back), experimentToJson(e));
        QVERIFY(!experimentToJson(e)["dataset"].contains("path"));
        nlohmann::json j = experimentToJson(e);
        j["version"] = 2;
        QVERIFY_THROWS_EXCEPTION(GraphError, experimentFromJson(j));
    }
};

QTEST_MAIN(TrainingRunTest)
#include "tst_TrainingRun.moc"
