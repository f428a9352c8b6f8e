#pragma once
// The medsynth-cli commands. Each takes its arguments (after the command name), prints to
// stdout/stderr and returns the process exit code: 0 success, 1 the work failed, 2 usage error.

#include <string>
#include <vector>

namespace medsynth::cli {

using Arguments = std::vector<std::string>;

int trainCommand(const Arguments& args);
int phantomsCommand(const Arguments& args);
int validateCommand(const Arguments& args);
int templatesCommand(const Arguments& args);
int frechetCommand(const Arguments& args);   // MetricsCommands.cpp
int featuresCommand(const Arguments& args);  // MetricsCommands.cpp
int datasetCommand(const Arguments& args);  // full builds only (MEDSYNTH_WITH_IO)
int inspectCommand(const Arguments& args);  // full builds only (MEDSYNTH_WITH_IO)

bool wantsHelp(const Arguments& args);

}  // namespace medsynth::cli
