#pragma once
// TrainingRun: one GAN training run (recipes gan, cgan and wgan-gp; see Experiment). Owns the
// compiled networks, optimizers and the in-memory dataset; step() does the experiment's critic
// steps (discriminator updates) and one generator update; run() loops until the
// experiment's step count or until the stop flag is set. Reports through TrainingObserver with
// plain structs, on the calling thread: it knows nothing of threads, Qt or widgets. When a run
// folder is given it writes experiment.json, environment.json, metrics.jsonl and samples/*.png.
// LibTorch stays behind the pimpl, so this header is safe in Qt code.

#include "medsynth/engine/Experiment.h"
#include "medsynth/engine/ImageSet.h"
#include "medsynth/engine/TensorShape.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace medsynth::engine {

struct RunStarted {
    std::string device;        // "cpu" or "cuda:0"
    std::string deviceReason;  // why this device, in words
    int threads = 0;
    int64_t generatorParameters = 0;
    int64_t discriminatorParameters = 0;
    std::string runFolder;     // empty when none is written
};

struct StepReport {
    int64_t step = 0;          // 1-based count of generator updates done
    int64_t totalSteps = 0;
    int64_t epoch = 0;
    double generatorLoss = 0;
    double discriminatorLoss = 0;
    double dReal = 0;          // mean D(x): a probability, or the raw critic score for WGAN-GP
    double dFake = 0;          // mean D(G(z)) before the generator update, likewise
    double seconds = 0;        // wall time of this step
    double imagesPerSecond = 0;  // real images per second (batch x critic steps per step), since the warm-up steps
};

struct SampleReport {
    int64_t step = 0;
    ImageBuffer grid;          // the fixed-z samples tiled in a square grid
    std::string file;          // where it was written, empty without a run folder
};

struct RunSummary {
    int64_t steps = 0;
    bool stopped = false;      // stopped by the user before the last step
    double imagesPerSecond = 0;  // timed after two warm-up steps
    double seconds = 0;
    double finalGeneratorLoss = 0;
    double finalDiscriminatorLoss = 0;
    std::string runFolder;
};

// The summary as JSON (summary.json in a run folder; the CLI's final line adds to it).
nlohmann::json summaryToJson(const RunSummary& summary);

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void started(const RunStarted&) {}
    virtual void stepDone(const StepReport&) {}
    virtual void samplesReady(const SampleReport&) {}
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
    ~TrainingRun();
    TrainingRun(const TrainingRun&) = delete;
    TrainingRun& operator=(const TrainingRun&) = delete;

    // One discriminator and one generator update. Throws std::runtime_error when a loss becomes
    // NaN or infinite (the message says so and what to try).
    StepReport step();
    // Steps until the experiment's step count or until stop becomes true; writes the final sample
    // grid and reports finished(). Returns the summary.
    RunSummary run(const std::atomic<bool>& stop);

    const Experiment& experiment() const;
    int64_t stepsDone() const;
    // The fixed-z samples of the generator now, as a grid.
    ImageBuffer sampleGrid();
    // Sum of absolute values of all generator / discriminator parameters (for tests: did a step
    // change them?).
    double generatorParameterChecksum() const;
    double discriminatorParameterChecksum() const;

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
