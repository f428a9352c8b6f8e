#pragma once
// NIfTI-1 and NIfTI-2 volumes (.nii, .nii.gz; also .hdr/.img pairs) through nifti2_io: slices
// along ReadOptions::sliceAxis as frames, values scaled by scl_slope/scl_inter (when the slope is
// not 0), RGB24 as colour. In a slice, columns run along the first remaining axis and rows along
// the second, in stored order (no flip). A 4-D volume gives the slices of every time point in turn.
// A volume larger than ReadOptions::wholeVolumeBytes is never loaded whole: only the frames asked
// for are read, at their offsets (.nii.gz: by decompressing up to them). A smaller one read with
// ReadOptions::keepVolume stays in memory for the next such read of the same unchanged file (the
// viewer's slices: one decompression of a .nii.gz, not one per slice).

#include "medsynth/io/MedicalImage.h"

#include <string>

namespace medsynth::io {

bool hasNiftiExtension(const std::string& path);

// Throws IoError.
MedicalImage readNiftiImage(const std::string& path, const ReadOptions& options);

}  // namespace medsynth::io
