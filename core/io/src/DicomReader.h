#pragma once
// DICOM through DCMTK (every decoder registered; JPEG 2000 through OpenJPEG): metadata without
// identifying values, and frames after the modality transform, colour as RGB. See MedicalImage.h.

#include "medsynth/io/MedicalImage.h"

#include <string>

namespace medsynth::io {

// Throws IoError.
MedicalImage readDicomImage(const std::string& path, const ReadOptions& options);

}  // namespace medsynth::io
