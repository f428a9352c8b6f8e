#pragma once
// Decodes one JPEG 2000 code stream (raw J2K or a JP2 file) held in memory, through OpenJPEG.
// The caller states what the DICOM header declares; a stream that disagrees (size, components,
// precision) is refused before its pixels are decoded.

#include <cstdint>
#include <string>
#include <vector>

namespace medsynth::io {

struct Jpeg2000Frame {
    int components = 0;
    bool isSigned = false;
    int precision = 0;
    std::vector<int32_t> samples;  // interleaved, rows x columns x components
};

// Throws std::runtime_error with a one-line reason.
Jpeg2000Frame decodeJpeg2000(const uint8_t* data, size_t size, int rows, int columns, int components);

}  // namespace medsynth::io
