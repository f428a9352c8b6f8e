#pragma once
// TrainingSettings: the part of an experiment the Train page's "Training settings" dialog edits
// (optimizer and learning rates, schedule, moving average, the recipe's loss options, critic
// steps, checkpoints, live evaluation, device and precision), as experiment JSON, so that a
// user's changes can be kept per template and put over the template's own recommendations the
// next time. Everything else of an experiment (its graph, data, batch, steps...) is left alone.

#include "medsynth/engine/Experiment.h"

#include <QString>

namespace medsynth::gui {

// How often a run started from the GUI writes a checkpoint when the user has not said otherwise:
// often enough that a crash or a NaN loses little, seldom enough to cost next to nothing.
inline constexpr int64_t kGuiCheckpointEvery = 200;

// The settings of `experiment` the dialog edits.
nlohmann::json trainingSettingsOf(const engine::Experiment& experiment);
// Puts such settings (from trainingSettingsOf, maybe of an earlier version) into `experiment`;
// keys it does not know are ignored. Throws std::invalid_argument (or GraphError) with a
// user-facing message when a value is out of range, leaving `experiment` unchanged.
void applyTrainingSettings(engine::Experiment& experiment, const nlohmann::json& settings);

// Whether the recipe has a discriminator (critic) whose learning rate can be set apart.
bool recipeHasDiscriminator(const std::string& recipe);

}  // namespace medsynth::gui
