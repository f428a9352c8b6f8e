#pragma once
// From the values a reader returns (after the modality transform) to display values in [0, 1]:
// VOI by the file's windows or VOI LUT, by a preset (CT lung, bone, brain, soft tissue ...), by
// percentiles or by the value range; then MONOCHROME1 inversion (bright meaning dense, as on film).
// Pure functions on plain data; thread-safe.

#include "medsynth/io/MedicalImage.h"

#include <string>
#include <vector>

namespace medsynth::io {

// A linear window in value units. function: "LINEAR" (DICOM C.11.2.1.2.1), "LINEAR_EXACT"
// (C.11.2.1.3.2) or "SIGMOID" (C.11.2.1.3.1).
struct DisplayWindow {
    double center = 0;
    double width = 1;
    std::string function = "LINEAR";
};

// Presets for CT in Hounsfield units (centre/width): lung -600/1500, bone 400/1800,
// brain 40/80, soft tissue 50/400, abdomen 60/400, mediastinum 50/350, liver 60/160, stroke 40/40.
std::vector<std::string> windowPresetNames();
// Whether an image's values may be Hounsfield units, so that the CT presets apply: DICOM CT (or
// a rescale type of HU); NIfTI volumes, NumPy arrays and float images, which state no modality
// and often hold CT. Never ordinary 8/16-bit images or DICOM of another modality.
bool mayHoldHounsfieldUnits(const ImageMetadata& metadata);
// Throws IoError for an unknown name, listing the known ones.
DisplayWindow windowPreset(const std::string& name);

// The window between the given percentiles (0..100) of the frame's values (all channels).
DisplayWindow percentileWindow(const ImageFrame& frame, double lowPercent, double highPercent);

// How to choose the VOI.
struct VoiChoice {
    enum class Kind {
        Automatic,   // the frame's first window, else the file's first VOI LUT, else the natural range
                     // of unsigned integer data that is not CT/MR/PT (8-bit PNG: 0..255), else min-max
        FileWindow,  // frameWindows(image, frame)[index]
        FileLut,     // metadata.voiLuts[index]
        Explicit,    // window
        Percentile,  // lowPercent .. highPercent of the frame
        MinMax,      // the frame's value range
    };
    Kind kind = Kind::Automatic;
    int index = 0;
    DisplayWindow window;
    double lowPercent = 0.5;
    double highPercent = 99.5;
};

// The windows that hold for a frame (an index into image.frames): an enhanced multi-frame image's
// Frame VOI LUT for that frame when it has one, else metadata.windows.
const std::vector<VoiWindow>& frameWindows(const MedicalImage& image, size_t frameIndex);

// Applies a window to values; returns [0, 1].
std::vector<float> applyWindow(const std::vector<float>& values, const DisplayWindow& window);
// Applies a VOI LUT; returns [0, 1] (entries / (2^bits - 1)).
std::vector<float> applyVoiLut(const std::vector<float>& values, const VoiLut& lut);
// v -> 1 - v on display values in [0, 1].
void invertDisplayValues(std::vector<float>& values);
bool isMonochrome1(const ImageMetadata& metadata);

// The frame's display values in [0, 1], same layout as the frame: VOI chosen by choice, then,
// for MONOCHROME1, inverted. Colour frames are scaled by their natural range (or min-max) per
// image, never windowed channel by channel. Throws IoError when choice names a missing window/LUT.
ImageFrame toDisplay(const MedicalImage& image, size_t frameIndex, const VoiChoice& choice = {});

// Gray from RGB (ITU-R BT.601 luma: 0.299 R + 0.587 G + 0.114 B); gray frames are returned as is.
ImageFrame toGray(const ImageFrame& frame);

}  // namespace medsynth::io
