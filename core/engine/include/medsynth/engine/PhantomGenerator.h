#pragma once
// Demo data: a deterministic procedural generator of brain-MR-like axial slices: skull ring,
// scalp fat, brain with grey/white matter texture, ventricles, and optionally a lesion with its
// mask and a label. The same (seed, index, size) gives the same slice on every machine (own RNG,
// no std:: distributions). Pure C++.

#include "medsynth/engine/ImageSet.h"

#include <cstdint>
#include <vector>

namespace medsynth::engine {

struct PhantomOptions {
    int size = 64;                   // square slice, pixels
    uint64_t seed = 0;
    double lesionProbability = 0.5;  // chance that a slice carries a lesion
};

struct PhantomSlice {
    int size = 0;
    std::vector<float> intensity;    // size*size values in [0, 1], row-major (MR-like T2 contrast)
    std::vector<uint8_t> lesionMask; // size*size, 1 inside the lesion
    bool hasLesion = false;
    int label = 0;                   // 0 normal, 1 lesion
};

PhantomSlice generatePhantomSlice(int index, const PhantomOptions& options);

// count slices as a training set in [-1, 1]; channels > 1 repeats the gray value. Labels (0 normal,
// 1 lesion) and lesion masks set.
ImageSet generatePhantomImageSet(int count, int size, int channels, uint64_t seed);

}  // namespace medsynth::engine
