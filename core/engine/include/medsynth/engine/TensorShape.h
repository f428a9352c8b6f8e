#pragma once
// TensorShape: the shape of one sample flowing along an edge, without the batch dimension:
// {C, H, W} for images and feature maps, {N} for vectors. Plain data.

#include <cstdint>
#include <string>
#include <vector>

namespace medsynth::engine {

struct TensorShape {
    std::vector<int64_t> dims;

    bool isImage() const { return dims.size() == 3; }
    bool isVector() const { return dims.size() == 1; }
    int64_t elementCount() const;
    // "64x32x32" for an image-like shape (channels x height x width), "100" for a vector.
    std::string toString() const;
    bool operator==(const TensorShape& o) const { return dims == o.dims; }
    bool operator!=(const TensorShape& o) const { return dims != o.dims; }
};

}  // namespace medsynth::engine
