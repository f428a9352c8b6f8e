#include "ImageHeaderProbe.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <fstream>

namespace medsynth::io {
namespace {

using Bytes = std::array<unsigned char, 32>;

uint32_t bigEndian(const unsigned char* p, int bytes) {
    uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
    return v;
}

uint32_t littleEndian(const unsigned char* p, int bytes) {
    uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

bool readAt(std::ifstream& in, std::streamoff offset, unsigned char* out, int count) {
    in.clear();
    in.seekg(offset);
    in.read(reinterpret_cast<char*>(out), count);
    return in.gcount() == count;
}

std::optional<ImageDimensions> probeJpeg(std::ifstream& in) {
    std::streamoff at = 2;
    unsigned char b[9];
    for (int segment = 0; segment < 512; ++segment) {
        if (!readAt(in, at, b, 2) || b[0] != 0xFF) return std::nullopt;
        const unsigned char marker = b[1];
        if (marker == 0xFF) {  // fill byte
            at += 1;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length field
            at += 2;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) return std::nullopt;  // scan data before any frame header
        if (!readAt(in, at + 2, b, 7)) return std::nullopt;
        const bool frameHeader = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                                 && marker != 0xCC;
        if (frameHeader) return ImageDimensions{bigEndian(b + 5, 2), bigEndian(b + 3, 2)};
        at += 2 + bigEndian(b, 2);
    }
    return std::nullopt;
}

std::optional<ImageDimensions> probeTiff(std::ifstream& in, bool little) {
    auto number = [little](const unsigned char* p, int bytes) {
        return little ? littleEndian(p, bytes) : bigEndian(p, bytes);
    };
    unsigned char b[12];
    if (!readAt(in, 4, b, 4)) return std::nullopt;
    const std::streamoff ifd = number(b, 4);
    if (!readAt(in, ifd, b, 2)) return std::nullopt;
    const uint32_t entries = number(b, 2);
    long long width = -1, height = -1;
    for (uint32_t i = 0; i < entries && i < 512; ++i) {
        if (!readAt(in, ifd + 2 + 12 * static_cast<std::streamoff>(i), b, 12)) return std::nullopt;
        const uint32_t tag = number(b, 2), type = number(b + 2, 2);
        if (tag != 256 && tag != 257) continue;
        const long long value = type == 3 ? number(b + 8, 2) : (type == 4 ? number(b + 8, 4) : -1);
        (tag == 256 ? width : height) = value;
    }
    if (width < 0 || height < 0) return std::nullopt;
    return ImageDimensions{width, height};
}

}  // namespace

std::optional<ImageDimensions> probeImageDimensions(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    Bytes h{};
    if (!in || !readAt(in, 0, h.data(), 26)) return std::nullopt;

    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (std::equal(png, png + 8, h.begin()) && h[12] == 'I' && h[13] == 'H' && h[14] == 'D' && h[15] == 'R')
        return ImageDimensions{bigEndian(&h[16], 4), bigEndian(&h[20], 4)};
    if (h[0] == 'B' && h[1] == 'M') {
        if (littleEndian(&h[14], 4) == 12)  // OS/2 core header: 16-bit sizes
            return ImageDimensions{littleEndian(&h[18], 2), littleEndian(&h[20], 2)};
        const auto height = static_cast<int32_t>(littleEndian(&h[22], 4));  // negative: top-down
        return ImageDimensions{static_cast<int32_t>(littleEndian(&h[18], 4)), std::llabs(height)};
    }
    if (h[0] == 0xFF && h[1] == 0xD8) return probeJpeg(in);
    if (h[0] == 'I' && h[1] == 'I' && h[2] == 42 && h[3] == 0) return probeTiff(in, true);
    if (h[0] == 'M' && h[1] == 'M' && h[2] == 0 && h[3] == 42) return probeTiff(in, false);
    return std::nullopt;
}

}  // namespace medsynth::io
