#pragma once
// Private helpers shared by the format readers: file checks with messages a user can act on, the
// size bounds of ReadOptions, and the frame range a caller asked for.

#include "medsynth/io/MedicalImage.h"

#include <cstdint>
#include <string>

namespace medsynth::io {

std::string lowerExtension(const std::string& path);  // ".nii", ".gz" ...
bool endsWithNoCase(const std::string& text, const std::string& suffix);

// Existence, kind (a folder named x.dcm), emptiness and permissions. Throws IoError.
void checkReadableFile(const std::string& path);

// Rows/columns within (0, maxSide], frames within [1, maxFileFrames]. Throws IoError.
void checkGeometry(const std::string& path, int64_t rows, int64_t columns, int64_t frames, const ReadOptions& options);

struct FrameRange {
    int64_t first = 0;
    int64_t count = 0;
};
// The frames to decode (none when options.pixels is false), with the float output of
// rows x columns x channels per frame bounded by options.maxDecodedBytes. Throws IoError.
FrameRange chooseFrames(const std::string& path, int64_t rows, int64_t columns, int channels, int64_t frames,
                        const ReadOptions& options);

// Whole file into memory, refusing files larger than maxBytes. Throws IoError.
std::string readWholeFile(const std::string& path, uint64_t maxBytes);

}  // namespace medsynth::io
