#include "CommandLine.h"
#include "Commands.h"
#include "DataPreparationFlags.h"

#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/TrainingRun.h"
#ifdef MEDSYNTH_WITH_IO
#include "medsynth/io/DatasetLoader.h"
#endif

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>

namespace medsynth::cli {

namespace {

const char* kTrainHelp = R"(Usage: medsynth-cli train [EXPERIMENT.json] [OPTIONS]

Trains a model with its template's recipe (GANs, VAEs, VAE-GAN, pix2pix, U-Net segmentation,
ResNet classifier) and writes a run folder (experiment.json, environment.json, metrics.jsonl,
samples/*.png). Prints progress, then one JSON line with the result, including
images_per_second (timed after two warm-up steps) and the last step's values under "final".

Options (they override the experiment file's values):
  --template ID        model template (default dcgan; see 'medsynth-cli templates')
  --data SPEC          phantom:brain (built-in demo, default) or a folder of DICOM/PNG images; with an
                       EXPERIMENT.json, the phantoms it records (name and count) by default, and
                       a folder it records must be given again (run folders never name it)
  --image-size S       square image size the model works at (default 64)
  --channels C         1 (grey, default) or 3 (colour)
  --batch B            images per step (default 64)
  --steps N            generator updates (default 1000)
  --threads T          CPU threads (default: all cores)
  --seed K             random seed (default 1); same seed, same threads: same run
  --device D           auto (default), cpu or cuda
  --lr RATE            learning rate of every network (default: the template's)
  --optimizer NAME     sgd, adam, adamw, rmsprop, adagrad or adadelta (default: the template's)
  --schedule KIND      learning-rate schedule: constant (default), step or cosine
  --ema                sample from a moving average of the generator's weights
  --adversarial-loss L bce or hinge (GAN, VAE-GAN and pix2pix recipes)
  --kl-beta B          weight of the KL term (VAE recipes)
  --kl-warmup N        steps over which the KL weight grows from 0 (VAE recipes)
  --sample-every N     write a sample grid every N steps (default 50)
  --checkpoint-every N write checkpoints/latest.pt every N steps (default 0: only on stop, Ctrl+C and
                       at the end); the last three are also kept as step_NNNNNNN.pt, and best.pt:
                       the lowest FID when the run measures it, else the lowest loss (or, for
                       classifiers and segmenters, the best held-out F1 or Dice); best.json says which
  --precision P        fp32 (default) or bf16 (bfloat16 autocast; CUDA only, the CPU uses fp32)
  --data-placement W   auto (default: the dataset stays on the GPU when the GPU could hold it twice
                       over plus 1 GiB, else in memory with each batch copied over) or host (always
                       in memory, for a GPU shared with others); the CPU ignores it
  --resume RUNDIR      continue RUNDIR from its last checkpoint with its own settings (only --data,
                       --labels-csv and --dataset-cache for a folder dataset, and --quiet may be
                       given); metrics.jsonl continues
  --fork CHECKPOINT    start a new run (--out) from any checkpoint; the options above change its
                       settings (e.g. --steps for more steps, --lr, the data preparation), the model
                       stays; with --data it trains on those images (the run's own folder, or any
                       other: a fork is a new run), without it on the checkpoint's phantoms
  --evaluate-every N   FID/KID of fixed samples every N steps, 0 for none (default: 100 for
                       generative templates; stretched on the CPU to keep it under 10% of the time)
  --extractor E        features for FID/KID: builtin (default) or a TorchScript FILE.pt
  --evaluation-cache D folder caching the real images' features (default ~/.cache/medsynth/features)
  --max-images N       use at most N images of the data (default: all; phantoms: 2048, or the count
                       EXPERIMENT.json records)
  --out RUNDIR         run folder (default runs/<date-time>_<template>)
  --quiet              print only the final JSON line
)";

std::string defaultRunFolder(const std::string& templateId)
{
    const std::time_t now = std::time(nullptr);
    std::ostringstream name;
    name << "runs/" << std::put_time(std::localtime(&now), "%Y%m%d-%H%M%S") << "_" << templateId;
    return name.str();
}

// Ctrl+C and SIGTERM stop the run cleanly (checkpoint "stop"); a lock-free atomic store is
// allowed in a signal handler.
std::atomic<bool>* g_stopOnSignal = nullptr;
extern "C" void stopOnSignal(int)
{
    if (g_stopOnSignal)
        g_stopOnSignal->store(true);
}

// Where caches live between runs: $XDG_CACHE_HOME/medsynth/<what>, else ~/.cache/medsynth/<what>
// (the real images' features, prepared folders); none without either.
std::string defaultCache(const std::string& what)
{
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::string(xdg) + "/medsynth/" + what;
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/medsynth/" + what;
    return {};
}

class ProgressPrinter : public engine::TrainingObserver {
public:
    ProgressPrinter(bool quiet, engine::RunControl& control) : quiet_(quiet), control_(control) {}
    int threads = 0;
    bool notFinite = false;
    void checkpointSaved(const engine::CheckpointReport& c) override
    {
        if (!quiet_)
            std::cout << "checkpoint (" << c.reason << ", step " << c.step << "): " << c.file << "\n";
    }
    void diagnosticRaised(const engine::DiagnosticReport& d) override
    {
        std::cerr << "warning at step " << d.step << ": " << d.message << (d.remedy.empty() ? "" : " ") << d.remedy
                  << "\n";
        if (d.kind == engine::DiagnosticReport::Kind::NotFinite && d.paused) {
            notFinite = true;
            control_.stop = true;  // nobody un-pauses a command-line run
        }
    }
    void started(const engine::RunStarted& s) override
    {
        threads = s.threads;
        if (quiet_)
            return;
        std::cout << "Training " << s.recipe << " on " << s.device << " (" << s.deviceReason << "), " << s.threads
                  << " thread(s);";
        for (size_t i = 0; i < s.networks.size(); ++i)
            std::cout << (i ? "," : "") << " " << s.networks[i].role << " " << s.networks[i].parameters << " parameters";
        std::cout << ".\n";
        if (!s.runFolder.empty())
            std::cout << "Run folder: " << s.runFolder << "\n";
        std::cout.flush();
    }
    void stepDone(const engine::StepReport& r) override
    {
        const auto now = std::chrono::steady_clock::now();
        if (quiet_ || (r.step != r.totalSteps && r.step > 3 && now - lastPrint_ < std::chrono::milliseconds(500)))
            return;
        lastPrint_ = now;
        std::cout << std::fixed << std::setprecision(4) << "step " << r.step << "/" << r.totalSteps;
        for (const engine::NamedValue& v : r.values)
            if (v.name.rfind("lr_", 0) != 0)  // learning rates change rarely; metrics.jsonl has them
                std::cout << "  " << v.name << " " << v.value;
        std::cout << std::setprecision(1) << "  " << r.imagesPerSecond << " images/s\n";
        std::cout.flush();
    }
    void evaluationDone(const engine::EvaluationReport& r) override
    {
        lastEvaluation = r;
        if (quiet_)
            return;
        std::cout << std::setprecision(4) << "evaluation at step " << r.step << " (" << r.featureLabel << "):";
        for (const auto& [name, value] : r.values)
            std::cout << "  " << name << " " << value;
        std::cout << "\n";
        std::cout.flush();
    }
    std::optional<engine::EvaluationReport> lastEvaluation;
    void samplesReady(const engine::SampleReport& s) override
    {
        if (!quiet_ && !s.file.empty())
            std::cout << "samples: " << s.file << "\n";
    }

private:
    bool quiet_;
    engine::RunControl& control_;
    std::chrono::steady_clock::time_point lastPrint_;
};

}  // namespace

namespace {

// The run's images: --data, or for a resumed or forked run without it, the built-in phantoms
// the checkpoint's experiment names (same count and seed, so the same images).
struct TrainingData {
    engine::ImageSet images;
    engine::DatasetManifest manifest;
};

#ifdef MEDSYNTH_WITH_IO
io::LoadOptions loadOptions(const CommandLine& cl, int maxImages)
{
    io::LoadOptions options;
    options.maxImages = maxImages;
    options.labelsCsv = cl.text("labels-csv", "");
    const std::string cache = cl.text("dataset-cache", defaultCache("datasets"));
    options.cacheFolder = cache == "none" ? std::string() : cache;
    return options;
}
#endif

// Says what loading gave: unreadable files, the loader's notes, and the "Data:" line with the
// time it took.
void announceData(const TrainingData& data, const std::vector<std::string>& skipped,
                  const std::vector<std::string>& notes, bool fromCache,
                  std::chrono::steady_clock::time_point start, bool quiet)
{
    for (const std::string& file : skipped)
        std::cerr << "skipped " << file << "\n";
    if (quiet)
        return;
    for (const std::string& note : notes)
        std::cout << note << "\n";
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "Data: " << data.images.count << " images of " << data.images.channels << "x" << data.images.height
              << "x" << data.images.width << (fromCache ? " (prepared, from the cache)" : "") << " in " << std::fixed
              << std::setprecision(2) << seconds << " s\n"
              << std::defaultfloat;
}

#ifdef MEDSYNTH_WITH_IO
std::vector<std::string> noteTexts(const std::vector<io::DatasetNote>& notes)
{
    std::vector<std::string> texts;
    for (const io::DatasetNote& note : notes)
        texts.push_back(io::datasetNoteText(note));
    return texts;
}
#endif

TrainingData loadTrainingData(const engine::Experiment& e, const std::string& spec, int maxImages, const CommandLine& cl,
                              bool quiet)
{
    TrainingData data;
    const auto start = std::chrono::steady_clock::now();
#ifdef MEDSYNTH_WITH_IO
    io::LoadedDataset loaded = io::loadDataset(spec, e, loadOptions(cl, maxImages));
    data.manifest = loaded.manifest;
    data.images = std::move(loaded.images);
    announceData(data, loaded.skipped, noteTexts(loaded.notes), loaded.fromCache, start, quiet);
#else
    (void)cl;
    if (spec.rfind("phantom:", 0) != 0)
        throw std::runtime_error("This medsynth-cli was built with MEDSYNTH_ENGINE_ONLY and reads no image files; "
                                 "use --data phantom:brain, or a full build for folders of DICOM/PNG.");
    data.images = engine::generatePhantomImageSet(maxImages > 0 ? maxImages : 2048, e.imageSize, e.channels, e.seed);
    data.manifest.kind = "phantom";
    data.manifest.imageCount = data.images.count;
    announceData(data, {}, {}, false, start, quiet);
#endif
    return data;
}

// The data of a checkpoint's run: its phantoms again, or the folder given with --data, checked
// against the content hash the run recorded.
TrainingData checkpointData(const engine::Experiment& e, const CommandLine& cl, bool quiet)
{
    const engine::DatasetManifest& recorded = e.dataset;
#ifdef MEDSYNTH_WITH_IO
    if (recorded.kind != "phantom" && !cl.has("data"))
        throw UsageError("This run was trained on a folder of images, which run folders do not name (privacy). "
                         "Give the same folder with --data.");
    const auto start = std::chrono::steady_clock::now();
    io::LoadedDataset loaded = io::loadCheckpointDataset(e, cl.text("data", ""), loadOptions(cl, 0));
    TrainingData data{std::move(loaded.images), loaded.manifest};
    announceData(data, loaded.skipped, noteTexts(loaded.notes), loaded.fromCache, start, quiet);
    return data;
#else
    if (recorded.kind != "phantom")
        throw UsageError("This run was trained on a folder of images, which this engine-only medsynth-cli cannot "
                         "read; resume it with a full build.");
    return loadTrainingData(e, "phantom:" + recorded.phantomName, recorded.imageCount, cl, quiet);
#endif
}

}  // namespace

int trainCommand(const Arguments& args)
{
    if (wantsHelp(args)) {
        std::cout << kTrainHelp << kDataPreparationHelp;
        return 0;
    }
    std::vector<std::string> settings = {
        "template", "image-size", "channels", "batch", "steps", "threads", "seed", "device", "lr", "sample-every",
        "max-images", "out", "optimizer", "schedule", "adversarial-loss", "kl-beta", "kl-warmup", "checkpoint-every",
        "precision", "data-placement", "evaluate-every", "extractor"};
    settings.insert(settings.end(), kDataPreparationValueFlags.begin(), kDataPreparationValueFlags.end());
    settings.insert(settings.end(), kDataPreparationFlags.begin(), kDataPreparationFlags.end());
    std::vector<std::string> valued = settings;
    valued.insert(valued.end(), {"data", "resume", "fork", "evaluation-cache", "dataset-cache", "labels-csv"});
    std::set<std::string> flags = {"quiet", "ema"};
    for (const std::string& flag : kDataPreparationFlags) {
        valued.erase(std::find(valued.begin(), valued.end(), flag));
        flags.insert(flag);
    }
    const CommandLine cl(args, std::set<std::string>(valued.begin(), valued.end()), flags);
    const bool quiet = cl.has("quiet");
    engine::RunControl control;
    ProgressPrinter printer(quiet, control);
    std::unique_ptr<engine::TrainingRun> run;
    engine::Experiment e;

    if (cl.has("resume")) {
        for (const std::string& flag : settings)
            if (cl.has(flag))
                throw UsageError("--resume continues a run with its own settings, so --" + flag +
                                 " cannot be given with it. To change settings, start a new run from a checkpoint: "
                                 "--fork RUNDIR/checkpoints/latest.pt --out NEWDIR.");
        if (cl.has("ema") || cl.has("fork") || !cl.positional().empty())
            throw UsageError("--resume takes only a run folder (and --data, --labels-csv, --dataset-cache, "
                             "--evaluation-cache, --quiet).");
        const std::string folder = cl.text("resume", "");
        const engine::CheckpointInfo info = engine::readCheckpointInfo(engine::latestCheckpoint(folder));
        e = info.experiment;
        if (!quiet)
            std::cout << "Resuming " << folder << " from step " << info.step << " of " << e.steps << ".\n";
        const TrainingData data = checkpointData(e, cl, quiet);
        run = engine::TrainingRun::resume(folder, data.images, &printer,
                                          cl.text("evaluation-cache", defaultCache("features")));
    } else {
        engine::CheckpointInfo forkInfo;
        if (cl.has("fork")) {
            if (!cl.positional().empty())
                throw UsageError("--fork takes its settings from the checkpoint; give no experiment file.");
            if (!cl.has("out"))
                throw UsageError("--fork needs --out NEWDIR: a forked run gets a folder of its own.");
            forkInfo = engine::readCheckpointInfo(cl.text("fork", ""));
            e = forkInfo.experiment;
        } else if (!cl.positional().empty()) {
            e = engine::loadExperimentFile(cl.positional().front());
        }
        // The model first: a template, size or channel count other than the file's brings that
        // template's graph, recipe and optimizer settings; the flags below then override.
        const std::string templateId = cl.text("template", e.templateId);
        const int imageSize = static_cast<int>(cl.integer("image-size", e.imageSize, 8, 1024));
        const int channels = static_cast<int>(cl.integer("channels", e.channels, 1, 3));
        if (e.graph.networks.empty() || templateId != e.templateId || imageSize != e.imageSize ||
            channels != e.channels) {
            try {
                engine::applyTemplate(e, templateId, channels, imageSize);
            } catch (const engine::GraphError& error) {
                throw UsageError(error.what());  // a template or size the user asked for that does not exist
            }
        }
        e.batchSize = static_cast<int>(cl.integer("batch", e.batchSize, 2, 4096));
        e.steps = cl.integer("steps", e.steps, 1, 100000000);
        e.threads = static_cast<int>(cl.integer("threads", e.threads, 0, 1024));
        e.seed = static_cast<uint64_t>(cl.integer("seed", static_cast<int64_t>(e.seed), 0, INT64_MAX));
        e.device = cl.text("device", e.device);
        e.precision = cl.text("precision", e.precision);
        e.dataPlacement = cl.text("data-placement", e.dataPlacement);
        e.learningRate = cl.real("lr", e.learningRate, 1e-8, 1.0);
        e.optimizerType = cl.text("optimizer", e.optimizerType);
        if (cl.has("lr") || cl.has("optimizer"))
            e.networkOptimizers.clear();  // the flags set every network's optimizer
        e.schedule.kind = cl.text("schedule", e.schedule.kind);
        e.ema = e.ema || cl.has("ema");
        e.adversarialLoss = cl.text("adversarial-loss", e.adversarialLoss);
        e.klBeta = cl.real("kl-beta", e.klBeta, 0, 1000);
        e.klWarmupSteps = cl.integer("kl-warmup", e.klWarmupSteps, 0, 100000000);
        e.sampleEvery = static_cast<int>(cl.integer("sample-every", e.sampleEvery, 1, 100000000));
        e.checkpointEvery = cl.integer("checkpoint-every", e.checkpointEvery, 0, 100000000);
        e.evaluateEvery = static_cast<int>(cl.integer("evaluate-every", e.evaluateEvery, 0, 100000000));
        applyDataPreparationFlags(cl, e);
        if (cl.has("extractor") && cl.text("extractor", "") != e.featureExtractor) {
            e.featureExtractor = cl.text("extractor", e.featureExtractor);
            e.featureExtractorSha256.clear();  // another network: the run records its hash
        }
        if (const std::string problem = engine::validateExperiment(e); !problem.empty())
            throw UsageError(problem);

        const std::string out = cl.text("out", defaultRunFolder(e.templateId));
        const int maxImages = static_cast<int>(cl.integer("max-images", 0, 0, 100000000));
        if (cl.has("fork")) {
            // With --data, the images given (the run's own folder, another one, or the same with
            // other preparation: a fork is a new run); without it, the checkpoint's phantoms.
            const TrainingData data = cl.has("data") ? loadTrainingData(e, cl.text("data", ""), maxImages, cl, quiet)
                                                     : checkpointData(e, cl, quiet);
            e.dataset = data.manifest;
            run = engine::TrainingRun::fork(forkInfo.file, e, data.images, out, &printer,
                                            cl.text("evaluation-cache", defaultCache("features")));
        } else {
            // Without --data, the data the experiment records: a phantom run's phantoms again, by
            // name and (unless --max-images is given) count, so training a run's experiment.json
            // repeats the run; a folder, which experiment files never name (privacy), must be given.
            const engine::DatasetManifest recorded = e.dataset;
            std::string spec = cl.text("data", "");
            int count = maxImages;
            if (spec.empty()) {
                if (recorded.kind != "phantom")
                    throw UsageError("This experiment was trained on a folder of images, which experiment files do "
                                     "not name (privacy). Give the folder with --data (or --data phantom:brain for "
                                     "the demo images).");
                spec = "phantom:" + (recorded.phantomName.empty() ? std::string("brain") : recorded.phantomName);
                if (!cl.has("max-images"))
                    count = recorded.imageCount;
            }
            TrainingData data = loadTrainingData(e, spec, count, cl, quiet);
            // A folder's count is what loading gave, with or without --max-images, so it cannot say
            // whether to limit the folder now; it is only pointed out.
            if (!quiet && recorded.kind == "folder" && data.manifest.kind == "folder" && !cl.has("max-images") &&
                recorded.imageCount > 0 && data.images.count > recorded.imageCount)
                std::cout << "The experiment was trained on " << recorded.imageCount << " images of its folder; this "
                          << "one gives " << data.images.count << ". To train on its first " << recorded.imageCount
                          << ", add --max-images " << recorded.imageCount << ".\n";
            e.dataset = data.manifest;
            run = std::make_unique<engine::TrainingRun>(e, data.images, out, &printer,
                                                        cl.text("evaluation-cache", defaultCache("features")));
        }
    }

    g_stopOnSignal = &control.stop;
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    const engine::RunSummary summary = run->run(control);
    g_stopOnSignal = nullptr;
    nlohmann::json result = engine::summaryToJson(summary);
    result["batch"] = run->experiment().batchSize;
    result["image_size"] = run->experiment().imageSize;
    result["threads"] = printer.threads;
    if (printer.lastEvaluation) {
        result["evaluation_step"] = printer.lastEvaluation->step;
        result["feature_label"] = printer.lastEvaluation->featureLabel;
        for (const auto& [name, value] : printer.lastEvaluation->values)
            result[name] = value;
    }
    std::cout << result.dump() << std::endl;
    return printer.notFinite ? 1 : 0;
}

bool wantsHelp(const Arguments& args)
{
    for (const std::string& a : args)
        if (a == "--help" || a == "-h")
            return true;
    return false;
}

}  // namespace medsynth::cli
