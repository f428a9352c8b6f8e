#include "NiftiReader.h"

#include "FileError.h"
#include "ReaderSupport.h"

#include <nifti2_io.h>
#include <zlib.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>

namespace medsynth::io {
namespace {

struct NiftiDeleter {
    void operator()(nifti_image* image) const { nifti_image_free(image); }
};
using NiftiPointer = std::unique_ptr<nifti_image, NiftiDeleter>;

struct VoxelType {
    int bytes = 0;
    bool isSigned = false;
    bool isFloat = false;
    int channels = 1;
    const char* name = "";
};

std::optional<VoxelType> voxelType(int datatype) {
    switch (datatype) {
    case DT_UINT8: return VoxelType{1, false, false, 1, "uint8"};
    case DT_INT8: return VoxelType{1, true, false, 1, "int8"};
    case DT_INT16: return VoxelType{2, true, false, 1, "int16"};
    case DT_UINT16: return VoxelType{2, false, false, 1, "uint16"};
    case DT_INT32: return VoxelType{4, true, false, 1, "int32"};
    case DT_UINT32: return VoxelType{4, false, false, 1, "uint32"};
    case DT_INT64: return VoxelType{8, true, false, 1, "int64"};
    case DT_UINT64: return VoxelType{8, false, false, 1, "uint64"};
    case DT_FLOAT32: return VoxelType{4, true, true, 1, "float32"};
    case DT_FLOAT64: return VoxelType{8, true, true, 1, "float64"};
    case DT_RGB24: return VoxelType{1, false, false, 3, "rgb24"};
    default: return std::nullopt;
    }
}

template <typename T>
double voxel(const uint8_t* data, size_t index) {
    T v;
    std::memcpy(&v, data + index * sizeof(T), sizeof(T));
    return static_cast<double>(v);
}

double voxelValue(int datatype, const uint8_t* data, size_t index) {
    switch (datatype) {
    case DT_UINT8: return voxel<uint8_t>(data, index);
    case DT_INT8: return voxel<int8_t>(data, index);
    case DT_INT16: return voxel<int16_t>(data, index);
    case DT_UINT16: return voxel<uint16_t>(data, index);
    case DT_INT32: return voxel<int32_t>(data, index);
    case DT_UINT32: return voxel<uint32_t>(data, index);
    case DT_INT64: return voxel<int64_t>(data, index);
    case DT_UINT64: return voxel<uint64_t>(data, index);
    case DT_FLOAT32: return voxel<float>(data, index);
    case DT_FLOAT64: return voxel<double>(data, index);
    default: return 0;
    }
}

// NIfTI-2 by its header size (540, either byte order); the library reports both versions alike.
bool isNifti2(const std::string& path) {
    gzFile file = gzopen(path.c_str(), "rb");  // reads plain files too
    if (!file) return false;
    unsigned char size[4] = {};
    const int got = gzread(file, size, 4);
    gzclose(file);
    if (got != 4) return false;
    const uint32_t little = size[0] | (size[1] << 8) | (size[2] << 16) | (static_cast<uint32_t>(size[3]) << 24);
    const uint32_t big = size[3] | (size[2] << 8) | (size[1] << 16) | (static_cast<uint32_t>(size[0]) << 24);
    return little == 540 || big == 540;
}

}  // namespace

bool hasNiftiExtension(const std::string& path) {
    return endsWithNoCase(path, ".nii") || endsWithNoCase(path, ".nii.gz");
}

MedicalImage readNiftiImage(const std::string& path, const ReadOptions& options) {
    static std::once_flag quiet;
    std::call_once(quiet, [] { nifti_set_debug_level(0); });
    if (options.sliceAxis < 0 || options.sliceAxis > 2)
        throw fileError(path, "the slice axis must be 0 (i), 1 (j) or 2 (k)");
    // Header only first: sizes are checked before the data are read.
    NiftiPointer image(nifti_image_read(path.c_str(), 0));
    if (!image) throw fileError(path, "not a NIfTI-1/2 file, or its header is damaged");
    const auto type = voxelType(image->datatype);
    if (!type)
        throw fileError(path, std::string("NIfTI data type ") + nifti_datatype_string(image->datatype) + " is not supported");
    if (image->ndim < 1 || image->ndim > 4)
        throw fileError(path, std::to_string(image->ndim) + "-dimensional NIfTI data; 2, 3 or 4 dimensions are supported");
    int64_t dims[4] = {1, 1, 1, 1};
    for (int d = 0; d < 4; ++d) {
        dims[d] = d < image->ndim ? image->dim[d + 1] : 1;
        if (dims[d] < 1) throw fileError(path, "NIfTI dimension " + std::to_string(d + 1) + " is " + std::to_string(dims[d]));
    }
    for (int d = 5; d <= 7; ++d)
        if (image->dim[0] >= d && image->dim[d] > 1) throw fileError(path, "NIfTI data with more than 4 dimensions");
    const int axis = options.sliceAxis;
    const int colAxis = axis == 0 ? 1 : 0;
    const int rowAxis = axis == 2 ? 1 : 2;
    const int64_t columns = dims[colAxis], rows = dims[rowAxis];
    if (dims[axis] > options.maxFileFrames || dims[3] > options.maxFileFrames)
        throw fileError(path, "the volume has too many slices (" + std::to_string(dims[axis]) + " x " + std::to_string(dims[3]) + ")");
    const int64_t frames = dims[axis] * dims[3];
    checkGeometry(path, rows, columns, frames, options);

    MedicalImage out;
    ImageMetadata& m = out.metadata;
    m.format = image->nifti_type >= NIFTI_FTYPE_NIFTI2_1 || isNifti2(path) ? "NIfTI-2"
               : image->nifti_type == NIFTI_FTYPE_ANALYZE ? "ANALYZE 7.5"
                                                          : "NIfTI-1";
    m.photometric = type->channels == 3 ? "RGB" : "MONOCHROME2";
    m.rows = static_cast<int>(rows);
    m.columns = static_cast<int>(columns);
    m.frames = frames;
    m.samplesPerPixel = type->channels;
    m.bitsAllocated = m.bitsStored = type->bytes * 8;
    m.isSigned = type->isSigned;
    m.isFloat = type->isFloat;
    m.sliceAxis = axis;
    const bool scaled = type->channels == 1 && image->scl_slope != 0 && std::isfinite(image->scl_slope)
                        && std::isfinite(image->scl_inter);
    if (scaled) {
        m.rescaleSlope = image->scl_slope;
        m.rescaleIntercept = image->scl_inter;
    }
    const double rowSpacing = std::fabs(image->pixdim[rowAxis + 1]), columnSpacing = std::fabs(image->pixdim[colAxis + 1]);
    if (rowSpacing > 0 && columnSpacing > 0 && std::isfinite(rowSpacing) && std::isfinite(columnSpacing))
        m.pixelSpacing = std::array<double, 2>{rowSpacing, columnSpacing};
    const double thickness = std::fabs(image->pixdim[axis + 1]);
    if (thickness > 0 && std::isfinite(thickness)) m.sliceThickness = thickness;

    const FrameRange range = chooseFrames(path, rows, columns, type->channels, frames, options);
    if (range.count == 0) return out;
    const uint64_t dataBytes = static_cast<uint64_t>(dims[0]) * dims[1] * dims[2] * dims[3] * type->bytes * type->channels;
    if (dataBytes > options.maxDecodedBytes)
        throw fileError(path, "the volume holds " + std::to_string(dataBytes >> 20) + " MiB; at most "
                                  + std::to_string(options.maxDecodedBytes >> 20) + " MiB are accepted");
    if (nifti_image_load(image.get()) != 0 || !image->data)
        throw fileError(path, "the NIfTI data cannot be read (the file is shorter than its header says?)");

    const auto* data = static_cast<const uint8_t*>(image->data);
    const int64_t stride[4] = {1, dims[0], dims[0] * dims[1], dims[0] * dims[1] * dims[2]};
    out.firstFrame = range.first;
    for (int64_t f = range.first; f < range.first + range.count; ++f) {
        const int64_t slice = f % dims[axis], time = f / dims[axis];
        ImageFrame frame;
        frame.rows = m.rows;
        frame.columns = m.columns;
        frame.channels = type->channels;
        frame.values.resize(static_cast<size_t>(rows * columns * type->channels));
        size_t at = 0;
        for (int64_t r = 0; r < rows; ++r)
            for (int64_t c = 0; c < columns; ++c) {
                const int64_t index = slice * stride[axis] + r * stride[rowAxis] + c * stride[colAxis] + time * stride[3];
                if (type->channels == 3) {
                    for (int s = 0; s < 3; ++s) frame.values[at++] = data[index * 3 + s];
                } else {
                    double v = voxelValue(image->datatype, data, static_cast<size_t>(index));
                    if (scaled) v = v * image->scl_slope + image->scl_inter;
                    frame.values[at++] = static_cast<float>(v);
                }
            }
        out.frames.push_back(std::move(frame));
    }
    return out;
}

}  // namespace medsynth::io
