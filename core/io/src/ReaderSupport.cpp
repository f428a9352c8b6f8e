#include "ReaderSupport.h"

#include "FileError.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace medsynth::io {

std::string lowerExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool endsWithNoCase(const std::string& text, const std::string& suffix) {
    if (suffix.size() > text.size()) return false;
    return std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
}

void checkReadableFile(const std::string& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) throw fileError(path, "file not found");
    if (std::filesystem::is_directory(status)) throw fileError(path, "is a folder, not an image file");
    if (!std::filesystem::is_regular_file(status)) throw fileError(path, "is not a regular file (a device or pipe?)");
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size == 0) throw fileError(path, "the file is empty");
    std::ifstream probe(path, std::ios::binary);
    if (!probe) throw fileError(path, "the file cannot be opened (permissions?)");
}

void checkGeometry(const std::string& path, int64_t rows, int64_t columns, int64_t frames, const ReadOptions& options) {
    if (rows <= 0 || columns <= 0)
        throw fileError(path, "the image has no pixels (" + std::to_string(rows) + " rows, " + std::to_string(columns)
                                  + " columns)");
    if (rows > options.maxSide || columns > options.maxSide)
        throw fileError(path, "the image is " + std::to_string(columns) + " x " + std::to_string(rows)
                                  + " pixels; at most " + std::to_string(options.maxSide) + " per side is accepted");
    if (frames <= 0) throw fileError(path, "the file declares no frames");
    if (frames > options.maxFileFrames)
        throw fileError(path, "the file declares " + std::to_string(frames) + " frames; at most "
                                  + std::to_string(options.maxFileFrames) + " are accepted");
}

FrameRange chooseFrames(const std::string& path, int64_t rows, int64_t columns, int channels, int64_t frames,
                        const ReadOptions& options) {
    FrameRange range;
    if (!options.pixels) return range;
    if (options.firstFrame < 0 || options.firstFrame >= frames)
        throw fileError(path, "frame " + std::to_string(options.firstFrame) + " asked for; the file has "
                                  + std::to_string(frames));
    range.first = options.firstFrame;
    range.count = frames - range.first;
    if (options.maxFrames >= 0) range.count = std::min(range.count, options.maxFrames);
    // rows, columns <= maxSide (<= 2^31) and channels <= 4: the product cannot overflow.
    const uint64_t frameBytes = static_cast<uint64_t>(rows) * static_cast<uint64_t>(columns) * channels * sizeof(float);
    const uint64_t total = frameBytes * static_cast<uint64_t>(range.count);
    if (frameBytes > options.maxDecodedBytes || total / frameBytes != static_cast<uint64_t>(range.count)
        || total > options.maxDecodedBytes)
        throw fileError(path, std::to_string(range.count) + " frames of " + std::to_string(columns) + " x "
                                  + std::to_string(rows) + " x " + std::to_string(channels) + " values would need "
                                  + std::to_string(total >> 20) + " MiB; at most "
                                  + std::to_string(options.maxDecodedBytes >> 20) + " MiB are accepted");
    return range;
}

std::string readWholeFile(const std::string& path, uint64_t maxBytes) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) throw fileError(path, "cannot read the file size (" + error.message() + ")");
    if (size > maxBytes)
        throw fileError(path, "the file is " + std::to_string(size >> 20) + " MiB; at most "
                                  + std::to_string(maxBytes >> 20) + " MiB are accepted");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw fileError(path, "the file cannot be opened (permissions?)");
    std::string bytes(static_cast<size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<uint64_t>(in.gcount()) != size) throw fileError(path, "the file could not be read to its end");
    return bytes;
}

}  // namespace medsynth::io
