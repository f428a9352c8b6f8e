#pragma once
// Reads the width and height an image file declares in its header (PNG, BMP, JPEG, TIFF) without
// decoding it, so that absurd sizes are refused before any memory is allocated for pixels.

#include <optional>
#include <string>

namespace medsynth::io {

struct ImageDimensions {
    long long width = 0;
    long long height = 0;
};

// nullopt when the format is not one of the above or the header cannot be parsed; the decoder
// then has the last word.
std::optional<ImageDimensions> probeImageDimensions(const std::string& path);

}  // namespace medsynth::io
