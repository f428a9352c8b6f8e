#pragma once
// RunMonitor: what watches a training run besides the recipe: live evaluation (Evaluator: FID,
// KID, diversity, PSNR/SSIM off the training thread) and plain-language diagnostics
// (TrainingDiagnostics). TrainingRun calls it after each step and at the end of run(), on the
// training thread; it reports through the observer and writes metrics.jsonl lines:
//   {"step": 200, "fid": ..., "kid_mean": ..., "kid_std": ..., "diversity": ..., "evaluation_interval": 100,
//    "evaluation_seconds": ..., "feature_label": "built-in features (medsynth-v1)"}
//   {"step": 340, "diagnostic": "discriminator-collapse", "message": ..., "remedy": ...}
// Engine-private (LibTorch).

#include "Diagnostics.h"
#include "Evaluator.h"
#include "RunFolderWriter.h"
#include "TrainingState.h"

#include <memory>
#include <string>

namespace medsynth::engine {

class RunMonitor {
public:
    // Builds the evaluator when the experiment evaluates (0 < evaluateEvery <= steps, a recipe that
    // makes images, a generating network). May record the extractor's hash in state.experiment; throws
    // like Evaluator. cacheFolder: where the real images' features are cached (may be empty).
    RunMonitor(TrainingState& state, GraphModule* generating, const std::string& cacheFolder);
    ~RunMonitor();

    // For environment.json: {"feature_extractor": {"label", "id", "sha256"}}, or an empty object.
    nlohmann::json environment() const;
    // Both return the evaluations they reported (TrainingRun scores its checkpoints with them).
    std::vector<EvaluationReport> afterStep(TrainingState& state, const StepReport& report, GraphModule* generating,
                                            TrainingObserver* observer, RunFolderWriter* folder);
    // Reports the evaluations finished; wait: also those still running (not when the user stopped).
    std::vector<EvaluationReport> finish(TrainingObserver* observer, RunFolderWriter* folder, bool wait);

    // Whether checkpoints are scored by the FID of the fixed samples (the run evaluates a
    // generating recipe's samples), and whether a checkpoint of this step gets one: the cadence
    // evaluated the step (afterStep submitted it). Nothing evaluates for a checkpoint's sake.
    bool scoresByFid() const { return evaluator_ && evaluator_->measuresSamples(); }
    bool scoresStep(int64_t step) const { return scoresByFid() && evaluator_->submitted(step); }

    const Evaluator* evaluator() const { return evaluator_.get(); }

private:
    void report(const std::vector<EvaluationReport>& reports, const std::string& failure, int64_t step,
                TrainingObserver* observer, RunFolderWriter* folder);
    void raise(const DiagnosticReport& diagnostic, TrainingObserver* observer, RunFolderWriter* folder);

    std::unique_ptr<Evaluator> evaluator_;
    TrainingDiagnostics diagnostics_;
};

}  // namespace medsynth::engine
