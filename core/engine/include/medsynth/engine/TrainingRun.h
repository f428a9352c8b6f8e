#pragma once
// TrainingRun: one training run of any recipe (gan, cgan, wgan-gp, vae, cvae, vae-gan, pix2pix,
// classifier, segmentation; see Experiment). Owns the compiled networks by role, an optimizer per
// trained network, the optional moving average of the generating network and the in-memory
// dataset; step() does one step of the recipe (for GANs: the critic steps, then one generator
// update); run() loops until the experiment's step count or until the stop flag is set. Reports
// through TrainingObserver with plain structs, on the calling thread: it knows nothing of threads,
// Qt or widgets. When a run folder is given it writes experiment.json, environment.json,
// metrics.jsonl and samples/*.png.
// LibTorch stays behind the pimpl, so this header is safe in Qt code.

#include "medsynth/engine/Experiment.h"
#include "medsynth/engine/ImageSet.h"
#include "medsynth/engine/TensorShape.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace medsynth::engine {

// A named number of a step: a loss term, a metric or a learning rate.
struct NamedValue {
    std::string name;
    double value = 0;
};

// A network of the run and its size.
struct NetworkSize {
    std::string role;
    int64_t parameters = 0;
};

struct RunStarted {
    std::string device;        // "cpu" or "cuda:0"
    std::string deviceReason;  // why this device, in words
    int threads = 0;
    int64_t generatorParameters = 0;      // the generating network (generator, decoder, classifier or segmenter)
    int64_t discriminatorParameters = 0;  // 0 without a discriminator
    std::vector<NetworkSize> networks;    // every network, in the graph's order
    std::string recipe;
    std::string runFolder;     // empty when none is written
};

struct StepReport {
    int64_t step = 0;          // 1-based count of generator updates done
    int64_t totalSteps = 0;
    int64_t epoch = 0;
    // GAN recipes: their losses and D's outputs. Other recipes: generatorLoss is the trained
    // model's total loss ("loss"), the others 0; their values are in `values`.
    double generatorLoss = 0;
    double discriminatorLoss = 0;
    double dReal = 0;          // mean D(x): a probability (BCE), or the raw score (WGAN-GP, hinge)
    double dFake = 0;          // mean D(G(z)) before the generator update, likewise
    double seconds = 0;        // wall time of this step
    double imagesPerSecond = 0;  // real images per second (batch x critic steps per step), since the warm-up steps
    // Every value of this step by name, in a fixed order per recipe: loss terms ("loss_g", "loss_d",
    // "d_real", "d_fake"; "loss", "reconstruction", "kl", "kl_weight"; ...), metrics on the batch
    // ("accuracy", "dice", ...), the learning rate of each trained network ("lr_generator", ...),
    // and on evaluation steps metrics on held-out images ("val_accuracy", ...).
    std::vector<NamedValue> values;

    // The value with this name, or fallback when the step has none.
    double value(const std::string& name, double fallback = 0) const
    {
        for (const NamedValue& v : values)
            if (v.name == name)
                return v.value;
        return fallback;
    }
};

struct SampleReport {
    int64_t step = 0;
    // The fixed-z samples tiled in a square grid (VAEs: decoded fixed z; pix2pix: input | output |
    // target; segmentation: image | predicted mask in red | true mask in green).
    ImageBuffer grid;
    std::string file;          // where it was written, empty without a run folder
};

struct RunSummary {
    int64_t steps = 0;
    bool stopped = false;      // stopped by the user before the last step
    double imagesPerSecond = 0;  // timed after two warm-up steps
    double seconds = 0;
    double finalGeneratorLoss = 0;
    double finalDiscriminatorLoss = 0;
    std::vector<NamedValue> finalValues;  // the last step's values
    std::string runFolder;
};

// The summary as JSON (summary.json in a run folder; the CLI's final line adds to it).
nlohmann::json summaryToJson(const RunSummary& summary);

// A checkpoint written to the run folder (checkpoints/, written to a temporary file and renamed).
struct CheckpointReport {
    int64_t step = 0;
    std::string file;    // the checkpoint's path
    std::string reason;  // "every N steps", "pause", "stop", "best", "end"
};

