#pragma once
// Reads the first frame of one medical or ordinary image file into gray floats in [0, 1], as the
// file asks to be shown: readMedicalImage (MedicalImage.h) then toDisplay with the automatic VOI
// (the file's window or VOI LUT, else the natural range of 8/16-bit images, else min-max),
// MONOCHROME1 inversion, colour as luma (DisplayWindow.h).

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
