#include "RleDecoder.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace medsynth::io {
namespace {

uint32_t little32(const uint8_t* p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24); }

// PackBits into out (exactly out.size() bytes); a segment that ends early is an error, extra
// input is ignored (encoders pad to an even length).
void unpackSegment(const uint8_t* in, size_t size, uint8_t* out, size_t wanted, int segment) {
    size_t at = 0, produced = 0;
    while (produced < wanted) {
        if (at >= size) throw std::runtime_error("RLE segment " + std::to_string(segment + 1) + " ends early");
        const int n = static_cast<int8_t>(in[at++]);
        if (n >= 0) {
            const size_t count = static_cast<size_t>(n) + 1;
            if (at + count > size || produced + count > wanted)
                throw std::runtime_error("RLE segment " + std::to_string(segment + 1) + " has a literal run past its end");
            std::memcpy(out + produced, in + at, count);
            at += count;
            produced += count;
        } else if (n != -128) {
            const size_t count = static_cast<size_t>(1 - n);
            if (at >= size || produced + count > wanted)
                throw std::runtime_error("RLE segment " + std::to_string(segment + 1) + " has a repeat run past its end");
            std::memset(out + produced, in[at++], count);
            produced += count;
        }
    }
}

}  // namespace

std::vector<uint8_t> decodeRleFrame(const uint8_t* data, size_t size, size_t pixels, int samples, int bytesPerSample) {
    if (size < 64) throw std::runtime_error("the RLE header is truncated");
    const uint32_t segments = little32(data);
    const uint32_t expected = static_cast<uint32_t>(samples * bytesPerSample);
    if (segments != expected)
        throw std::runtime_error("the RLE frame has " + std::to_string(segments) + " segments, " + std::to_string(expected)
                                 + " expected");
    uint32_t offsets[16] = {};
    for (uint32_t s = 0; s < segments; ++s) {
        offsets[s] = little32(data + 4 + 4 * s);
        if (offsets[s] < 64 || offsets[s] > size || (s > 0 && offsets[s] < offsets[s - 1]))
            throw std::runtime_error("the RLE header has a bad segment offset");
    }
    std::vector<uint8_t> segment(pixels);
    std::vector<uint8_t> out(pixels * samples * bytesPerSample);
    for (uint32_t s = 0; s < segments; ++s) {
        const size_t end = s + 1 < segments ? offsets[s + 1] : size;
        unpackSegment(data + offsets[s], end - offsets[s], segment.data(), pixels, static_cast<int>(s));
        // Segments run from the most significant byte of sample 0; the output is native (little
        // endian) samples, plane after plane.
        const int sample = static_cast<int>(s) / bytesPerSample;
        const int byteInSample = bytesPerSample - 1 - static_cast<int>(s) % bytesPerSample;
        uint8_t* plane = out.data() + static_cast<size_t>(sample) * pixels * bytesPerSample;
        for (size_t i = 0; i < pixels; ++i) plane[i * bytesPerSample + byteInSample] = segment[i];
    }
    return out;
}

}  // namespace medsynth::io
