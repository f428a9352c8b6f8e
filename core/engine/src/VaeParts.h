#pragma once
// Pieces the VAE recipes share (vae, cvae, vae-gan). Private to the engine (LibTorch header).

#include "Recipe.h"

namespace medsynth::engine {

// Reconstruction loss summed over a sample's pixels and averaged over the batch: "mse", or "bce"
// with images in [-1, 1] read as pixel probabilities (x + 1) / 2.
torch::Tensor reconstructionLoss(const std::string& kind, const torch::Tensor& reconstruction, const torch::Tensor& images);
// beta, or during the warm-up beta x stepsDone / klWarmupSteps.
double klWeight(const Experiment& experiment, int64_t stepsDone);
// Encoder and decoder fit each other and the data; throws with what to change.
void checkVaePair(const GraphNetwork& encoderNetwork, GraphModule& encoder, GraphModule& decoder, const ImageSet& data,
                  bool conditional, const std::string& recipeTitle);

}  // namespace medsynth::engine
