#pragma once
// ImageSet and ImageBuffer: images as plain data, to cross library boundaries without LibTorch,
// OpenCV or Qt types.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace medsynth::engine {

// Which part of a dataset an image belongs to; a patient's images are all in one.
enum class ImageSplit : uint8_t { Train = 0, Validation = 1, Test = 2 };

// N images of channels x height x width floats, scaled to [-1, 1], stored image after image,
// channel-major within an image (the NCHW layout of a tensor).
struct ImageSet {
    int count = 0;
    int channels = 1;
    int height = 0;
    int width = 0;
    std::vector<float> values;
    std::vector<int> labels;  // optional, one per image; -1 for an image without a class
    // Optional: one mask per image (height x width, image after image, row-major), 1 inside the
    // region of interest (the demo data's lesion) and 0 elsewhere. The segmentation recipe learns
    // it, and pix2pix learns mask <-> image pairs from it.
    std::vector<uint8_t> masks;
    // Optional: one split per image (a folder split by patient). Training then uses the Train
    // images only, holds out the Validation images (classifier, segmentation) and never sees the
    // Test images. Empty: the whole set trains (held-out recipes keep back its last share).
    std::vector<ImageSplit> splits;

    size_t maskSize() const { return static_cast<size_t>(height) * width; }

    size_t imageSize() const { return static_cast<size_t>(channels) * height * width; }
};

// An 8-bit image for display or PNG: rows top to bottom, pixels interleaved (gray or RGB).
struct ImageBuffer {
    int width = 0;
    int height = 0;
    int channels = 1;  // 1 (gray) or 3 (RGB)
    std::vector<uint8_t> pixels;

    bool empty() const { return pixels.empty(); }
};

}  // namespace medsynth::engine
