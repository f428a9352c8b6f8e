#pragma once
// PNG, JPEG, TIFF (multi-page: one frame per page) and BMP through OpenCV, at their own depth:
// 8-bit values stay 0..255, 16-bit 0..65535, float TIFF as stored; colour as RGB, alpha dropped.

#include "medsynth/io/MedicalImage.h"

#include <string>

namespace medsynth::io {

bool hasRasterExtension(const std::string& path);

// Throws IoError.
MedicalImage readRasterImage(const std::string& path, const ReadOptions& options);

}  // namespace medsynth::io
