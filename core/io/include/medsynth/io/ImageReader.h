#pragma once
// Reads one medical or ordinary image file (DICOM through DCMTK with its decoders; PNG, JPEG,
// TIFF, BMP through OpenCV) into gray floats in [0, 1], applying the file's own window (DICOM
// VOI window or min-max) and MONOCHROME1 inversion. First slice of the data issue's readers.

#include "medsynth/engine/ImageSet.h"

#include <string>
#include <vector>

namespace medsynth::io {

struct GrayImage {
    int width = 0;
    int height = 0;
    std::vector<float> values;  // row-major, [0, 1]
};

bool isDicomFile(const std::string& path);   // by the DICM preamble, not the extension
bool isSupportedImageFile(const std::string& path);  // DICOM, or a known image extension

// Throws IoError with a one-line reason.
GrayImage readGrayImage(const std::string& path);
// For thumbnails: an 8-bit gray buffer no larger than maxSide on its longer side.
engine::ImageBuffer readThumbnail(const std::string& path, int maxSide);

}  // namespace medsynth::io
