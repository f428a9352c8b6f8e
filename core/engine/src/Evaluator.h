#pragma once
// Evaluator: live FID, KID, diversity (and PSNR/SSIM) of a training run, computed off the training
// thread. Engine-private (LibTorch).
//
// Training thread: the constructor loads the feature extractor (a missing or changed TorchScript
// file fails the run's construction, not its hundredth step) and draws the fixed inputs once:
// evaluationSamples latent vectors (and balanced classes) from a generator seeded with the run's
// seed, apart from the run's own stream, so turning evaluation on or off never changes what
// training draws; the first evaluationSamples training images for reconstruction and paired
// metrics. makeJob() runs the networks on those inputs (cheap: one forward pass), submit() hands
// the images to the worker and never waits; takeFinished() returns the worker's results for
// TrainingRun to report at its next step.
//
// Worker (one std::thread owned by the evaluator, joined by the destructor): first the real
// images' features and statistics, once per run: from the process-wide memory cache, else from
// the cache folder, else extracted and written there. The cache key is the SHA-256 of the real
// images' pixels and shape, the extractor (built-in version, or the TorchScript file's SHA-256)
// and the image size: never a path or a patient value. Then per job: features of the generated
// images, FID against the cached reference, KID (seeded subsets), diversity, PSNR and SSIM.
// The worker computes with one intra-op thread (see limitWorkerToOneThread in the .cpp), so it
// takes one core from training, not all of them.
//
// Cadence: an evaluation is due at the multiples of `interval` (itself a multiple of evaluateEvery)
// and at the run's last step. On the CPU, after each result the interval stretches to the smallest
// multiple of evaluateEvery for which the evaluation's cost (worker time plus the training thread's
// time making the images) is at most kMaxCostShare of the training time over the interval; it comes
// back down when evaluation gets cheaper. At most kMaxPending jobs wait; a due evaluation beyond
// that is skipped (the last step's never is). Multiples of the interval, not "interval steps after
// the last one": a resumed run evaluates the steps the uninterrupted one would, and checkpoints
// every N steps meet evaluations wherever N divides the interval (TrainingRun scores only those:
// nothing outside the cadence evaluates, so the cost share holds whatever the checkpoints).
// The one-time extraction of the real images' features is not counted: it does not recur (and
// is cached in memory and on disk, so most runs do not pay it), so charging it to the first
// result would only postpone the second evaluation, by up to extraction time / (kMaxCostShare x
// step time) steps, for a cost already paid; while it runs, the kMaxPending limit already keeps
// due evaluations from piling up behind it (they are skipped).

#include "TrainingState.h"

#include "medsynth/engine/FeatureExtractor.h"
#include "medsynth/engine/ImageSet.h"
#include "medsynth/engine/Metrics.h"
#include "medsynth/engine/TrainingRun.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace medsynth::engine {

struct EvaluationJob {
    int64_t step = 0;
    ImageSet generated;      // fixed-z samples; empty when the recipe has none (pix2pix)
    ImageSet reconstructed;  // reconstructions (VAEs) or outputs (pix2pix) of `originals`; may be empty
    ImageSet originals;
    double generationSeconds = 0;  // training-thread time spent making the images
};

// The real images' features, measured once per dataset and extractor (shared, immutable).
struct RealFeatures {
    std::string key;     // cache key (hex)
    FeatureMatrix features;
    std::shared_ptr<const FrechetReference> reference;
    double meanPairwiseDistance = 0;  // of (up to 256) evenly spaced rows, the diversity's yardstick
};

// For tests only: counters and a way to make evaluation expensive. Shared by all evaluators.
struct EvaluationTestHooks {
    static std::atomic<int> realFeatureExtractions;  // real-image feature extractions actually run
    static std::atomic<int> extraMillisecondsPerJob; // the worker sleeps this long per job (cadence tests)
    // Called on the worker after each job with what it measured and where the real features came
    // from ("computed", "memory" or "disk"). Set it before a run starts.
    static std::function<void(const EvaluationJob&, const EvaluationReport&, const RealFeatures&, const std::string&)>
        onEvaluated;
    static void clearMemoryCache();
};

class Evaluator {
public:
    static constexpr double kMaxCostShare = 0.10;  // evaluation may cost this share of training time (CPU)
    static constexpr int kMaxPending = 2;

    // state: the run after its recipe's prepare(); generating: the network whose samples are
    // measured (the moving average when on). cacheFolder may be empty (memory cache only).
    // Throws std::runtime_error when the extractor cannot be loaded or its file changed.
    Evaluator(TrainingState& state, GraphModule& generating, std::string cacheFolder);
    ~Evaluator();
    Evaluator(const Evaluator&) = delete;
    Evaluator& operator=(const Evaluator&) = delete;

    const std::string& featureLabel() const { return label_; }
    const std::string& featureId() const { return id_; }
    const std::string& featureFileSha256() const { return sha256_; }

    // Whether to evaluate after this step (advances the schedule past a skipped evaluation).
    bool due(int64_t stepsDone);
    // The cadence rule: the smallest multiple of `every` whose steps of training (secondsPerStep
    // each) make evaluationSeconds at most kMaxCostShare of their time.
    static int64_t stretchedInterval(int64_t every, double evaluationSeconds, double secondsPerStep);
    EvaluationJob makeJob(TrainingState& state, GraphModule& generating);
    void submit(EvaluationJob job);
    void addTrainingTime(double seconds);
    // The results finished so far (wait: all submitted ones), in step order. A worker failure
    // comes back as an exception message in `failure` and turns evaluation off.
    std::vector<EvaluationReport> takeFinished(bool wait, std::string& failure);
    // Whether this step's evaluation has been submitted (the cadence's latest): its checkpoint
    // gets an FID (checkpoint scoring, see TrainingRun).
    bool submitted(int64_t step) const { return every_ > 0 && step == lastSubmitted_; }
    bool measuresSamples() const { return measuresSamples_; }
    int64_t interval() const { return interval_; }
    int64_t skipped() const { return skipped_; }

private:
    struct Result {
        EvaluationReport report;
        double workerSeconds = 0;
        double generationSeconds = 0;
    };
    void workerLoop();
    std::shared_ptr<const RealFeatures> realFeatures();  // sets realSource_
    Result evaluate(const EvaluationJob& job, const RealFeatures& real);

    const Experiment experiment_;
    std::string cacheFolder_;
    FeatureExtractor extractor_;
    std::string label_, id_, sha256_;
    std::string realSource_;  // worker only
    bool adaptCadence_ = false;
    bool measuresSamples_ = true;   // FID/KID of fixed-z samples (all but pix2pix)
    bool reconstructs_ = false;     // vae, cvae, vae-gan
    bool paired_ = false;           // pix2pix

    // Fixed inputs (training thread).
    torch::Tensor fixedLatent_, fixedClasses_, fixedReal_, fixedRealClasses_, fixedMasks_;
    torch::Tensor realImages_;  // the training images (shared storage, never written)

    // Cadence (training thread).
    int64_t every_ = 0;
    int64_t interval_ = 0;
    int64_t lastSubmitted_ = 0;
    int64_t skipped_ = 0;
    double trainingSeconds_ = 0;
    int64_t trainingSteps_ = 0;

    // Shared with the worker.
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<EvaluationJob> jobs_;
    std::vector<Result> done_;
    int pending_ = 0;  // submitted, not yet taken
    bool stopping_ = false;
    std::atomic<bool> cancelled_{false};  // the destructor asks the real-feature extraction to stop early
    std::string failure_;
    std::thread worker_;
};

}  // namespace medsynth::engine
