#pragma once
// NumPy .npy arrays and .npz archives as images. An array of shape H x W is one gray frame;
// N x H x W gives N gray frames; H x W x 3 (or 4), H and W above 4, one colour frame;
// N x H x W x C (C = 1, 3, 4)
// N frames. In an archive, the image arrays are those named *_images (MedMNIST: train_images,
// val_images, test_images, taken in that order), else "images", else every array that reads as
// images; their items are the frames, one after the other (ImageMetadata::arrays says where each
// array starts). Arrays named *_labels or "labels" are returned as MedicalImage::labels.

#include "medsynth/io/MedicalImage.h"

#include <string>

namespace medsynth::io {

bool hasNumpyExtension(const std::string& path);

// Throws IoError.
MedicalImage readNumpyImage(const std::string& path, const ReadOptions& options);

}  // namespace medsynth::io
