#pragma once
// ImagePreparation: the images of one file as a model's input, as the experiment's
// preprocessing asks: the window (the file's own, a CT preset, or percentiles), MONOCHROME1
// inverted, colour as luma, then fitted to size x size keeping the aspect (the centre square
// cropped, or the whole image padded with black), values in [0, 1]. Private to medsynth_io;
// the window logic itself is DisplayWindow's, shared with the viewer.

#include "medsynth/engine/Experiment.h"
#include "medsynth/engine/ImageSet.h"

#include <optional>
#include <string>
#include <vector>

namespace medsynth::io {

struct PreparedFile {
    // size x size values in [0, 1] each; for a colour model (channels 3) a colour image's R, G
    // and B planes one after the other (3 x size x size), a grey image's one plane.
    std::vector<std::vector<float>> images;
    // The modality the file states ("CT", "MR" ...), else its format ("PNG", "NIfTI-1" ...).
    std::string modality;
    // Whether a CT preset was applied: asked for, and the file may hold Hounsfield units
    // (DisplayWindow's mayHoldHounsfieldUnits); otherwise the file keeps its own window.
    bool presetApplied = false;
    // NumPy archives whose image arrays are named train/val/test (MedMNIST): each item's split;
    // empty otherwise.
    std::vector<engine::ImageSplit> itemSplits;
};

// Volume files (NIfTI, NumPy arrays and archives), read whole. Every frame of any file is a
// training image; those of multi-frame DICOM and TIFF files are read a chunk at a time.
bool isVolumeFile(const std::string& path);

// Throws IoError ("name: reason") when the file cannot be read or holds no image, or when the
// preprocessing names an unknown preset.
PreparedFile prepareFile(const std::string& path, const engine::Preprocessing& preprocessing, int size,
                         int channels = 1);

}  // namespace medsynth::io
