// Format names and content sniffing for the dataset index.

#include "medsynth/io/DatasetIndex.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>

namespace medsynth::io {
namespace {

std::string lowerName(const std::string& path) {
    std::string name = path.substr(path.find_last_of("/\\") + 1);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    return name;
}

bool endsWith(const std::string& text, const char* suffix) {
    const size_t n = std::strlen(suffix);
    return text.size() >= n && text.compare(text.size() - n, n, suffix) == 0;
}

uint32_t little32(const unsigned char* p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (uint32_t(p[3]) << 24); }
uint32_t big32(const unsigned char* p) { return (uint32_t(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3]; }

// A DICOM data set written without the 128-byte preamble and "DICM" (older files, some exports):
// it starts with an element of group 0002 or 0008, followed by an explicit VR (two capitals) or a
// small implicit-VR length.
bool looksLikeBareDicom(const unsigned char* head, std::streamsize got) {
    if (got < 8) return false;
    const unsigned group = head[0] | (head[1] << 8);
    if (group != 0x0002 && group != 0x0008) return false;
    const bool explicitVr = std::isupper(head[4]) && std::isupper(head[5]);
    return explicitVr || little32(head + 4) <= 1024;
}

}  // namespace

const char* formatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Dicom: return "dicom";
    case ImageFormat::Nifti: return "nifti";
    case ImageFormat::Png: return "png";
    case ImageFormat::Jpeg: return "jpeg";
    case ImageFormat::Tiff: return "tiff";
    case ImageFormat::Bmp: return "bmp";
    case ImageFormat::Npy: return "npy";
    case ImageFormat::Npz: return "npz";
    }
    return "unknown";
}

const char* splitName(Split split) {
    switch (split) {
    case Split::Train: return "train";
    case Split::Validation: return "validation";
    case Split::Test: return "test";
    }
    return "unknown";
}

const char* sliceOrderName(SliceOrder order) {
    switch (order) {
    case SliceOrder::Position: return "position";
    case SliceOrder::InstanceNumber: return "instance number";
    case SliceOrder::FilePath: return "file path";
    }
    return "unknown";
}

std::optional<ImageFormat> detectImageFormat(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    unsigned char head[352] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const std::streamsize got = in.gcount();
    const std::string name = lowerName(path);

    if (got >= 132 && std::memcmp(head + 128, "DICM", 4) == 0) return ImageFormat::Dicom;
    if (got >= 8 && std::memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0) return ImageFormat::Png;
    if (got >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ImageFormat::Jpeg;
    if (got >= 4 && (std::memcmp(head, "II*\0", 4) == 0 || std::memcmp(head, "MM\0*", 4) == 0)) return ImageFormat::Tiff;
    if (got >= 6 && std::memcmp(head, "\x93NUMPY", 6) == 0) return ImageFormat::Npy;
    // NIfTI-1: sizeof_hdr 348 (either byte order) and "n+1\0" at 344; NIfTI-2: 540 and "n+2\0" at 4.
    if (got >= 348 && (little32(head) == 348 || big32(head) == 348) && std::memcmp(head + 344, "n+1", 4) == 0)
        return ImageFormat::Nifti;
    if (got >= 8 && (little32(head) == 540 || big32(head) == 540) && std::memcmp(head + 4, "n+2", 4) == 0)
        return ImageFormat::Nifti;
    // Compressed containers: the name says what is inside.
    if (got >= 2 && head[0] == 0x1F && head[1] == 0x8B && endsWith(name, ".nii.gz")) return ImageFormat::Nifti;
    if (got >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0 && endsWith(name, ".npz")) return ImageFormat::Npz;
    if (got >= 4 && std::memcmp(head, "PK\x05\x06", 4) == 0 && endsWith(name, ".npz")) return ImageFormat::Npz;  // empty archive
    if (got >= 14 && head[0] == 'B' && head[1] == 'M' && little32(head + 2) >= 26) return ImageFormat::Bmp;
    if (looksLikeBareDicom(head, got)) return ImageFormat::Dicom;
    return std::nullopt;
}

}  // namespace medsynth::io
