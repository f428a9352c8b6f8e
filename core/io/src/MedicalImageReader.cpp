#include "medsynth/io/MedicalImage.h"

#include "DicomReader.h"
#include "FileError.h"
#include "NiftiReader.h"
#include "NumpyReader.h"
#include "RasterReader.h"
#include "ReaderSupport.h"
#include "medsynth/io/ImageReader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <new>

namespace medsynth::io {
namespace {

enum class Kind { Dicom, Nifti, Numpy, Raster, Unknown };

// By content first (extensions lie), then by extension.
Kind kindOf(const std::string& path) {
    if (isDicomFile(path)) return Kind::Dicom;
    std::ifstream in(path, std::ios::binary);
    unsigned char head[352] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const auto got = static_cast<size_t>(in.gcount());
    if (got >= 6 && std::memcmp(head, "\x93NUMPY", 6) == 0) return Kind::Numpy;
    if (got >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0 && endsWithNoCase(path, ".npz")) return Kind::Numpy;
    if (got >= 348 && (std::memcmp(head + 344, "n+1", 4) == 0 || std::memcmp(head + 344, "ni1", 4) == 0)) return Kind::Nifti;
    if (got >= 8 && (std::memcmp(head + 4, "n+2\0", 4) == 0 || std::memcmp(head + 4, "ni2\0", 4) == 0)) return Kind::Nifti;
    const std::string ext = lowerExtension(path);
    if (ext == ".dcm" || ext == ".dicom") return Kind::Dicom;
    if (hasNiftiExtension(path) || ext == ".hdr") return Kind::Nifti;
    if (hasNumpyExtension(path)) return Kind::Numpy;
    if (hasRasterExtension(path)) return Kind::Raster;
    return Kind::Unknown;
}

}  // namespace

MedicalImage readMedicalImage(const std::string& path, const ReadOptions& options) {
    checkReadableFile(path);
    try {
        switch (kindOf(path)) {
        case Kind::Dicom: return readDicomImage(path, options);
        case Kind::Nifti: return readNiftiImage(path, options);
        case Kind::Numpy: return readNumpyImage(path, options);
        case Kind::Raster:
        case Kind::Unknown: return readRasterImage(path, options);
        }
    } catch (const IoError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw fileError(path, "not enough memory to read the file");
    } catch (const std::exception& e) {  // a library's own exception
        throw fileError(path, e.what());
    }
    throw fileError(path, "unknown file kind");
}

void readFramesInChunks(const std::string& path, const ReadOptions& options, int64_t chunkBytes,
                        const std::function<void(const MedicalImage&)>& chunk) {
    ReadOptions first = options;
    first.firstFrame = 0;
    first.maxFrames = 1;  // frame 1, and how many frames and how large they are
    const MedicalImage head = readMedicalImage(path, first);
    chunk(head);
    const ImageMetadata& m = head.metadata;
    const int64_t frameBytes = std::max<int64_t>(1, int64_t(m.rows) * m.columns * std::max(1, m.samplesPerPixel) * 4);
    const int64_t perChunk = std::max<int64_t>(1, chunkBytes / frameBytes);
    for (int64_t from = 1; from < m.frames; from += perChunk) {
        ReadOptions more = options;
        more.firstFrame = from;
        more.maxFrames = std::min(perChunk, m.frames - from);
        chunk(readMedicalImage(path, more));
    }
}

FrameStatistics frameStatistics(const ImageFrame& frame) {
    FrameStatistics s;
    double sum = 0;
    size_t count = 0;
    s.min = std::numeric_limits<double>::infinity();
    s.max = -std::numeric_limits<double>::infinity();
    for (float v : frame.values) {
        if (!std::isfinite(v)) continue;
        s.min = std::min<double>(s.min, v);
        s.max = std::max<double>(s.max, v);
        sum += v;
        ++count;
    }
    if (count == 0) return {};
    s.mean = sum / static_cast<double>(count);
    return s;
}

bool isMedicalImageFile(const std::string& path) {
    if (isSupportedImageFile(path)) return true;
    return hasNiftiExtension(path) || hasNumpyExtension(path);
}

}  // namespace medsynth::io
