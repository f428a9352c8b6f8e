#pragma once
// BatchAugmentation: the experiment's augmentation applied to one training batch, as tensor ops
// on the batch's device. Every random number comes from the generator passed in (the run's own
// stream, which checkpoints save), drawn on the CPU in a fixed order, so that the same seed gives
// the same batches on any device and a resumed run sees the batches the uninterrupted run saw.
// Masks get the same flip, rotation and shift as their images (resampled and thresholded at one
// half), never the intensity jitter. Values stay in [-1, 1]; what a rotation or shift brings in
// from outside the image is -1 (black), the background of the data. Private to the engine.

#include "medsynth/engine/Experiment.h"

#include <torch/torch.h>

namespace medsynth::engine {

// images [B, C, H, W] in [-1, 1]; masks [B, 1, H, W] of 0 and 1, or undefined. Returns the
// augmented pair; the inputs are not changed. With nothing enabled, returns them as they are and
// draws nothing.
std::pair<torch::Tensor, torch::Tensor> augmentBatch(const Augmentation& augmentation, const torch::Tensor& images,
                                                     const torch::Tensor& masks, torch::Generator& random);

}  // namespace medsynth::engine
