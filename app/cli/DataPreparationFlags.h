#pragma once
// The train command's data preparation flags (--window, --percentiles, --fit, --labels, --split,
// --split-seed, --group-by-folder, --augment): they fill the experiment's preprocessing and
// augmentation, which experiment.json keeps. Usage errors name the flag and what it takes.

#include "CommandLine.h"

#include "medsynth/engine/Experiment.h"

#include <string>
#include <vector>

namespace medsynth::cli {

// The flags' names: the value flags, then the plain ones.
extern const std::vector<std::string> kDataPreparationValueFlags;
extern const std::vector<std::string> kDataPreparationFlags;

// The flags' lines for --help.
extern const char* const kDataPreparationHelp;

// Applies the flags given; the others leave the experiment as it is.
void applyDataPreparationFlags(const CommandLine& cl, engine::Experiment& experiment);

// "flip,rotate=10,shift=0.05,intensity=0.1" or "none". Throws UsageError.
engine::Augmentation parseAugmentation(const std::string& text);

}  // namespace medsynth::cli
