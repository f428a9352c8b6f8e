#include "NiftiReader.h"

#include "FileError.h"
#include "ReaderSupport.h"

#include <nifti2_io.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

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

// Where a frame's voxels lie: the volume's dimensions, the slice axis and the two in-plane axes.
struct VolumeLayout {
    const nifti_image* image;
    VoxelType type;
    int64_t dims[4];
    int axis, rowAxis, colAxis;
    bool scaled;
    int64_t rows() const { return dims[rowAxis]; }
    int64_t columns() const { return dims[colAxis]; }
    ImageFrame emptyFrame() const {
        ImageFrame frame;
        frame.rows = static_cast<int>(rows());
        frame.columns = static_cast<int>(columns());
        frame.channels = type.channels;
        frame.values.resize(static_cast<size_t>(rows() * columns() * type.channels));
        return frame;
    }
    // One voxel (index into data) to the frame's values at pixel.
    void put(const uint8_t* data, int64_t index, ImageFrame& frame, size_t pixel) const {
        if (type.channels == 3) {
            for (int s = 0; s < 3; ++s) frame.values[pixel * 3 + s] = data[index * 3 + s];
            return;
        }
        double v = voxelValue(image->datatype, data, static_cast<size_t>(index));
        if (scaled) v = v * image->scl_slope + image->scl_inter;
        frame.values[pixel] = static_cast<float>(v);
    }
};

// Frame f (slice f % slices of time point f / slices) out of the whole volume in memory.
ImageFrame frameFromVolume(const VolumeLayout& l, const uint8_t* data, int64_t f) {
    const int64_t slice = f % l.dims[l.axis], time = f / l.dims[l.axis];
    const int64_t stride[4] = {1, l.dims[0], l.dims[0] * l.dims[1], l.dims[0] * l.dims[1] * l.dims[2]};
    ImageFrame frame = l.emptyFrame();
    size_t at = 0;
    for (int64_t r = 0; r < l.rows(); ++r)
        for (int64_t c = 0; c < l.columns(); ++c)
            l.put(data, slice * stride[l.axis] + r * stride[l.rowAxis] + c * stride[l.colAxis] + time * stride[3], frame, at++);
    return frame;
}

struct GzCloser {
    void operator()(gzFile_s* file) const { gzclose(file); }
};

// The voxel data of a volume too large to hold, read run by run at their offsets (zlib reads plain
// files as they are and seeks in them; in a .nii.gz it decompresses up to the offset), swapped to
// this machine's byte order.
class VoxelFile {
public:
    VoxelFile(const std::string& path, const nifti_image* image, uint64_t dataBytes) : path_(path), image_(image) {
        if (!image->iname || image->iname_offset < 0)
            throw fileError(path, "the NIfTI data cannot be read slice by slice (no data offset)");
        const bool compressed = nifti_is_gzfile(image->iname) != 0;
        if (!compressed) {
            std::error_code error;
            const auto size = std::filesystem::file_size(image->iname, error);
            const uint64_t needed = static_cast<uint64_t>(image->iname_offset) + dataBytes;
            if (error || size < needed)
                throw fileError(path, "the NIfTI data cannot be read: the file holds " + std::to_string(error ? 0 : size)
                                          + " bytes, its header needs " + std::to_string(needed));
        }
        file_.reset(gzopen(image->iname, "rb"));
        if (!file_) throw fileError(path, "the NIfTI data cannot be opened");
        // Makes zlib look at the file now: a plain one is then read as it is and seeked in directly
        // (otherwise the first seek would read its way through everything before the offset).
        gzdirect(file_.get());
        swap_ = image->byteorder != nifti_short_order() && image->swapsize > 1;
    }

    ImageFrame readFrame(const VolumeLayout& l, int64_t f) {
        const int64_t slice = f % l.dims[l.axis], time = f / l.dims[l.axis];
        const int64_t nx = l.dims[0], ny = l.dims[1], nz = l.dims[2];
        const int64_t volume = time * nz;  // planes before this time point
        ImageFrame frame = l.emptyFrame();
        if (l.axis == 2) {  // one plane: rows along j, columns along i
            const uint8_t* run = read((volume + slice) * nx * ny, nx * ny);
            for (int64_t i = 0; i < nx * ny; ++i) l.put(run, i, frame, static_cast<size_t>(i));
        } else if (l.axis == 1) {  // a row of i for each k
            for (int64_t k = 0; k < nz; ++k) {
                const uint8_t* run = read(((volume + k) * ny + slice) * nx, nx);
                for (int64_t i = 0; i < nx; ++i) l.put(run, i, frame, static_cast<size_t>(k * nx + i));
            }
        } else {  // voxel i of every row of every plane, one by one (a plane may be far larger than a frame)
            for (int64_t k = 0; k < nz; ++k)
                for (int64_t j = 0; j < ny; ++j)
                    l.put(read(((volume + k) * ny + j) * nx + slice, 1), 0, frame, static_cast<size_t>(k * ny + j));
        }
        return frame;
    }

private:
    // count voxels from voxel index first on; the buffer is reused.
    const uint8_t* read(int64_t first, int64_t count) {
        const int bytesPerVoxel = image_->nbyper;
        buffer_.resize(static_cast<size_t>(count * bytesPerVoxel));
        const int64_t offset = image_->iname_offset + first * bytesPerVoxel;
        bool read = gzseek(file_.get(), static_cast<z_off_t>(offset), SEEK_SET) == static_cast<z_off_t>(offset);
        for (size_t at = 0; read && at < buffer_.size();) {  // gzread reads at most 2 GiB a call
            const unsigned chunk = static_cast<unsigned>(std::min<size_t>(buffer_.size() - at, size_t{1} << 30));
            read = gzread(file_.get(), buffer_.data() + at, chunk) == static_cast<int>(chunk);
            at += chunk;
        }
        if (!read)
            throw fileError(path_, "the NIfTI data cannot be read at byte " + std::to_string(offset)
                                       + " (the file is shorter than its header says?)");
        if (swap_) nifti_swap_Nbytes(count * bytesPerVoxel / image_->swapsize, image_->swapsize, buffer_.data());
        return buffer_.data();
    }

