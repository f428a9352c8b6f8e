#pragma once
// A small PNG encoder for 8-bit gray and RGB buffers (sample grids in run folders), so the
// engine writes images without OpenCV or Qt. Output is valid PNG with uncompressed deflate blocks.

#include "medsynth/engine/ImageSet.h"

#include <string>
#include <vector>

namespace medsynth::engine {

std::vector<uint8_t> encodePng(const ImageBuffer& image);
// Writes atomically (temporary file, then rename). Throws std::runtime_error on failure.
void writePngFile(const ImageBuffer& image, const std::string& path);

}  // namespace medsynth::engine
