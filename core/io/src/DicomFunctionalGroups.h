#pragma once
// Private: the functional groups of an enhanced multi-frame DICOM image (PS3.3 C.7.6.16) that
// change its values or how they are shown: Pixel Value Transformation (rescale per frame), Frame
// VOI LUT (windows per frame), Plane Position and Plane Orientation (the frames' order along the
// slice normal) and Pixel Measures (spacing, thickness). A frame takes each macro from its item of
// the Per-frame Functional Groups Sequence when that item has it, else from the Shared Functional
// Groups item, else keeps what the data set's top level said.

#include "medsynth/io/MedicalImage.h"

#include <dcmtk/dcmdata/dcdatset.h>

#include <string>
#include <vector>

namespace medsynth::io {

struct FunctionalGroups {
    std::vector<FrameFunctionalGroups> frames;  // one per frame; empty when the file has no functional groups
    std::optional<std::array<double, 2>> pixelSpacing;  // Pixel Measures (shared, else frame 1's)
    std::optional<double> sliceThickness;
    std::string rescaleType;                     // of frame 1's Pixel Value Transformation, when stated
};

// topLevel: what the data set's top level says (rescale, windows, position, orientation), the
// starting point of every frame. Throws IoError for a value that is not a number, naming it.
FunctionalGroups readFunctionalGroups(const std::string& path, DcmDataset& dataset, int64_t frames,
                                      const FrameFunctionalGroups& topLevel);

// The frames' indices along the slice normal (ties keep the stored order) when every frame has a
// position and all share one orientation; else empty.
std::vector<int64_t> framesAlongNormal(const std::vector<FrameFunctionalGroups>& frames);

}  // namespace medsynth::io
