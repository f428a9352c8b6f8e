#include "RasterReader.h"

#include "FileError.h"
#include "ImageHeaderProbe.h"
#include "ReaderSupport.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>

namespace medsynth::io {
namespace {

// The format by its first bytes (the extension may lie).
std::string formatOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char h[8] = {};
    in.read(reinterpret_cast<char*>(h), sizeof h);
    if (in.gcount() >= 4) {
        if (h[0] == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') return "PNG";
        if (h[0] == 0xFF && h[1] == 0xD8) return "JPEG";
        if ((h[0] == 'I' && h[1] == 'I' && h[2] == 42) || (h[0] == 'M' && h[1] == 'M' && h[3] == 42)) return "TIFF";
        if (h[0] == 'B' && h[1] == 'M') return "BMP";
    }
    return {};
}

ImageFrame toFrame(const cv::Mat& decoded) {
    cv::Mat mat = decoded;
    if (mat.channels() == 4) cv::cvtColor(decoded, mat, cv::COLOR_BGRA2RGB);
    else if (mat.channels() == 3) cv::cvtColor(decoded, mat, cv::COLOR_BGR2RGB);
    else if (mat.channels() == 2) cv::extractChannel(decoded, mat, 0);  // gray + alpha
    cv::Mat values;
    mat.convertTo(values, CV_MAKETYPE(CV_32F, mat.channels()));
    ImageFrame frame;
    frame.rows = values.rows;
    frame.columns = values.cols;
    frame.channels = values.channels();
    const size_t rowValues = static_cast<size_t>(values.cols) * values.channels();
    frame.values.resize(rowValues * values.rows);
    for (int r = 0; r < values.rows; ++r)
        std::copy(values.ptr<float>(r), values.ptr<float>(r) + rowValues, frame.values.begin() + rowValues * r);
    return frame;
}

}  // namespace

bool hasRasterExtension(const std::string& path) {
    static const char* const kExtensions[] = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"};
    const std::string ext = lowerExtension(path);
    for (const char* known : kExtensions)
        if (ext == known) return true;
    return false;
}

static void describe(const cv::Mat& mat, const std::string& format, int64_t frames, ImageMetadata& m) {
    m.format = format;
    m.rows = mat.rows;
    m.columns = mat.cols;
    m.frames = frames;
    m.samplesPerPixel = mat.channels() >= 3 ? 3 : 1;
    m.photometric = m.samplesPerPixel == 3 ? "RGB" : "MONOCHROME2";
    m.bitsAllocated = m.bitsStored = static_cast<int>(mat.elemSize1() * 8);
    m.isSigned = mat.depth() == CV_8S || mat.depth() == CV_16S || mat.depth() == CV_32S;
    m.isFloat = mat.depth() == CV_32F || mat.depth() == CV_64F;
}

MedicalImage readRasterImage(const std::string& path, const ReadOptions& options) {
    const std::string format = formatOf(path);
    if (format.empty()) throw fileError(path, "not a readable image (damaged, or not PNG/JPEG/TIFF/BMP/DICOM/NIfTI/NumPy)");
    // Sizes from the header, before OpenCV allocates anything.
    const auto declared = probeImageDimensions(path);
    if (declared) checkGeometry(path, declared->height, declared->width, 1, options);
    else throw fileError(path, "the " + format + " header cannot be read");
    constexpr int kFlags = cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR;
    std::vector<cv::Mat> pages;
    int64_t pageCount = 1, first = 0;
    try {
        if (format == "TIFF") pageCount = static_cast<int64_t>(cv::imcount(path, kFlags));
        if (pageCount <= 0) throw fileError(path, "the TIFF file has no readable page");
        if (pageCount > options.maxFileFrames)
            throw fileError(path, "the TIFF file has " + std::to_string(pageCount) + " pages; at most "
                                      + std::to_string(options.maxFileFrames) + " are accepted");
        if (pageCount > 1) {
            // Pages are decoded from the first one asked for; without pixels, the first page
            // still gives depth and channels.
            first = options.pixels ? options.firstFrame : 0;
            if (first < 0 || first >= pageCount)
                throw fileError(path, "page " + std::to_string(first) + " asked for; the file has " + std::to_string(pageCount));
            int64_t count = options.pixels ? pageCount - first : 1;
            if (options.pixels && options.maxFrames >= 0) count = std::min(count, std::max<int64_t>(options.maxFrames, 1));
            if (!cv::imreadmulti(path, pages, static_cast<int>(first), static_cast<int>(count), kFlags)) pages.clear();
        } else {
            cv::Mat mat = cv::imread(path, kFlags);
            if (!mat.empty()) pages.push_back(mat);
        }
    } catch (const cv::Exception& e) {
        throw fileError(path, "cannot decode the image (" + e.msg + ")");
    }
    if (pages.empty()) throw fileError(path, "not a readable image (damaged " + format + " data)");
    MedicalImage out;
    describe(pages.front(), format, pageCount, out.metadata);
    const FrameRange range = chooseFrames(path, out.metadata.rows, out.metadata.columns, out.metadata.samplesPerPixel,
                                          pageCount, options);
    if (range.count == 0) return out;
    out.firstFrame = first;
    for (const cv::Mat& page : pages) {
        checkGeometry(path, page.rows, page.cols, 1, options);
        out.frames.push_back(toFrame(page));
    }
    return out;
}

}  // namespace medsynth::io
