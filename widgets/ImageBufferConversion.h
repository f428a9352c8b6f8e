#pragma once
// Conversion of the engine's 8-bit ImageBuffer (gray or RGB, rows top to bottom) to a QImage.
// The QImage owns a deep copy, so the buffer may go away afterwards. Safe on any thread.

#include <cstddef>  // before ImageSet.h, which uses size_t
#include "medsynth/engine/ImageSet.h"

#include <QImage>

namespace medsynth::widgets {

// An empty (null) QImage for an empty or inconsistent buffer.
QImage imageBufferToQImage(const engine::ImageBuffer& buffer);

}  // namespace medsynth::widgets
