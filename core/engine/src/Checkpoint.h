#pragma once
// Checkpoint: the whole TrainingState in one file (a LibTorch archive), so that a run resumed from
// it continues bit for bit: every network's parameters and buffers, its optimizer's state and base
// learning rate, the moving average, the run's random stream and LibTorch's global CPU generator
// (Dropout blocks draw from it), this epoch's data order, the cursor, epoch and step count, and
// the experiment as JSON. The archive carries a format name ("medsynth.checkpoint") and version;
// other names and versions are refused with a message that says so.
// Files are written to a temporary name, synced and renamed, so a crash or a full disk never
// leaves a half-written checkpoint under the final name. Private to the engine (LibTorch header).

#include "TrainingState.h"

#include "medsynth/engine/TrainingRun.h"

#include <string>

namespace medsynth::engine {

constexpr const char* kCheckpointFormat = "medsynth.checkpoint";
constexpr int kCheckpointVersion = 1;

// Writes the state to `file` (via file + ".tmp", then rename). `bestScore` is kept for best.pt
// across a resume. Throws std::runtime_error with a user-facing message (full disk, no permission);
// the earlier file under `file` is then left as it was.
void writeCheckpoint(const TrainingState& state, double bestScore, const std::string& file);

// What restoreCheckpoint puts back.
enum class RestoreLearningRates { FromCheckpoint, KeepCurrent };

// Reads the checkpoint into a state built from a compatible experiment (same networks). Returns
// the stored best score (NaN when none). Throws std::runtime_error with a user-facing message.
double restoreCheckpoint(TrainingState& state, const std::string& file, RestoreLearningRates rates);

// True when every parameter and buffer of every network (and the moving average) is finite.
bool stateIsFinite(const TrainingState& state);

}  // namespace medsynth::engine
