#include "medsynth/engine/TensorShape.h"

namespace medsynth::engine {

int64_t TensorShape::elementCount() const
{
    int64_t n = 1;
    for (int64_t d : dims)
        n *= d;
    return dims.empty() ? 0 : n;
}

std::string TensorShape::toString() const
{
    std::string text;
    for (size_t i = 0; i < dims.size(); ++i) {
        if (i)
            text += "x";
        text += std::to_string(dims[i]);
    }
    return text.empty() ? "?" : text;
}

}  // namespace medsynth::engine
