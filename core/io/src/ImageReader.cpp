#include "medsynth/io/ImageReader.h"

#include "DicomToolkit.h"
#include "FileError.h"
#include "ImageHeaderProbe.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

namespace medsynth::io {
namespace {

constexpr long long kMaxSide = 16384;

std::string lowerExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool hasDicomExtension(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".dcm" || ext == ".dicom";
}

void checkDimensions(const std::string& path, long long width, long long height) {
    if (width <= 0 || height <= 0) throw fileError(path, "the image has no pixels (0 rows or columns)");
    if (width > kMaxSide || height > kMaxSide)
        throw fileError(path, "the image is " + std::to_string(width) + " x " + std::to_string(height)
                                  + " pixels; at most " + std::to_string(kMaxSide) + " per side is accepted");
}

// Existence, kind and emptiness, with messages a user can act on.
void checkReadableFile(const std::string& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) throw fileError(path, "file not found");
    if (std::filesystem::is_directory(status)) throw fileError(path, "is a folder, not an image file");
    if (std::filesystem::file_size(path, error) == 0 && !error) throw fileError(path, "the file is empty");
    std::ifstream probe(path, std::ios::binary);
    if (!probe) throw fileError(path, "the file cannot be opened (permissions?)");
}

GrayImage readDicom(const std::string& path) {
    ensureDicomToolkitReady();
    DcmFileFormat file;
    // Elements longer than 4 KiB (the pixel data) stay on disk until needed: the header can be
    // checked before any large allocation, and only the first frame is ever read.
    OFCondition status = file.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, 4096, ERM_autoDetect);
    if (status.bad()) throw fileError(path, std::string("damaged or not a DICOM file (") + status.text() + ")");
    DcmDataset* dataset = file.getDataset();
    Uint16 rows = 0, columns = 0;
    if (dataset->findAndGetUint16(DCM_Rows, rows).bad() || dataset->findAndGetUint16(DCM_Columns, columns).bad())
        throw fileError(path, "DICOM file without an image (no Rows/Columns)");
    if (!dataset->tagExists(DCM_PixelData))
        throw fileError(path, "DICOM file without pixel data");
    checkDimensions(path, columns, rows);

    DicomImage image(&file, dataset->getOriginalXfer(), CIF_UsePartialAccessToPixelData, 0, 1);
    if (image.getStatus() != EIS_Normal)
        throw fileError(path, std::string("cannot decode the DICOM image (")
                                  + DicomImage::getString(image.getStatus()) + ")");
    std::unique_ptr<DicomImage> converted;
    DicomImage* gray = &image;
    if (!image.isMonochrome()) {
        converted.reset(image.createMonochromeImage());
        if (!converted || converted->getStatus() != EIS_Normal)
            throw fileError(path, "cannot convert the colour DICOM image to gray");
        gray = converted.get();
    }
    // The file's own presentation: its first VOI window, else its VOI LUT, else the pixel range.
    // MONOCHROME1 needs nothing here: DicomImage renders it inverted, bright meaning dense.
    if (gray->getWindowCount() > 0) gray->setWindow(0);
    else if (gray->getVoiLutCount() > 0) gray->setVoiLut(0);
    else gray->setMinMaxWindow(0);

    const auto* pixels = static_cast<const Uint16*>(gray->getOutputData(16, 0, 0));
    if (!pixels) throw fileError(path, "cannot render the DICOM pixel data");
    GrayImage out;
    out.width = static_cast<int>(gray->getWidth());
    out.height = static_cast<int>(gray->getHeight());
    out.values.resize(static_cast<size_t>(out.width) * out.height);
    for (size_t i = 0; i < out.values.size(); ++i) out.values[i] = pixels[i] / 65535.0f;
    return out;
}

GrayImage readWithOpenCv(const std::string& path) {
    if (const auto declared = probeImageDimensions(path)) checkDimensions(path, declared->width, declared->height);
    cv::Mat mat;
    try {
        mat = cv::imread(path, cv::IMREAD_ANYDEPTH | cv::IMREAD_GRAYSCALE);
    } catch (const cv::Exception& e) {
        throw fileError(path, "cannot decode the image (" + e.msg + ")");
    }
    if (mat.empty()) throw fileError(path, "not a readable image (damaged, or not PNG/JPEG/TIFF/BMP/DICOM)");
    checkDimensions(path, mat.cols, mat.rows);

    cv::Mat scaled;
    switch (mat.depth()) {
    case CV_8U: mat.convertTo(scaled, CV_32F, 1.0 / 255.0); break;
    case CV_16U: mat.convertTo(scaled, CV_32F, 1.0 / 65535.0); break;
    default: {  // signed or floating point data have no natural full scale: use the range
        double low = 0, high = 0;
        cv::minMaxLoc(mat, &low, &high);
        const double range = high > low ? high - low : 1.0;
        mat.convertTo(scaled, CV_32F, 1.0 / range, -low / range);
    }
    }
    GrayImage out;
    out.width = scaled.cols;
    out.height = scaled.rows;
    out.values.resize(static_cast<size_t>(out.width) * out.height);
    for (int row = 0; row < scaled.rows; ++row) {
        const float* source = scaled.ptr<float>(row);
        std::copy(source, source + scaled.cols, out.values.begin() + static_cast<size_t>(row) * scaled.cols);
    }
    return out;
}

}  // namespace

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
    checkReadableFile(path);
    if (isDicomFile(path) || hasDicomExtension(path)) return readDicom(path);
    return readWithOpenCv(path);
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
