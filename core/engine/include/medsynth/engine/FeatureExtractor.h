#pragma once
// FeatureExtractor: turns images into feature vectors for the Frechet distance and KID
// (Metrics.h). Two kinds:
//
//  - Built-in, "medsynth-v1": a fixed small CNN with random weights, identical on every machine
//    and LibTorch version, needing no download. Input: the images' channels averaged to one gray
//    channel, resized to 64 x 64 (area averaging when larger, bilinear when smaller), values as
//    given ([-1, 1] in an ImageSet). Architecture: four blocks of 3x3 convolution with stride 2,
//    padding 1, no bias, then LeakyReLU(0.2): 1 -> 32 -> 64 -> 128 -> 256 channels (64 -> 32 -> 16
//    -> 8 -> 4 pixels). Output: the global average of every block's channels, concatenated:
//    32 + 64 + 128 + 256 = 480 values per image. Weights: He-uniform, U(-sqrt(6/fan_in),
//    +sqrt(6/fan_in)), drawn layer by layer in (out, in, ky, kx) order from SplitMix64 seeded with
//    kBuiltinSeed (53-bit uniforms). Its numbers are comparable only with other numbers of the
//    same extractor, never with published FIDs.
//  - A TorchScript file the user picks (torch.jit.save of, for example, an Inception-v3 pool3
//    export). Its input: N x C x S x S float in [-1, 1], where S is the constructor's inputSize,
//    else the module's int attribute `input_size`, else the images' own size; C is the module's
//    int attribute `input_channels`, else 3 (gray images are repeated to 3 channels, 3-channel
//    images averaged when C is 1). Its forward may return a tensor N x D (trailing 1 x 1
//    dimensions allowed) or a tuple/list whose first element is one. The file's SHA-256 is kept
//    so runs can record exactly which network measured them.
//
// label() is what titles and logs show ("built-in features (medsynth-v1)", or the TorchScript
// file's name), so a plot never says "Inception" for other features.
// Extraction runs on the CPU without gradients, deterministically for the same machine and thread
// count. An extractor may be moved, not copied; use one from one thread at a time.

#include "medsynth/engine/ImageSet.h"
#include "medsynth/engine/Metrics.h"

#include <cstdint>
#include <memory>
#include <string>

namespace medsynth::engine {

class FeatureExtractor {
public:
    static constexpr uint64_t kBuiltinSeed = 0x6d656473796e7468ull;  // "medsynth" in ASCII
    static constexpr int kBuiltinInputSize = 64;
    static constexpr int64_t kBuiltinDimension = 480;

    // The built-in medsynth-v1 network.
    static FeatureExtractor builtin();
    // Loads a TorchScript file. inputSize 0: the module's `input_size`, else the images' size.
    // Throws std::runtime_error ("path: reason") when the file is missing or not TorchScript.
    static FeatureExtractor fromTorchScript(const std::string& path, int inputSize = 0);

    FeatureExtractor(FeatureExtractor&&) noexcept;
    FeatureExtractor& operator=(FeatureExtractor&&) noexcept;
    ~FeatureExtractor();

    std::string label() const;       // for titles: "built-in features (medsynth-v1)" or the file name
    std::string id() const;          // "builtin:medsynth-v1" or "torchscript:<file name>"
    std::string fileSha256() const;  // lowercase hex of the TorchScript file; empty for the built-in
    bool isBuiltin() const;

    // N x D features of the images, batch by batch (batchSize images at a time).
    // Throws std::runtime_error when the network refuses the input or returns no N x D tensor.
    FeatureMatrix extract(const ImageSet& images, int batchSize = 64) const;

private:
    struct Impl;
    explicit FeatureExtractor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace medsynth::engine
