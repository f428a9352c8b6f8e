#include "FileError.h"

#include <filesystem>

namespace medsynth::io {

std::string fileBaseName(const std::string& path) {
    std::filesystem::path p(path);
    if (!p.has_filename()) p = p.parent_path();  // a trailing separator
    std::string name = p.filename().string();
    return name.empty() ? path : name;
}

IoError fileError(const std::string& path, const std::string& reason) {
    std::string line = fileBaseName(path) + ": " + reason;
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';  // DCMTK and OpenCV texts may span lines
    return IoError(line);
}

}  // namespace medsynth::io
