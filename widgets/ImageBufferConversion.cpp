#include "ImageBufferConversion.h"

namespace medsynth::widgets {

QImage imageBufferToQImage(const engine::ImageBuffer& buffer)
{
    if (buffer.empty() || buffer.width <= 0 || buffer.height <= 0)
        return {};
    if (buffer.channels != 1 && buffer.channels != 3)
        return {};
    const size_t rowBytes = static_cast<size_t>(buffer.width) * buffer.channels;
    if (buffer.pixels.size() < rowBytes * buffer.height)
        return {};
    const QImage::Format format =
        buffer.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    // Wrap without copying, then copy(): QImage rows are 4-byte aligned, the buffer's are not.
    const QImage view(buffer.pixels.data(), buffer.width, buffer.height,
                      static_cast<qsizetype>(rowBytes), format);
    return view.copy();
}

}  // namespace medsynth::widgets
