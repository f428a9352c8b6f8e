#pragma once
// Exponential moving average of a network's weights (Polyak averaging; as used for GAN generators
// by Karras et al. and Yazici et al. 2019): after every update
//   average = d x average + (1 - d) x weights,   d = min(decay, (1 + n) / (10 + n)),
// n the number of updates so far. The ramp (TensorFlow's ExponentialMovingAverage with
// num_updates) keeps the average from clinging to the random initial weights during the first
// thousands of steps. Buffers (batch-norm running statistics) are copied, not averaged.
// Private to the engine (LibTorch header).

#include <torch/torch.h>

#include <cstdint>

namespace medsynth::engine {

double movingAverageDecay(double decay, int64_t updatesSoFar);
// average and source have the same structure (two compilations of one network).
void copyWeights(torch::nn::Module& target, const torch::nn::Module& source);
void updateMovingAverage(torch::nn::Module& average, const torch::nn::Module& source, double decay);

}  // namespace medsynth::engine
