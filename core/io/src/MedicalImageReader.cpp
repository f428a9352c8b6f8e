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
