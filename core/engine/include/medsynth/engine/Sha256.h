#pragma once
// SHA-256 (FIPS 180-4) of bytes and of files, as lowercase hex: which feature extractor file a
// run used, the keys of the real-feature and prepared-dataset caches. Plain C++.

#include <cstddef>
#include <cstdint>
#include <string>

namespace medsynth::engine {

std::string sha256Hex(const uint8_t* data, size_t size);
// Throws std::runtime_error ("path: ...") when the file cannot be read.
std::string sha256OfFile(const std::string& path);

}  // namespace medsynth::engine
