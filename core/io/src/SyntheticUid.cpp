#include "SyntheticUid.h"

#include <algorithm>

namespace medsynth::io {
namespace {

uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// 128-bit unsigned value as four 32-bit limbs, most significant first, in decimal.
std::string toDecimal(uint64_t high, uint64_t low) {
    uint32_t limbs[4] = {static_cast<uint32_t>(high >> 32), static_cast<uint32_t>(high),
                         static_cast<uint32_t>(low >> 32), static_cast<uint32_t>(low)};
    std::string digits;
    auto isZero = [&] { return (limbs[0] | limbs[1] | limbs[2] | limbs[3]) == 0; };
    do {
        uint64_t remainder = 0;
        for (uint32_t& limb : limbs) {
            const uint64_t current = (remainder << 32) | limb;
            limb = static_cast<uint32_t>(current / 10);
            remainder = current % 10;
        }
        digits.push_back(static_cast<char>('0' + remainder));
    } while (!isZero());
    std::reverse(digits.begin(), digits.end());
    return digits;
}

}  // namespace

std::string syntheticUid(std::initializer_list<uint64_t> parts) {
    uint64_t high = 0x6D656473796E7468ull;  // two independent hash lanes
    uint64_t low = 0x7068616E746F6D21ull;
    for (uint64_t part : parts) {
        high = mix64(high ^ part);
        low = mix64(low + part * 0x9E3779B97F4A7C15ull);
    }
    high = (high & ~0xF000ull) | 0x8000ull;                           // version 8
    low = (low & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;    // RFC 4122 variant
    return "2.25." + toDecimal(high, low);
}

}  // namespace medsynth::io
