#include "RunMonitor.h"

#include <cmath>

namespace medsynth::engine {

namespace {

const char* kindName(DiagnosticReport::Kind kind)
{
    switch (kind) {
    case DiagnosticReport::Kind::NotFinite: return "not-finite";
    case DiagnosticReport::Kind::DiscriminatorCollapse: return "discriminator-collapse";
    case DiagnosticReport::Kind::ModeCollapse: return "mode-collapse";
    case DiagnosticReport::Kind::Oscillation: return "oscillation";
    case DiagnosticReport::Kind::CheckpointNotWritten: return "checkpoint-not-written";
    case DiagnosticReport::Kind::EvaluationFailed: return "evaluation-failed";
    case DiagnosticReport::Kind::Other: break;
    }
    return "other";
}

}  // namespace

RunMonitor::RunMonitor(TrainingState& state, GraphModule* generating, const std::string& cacheFolder)
    : diagnostics_(state.experiment.recipe, state.experiment.adversarialLoss, state.experiment.criticSteps)
{
    const Experiment& e = state.experiment;
    // Nothing to start (no worker, no real-image features) for a run too short to be evaluated.
    if (e.evaluateEvery > 0 && e.steps >= e.evaluateEvery && recipeIsEvaluated(e.recipe) && generating)
        evaluator_ = std::make_unique<Evaluator>(state, *generating, cacheFolder);
}

RunMonitor::~RunMonitor() = default;

nlohmann::json RunMonitor::environment() const
{
    if (!evaluator_)
        return nlohmann::json::object();
    return {{"feature_extractor",
             {{"label", evaluator_->featureLabel()}, {"id", evaluator_->featureId()}, {"sha256", evaluator_->featureFileSha256()}}}};
}

std::vector<EvaluationReport> RunMonitor::afterStep(TrainingState& state, const StepReport& step,
                                                   GraphModule* generating, TrainingObserver* observer,
                                                   RunFolderWriter* folder)
{
    for (const DiagnosticReport& d : diagnostics_.observeLosses(step.step, step.discriminatorLoss, step.generatorLoss))
        raise(d, observer, folder);
    if (!evaluator_)
        return {};
    evaluator_->addTrainingTime(step.seconds);
    std::string failure;
    std::vector<EvaluationReport> reports = evaluator_->takeFinished(false, failure);
    report(reports, failure, step.step, observer, folder);
    if (generating && evaluator_->due(state.stepsDone))
        evaluator_->submit(evaluator_->makeJob(state, *generating));
    return reports;
}

std::vector<EvaluationReport> RunMonitor::finish(TrainingObserver* observer, RunFolderWriter* folder, bool wait)
{
    if (!evaluator_)
        return {};
    std::string failure;
    std::vector<EvaluationReport> reports = evaluator_->takeFinished(wait, failure);
    report(reports, failure, reports.empty() ? 0 : reports.back().step, observer, folder);
    return reports;
}

void RunMonitor::report(const std::vector<EvaluationReport>& reports, const std::string& failure, int64_t step,
                        TrainingObserver* observer, RunFolderWriter* folder)
{
    for (const EvaluationReport& r : reports) {
        if (observer)
            observer->evaluationDone(r);
        if (folder) {
            nlohmann::json line = {{"step", r.step}};
            for (const auto& [name, value] : r.values)
                line[name] = value;
            line["evaluation_seconds"] = r.seconds;
            line["feature_label"] = r.featureLabel;
            folder->appendLine(line);
        }
        for (const auto& [name, value] : r.values)
            if (name == "diversity")
                for (const DiagnosticReport& d : diagnostics_.observeDiversity(r.step, value))
                    raise(d, observer, folder);
    }
    if (!failure.empty()) {
        DiagnosticReport d;
        d.kind = DiagnosticReport::Kind::EvaluationFailed;
        d.step = step;
        d.message = failure;
        d.detail = failure;
        d.remedy = "Training goes on without live FID/KID. Check the feature network (builtin, or a TorchScript "
                   "file that takes these images) and start a new run to measure again.";
        raise(d, observer, folder);
    }
}

void RunMonitor::raise(const DiagnosticReport& d, TrainingObserver* observer, RunFolderWriter* folder)
{
    if (observer)
        observer->diagnosticRaised(d);
    if (folder)
        folder->appendLine({{"step", d.step}, {"diagnostic", kindName(d.kind)}, {"message", d.message}, {"remedy", d.remedy}});
}

}  // namespace medsynth::engine
