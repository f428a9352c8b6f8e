#pragma once
// TrainingRun: one training run of any recipe (gan, cgan, wgan-gp, vae, cvae, vae-gan, pix2pix,
// classifier, segmentation; see Experiment). Owns the compiled networks by role, an optimizer per
// trained network, the optional moving average of the generating network and the in-memory
// dataset; step() does one step of the recipe (for GANs: the critic steps, then one generator
// update); run() loops until the experiment's step count or until the stop flag is set. Reports
// through TrainingObserver with plain structs, on the calling thread: it knows nothing of threads,
// Qt or widgets. When a run folder is given it writes experiment.json, environment.json,
// metrics.jsonl, samples/*.png and checkpoints/ (see run()). A run folder with a checkpoint can be
// resumed (resume()) or forked into a new folder (fork()).
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
    std::string deviceReason;  // why this device, in English words; its particulars follow
    enum class DeviceChoice { CpuChosen, NoGpu, CudaChosen, GpuAvailable };
    DeviceChoice deviceChoice = DeviceChoice::NoGpu;
    enum class Bf16 { NotAsked, Autocast, NotOnCpu };  // bf16 precision asked for: used, or not on the CPU
    Bf16 bf16 = Bf16::NotAsked;
    // Where a CUDA run keeps the dataset (dataBytes of it): on the GPU, or in memory because the
    // experiment asks so or because the GPU has no room for it. None on the CPU.
    enum class DataPlacement { None, OnGpu, HostAsked, HostNoRoom };
    DataPlacement dataPlacement = DataPlacement::None;
    int64_t dataBytes = 0;
    int threads = 0;
    int64_t generatorParameters = 0;      // the generating network (generator, decoder, classifier or segmenter)
    int64_t discriminatorParameters = 0;  // 0 without a discriminator
    std::vector<NetworkSize> networks;    // every network, in the graph's order
    std::string recipe;
    std::string runFolder;     // empty when none is written
};

// Which part of a step to do. GAN recipes (gan, cgan, wgan-gp) can do one discriminator (critic)
// update alone, or one generator update alone (for the classroom); other recipes do a whole step
// for either part.
enum class StepPart { Whole, Discriminator, Generator };

struct StepReport {
    int64_t step = 0;          // 1-based count of generator updates done
    int64_t totalSteps = 0;
    int64_t epoch = 0;
    // Whole for a normal step. A discriminator update alone does not count as a step (step stays,
    // only loss_d, d_real and d_fake are set) and is not written to metrics.jsonl.
    StepPart part = StepPart::Whole;
    // GAN recipes: their losses and D's outputs. Other recipes: generatorLoss is the trained
    // model's total loss ("loss"), the others 0; their values are in `values`.
    double generatorLoss = 0;
    double discriminatorLoss = 0;
    double dReal = 0;          // mean D(x): a probability (BCE), or the raw score (WGAN-GP, hinge)
    double dFake = 0;          // mean D(G(z)) before the generator update, likewise
    double seconds = 0;        // wall time of this step
    double imagesPerSecond = 0;  // real images per second (batch x critic steps per step), since the warm-up steps
    // Every value of this step by name, in a fixed order per recipe: loss terms ("loss_g", "loss_d",
    // "d_real", "d_fake"; "loss", "reconstruction", "kl", "kl_weight"; WGAN-GP's "gradient_penalty",
    // lambda included; ...), metrics on the batch ("accuracy", "dice", ...), the global L2 norm of
    // the gradients each optimizer stepped with ("grad_norm_g": the generator or the main network,
    // VAEs' encoder and decoder together; "grad_norm_d": the discriminator, its last critic update),
    // the learning rate of each trained network ("lr_generator", ...), and on evaluation steps
    // metrics on held-out images ("val_accuracy", ...).
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
    enum class Kind {
        NotFinite, DiscriminatorCollapse, ModeCollapse, Oscillation, CheckpointNotWritten, EvaluationFailed, Other
    };
    Kind kind = Kind::Other;
    int64_t step = 0;
    std::string message;  // what happened, in English (the CLI's words and the run folder's)
    std::string remedy;   // what to do (e.g. the last good checkpoint to resume from)
    bool paused = false;  // the run paused itself because of it
    // The particulars, for a front end that says it in the user's language (see the kinds above):
    std::string detail;           // NotFinite: the loss that became NaN or infinite, empty when a weight did;
                                  // CheckpointNotWritten, EvaluationFailed: the reason, as the system gave it
    std::string checkpoint;       // NotFinite, CheckpointNotWritten: the last good checkpoint, empty when none
    int64_t checkpointStep = -1;  // its step
    int64_t window = 0;           // DiscriminatorCollapse, Oscillation: the steps looked at
    int criticSteps = 1;          // DiscriminatorCollapse: discriminator updates per generator update
    double share = 0;             // ModeCollapse: the samples' variety as a share of its best so far
    bool adversarial = true;      // ModeCollapse: a GAN recipe (a VAE is given another remedy)
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

// How another thread steers run(): plain atomics, set from any thread, read between steps.
struct RunControl {
    std::atomic<bool> stop{false};   // end after the current step (checkpoint "stop", final samples)
    // Pause: run() writes a checkpoint ("pause"), then waits (polling about every 15 ms) until pause
    // is cleared or stop is set. run() sets it itself when a loss becomes NaN or infinite.
    std::atomic<bool> pause{false};
    // While paused: do this many single steps (run() counts it down) of the part in stepPart.
    std::atomic<int> stepRequests{0};
    std::atomic<StepPart> stepPart{StepPart::Whole};
    // A new learning rate, applied between steps (0: none; run() takes it and sets it back to 0).
    // Set learningRateRole (an index into networkRoles(), -1: every network) before it.
    std::atomic<double> learningRate{0};
    std::atomic<int> learningRateRole{-1};
};

// What a checkpoint file holds, read without building the run.
struct CheckpointInfo {
    std::string file;
    int64_t step = 0;         // steps done when it was written
    Experiment experiment;    // the experiment of the run that wrote it
};
// Throws std::runtime_error with a user-facing message: no such file, not a MedSynth checkpoint
// ("medsynth.checkpoint"), or a format version this program does not read.
CheckpointInfo readCheckpointInfo(const std::string& file);
// checkpoints/latest.pt of a run folder; throws std::runtime_error when the folder has none.
std::string latestCheckpoint(const std::string& runFolder);

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

