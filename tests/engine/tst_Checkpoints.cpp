// Checkpoints and run control: a seeded CPU run repeats bit for bit; stopping at a checkpoint and
// resuming gives exactly the uninterrupted run (every loss, the final weights, the metrics file);
// augmented runs too; pause writes a checkpoint and single steps (one discriminator or one generator update) work;
// a NaN pauses the run without saving the broken state; fork starts a new folder; unknown
// checkpoint formats and versions are refused. Tiny models, one thread.

#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"

#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace medsynth::engine;

namespace {

// "dcgan-dropout": DCGAN whose discriminator has Dropout in place of its LeakyReLUs (no template
// has Dropout; it draws from LibTorch's global generator, which checkpoints hold too).
Experiment tiny(const std::string& templateId = "dcgan")
{
    const bool dropout = templateId == "dcgan-dropout";
    Experiment e = experimentForTemplate(dropout ? "dcgan" : templateId, 1, 32);
    if (dropout)
        for (GraphNetwork& network : e.graph.networks)
            if (network.role == "discriminator")
                for (GraphNode& node : network.nodes)
                    if (node.type == "LeakyReLU") {
                        node.type = "Dropout";
                        node.params = {{"p", 0.3}};
                    }
    e.batchSize = 4;
    e.steps = 8;
    e.threads = 1;
    e.seed = 11;
    e.sampleCount = 4;
    e.sampleEvery = 3;
    e.device = "cpu";
    return e;
}

const ImageSet& tinyData()
{
    // 14 images: an epoch is 3 batches of 4 (the last two images wait), so epochs turn mid-run.
    static const ImageSet data = generatePhantomImageSet(14, 32, 1, 5);
    return data;
}

struct Recorder : TrainingObserver {
    std::vector<StepReport> steps;
    std::vector<CheckpointReport> checkpoints;
    std::vector<DiagnosticReport> diagnostics;
    std::function<void(const StepReport&)> onStep;
    std::function<void(const DiagnosticReport&)> onDiagnostic;
    void stepDone(const StepReport& r) override
    {
        steps.push_back(r);
        if (onStep)
            onStep(r);
    }
    void checkpointSaved(const CheckpointReport& c) override { checkpoints.push_back(c); }
    void diagnosticRaised(const DiagnosticReport& d) override
    {
        diagnostics.push_back(d);
        if (onDiagnostic)
            onDiagnostic(d);
    }
};

using Losses = std::vector<std::vector<double>>;  // per step: every value but learning rates

std::vector<double> lossesOf(const StepReport& r)
{
    std::vector<double> out;
    for (const NamedValue& v : r.values)
        if (v.name.rfind("lr_", 0) != 0)
            out.push_back(v.value);
    return out;
}

std::vector<double> checksums(const TrainingRun& run)
{
    std::vector<double> out;
    for (const std::string& role : run.networkRoles())
        out.push_back(run.parameterChecksum(role));
    return out;
}

// The steps recorded in metrics.jsonl, with their values (learning rates and timings left out).
std::vector<std::pair<int, std::vector<double>>> metricsOf(const QString& folder)
{
    QFile file(folder + "/metrics.jsonl");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<std::pair<int, std::vector<double>>> out;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const nlohmann::json j = nlohmann::json::parse(line.toStdString());
        std::vector<double> values;
        for (const auto& [key, value] : j.items())
            if (key != "step" && key != "epoch" && key != "seconds" && key != "images_per_second" &&
                key.rfind("lr_", 0) != 0)
                values.push_back(value.get<double>());
        out.push_back({j.at("step").get<int>(), values});
    }
    return out;
}

}  // namespace

class CheckpointsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cpuRunRepeatsBitForBit()
    {
        std::vector<Losses> losses(2);
        std::vector<std::vector<double>> sums(2);
        for (int i = 0; i < 2; ++i) {
            Recorder recorder;
            TrainingRun run(tiny("dcgan-dropout"), tinyData(), "", &recorder);
            std::atomic<bool> stop{false};
            run.run(stop);
            for (const StepReport& r : recorder.steps)
                losses[i].push_back(lossesOf(r));
            sums[i] = checksums(run);
        }
        QCOMPARE(losses[0].size(), size_t(8));
        QVERIFY(losses[0] == losses[1]);  // exact equality of doubles
        QVERIFY(sums[0] == sums[1]);
    }

    void resumeEqualsTheUninterruptedRun_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<int>("stopAt");
        QTest::addColumn<bool>("augmented");
        QTest::newRow("dcgan, mid-epoch") << "dcgan" << 4 << false;
        QTest::newRow("dcgan with dropout") << "dcgan-dropout" << 3 << false;
        QTest::newRow("cdcgan, class labels") << "cdcgan" << 3 << false;
        QTest::newRow("vae, sampler noise") << "vae" << 5 << false;
        QTest::newRow("wgan-gp, critic steps") << "wgan-gp" << 2 << false;
        QTest::newRow("resnet-classifier") << "resnet-classifier" << 3 << false;
        QTest::newRow("vae-gan, three networks") << "vae-gan" << 3 << false;
        QTest::newRow("cvae, class labels") << "cvae" << 5 << false;
        QTest::newRow("unet, held-out metrics") << "unet" << 4 << false;
        // Augmentation draws from the run's stream: a resumed run must draw what the whole one drew.
        QTest::newRow("dcgan, augmented") << "dcgan" << 3 << true;
        QTest::newRow("pix2pix, augmented image and mask") << "pix2pix" << 5 << true;
    }
    void resumeEqualsTheUninterruptedRun()
    {
        QFETCH(QString, templateId);
        QFETCH(int, stopAt);
        QFETCH(bool, augmented);
        Experiment e = tiny(templateId.toStdString());
        e.ema = templateId == "dcgan";  // the moving average is state too
        if (augmented) {
            e.augmentation.flip = true;
            e.augmentation.rotationDegrees = 10;
            e.augmentation.shiftFraction = 0.05;
            e.augmentation.intensityJitter = 0.1;
        }
        QTemporaryDir dir;

        Recorder whole;
        TrainingRun uninterrupted(e, tinyData(), dir.filePath("whole").toStdString(), &whole);
        RunControl control;
        uninterrupted.run(control);
        const std::vector<double> finalSums = checksums(uninterrupted);

        const QString folder = dir.filePath("interrupted");
        {
            Recorder first;
            RunControl stopControl;
            first.onStep = [&](const StepReport& r) {
                if (r.step == stopAt)
                    stopControl.stop = true;
            };
            TrainingRun run(e, tinyData(), folder.toStdString(), &first);
            const RunSummary summary = run.run(stopControl);
            QVERIFY(summary.stopped);
            QCOMPARE(summary.steps, int64_t(stopAt));
            QVERIFY(!first.checkpoints.empty());
            QCOMPARE(first.checkpoints.front().reason, std::string("stop"));
        }
        QCOMPARE(readCheckpointInfo(latestCheckpoint(folder.toStdString())).step, int64_t(stopAt));
        Recorder second;
        std::unique_ptr<TrainingRun> resumed = TrainingRun::resume(folder.toStdString(), tinyData(), &second);
        QCOMPARE(resumed->stepsDone(), int64_t(stopAt));
        RunControl control2;
        const RunSummary summary = resumed->run(control2);
        QVERIFY(!summary.stopped);
        QCOMPARE(second.steps.size(), size_t(8 - stopAt));
        for (const StepReport& r : second.steps)
            QVERIFY2(lossesOf(r) == lossesOf(whole.steps[r.step - 1]), qPrintable(QString("step %1").arg(r.step)));
        QVERIFY(checksums(*resumed) == finalSums);

        // The metrics file: every step once, the same values as the uninterrupted run's.
        const auto metrics = metricsOf(folder);
        QCOMPARE(metrics.size(), size_t(8));
        const auto wholeMetrics = metricsOf(dir.filePath("whole"));
        for (size_t i = 0; i < metrics.size(); ++i) {
            QCOMPARE(metrics[i].first, int(i + 1));
            QVERIFY(metrics[i].second == wholeMetrics[i].second);
        }
    }

    void checkpointsEveryNStepsKeepLatestNumberedAndBest()
    {
        Experiment e = tiny();
        e.steps = 12;
        e.checkpointEvery = 2;
        QTemporaryDir dir;
        const QString folder = dir.filePath("run");
        Recorder recorder;
        TrainingRun run(e, tinyData(), folder.toStdString(), &recorder);
        RunControl control;
        run.run(control);
        std::vector<int64_t> periodic;
        for (const CheckpointReport& c : recorder.checkpoints)
            if (c.reason == "every N steps")
                periodic.push_back(c.step);
        QCOMPARE(periodic, (std::vector<int64_t>{2, 4, 6, 8, 10}));
        QCOMPARE(recorder.checkpoints.back().reason == "end" || recorder.checkpoints.back().reason == "best", true);
        const QDir checkpoints(folder + "/checkpoints");
        QCOMPARE(checkpoints.entryList({"step_*.pt"}),
                 (QStringList{"step_0000006.pt", "step_0000008.pt", "step_0000010.pt"}));
        QVERIFY(checkpoints.exists("latest.pt"));
        QVERIFY(checkpoints.exists("best.pt"));
        QVERIFY(checkpoints.entryList({"*.tmp"}).isEmpty());
        QCOMPARE(readCheckpointInfo((folder + "/checkpoints/latest.pt").toStdString()).step, int64_t(12));
        QCOMPARE(readCheckpointInfo((folder + "/checkpoints/step_0000008.pt").toStdString()).step, int64_t(8));
        const int64_t bestStep = readCheckpointInfo((folder + "/checkpoints/best.pt").toStdString()).step;
        // best.pt is the checkpoint with the lowest generator loss among those written.
        double bestLoss = std::numeric_limits<double>::infinity();
        int64_t expected = 0;
        for (const CheckpointReport& c : recorder.checkpoints)
            if (c.reason != "best" && recorder.steps[c.step - 1].generatorLoss < bestLoss) {
                bestLoss = recorder.steps[c.step - 1].generatorLoss;
                expected = c.step;
            }
        QCOMPARE(bestStep, expected);
    }

    void pauseCheckpointsAndSingleStepsByPart()
    {
        Experiment e = tiny();
        e.steps = 5;
        QTemporaryDir dir;
        const QString folder = dir.filePath("run");
        Recorder recorder;
        RunControl control;
        recorder.onStep = [&](const StepReport& r) {
            if (r.step == 1 && r.part == StepPart::Whole) {
                control.learningRate = 1e-3;  // every network, from the next step on
                control.pause = true;
                control.stepPart = StepPart::Discriminator;
                control.stepRequests = 1;
            } else if (r.part == StepPart::Discriminator) {
                control.stepPart = StepPart::Generator;
                control.stepRequests = 1;
            } else if (r.part == StepPart::Generator) {
                control.pause = false;
            }
        };
        TrainingRun run(e, tinyData(), folder.toStdString(), &recorder);
        const RunSummary summary = run.run(control);
        QVERIFY(!summary.stopped);
        QCOMPARE(recorder.steps.size(), size_t(6));  // 5 steps and one discriminator update alone
        QCOMPARE(recorder.checkpoints.front().reason, std::string("pause"));
        QCOMPARE(recorder.checkpoints.front().step, int64_t(1));
        QCOMPARE(readCheckpointInfo((folder + "/checkpoints/latest.pt").toStdString()).step, int64_t(5));
        const StepReport& d = recorder.steps[1];
        QVERIFY(d.part == StepPart::Discriminator);
        QCOMPARE(d.step, int64_t(1));
        QVERIFY(std::isfinite(d.discriminatorLoss) && d.discriminatorLoss > 0);
        QVERIFY(d.value("loss_g", -1) == -1);
        const StepReport& g = recorder.steps[2];
        QVERIFY(g.part == StepPart::Generator);
        QCOMPARE(g.step, int64_t(2));
        QVERIFY(std::isfinite(g.generatorLoss));
        QCOMPARE(g.value("lr_generator"), 1e-3);
        QCOMPARE(g.value("lr_discriminator"), 1e-3);
        const auto metrics = metricsOf(folder);
        QCOMPARE(metrics.size(), size_t(5));  // the discriminator update alone is no record
        for (size_t i = 0; i < metrics.size(); ++i)
            QCOMPARE(metrics[i].first, int(i + 1));
    }

    void notFiniteLossPausesWithoutSavingTheBrokenState()
    {
        // One corrupt image (NaN pixels) poisons the batch it lands in.
        ImageSet data = tinyData();
        for (size_t i = 0; i < data.imageSize(); ++i)
            data.values[9 * data.imageSize() + i] = std::numeric_limits<float>::quiet_NaN();
        Experiment e = tiny();
        e.steps = 20;
        e.checkpointEvery = 1;
        QTemporaryDir dir;
        const QString folder = dir.filePath("run");
        Recorder recorder;
        RunControl control;
        int seen = 0;
        recorder.onDiagnostic = [&](const DiagnosticReport& d) {
            if (d.kind != DiagnosticReport::Kind::NotFinite)
                return;
            QVERIFY(control.pause.load());  // run() paused itself
            if (++seen == 1)
                control.pause = false;  // continue: back to the last good checkpoint, which fails again
            else
                control.stop = true;
        };
        TrainingRun run(e, data, folder.toStdString(), &recorder);
        const RunSummary summary = run.run(control);
        QVERIFY(summary.stopped);
        QCOMPARE(seen, 2);
        const DiagnosticReport& first = recorder.diagnostics.front();
        QVERIFY(first.kind == DiagnosticReport::Kind::NotFinite);
        QVERIFY(first.paused);
        const int64_t badStep = first.step;
        QVERIFY2(badStep > 1, "the seed must put the corrupt image after the first batch");
        QVERIFY2(QString::fromStdString(first.message).contains(QString("at step %1").arg(badStep)),
                 first.message.c_str());
        QVERIFY2(QString::fromStdString(first.remedy).contains("latest.pt") &&
                     QString::fromStdString(first.remedy).contains("learning rate"),
                 first.remedy.c_str());
        QCOMPARE(recorder.diagnostics.back().step, badStep);  // the same step again after going back
        // latest.pt is the last good state; no checkpoint of the broken one was written.
        const std::string latest = (folder + "/checkpoints/latest.pt").toStdString();
        QCOMPARE(readCheckpointInfo(latest).step, badStep - 1);
        for (const CheckpointReport& c : recorder.checkpoints)
            QVERIFY(c.step < badStep);
        const auto metrics = metricsOf(folder);
        QCOMPARE(metrics.size(), size_t(badStep - 1));
        // The good state forks into a healthy run on clean data.
        Experiment more = e;
        more.steps = badStep + 1;
        std::unique_ptr<TrainingRun> fork =
            TrainingRun::fork(latest, more, tinyData(), dir.filePath("fork").toStdString(), nullptr);
        QCOMPARE(fork->stepsDone(), badStep - 1);
        for (double sum : checksums(*fork))
            QVERIFY(std::isfinite(sum));
        std::atomic<bool> stop{false};
        QCOMPARE(fork->run(stop).steps, badStep + 1);
    }

    void legacyRunStillThrowsOnNotFinite()
    {
        ImageSet data = tinyData();
        for (float& v : data.values)
            v = std::numeric_limits<float>::infinity();
        Recorder recorder;
        TrainingRun run(tiny(), data, "", &recorder);
        std::atomic<bool> stop{false};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, run.run(stop));
        QCOMPARE(recorder.diagnostics.size(), size_t(1));
        QVERIFY(!recorder.diagnostics.front().paused);
    }

    void forkStartsANewFolderWithChangedSettings()
    {
        QTemporaryDir dir;
        Experiment e = tiny();
        e.steps = 4;
        {
            TrainingRun run(e, tinyData(), dir.filePath("a").toStdString(), nullptr);
            RunControl control;
            run.run(control);
        }
        Experiment changed = e;
        changed.steps = 6;
        changed.learningRate = 1e-3;
        changed.networkOptimizers.clear();
        Recorder recorder;
        std::unique_ptr<TrainingRun> fork = TrainingRun::fork(dir.filePath("a/checkpoints/latest.pt").toStdString(),
                                                              changed, tinyData(), dir.filePath("b").toStdString(),
                                                              &recorder);
        RunControl control;
        fork->run(control);
        QCOMPARE(recorder.steps.size(), size_t(2));
        QCOMPARE(recorder.steps.front().step, int64_t(5));
        QCOMPARE(recorder.steps.front().value("lr_generator"), 1e-3);
        QVERIFY(QFile::exists(dir.filePath("b/experiment.json")));
        QVERIFY(QFile::exists(dir.filePath("b/checkpoints/latest.pt")));
        QCOMPARE(metricsOf(dir.filePath("a")).size(), size_t(4));  // the source run is left as it was
        // A fork on other images (here fewer and other phantoms) starts a fresh epoch on them.
        Recorder other;
        Experiment elsewhere = changed;
        elsewhere.dataset.imageCount = 10;
        std::unique_ptr<TrainingRun> moved = TrainingRun::fork(dir.filePath("a/checkpoints/latest.pt").toStdString(),
                                                               elsewhere, generatePhantomImageSet(10, 32, 1, 99),
                                                               dir.filePath("d").toStdString(), &other);
        RunControl again;
        moved->run(again);
        QCOMPARE(other.steps.size(), size_t(2));
        QVERIFY(std::isfinite(other.steps.back().generatorLoss));
        Experiment tooShort = e;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 TrainingRun::fork(dir.filePath("a/checkpoints/latest.pt").toStdString(), tooShort,
                                                   tinyData(), dir.filePath("c").toStdString(), nullptr));
    }

    void refusesFoldersWithoutCheckpointsAndUnknownFormats()
    {
        QTemporaryDir dir;
        const std::string empty = dir.filePath("empty").toStdString();
        QDir().mkpath(dir.filePath("empty"));
        try {
            latestCheckpoint(empty);
            QFAIL("no exception");
        } catch (const std::runtime_error& error) {
            QVERIFY2(QString(error.what()).contains("has no checkpoint"), error.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, TrainingRun::resume(empty, tinyData(), nullptr));

        QFile text(dir.filePath("text.pt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a checkpoint");
        text.close();
        try {
            readCheckpointInfo(dir.filePath("text.pt").toStdString());
            QFAIL("no exception");
        } catch (const std::runtime_error& error) {
            QVERIFY2(QString(error.what()).contains("not a MedSynth checkpoint"), error.what());
        }
        for (int version : {1, 2}) {
            torch::serialize::OutputArchive archive;
            archive.write("format", c10::IValue(std::string("medsynth.checkpoint")));
            archive.write("version", c10::IValue(int64_t(version)));
            const std::string file = dir.filePath(QString("v%1.pt").arg(version)).toStdString();
            archive.save_to(file);
            try {
                readCheckpointInfo(file);
                QFAIL("no exception");
            } catch (const std::runtime_error& error) {
                const QString expected = version == 2 ? "has format version 2; this MedSynth reads version 1"
                                                      : "lacks its 'step' entry";
                QVERIFY2(QString(error.what()).contains(expected), error.what());
            }
        }
    }

    void unwritableCheckpointFolderKeepsTheRunGoing()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("run");
        Experiment e = tiny();
        e.steps = 4;
        e.checkpointEvery = 2;
        Recorder recorder;
        TrainingRun run(e, tinyData(), folder.toStdString(), &recorder);
        // A plain file where the checkpoints folder belongs: nothing can be written there.
        QFile blocker(folder + "/checkpoints");
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RunControl control;
        const RunSummary summary = run.run(control);
        QVERIFY(!summary.stopped);
        QCOMPARE(summary.steps, int64_t(4));
        QVERIFY(recorder.checkpoints.empty());
        QVERIFY(!recorder.diagnostics.empty());
        QVERIFY2(QString::fromStdString(recorder.diagnostics.front().message).contains("Cannot write the checkpoint"),
                 recorder.diagnostics.front().message.c_str());
    }
};

QTEST_GUILESS_MAIN(CheckpointsTest)
#include "tst_Checkpoints.moc"
