#pragma once
// RunFolderWriter: writes a run folder (DESIGN.md): experiment.json, environment.json,
// metrics.jsonl (one JSON object per step, flushed as it goes), samples/step_NNNNNNN.png and
// summary.json. Whole files are written to a temporary name and renamed. Errors (full disk,
// no permission) throw std::runtime_error with a message that says what to do.

#include "medsynth/engine/Experiment.h"
#include "medsynth/engine/ImageSet.h"
#include "medsynth/engine/TrainingRun.h"

#include <fstream>
#include <string>

namespace medsynth::engine {

class RunFolderWriter {
public:
    // A new run: the folder must not hold one yet.
    explicit RunFolderWriter(std::string folder);
    // Continues the run in this folder after `step`: metrics.jsonl keeps its records up to that
    // step (a line cut short by a crash is dropped) and grows from there.
    RunFolderWriter(std::string folder, int64_t continueAfterStep);

    // Drops the metrics records after `step` (going back to a checkpoint).
    void keepMetricsUpTo(int64_t step);

    void writeStart(const Experiment& experiment, const nlohmann::json& environment);
    void appendMetrics(const StepReport& report);
    void appendLine(const nlohmann::json& line);  // another metrics.jsonl line (evaluations, diagnostics)
    std::string writeSamples(int64_t step, const ImageBuffer& grid);  // returns the file written
    void writeSummary(const RunSummary& summary);
    const std::string& path() const { return folder_; }

private:
    void writeJson(const std::string& name, const nlohmann::json& value);

    std::string folder_;
    std::ofstream metrics_;
};

}  // namespace medsynth::engine
