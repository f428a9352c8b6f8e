// Live evaluation: a tiny GAN run reports FID and KID equal to an offline computation on the very
// samples the evaluator measured, writes them to metrics.jsonl with the features' label, caches
// the real images' features on disk and reuses them; evaluation does not change training; the
// cadence stretches when evaluation is expensive, and checkpoints add no evaluations to it (also
// after a resume); VAE and pix2pix runs report PSNR and SSIM.
// Includes engine-private headers (Evaluator.h: its test hooks).

#include "Evaluator.h"

#include "medsynth/engine/FeatureExtractor.h"
#include "medsynth/engine/Metrics.h"
#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>

using namespace medsynth::engine;

namespace {

const ImageSet& tinyData()
{
    static const ImageSet data = generatePhantomImageSet(16, 32, 1, 3);
    return data;
}

Experiment tiny(const std::string& templateId, int steps = 4)
{
    Experiment e = experimentForTemplate(templateId, 1, 32);
    e.batchSize = 4;
    e.steps = steps;
    e.threads = 1;
    e.seed = 11;
    e.sampleCount = 4;
    e.sampleEvery = 100;
    e.evaluateEvery = 2;
    e.evaluationSamples = 16;
    e.kidSubsets = 5;
    e.kidSubsetSize = 8;
    return e;
}

struct Recorder : TrainingObserver {
    std::vector<EvaluationReport> evaluations;
    std::vector<DiagnosticReport> diagnostics;
    std::vector<CheckpointReport> checkpoints;
    std::function<void(const StepReport&)> onStep;
    void evaluationDone(const EvaluationReport& r) override { evaluations.push_back(r); }
    void diagnosticRaised(const DiagnosticReport& d) override { diagnostics.push_back(d); }
    void checkpointSaved(const CheckpointReport& c) override { checkpoints.push_back(c); }
    void stepDone(const StepReport& r) override
    {
        if (onStep)
            onStep(r);
    }
};

// The steps evaluated that are not on the cadence (multiples of `every`, of which the interval is
// one, and the last step), as text: empty when there are none.
QString offCadence(const std::vector<EvaluationReport>& evaluations, int64_t every, int64_t last)
{
    QString steps;
    for (const EvaluationReport& r : evaluations)
        if (r.step % every != 0 && r.step != last)
            steps += QString(" %1").arg(r.step);
    return steps;
}

// What the worker measured, captured through the test hook.
struct Captured {
    std::mutex mutex;
    std::map<int64_t, EvaluationJob> jobs;
    std::vector<std::string> sources;
    void install()
    {
        EvaluationTestHooks::onEvaluated = [this](const EvaluationJob& job, const EvaluationReport&, const RealFeatures&,
                                                  const std::string& source) {
            std::lock_guard<std::mutex> lock(mutex);
            jobs[job.step] = job;
            sources.push_back(source);
        };
    }
    ~Captured() { EvaluationTestHooks::onEvaluated = nullptr; }
};

double valueOf(const EvaluationReport& r, const std::string& name)
{
    for (const auto& [n, v] : r.values)
        if (n == name)
            return v;
    return std::nan("");
}

std::vector<nlohmann::json> readLines(const QString& file)
{
    std::vector<nlohmann::json> lines;
    std::ifstream in(file.toStdString());
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(nlohmann::json::parse(line));
    return lines;
}

nlohmann::json readJson(const QString& file)
{
    std::ifstream in(file.toStdString());
    return nlohmann::json::parse(in);
}

bool sameRelative(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance * std::max(std::abs(a), std::abs(b));
}

}  // namespace

class EvaluationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ganReportsFidAndKidAsComputedOffline()
    {
        EvaluationTestHooks::clearMemoryCache();
        const int extractionsBefore = EvaluationTestHooks::realFeatureExtractions.load();
        QTemporaryDir dir;
        const QString runFolder = dir.filePath("run1"), cache = dir.filePath("cache");
        Captured captured;
        captured.install();
        Recorder recorder;
        std::atomic<bool> stop{false};
        {
            TrainingRun run(tiny("dcgan"), tinyData(), runFolder.toStdString(), &recorder, cache.toStdString());
            run.run(stop);
        }
        QCOMPARE(recorder.evaluations.size(), size_t(2));  // steps 2 and 4 (4 is also the last)
        QCOMPARE(recorder.evaluations.back().step, int64_t(4));
        QCOMPARE(EvaluationTestHooks::realFeatureExtractions.load(), extractionsBefore + 1);
        QCOMPARE(captured.sources.front(), std::string("computed"));

        // Offline: the same extractor on the real images and on the samples the evaluator used.
        const FeatureExtractor extractor = FeatureExtractor::builtin();
        const FeatureMatrix real = extractor.extract(tinyData());
        const FeatureStatistics realStats = computeFeatureStatistics(real);
        for (const EvaluationReport& r : recorder.evaluations) {
            QCOMPARE(r.featureLabel, std::string("built-in features (medsynth-v1)"));
            const EvaluationJob& job = captured.jobs.at(r.step);
            QCOMPARE(job.generated.count, 16);
            const FeatureMatrix generated = extractor.extract(job.generated);
            const double fid = frechetDistance(computeFeatureStatistics(generated), realStats);
            const KidResult kid = kernelInceptionDistance(generated, real, KidOptions{5, 8, 11});
            QVERIFY(std::isfinite(valueOf(r, "fid")) && valueOf(r, "fid") > 0);
            QVERIFY2(sameRelative(valueOf(r, "fid"), fid, 1e-6),
                     qPrintable(QString("fid %1 offline %2").arg(valueOf(r, "fid")).arg(fid)));
            QVERIFY(sameRelative(valueOf(r, "kid_mean"), kid.mean, 1e-6));
            QVERIFY(sameRelative(valueOf(r, "kid_std"), kid.standardDeviation, 1e-6));
            QVERIFY(valueOf(r, "diversity") > 0);
        }
        // The generator trained between the evaluations: the fixed z gave other images.
        QVERIFY(captured.jobs.at(2).generated.values != captured.jobs.at(4).generated.values);

        // Written: fid lines in metrics.jsonl, the extractor in experiment.json and environment.json,
        // the cache file.
        int fidLines = 0;
        for (const nlohmann::json& line : readLines(runFolder + "/metrics.jsonl"))
            if (line.contains("fid")) {
                ++fidLines;
                QVERIFY(line.contains("kid_mean") && line.contains("kid_std") && line.contains("step"));
                QCOMPARE(line["feature_label"].get<std::string>(), std::string("built-in features (medsynth-v1)"));
            }
        QCOMPARE(fidLines, 2);
        QCOMPARE(readJson(runFolder + "/environment.json")["feature_extractor"]["label"].get<std::string>(),
                 std::string("built-in features (medsynth-v1)"));
        QCOMPARE(readJson(runFolder + "/experiment.json")["evaluation"]["feature_extractor"].get<std::string>(),
                 std::string("builtin"));
        QCOMPARE(QDir(cache).entryList({"*.features"}, QDir::Files).size(), 1);

        // A second run on the same images reads the cache file instead of extracting again, and
        // measures the same numbers (same seed, same training).
        EvaluationTestHooks::clearMemoryCache();
        captured.sources.clear();
        Recorder second;
        {
            TrainingRun run(tiny("dcgan"), tinyData(), dir.filePath("run2").toStdString(), &second, cache.toStdString());
            run.run(stop);
        }
        QCOMPARE(EvaluationTestHooks::realFeatureExtractions.load(), extractionsBefore + 1);
        QCOMPARE(captured.sources.front(), std::string("disk"));
        QCOMPARE(second.evaluations.size(), recorder.evaluations.size());
        QVERIFY(sameRelative(valueOf(second.evaluations.front(), "fid"), valueOf(recorder.evaluations.front(), "fid"), 1e-9));
        // A third, in the same process: the memory cache.
        captured.sources.clear();
        {
            TrainingRun run(tiny("dcgan", 2), tinyData(), "", nullptr, "");
            run.run(stop);
        }
        QCOMPARE(captured.sources.front(), std::string("memory"));
        QCOMPARE(EvaluationTestHooks::realFeatureExtractions.load(), extractionsBefore + 1);

        // Other images: another key, extracted again.
        ImageSet other = tinyData();
        other.values[0] += 0.5f;
        {
            TrainingRun run(tiny("dcgan", 2), other, "", nullptr, cache.toStdString());
            run.run(stop);
        }
        QCOMPARE(EvaluationTestHooks::realFeatureExtractions.load(), extractionsBefore + 2);
        QCOMPARE(QDir(cache).entryList({"*.features"}, QDir::Files).size(), 2);
    }

    void evaluationDoesNotChangeTraining()
    {
        Experiment off = tiny("dcgan");
        off.evaluateEvery = 0;
        std::atomic<bool> stop{false};
        TrainingRun a(off, tinyData(), "", nullptr);
        a.run(stop);
        Recorder recorder;
        TrainingRun b(tiny("dcgan"), tinyData(), "", &recorder);
        b.run(stop);
        QVERIFY(!recorder.evaluations.empty());
        QCOMPARE(b.generatorParameterChecksum(), a.generatorParameterChecksum());
        QCOMPARE(b.discriminatorParameterChecksum(), a.discriminatorParameterChecksum());
    }

    // A run that measures FID keeps as best.pt the checkpoint whose own step had the lowest FID
    // among those the cadence evaluated, says so in best.json, and leaves no checkpoint waiting
    // for a score behind.
    void bestCheckpointIsChosenByFid()
    {
        Experiment e = tiny("dcgan", 12);
        e.evaluateEvery = 4;    // evaluations at 4, 8, 12, or fewer when the CPU cadence stretches
        e.checkpointEvery = 2;  // checkpoints at 2, 4, ..., 10 and 12 (end): one at every evaluated step
        QTemporaryDir dir;
        const QString folder = dir.filePath("run");
        Recorder recorder;
        TrainingRun run(e, tinyData(), folder.toStdString(), &recorder);
        RunControl control;
        run.run(control);

        std::map<int64_t, double> fidAt;
        for (const EvaluationReport& r : recorder.evaluations)
            for (const auto& [name, value] : r.values)
                if (name == "fid")
                    fidAt[r.step] = value;
        const QString extra = offCadence(recorder.evaluations, 4, 12);
        QVERIFY2(extra.isEmpty(), qPrintable(extra));
        // Every evaluated step has its checkpoint scored: the first (4) and the last (12) at least.
        int64_t expected = -1, scored = 0;
        double lowest = std::numeric_limits<double>::infinity();
        for (const CheckpointReport& c : recorder.checkpoints)
            if (c.reason != "best" && fidAt.count(c.step)) {
                ++scored;
                if (fidAt[c.step] < lowest) {
                    lowest = fidAt[c.step];
                    expected = c.step;
                }
            }
        QCOMPARE(scored, int64_t(fidAt.size()));
        QVERIFY2(scored >= 2, qPrintable(QString::number(scored)));
        const QString checkpoints = folder + "/checkpoints";
        QCOMPARE(readCheckpointInfo((checkpoints + "/best.pt").toStdString()).step, expected);
        std::ifstream record((checkpoints + "/best.json").toStdString());
        const nlohmann::json best = nlohmann::json::parse(record);
        QCOMPARE(best["criterion"].get<std::string>(), std::string("fid"));
        QCOMPARE(best["step"].get<int64_t>(), expected);
        QCOMPARE(best["score"].get<double>(), lowest);
        QVERIFY(QDir(checkpoints).entryList({"scoring_*"}).isEmpty());
    }

    void cadenceRule()
    {
        // Cheap evaluation: the asked interval. 1 s of evaluation against 0.1 s steps needs 100
        // steps of training for a 10% share: the next multiple of 2 at or above it.
        QCOMPARE(Evaluator::stretchedInterval(2, 0.001, 0.1), int64_t(2));
        QCOMPARE(Evaluator::stretchedInterval(2, 1.0, 0.1), int64_t(100));
        QCOMPARE(Evaluator::stretchedInterval(3, 1.0, 0.1), int64_t(102));
        QCOMPARE(Evaluator::stretchedInterval(100, 1.0, 0.1), int64_t(100));
    }

    void expensiveEvaluationStretchesTheInterval()
    {
        EvaluationTestHooks::extraMillisecondsPerJob = 400;
        Experiment e = tiny("dcgan", 12);
        e.evaluateEvery = 1;
        Recorder recorder;
        std::atomic<bool> stop{false};
        {
            TrainingRun run(e, tinyData(), "", &recorder);
            run.run(stop);
        }
        EvaluationTestHooks::extraMillisecondsPerJob = 0;
        QVERIFY(!recorder.evaluations.empty());
        QVERIFY2(recorder.evaluations.size() < 12, qPrintable(QString::number(recorder.evaluations.size())));
        QVERIFY(valueOf(recorder.evaluations.back(), "evaluation_interval") > 1);
        QCOMPARE(recorder.evaluations.back().step, int64_t(12));  // the last step is always measured
    }

    // Checkpoints more frequent than the evaluations add none (they once forced one each, and an
    // expensive evaluation then took more time than training): only the cadence's steps are
    // evaluated, also in a resumed run, whose cadence continues the uninterrupted run's.
    void checkpointsAddNoEvaluations()
    {
        Experiment e = tiny("dcgan", 12);
        e.evaluateEvery = 4;
        e.checkpointEvery = 1;
        QTemporaryDir dir;
        EvaluationTestHooks::extraMillisecondsPerJob = 300;
        Recorder whole;
        {
            TrainingRun run(e, tinyData(), dir.filePath("whole").toStdString(), &whole);
            RunControl control;
            run.run(control);  // waits for every evaluation submitted
        }
        EvaluationTestHooks::extraMillisecondsPerJob = 0;
        QCOMPARE(whole.checkpoints.front().step, int64_t(1));
        QVERIFY2(offCadence(whole.evaluations, 4, 12).isEmpty(), qPrintable(offCadence(whole.evaluations, 4, 12)));
        QVERIFY(!whole.evaluations.empty() && whole.evaluations.size() <= 3);  // 4, 8, 12; fewer when stretched
        QCOMPARE(whole.evaluations.back().step, int64_t(12));

        // Stopped at step 6 and resumed: 8 and 12 (or 12 alone), not 7.
        const std::string folder = dir.filePath("resumed").toStdString();
        {
            Recorder first;
            RunControl control;
            first.onStep = [&](const StepReport& r) {
                if (r.step == 6)
                    control.stop = true;
            };
            TrainingRun run(e, tinyData(), folder, &first);
            run.run(control);
        }
        Recorder resumed;
        {
            std::unique_ptr<TrainingRun> run = TrainingRun::resume(folder, tinyData(), &resumed);
            QCOMPARE(run->stepsDone(), int64_t(6));
            RunControl control;
            run->run(control);
        }
        QVERIFY2(offCadence(resumed.evaluations, 4, 12).isEmpty(), qPrintable(offCadence(resumed.evaluations, 4, 12)));
        QVERIFY(!resumed.evaluations.empty());
        QCOMPARE(resumed.evaluations.back().step, int64_t(12));
    }

    void vaeAndPix2pixReportPsnrAndSsim()
    {
        Captured captured;
        captured.install();
        std::atomic<bool> stop{false};
        Recorder vae;
        {
            TrainingRun run(tiny("vae", 2), tinyData(), "", &vae);
            run.run(stop);
        }
        QCOMPARE(vae.evaluations.size(), size_t(1));
        const EvaluationReport& r = vae.evaluations.front();
        QVERIFY(std::isfinite(valueOf(r, "fid")));
        QVERIFY(std::isfinite(valueOf(r, "psnr")) && valueOf(r, "psnr") > 0);
        QVERIFY(valueOf(r, "ssim") > -1 && valueOf(r, "ssim") <= 1);
        // Reconstructions of the first real images, measured as pairedImageMetrics does.
        const EvaluationJob& job = captured.jobs.at(2);
        QCOMPARE(job.originals.count, 16);
        QVERIFY(std::equal(job.originals.values.begin(), job.originals.values.end(), tinyData().values.begin()));
        const PairedImageMetrics offline = pairedImageMetrics(job.reconstructed, job.originals);
        QCOMPARE(valueOf(r, "psnr"), offline.meanPsnr);
        QCOMPARE(valueOf(r, "ssim"), offline.meanSsim);

        Recorder pix2pix;
        {
            TrainingRun run(tiny("pix2pix", 2), tinyData(), "", &pix2pix);
            run.run(stop);
        }
        QCOMPARE(pix2pix.evaluations.size(), size_t(1));
        QVERIFY(std::isfinite(valueOf(pix2pix.evaluations.front(), "psnr")));
        QVERIFY(std::isnan(valueOf(pix2pix.evaluations.front(), "fid")));  // outputs of given inputs: no FID
    }

    void settingsAreReadWrittenAndChecked()
    {
        Experiment e = tiny("dcgan");
        e.evaluateEvery = 7;
        e.featureExtractor = "/models/inception.pt";
        e.kidSubsets = 3;
        const Experiment back = experimentFromJson(experimentToJson(e));
        QCOMPARE(back.evaluateEvery, 7);
        QCOMPARE(back.featureExtractor, std::string("/models/inception.pt"));
        QCOMPARE(back.kidSubsets, 3);
        QCOMPARE(back.evaluationSamples, 16);
        QCOMPARE(experimentForTemplate("dcgan", 1, 32).evaluateEvery, 100);
        QCOMPARE(experimentForTemplate("resnet-classifier", 1, 32).evaluateEvery, 0);
        e.evaluationSamples = 1;
        QVERIFY(!validateExperiment(e).empty());
        // A feature network that is not there fails the run at its start, with the path.
        Experiment missing = tiny("dcgan");
        missing.featureExtractor = "/nonexistent/features.pt";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, TrainingRun(missing, tinyData(), "", nullptr));
    }
};

QTEST_GUILESS_MAIN(EvaluationTest)
#include "tst_Evaluation.moc"
