#pragma once
// Private: where a slice lies along its normal (PS3.3 C.7.6.2.1.1): its position projected on the
// cross product of the orientation's row and column directions. Shared by the slice order of a
// series in the dataset index and the frame order of an enhanced multi-frame image.

#include <array>
#include <cmath>
#include <optional>

namespace medsynth::io {

inline std::array<double, 3> sliceNormal(const std::array<double, 6>& o) {
    return {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
}

inline double distanceAlongNormal(const std::array<double, 3>& normal, const std::array<double, 3>& position) {
    return position[0] * normal[0] + position[1] * normal[1] + position[2] * normal[2];
}

// Equal within 1e-4 per direction cosine; two missing orientations are equal too.
inline bool sameOrientation(const std::optional<std::array<double, 6>>& a, const std::optional<std::array<double, 6>>& b) {
    if (!a || !b) return !a && !b;
    for (size_t i = 0; i < 6; ++i)
        if (std::fabs((*a)[i] - (*b)[i]) > 1e-4) return false;
    return true;
}

}  // namespace medsynth::io