// Something about the run the user should know, in plain language, with what to do about it.
struct DiagnosticReport {
    enum class Kind { NotFinite, DiscriminatorCollapse, ModeCollapse, Oscillation, Other };
    Kind kind = Kind::Other;
    int64_t step = 0;
    std::string message;  // what happened
    std::string remedy;   // what to do (e.g. the last good checkpoint to resume from)
    bool paused = false;  // the run paused itself because of it
};

// Metrics of a fixed set of generated samples against the real images, computed every few steps
// (FID and KID as "fid", "kid_mean", "kid_std"; PSNR/SSIM for reconstruction and paired recipes).
struct EvaluationReport {
    int64_t step = 0;
    std::vector<std::pair<std::string, double>> values;
    std::string featureLabel;  // which features the distances use, e.g. "built-in features (medsynth-v1)"
    double seconds = 0;        // time the evaluation took (off the training thread where possible)
};

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void started(const RunStarted&) {}
    virtual void stepDone(const StepReport&) {}
    virtual void samplesReady(const SampleReport&) {}
    virtual void checkpointSaved(const CheckpointReport&) {}
    virtual void diagnosticRaised(const DiagnosticReport&) {}
    virtual void evaluationDone(const EvaluationReport&) {}
    virtual void finished(const RunSummary&) {}
};

// Facts about the LibTorch this program runs on, for environment.json and the UI.
struct EngineEnvironment {
    std::string torchVersion;
    bool cudaAvailable = false;
    int cudaDevices = 0;
    int cores = 0;
};
EngineEnvironment engineEnvironment();

class TrainingRun {
public:
    // Compiles the experiment's networks and copies data to the device. Throws std::runtime_error
    // (GraphError for the model) with a user-facing message when that is impossible: a graph that
    // does not fit, data of the wrong shape, CUDA asked for but absent.
    // runFolder may be empty (nothing written). observer may be null.
    TrainingRun(const Experiment& experiment, const ImageSet& data, const std::string& runFolder,
                TrainingObserver* observer);
    // The same, with a folder where live evaluation caches the real images' feature statistics
    // between runs (keyed by the images' content and the feature extractor); empty: in memory only.
    TrainingRun(const Experiment& experiment, const ImageSet& data, const std::string& runFolder,
                TrainingObserver* observer, const std::string& evaluationCacheFolder);
    ~TrainingRun();
    TrainingRun(const TrainingRun&) = delete;
    TrainingRun& operator=(const TrainingRun&) = delete;

    // One step of the recipe (GANs: the critic updates and one generator update). Throws
    // std::runtime_error when a loss becomes NaN or infinite (the message says so and what to try).
    StepReport step();
    // Steps until the experiment's step count or until stop becomes true; writes the final sample
    // grid and reports finished(). Returns the summary.
    RunSummary run(const std::atomic<bool>& stop);

    const Experiment& experiment() const;
    int64_t stepsDone() const;
    // The sample grid now (see SampleReport); empty for recipes without one (classifier).
    ImageBuffer sampleGrid();
    // Metrics on the held-out images now (classifier, segmentation: "val_accuracy", "val_dice" ...);
    // empty for other recipes or without held-out images.
    std::vector<NamedValue> evaluateHeldOut();

    // The roles of the run's networks, in the graph's order.
    std::vector<std::string> networkRoles() const;
    // Changes the learning rate of the network with this role, or of every network when role is
    // empty, from the next step on; a schedule scales it further. Call between steps (not during
    // one). Throws std::invalid_argument for a rate outside (0, 10] or an unknown role.
    void setLearningRate(double rate, const std::string& role = {});
    // The rate the next step uses for this role (schedule applied).
    double learningRate(const std::string& role) const;

    // Sum of absolute values of a network's parameters (for tests: did a step change them?).
    // generator: the generating network (generator, decoder, classifier or segmenter).
    double parameterChecksum(const std::string& role) const;
    double generatorParameterChecksum() const;
    double discriminatorParameterChecksum() const;  // 0 without a discriminator

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Real output shapes of every node output ("node.port" -> shape without batch) when the network
// is compiled and run on zeros with the given batch size. Lets tests compare shape inference
// with LibTorch without including LibTorch. Throws GraphError if it does not compile.
std::map<std::string, TensorShape> probeCompiledShapes(const GraphNetwork& network, int batch = 2);
int64_t compiledParameterCount(const GraphNetwork& network);

}  // namespace medsynth::engine
