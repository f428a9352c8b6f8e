#pragma once
// Turns a dataset spec into an in-memory training set: "phantom:brain" (the built-in demo,
// generated in memory) or a folder of DICOM / PNG / JPEG / TIFF / BMP files (their first frame)
// and NIfTI volumes and NumPy arrays (every slice or image), searched recursively, each image
// shown as its file asks, resized to the model's size keeping aspect by centre crop, scaled to
// [-1, 1]. Unreadable files are skipped with a one-line reason each; the manifest carries only a
// hash of the pixels and a count, never paths or names (privacy, DESIGN.md).

#include "medsynth/engine/Experiment.h"
#include "medsynth/engine/ImageSet.h"

#include <functional>
#include <string>
#include <vector>

namespace medsynth::io {

struct LoadedDataset {
    engine::ImageSet images;
    engine::DatasetManifest manifest;
    std::vector<std::string> skipped;  // "file name: reason", one per unreadable file
};

// Every supported image file under dir, sorted by path.
std::vector<std::string> listImageFiles(const std::string& dir);

// Throws IoError when nothing usable is found (saying where it looked and what it accepts).
// maxImages <= 0 loads all. For "phantom:brain" maxImages defaults to 2048 images.
LoadedDataset loadDataset(const std::string& spec, int channels, int imageSize, uint64_t seed,
                          int maxImages = 0,
                          const std::function<void(int, int)>& progress = {});

// The images a checkpoint's run was trained on (resume, fork): a phantom run's phantoms again
// (same name, count and seed, so the same images); for a folder run, `folder`, which run folders
// never name (privacy), checked against the content hash the run recorded. Throws IoError with
// what to do: no folder given for a folder run, or a folder holding other images.
LoadedDataset loadCheckpointDataset(const engine::Experiment& experiment, const std::string& folder,
                                    const std::function<void(int, int)>& progress = {});

}  // namespace medsynth::io