    // Continues a run folder from checkpoints/latest.pt with the settings frozen in it, in the
    // same folder: metrics.jsonl loses the records after the checkpoint's step and grows from
    // there; samples continue. data must be the run's data (its image count is checked). Throws
    // std::runtime_error with a user-facing message (no checkpoint, unreadable, other model).
    // evaluationCacheFolder: as for the constructor (the real images' features, for FID/KID).
    static std::unique_ptr<TrainingRun> resume(const std::string& runFolder, const ImageSet& data,
                                               TrainingObserver* observer,
                                               const std::string& evaluationCacheFolder = std::string());
    // A new run in a new folder that starts from any checkpoint's state (networks, optimizers,
    // random streams, step count), under `experiment` (e.g. the checkpoint's with more steps or
    // another learning rate: its learning rates are used, not the checkpoint's). The networks must
    // be the checkpoint's; steps must exceed the checkpoint's step.
    static std::unique_ptr<TrainingRun> fork(const std::string& checkpointFile, const Experiment& experiment,
                                             const ImageSet& data, const std::string& runFolder,
                                             TrainingObserver* observer,
                                             const std::string& evaluationCacheFolder = std::string());

    // One step of the recipe (GANs: the critic updates and one generator update), or one part of
    // it (see StepPart). A direct call throws std::runtime_error when a loss becomes NaN or
    // infinite (the message says so and what to try); run() catches it (see below). Writes no
    // checkpoint: run() does, or saveCheckpoint().
    StepReport step(StepPart part = StepPart::Whole);
    // Steps until the experiment's step count or until control.stop; writes the final sample grid
    // and reports finished(). With a run folder it writes checkpoints/latest.pt every
    // checkpointEvery steps, on entering a pause, on stop and at the end (each reported by
    // checkpointSaved), keeps the last three periodic ones as step_NNNNNNN.pt, and best.pt (see
    // bestCheckpointScore). A checkpoint that cannot be written (full disk) raises a diagnostic and
    // the run goes on; the previous one is kept. When a loss becomes NaN or infinite, run() raises
    // a NotFinite diagnostic (paused=true, naming the last good checkpoint), writes no checkpoint of
    // the broken state and pauses; clearing pause then goes back to the last good checkpoint (the
    // metrics after it are dropped) and continues, or ends the run when there is none.
    RunSummary run(RunControl& control);
    // The same with only a stop flag; a NaN or infinite loss raises the diagnostic (paused=false)
    // and then throws std::runtime_error as step() does, since nobody could un-pause the run.
    RunSummary run(const std::atomic<bool>& stop);
    // Writes checkpoints/latest.pt now (and best.pt when it is the best so far); returns its path,
    // or an empty string without a run folder or when the state is not finite. Throws nothing:
    // a write error is reported as a diagnostic.
    std::string saveCheckpoint(const std::string& reason);

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
    TrainingRun(const Experiment& experiment, const ImageSet& data, TrainingObserver* observer,
                const std::string& evaluationCacheFolder = std::string());
    RunSummary runUntil(RunControl& control, const std::atomic<bool>* externalStop, bool pauseOnNotFinite);
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Lower is better; NaN when the values hold no criterion. Which checkpoint is kept as best.pt when
// the run does not measure FID: classifier 1 - held-out F1 (val_f1), segmentation 1 - held-out
// Dice (val_dice), falling back to the training loss; other recipes the generator-side loss of the
// last step (loss_g, or loss). A run that measures FID of its samples (evaluateEvery > 0, every
// recipe that makes images but pix2pix) scores by FID instead: a checkpoint of a step that the
// evaluation cadence measures (the multiples of the evaluation interval, and the last step) gets
// that FID once the evaluation worker has it; checkpoints of other steps are not candidates, and
// no checkpoint adds an evaluation (on the CPU the cadence keeps evaluation near a tenth of the
// training time). With checkpointEvery dividing evaluateEvery, every evaluated step has its
// checkpoint. checkpoints/best.json says which step best.pt holds and why:
// {"step": 120, "criterion": "fid", "score": 7.8}.
double bestCheckpointScore(const std::string& recipe, const std::vector<NamedValue>& values);

// Real output shapes of every node output ("node.port" -> shape without batch) when the network
// is compiled and run on zeros with the given batch size. Lets tests compare shape inference
// with LibTorch without including LibTorch. Throws GraphError if it does not compile.
std::map<std::string, TensorShape> probeCompiledShapes(const GraphNetwork& network, int batch = 2);
int64_t compiledParameterCount(const GraphNetwork& network);

}  // namespace medsynth::engine
