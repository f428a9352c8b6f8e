#include "MovingAverage.h"

#include <algorithm>

namespace medsynth::engine {

double movingAverageDecay(double decay, int64_t updatesSoFar)
{
    return std::min(decay, (1.0 + static_cast<double>(updatesSoFar)) / (10.0 + static_cast<double>(updatesSoFar)));
}

void copyWeights(torch::nn::Module& target, const torch::nn::Module& source)
{
    torch::NoGradGuard noGrad;
    const auto to = target.parameters(), from = source.parameters();
    for (size_t i = 0; i < to.size(); ++i)
        to[i].copy_(from[i]);
    const auto toBuffers = target.buffers(), fromBuffers = source.buffers();
    for (size_t i = 0; i < toBuffers.size(); ++i)
        toBuffers[i].copy_(fromBuffers[i]);
}

void updateMovingAverage(torch::nn::Module& average, const torch::nn::Module& source, double decay)
{
    torch::NoGradGuard noGrad;
    const auto to = average.parameters(), from = source.parameters();
    for (size_t i = 0; i < to.size(); ++i)
        to[i].mul_(decay).add_(from[i], 1 - decay);
    const auto toBuffers = average.buffers(), fromBuffers = source.buffers();
    for (size_t i = 0; i < toBuffers.size(); ++i)
        toBuffers[i].copy_(fromBuffers[i]);
}

}  // namespace medsynth::engine
