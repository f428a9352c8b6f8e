#pragma once
// Private helpers that phrase every IO failure the same way: "<base name>: <reason>", one line,
// never the full path (paths can carry patient names; DESIGN.md, Privacy).

#include "medsynth/io/IoError.h"

#include <string>

namespace medsynth::io {

// The last component of path ("scan.dcm" for "/a/b/scan.dcm"; "b" for "/a/b/").
std::string fileBaseName(const std::string& path);

IoError fileError(const std::string& path, const std::string& reason);

}  // namespace medsynth::io
