#pragma once
// DICOM RLE Lossless (PS3.5 Annex G) for one frame, decoded here rather than by DCMTK: DCMTK
// 3.6.7's RLE decoder reads past its input on damaged streams (found by tests/fuzz). Every
// offset and run is checked against the fragment.

#include <cstdint>
#include <string>
#include <vector>

namespace medsynth::io {

// Decodes one frame's fragment into colour-by-plane samples of bytesPerSample bytes each, in
// native byte order: samples x pixels values. Throws std::runtime_error with a one-line reason.
std::vector<uint8_t> decodeRleFrame(const uint8_t* data, size_t size, size_t pixels, int samples, int bytesPerSample);

}  // namespace medsynth::io
