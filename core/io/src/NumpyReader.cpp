#include "NumpyReader.h"

#include "FileError.h"
#include "ReaderSupport.h"
#include "ZipArchive.h"

#include "medsynth/engine/NpyArray.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace medsynth::io {
namespace {

using engine::NpyArray;
using engine::NpyType;

// How an array's shape reads as images.
struct ImageShape {
    int64_t count = 0;
    int64_t rows = 0, columns = 0;
    int channels = 1;      // of the frames produced (alpha dropped)
    int storedChannels = 1;
    int64_t framesPerItem = 1;  // a stack of volumes (3-D MedMNIST): the slices of each item
};

// stack: the array is known to hold images one after the other (an archive's *_images), so
// 3 dimensions are N x H x W, and N x D x H x W (or N x D x H x W x 1: 3-D MedMNIST) are N volumes
// of D slices each, the frames one volume after the other. Otherwise H x W x 3 (or 4) with H and
// W above 4 is one colour image.
std::optional<ImageShape> imageShape(const std::vector<int64_t>& shape, bool stack = false) {
    ImageShape s;
    if (shape.size() == 2 && !stack) {
        s = {1, shape[0], shape[1], 1, 1};
    } else if (shape.size() == 3 && !stack && (shape[2] == 3 || shape[2] == 4) && shape[0] > 4 && shape[1] > 4) {
        s = {1, shape[0], shape[1], 3, static_cast<int>(shape[2])};
    } else if (shape.size() == 3) {
        s = {shape[0], shape[1], shape[2], 1, 1};
    } else if (shape.size() == 4 && (shape[3] == 1 || shape[3] == 3 || shape[3] == 4)) {
        s = {shape[0], shape[1], shape[2], shape[3] == 1 ? 1 : 3, static_cast<int>(shape[3])};
    } else if (stack && (shape.size() == 4 || (shape.size() == 5 && shape[4] == 1))) {
        if (shape[0] < 0 || shape[1] <= 0 || shape[0] > INT64_MAX / shape[1]) return std::nullopt;
        s = {shape[0] * shape[1], shape[2], shape[3], 1, 1, shape[1]};
    } else {
        return std::nullopt;
    }
    if (s.count < 0 || s.rows < 0 || s.columns < 0) return std::nullopt;
    return s;
}

bool isSignedType(NpyType t) {
    return t == NpyType::Int8 || t == NpyType::Int16 || t == NpyType::Int32 || t == NpyType::Int64 || t == NpyType::Float32
           || t == NpyType::Float64;
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string text = "(";
    for (size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + (shape.size() == 1 ? ",)" : ")");
}

void describe(const NpyArray& array, const ImageShape& s, const std::string& format, ImageMetadata& m) {
    m.format = format;
    m.photometric = s.channels == 3 ? "RGB" : "MONOCHROME2";
    m.rows = static_cast<int>(s.rows);
    m.columns = static_cast<int>(s.columns);
    m.samplesPerPixel = s.channels;
    m.bitsAllocated = m.bitsStored = array.type == NpyType::Bool ? 1 : static_cast<int>(engine::npyItemSize(array.type) * 8);
    m.isSigned = isSignedType(array.type);
    m.isFloat = array.type == NpyType::Float32 || array.type == NpyType::Float64;
}

template <typename T>
float element(const uint8_t* bytes, size_t index) {
    T v;
    std::memcpy(&v, bytes + index * sizeof(T), sizeof(T));
    return static_cast<float>(v);
}

// One element of the array (native byte order, C order) as float.
float elementAt(const NpyArray& array, size_t index) {
    const uint8_t* b = array.bytes.data();
    switch (array.type) {
    case NpyType::Bool: return b[index] ? 1.0f : 0.0f;
    case NpyType::Int8: return element<int8_t>(b, index);
    case NpyType::UInt8: return element<uint8_t>(b, index);
    case NpyType::Int16: return element<int16_t>(b, index);
    case NpyType::UInt16: return element<uint16_t>(b, index);
    case NpyType::Int32: return element<int32_t>(b, index);
    case NpyType::UInt32: return element<uint32_t>(b, index);
    case NpyType::Int64: return element<int64_t>(b, index);
    case NpyType::UInt64: return element<uint64_t>(b, index);
    case NpyType::Float32: return element<float>(b, index);
    case NpyType::Float64: return element<double>(b, index);
    }
    return 0;
}

// Frames [first, first + count) of the array (indices within it).
void appendFrames(const NpyArray& array, const ImageShape& s, int64_t first, int64_t count, std::vector<ImageFrame>& out) {
    if (count <= 0) return;
    if (array.bytes.size() < array.count() * engine::npyItemSize(array.type)) throw IoError("inconsistent NumPy array");
    const size_t pixels = static_cast<size_t>(s.rows * s.columns);
    for (int64_t f = first; f < first + count; ++f) {
        ImageFrame frame;
        frame.rows = static_cast<int>(s.rows);
        frame.columns = static_cast<int>(s.columns);
        frame.channels = s.channels;
        frame.values.resize(pixels * s.channels);
        const size_t base = static_cast<size_t>(f) * pixels * s.storedChannels;
        for (size_t p = 0; p < pixels; ++p)
            for (int c = 0; c < s.channels; ++c)
                frame.values[p * s.channels + c] = elementAt(array, base + p * s.storedChannels + c);
        out.push_back(std::move(frame));
    }
}

NpyArray parse(const std::string& bytes, const std::string& what, uint64_t maxBytes) {
    try {
        return engine::parseNpy(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), what, static_cast<size_t>(maxBytes));
    } catch (const std::runtime_error& e) {
        throw IoError(e.what());
    }
}

MedicalImage readNpy(const std::string& path, const ReadOptions& options) {
    const std::string name = fileBaseName(path);
    const NpyArray array = parse(readWholeFile(path, options.maxDecodedBytes), name, options.maxDecodedBytes);
    const auto s = imageShape(array.shape);
    if (!s) throw fileError(path, "an array of shape " + shapeText(array.shape) + " is not an image or a stack of images");
    checkGeometry(path, s->rows, s->columns, s->count, options);
    MedicalImage image;
    describe(array, *s, "NumPy", image.metadata);
    image.metadata.frames = s->count;
    const FrameRange range = chooseFrames(path, s->rows, s->columns, s->channels, s->count, options);
    image.firstFrame = range.first;
    appendFrames(array, *s, range.first, range.count, image.frames);
    return image;
}

std::string arrayName(const std::string& member) {
    return endsWithNoCase(member, ".npy") ? member.substr(0, member.size() - 4) : member;
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// train, val(idation), test first, then the rest in archive order.
int splitRank(const std::string& name) {
    if (name.rfind("train", 0) == 0) return 0;
    if (name.rfind("val", 0) == 0) return 1;
    if (name.rfind("test", 0) == 0) return 2;
    return 3;
}

MedicalImage readNpz(const std::string& path, const ReadOptions& options) {
    const std::string name = fileBaseName(path);
    std::vector<std::pair<std::string, NpyArray>> arrays;
    try {
        const ZipArchive archive(readWholeFile(path, options.maxDecodedBytes), name);
        uint64_t total = 0;
        for (const ZipMember& member : archive.members()) {
            total += member.size;
            if (total > options.maxDecodedBytes)
                throw fileError(path, "the archive's arrays hold more than " + std::to_string(options.maxDecodedBytes >> 20)
                                          + " MiB");
            arrays.emplace_back(arrayName(member.name),
                                parse(archive.extract(member, options.maxDecodedBytes), name + " (" + member.name + ")",
                                      options.maxDecodedBytes));
        }
    } catch (const IoError&) {
        throw;
    } catch (const std::runtime_error& e) {
        throw IoError(e.what());
    }
    if (arrays.empty()) throw fileError(path, "the archive holds no arrays");

    auto isImages = [](const std::string& n) { return endsWith(n, "_images") || n == "images"; };
    auto isLabels = [](const std::string& n) { return endsWith(n, "_labels") || n == "labels"; };
    std::vector<size_t> imageArrays;
    for (size_t i = 0; i < arrays.size(); ++i)
        if (isImages(arrays[i].first)) imageArrays.push_back(i);
    const bool namedImages = !imageArrays.empty();
    if (imageArrays.empty())  // no names to go by: every array that reads as images
        for (size_t i = 0; i < arrays.size(); ++i)
            if (!isLabels(arrays[i].first) && imageShape(arrays[i].second.shape)) imageArrays.push_back(i);
    if (imageArrays.empty()) throw fileError(path, "no array in the archive reads as images");
    std::stable_sort(imageArrays.begin(), imageArrays.end(),
                     [&](size_t a, size_t b) { return splitRank(arrays[a].first) < splitRank(arrays[b].first); });

    MedicalImage image;
    ImageMetadata& m = image.metadata;
    std::optional<ImageShape> firstShape;
    int64_t frames = 0;
    for (size_t i : imageArrays) {
        const auto& [arrayName, array] = arrays[i];
        const auto s = imageShape(array.shape, namedImages);
        if (!s) throw fileError(path, "array " + arrayName + " of shape " + shapeText(array.shape) + " is not images");
        if (!firstShape) {
            firstShape = s;
            describe(array, *s, "NumPy archive", m);
        } else if (s->rows != firstShape->rows || s->columns != firstShape->columns || s->channels != firstShape->channels) {
            throw fileError(path, "image arrays of different sizes (" + arrayName + " is " + shapeText(array.shape) + ")");
        }
        checkGeometry(path, s->rows, s->columns, std::max<int64_t>(s->count, 1), options);
        frames += s->count;
    }
    for (const auto& [arrayName, array] : arrays) {
        ArchiveArray info;
        info.name = arrayName;
        info.shape = array.shape;
        info.dtype = engine::npyTypeName(array.type);
        m.arrays.push_back(info);
    }
    int64_t start = 0;
    for (size_t i : imageArrays) {
        m.arrays[i].images = true;
        m.arrays[i].firstFrame = start;
        m.arrays[i].framesPerItem = imageShape(arrays[i].second.shape, namedImages)->framesPerItem;
        start += imageShape(arrays[i].second.shape, namedImages)->count;
    }
    m.frames = frames;
    checkGeometry(path, firstShape->rows, firstShape->columns, frames, options);

    for (const auto& [arrayName, array] : arrays) {
        if (!isLabels(arrayName)) continue;
        LabelArray labels;
        labels.name = arrayName;
        labels.shape = array.shape;
        if (array.type == NpyType::Float32 || array.type == NpyType::Float64)
            throw fileError(path, "label array " + arrayName + " holds floating-point values, not class numbers");
        for (double v : array.toDouble()) labels.values.push_back(static_cast<int64_t>(v));
        image.labels.push_back(std::move(labels));
    }

    const FrameRange range = chooseFrames(path, firstShape->rows, firstShape->columns, firstShape->channels, frames, options);
    image.firstFrame = range.first;
    for (size_t i : imageArrays) {
        const int64_t begin = m.arrays[i].firstFrame;
        const ImageShape shape = *imageShape(arrays[i].second.shape, namedImages);
        const int64_t from = std::max(range.first, begin), to = std::min(range.first + range.count, begin + shape.count);
        appendFrames(arrays[i].second, shape, from - begin, to - from, image.frames);
    }
    return image;
}

}  // namespace

bool hasNumpyExtension(const std::string& path) {
    return endsWithNoCase(path, ".npy") || endsWithNoCase(path, ".npz");
}

MedicalImage readNumpyImage(const std::string& path, const ReadOptions& options) {
    if (endsWithNoCase(path, ".npz")) return readNpz(path, options);
    return readNpy(path, options);
}

}  // namespace medsynth::io
