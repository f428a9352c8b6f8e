#include "medsynth/io/ImageReader.h"

#include "ReaderSupport.h"
#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/MedicalImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>

namespace medsynth::io {

bool isDicomFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char head[132] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const std::streamsize got = in.gcount();
    if (got == 132 && std::memcmp(head + 128, "DICM", 4) == 0) return true;
    // No preamble (older files, some exports): the data set starts with a tag of group 0002 or
    // 0008, followed by an explicit VR (two capitals) or a small implicit length.
    if (got < 8) return false;
    const unsigned group = head[0] | (head[1] << 8);
    if (group != 0x0002 && group != 0x0008) return false;
    const bool explicitVr = std::isupper(head[4]) && std::isupper(head[5]);
    const unsigned long implicitLength = head[4] | (head[5] << 8) | (head[6] << 16) | (static_cast<unsigned long>(head[7]) << 24);
    return explicitVr || implicitLength <= 1024;
}

bool isSupportedImageFile(const std::string& path) {
    static const char* const kExtensions[] = {".dcm", ".dicom", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"};
    const std::string ext = lowerExtension(path);
    for (const char* known : kExtensions)
        if (ext == known) return true;
    return isDicomFile(path);
}

GrayImage readGrayImage(const std::string& path) {
    // The first frame, shown as the file asks: its first window or VOI LUT, else its natural
    // range (8/16-bit images) or value range; MONOCHROME1 inverted; colour as luma.
    ReadOptions options;
    options.maxFrames = 1;
    const MedicalImage image = readMedicalImage(path, options);
    const ImageFrame gray = toGray(toDisplay(image, 0));
    GrayImage out;
    out.width = gray.columns;
    out.height = gray.rows;
    out.values = gray.values;
    for (float& v : out.values) v = std::clamp(v, 0.0f, 1.0f);
    return out;
}

engine::ImageBuffer readThumbnail(const std::string& path, int maxSide) {
    GrayImage gray = readGrayImage(path);
    cv::Mat values(gray.height, gray.width, CV_32F, gray.values.data());
    cv::Mat bytes;
    values.convertTo(bytes, CV_8U, 255.0);  // rounds and saturates
    const int longer = std::max(gray.width, gray.height);
    const int limit = std::max(1, maxSide);
    if (longer > limit) {
        const double factor = static_cast<double>(limit) / longer;
        const cv::Size size(std::max(1, static_cast<int>(gray.width * factor + 0.5)),
                            std::max(1, static_cast<int>(gray.height * factor + 0.5)));
        cv::Mat small;
        cv::resize(bytes, small, size, 0, 0, cv::INTER_AREA);
        bytes = small;
    }
    engine::ImageBuffer buffer;
    buffer.width = bytes.cols;
    buffer.height = bytes.rows;
    buffer.channels = 1;
    buffer.pixels.resize(static_cast<size_t>(bytes.cols) * bytes.rows);
    for (int row = 0; row < bytes.rows; ++row)
        std::copy(bytes.ptr<uint8_t>(row), bytes.ptr<uint8_t>(row) + bytes.cols,
                  buffer.pixels.begin() + static_cast<size_t>(row) * bytes.cols);
    return buffer;
}

}  // namespace medsynth::io