    std::string path_;
    const nifti_image* image_;
    std::unique_ptr<gzFile_s, GzCloser> file_;
    std::vector<uint8_t> buffer_;
    bool swap_ = false;
};

// The stored data of the volume last read with ReadOptions::keepVolume, and what its file was
// then: a read of the same file unchanged since takes them instead of loading the file again.
struct KeptVolume {
    std::string path;
    std::filesystem::file_time_type modified;
    uintmax_t size = 0;
    std::shared_ptr<const std::vector<uint8_t>> data;
};

struct KeptVolumes {
    std::mutex mutex;
    KeptVolume last;
};

KeptVolumes& kept() {
    static KeptVolumes volumes;
    return volumes;
}

// The data file's identity now (for a .hdr/.img pair, the .img); nullopt when it cannot be seen.
std::optional<std::pair<std::filesystem::file_time_type, uintmax_t>> fileIdentity(const char* dataFile) {
    std::error_code error;
    const auto modified = std::filesystem::last_write_time(dataFile, error);
    if (error) return std::nullopt;
    const auto size = std::filesystem::file_size(dataFile, error);
    if (error) return std::nullopt;
    return std::make_pair(modified, size);
}

void loadVolume(const std::string& path, nifti_image* image) {
    if (nifti_image_load(image) != 0 || !image->data)
        throw fileError(path, "the NIfTI data cannot be read (the file is shorter than its header says?)");
}

// The volume's stored data, swapped to this machine's byte order: the kept copy when it is of this
// file unchanged, else loaded and kept.
std::shared_ptr<const std::vector<uint8_t>> keptVolumeData(const std::string& path, nifti_image* image,
                                                           uint64_t dataBytes) {
    const auto identity = image->iname ? fileIdentity(image->iname) : std::nullopt;
    if (identity) {
        std::lock_guard<std::mutex> lock(kept().mutex);
        const KeptVolume& k = kept().last;
        if (k.data && k.path == image->iname && k.modified == identity->first && k.size == identity->second
            && k.data->size() == dataBytes)
            return k.data;
    }
    loadVolume(path, image);
    const auto* bytes = static_cast<const uint8_t*>(image->data);
    auto data = std::make_shared<const std::vector<uint8_t>>(bytes, bytes + dataBytes);
    nifti_image_unload(image);
    if (identity) {
        std::lock_guard<std::mutex> lock(kept().mutex);
        kept().last = {image->iname, identity->first, identity->second, data};
    }
    return data;
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
    const uint64_t voxelBytes = static_cast<uint64_t>(type->bytes) * type->channels;
    // Each dimension is within maxSide or maxFileFrames (checked above): no overflow.
    const uint64_t dataBytes = static_cast<uint64_t>(dims[0]) * dims[1] * dims[2] * dims[3] * voxelBytes;
    const VolumeLayout layout{image.get(), *type, {dims[0], dims[1], dims[2], dims[3]}, axis, rowAxis, colAxis, scaled};
    out.firstFrame = range.first;
    out.frames.reserve(static_cast<size_t>(range.count));
    if (dataBytes <= options.wholeVolumeBytes) {
        std::shared_ptr<const std::vector<uint8_t>> keptData;
        const uint8_t* data = nullptr;
        if (options.keepVolume) {
            keptData = keptVolumeData(path, image.get(), dataBytes);
            data = keptData->data();
        } else {
            loadVolume(path, image.get());
            data = static_cast<const uint8_t*>(image->data);
        }
        for (int64_t f = range.first; f < range.first + range.count; ++f) out.frames.push_back(frameFromVolume(layout, data, f));
        return out;
    }
    // A large volume: only the bytes of the frames asked for are read.
    VoxelFile file(path, image.get(), dataBytes);
    for (int64_t f = range.first; f < range.first + range.count; ++f) out.frames.push_back(file.readFrame(layout, f));
    return out;
}

}  // namespace medsynth::io
