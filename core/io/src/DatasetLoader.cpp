#include "medsynth/io/DatasetLoader.h"

#include "FileError.h"
#include "medsynth/engine/PhantomGenerator.h"
#include "ReaderSupport.h"
#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/ImageReader.h"
#include "medsynth/io/MedicalImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

namespace medsynth::io {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPhantomPrefix = "phantom:";
constexpr const char* kAccepted =
    "a dataset is \"phantom:brain\" or a folder of DICOM, NIfTI, PNG, JPEG, TIFF, BMP or NumPy (.npy, .npz) images";
constexpr int kDefaultPhantomCount = 2048;

// FNV-1a, 64 bit, over the IEEE bits of each value in little-endian order, so the hash of the
// same pixels is the same on every machine.
std::string contentHash(const std::vector<float>& values) {
    uint64_t hash = 0xCBF29CE484222325ull;
    for (float v : values) {
        uint32_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        for (int shift = 0; shift < 32; shift += 8) {
            hash ^= (bits >> shift) & 0xFF;
            hash *= 0x100000001B3ull;
        }
    }
    static const char* const kHex = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4) text[i] = kHex[hash & 0xF];
    return text;
}

// Centre crop to a square, then resize to size x size: the model's input, [0, 1].
std::vector<float> squareCrop(const GrayImage& image, int size) {
    cv::Mat full(image.height, image.width, CV_32F, const_cast<float*>(image.values.data()));
    const int side = std::min(image.width, image.height);
    const cv::Mat square = full(cv::Rect((image.width - side) / 2, (image.height - side) / 2, side, side));
    cv::Mat resized;
    cv::resize(square, resized, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    std::vector<float> values(static_cast<size_t>(size) * size);
    for (int row = 0; row < size; ++row)
        std::copy(resized.ptr<float>(row), resized.ptr<float>(row) + size, values.begin() + static_cast<size_t>(row) * size);
    return values;
}

// labels.csv beside the images: "file,label" lines, a header line allowed. Keys are the paths
// relative to the folder, as written.
std::map<std::string, int> readLabels(const fs::path& dir) {
    std::map<std::string, int> labels;
    std::ifstream in(dir / "labels.csv");
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const size_t comma = line.rfind(',');
        if (comma == std::string::npos) continue;
        const std::string value = line.substr(comma + 1);
        int label = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), label);
        if (error != std::errc() || end != value.data() + value.size()) continue;  // header or junk
        labels[fs::path(line.substr(0, comma)).generic_string()] = label;
    }
    return labels;
}

LoadedDataset loadPhantom(const std::string& name, int channels, int imageSize, uint64_t seed, int maxImages,
                          const std::function<void(int, int)>& progress) {
    if (name != "brain")
        throw IoError("unknown built-in dataset \"phantom:" + name + "\"; " + kAccepted);
    const int count = maxImages > 0 ? maxImages : kDefaultPhantomCount;
    if (progress) progress(0, count);
    LoadedDataset loaded;
    loaded.images = engine::generatePhantomImageSet(count, imageSize, channels, seed);
    loaded.manifest.kind = "phantom";
    loaded.manifest.phantomName = name;
    loaded.manifest.imageCount = count;
    loaded.manifest.contentHash = contentHash(loaded.images.values);
    if (progress) progress(count, count);
    return loaded;
}

struct DecodedFile {
    bool done = false;
    std::vector<std::vector<float>> images;  // imageSize^2 values in [0, 1] each; none when unreadable
    std::string failure;                     // "name: reason"
};

// Files whose every frame is a training image: the slices of a NIfTI volume, the images of a
// NumPy array or archive. DICOM and ordinary image files give their first frame, as before.
bool isVolumeFile(const std::string& path)
{
    const std::string ext = lowerExtension(path);
    return ext == ".nii" || ext == ".gz" || ext == ".npy" || ext == ".npz";
}

// Every image of a file as the model's input: shown as the file asks (its window, or its natural
// range or value range), MONOCHROME1 inverted, colour as luma, then square-cropped and resized.
std::vector<std::vector<float>> decodeFile(const std::string& path, int imageSize)
{
    std::vector<std::vector<float>> images;
    if (!isVolumeFile(path)) {
        images.push_back(squareCrop(readGrayImage(path), imageSize));
        return images;
    }
    const MedicalImage image = readMedicalImage(path);
    for (size_t f = 0; f < image.frames.size(); ++f) {
        const ImageFrame gray = toGray(toDisplay(image, f));
        GrayImage frame;
        frame.width = gray.columns;
        frame.height = gray.rows;
        frame.values = gray.values;
        images.push_back(squareCrop(frame, imageSize));
    }
    if (images.empty())
        throw fileError(path, "holds no images");
    return images;
}

LoadedDataset loadFolder(const std::string& spec, int channels, int imageSize, int maxImages,
                         const std::function<void(int, int)>& progress) {
    const fs::path dir(spec);
    std::error_code error;
    if (!fs::exists(dir, error)) throw fileError(spec, std::string("no such folder; ") + kAccepted);
    if (!fs::is_directory(dir, error)) throw fileError(spec, std::string("is a file, not a folder; ") + kAccepted);

    const std::vector<std::string> files = listImageFiles(spec);
    if (files.empty())
        throw fileError(spec, "no image files in this folder or below; it should hold DICOM, NIfTI, PNG, JPEG, TIFF, "
                              "BMP or NumPy files");

    // Decoding runs on a few threads that claim files in order. Once maxImages files decoded
    // well, no new file is claimed: the claimed files are a prefix of the list, so the first
    // maxImages good ones in list order are all among them.
    std::vector<DecodedFile> decoded(files.size());
    std::atomic<size_t> nextFile{0};
    std::atomic<int> goodFiles{0};
    std::atomic<int> finishedFiles{0};
    std::atomic<bool> abandoned{false};
    auto work = [&](bool reportProgress) {
        for (;;) {
            if (abandoned.load() || (maxImages > 0 && goodFiles.load() >= maxImages)) return;
            const size_t i = nextFile.fetch_add(1);
            if (i >= files.size()) return;
            DecodedFile& slot = decoded[i];
            try {
                slot.images = decodeFile(files[i], imageSize);
                goodFiles += static_cast<int>(slot.images.size());
            } catch (const IoError& e) {
                slot.failure = e.what();
            } catch (const std::exception& e) {  // cv::Exception, std::bad_alloc ...
                slot.failure = fileError(files[i], e.what()).what();
            }
            slot.done = true;
            const int finished = ++finishedFiles;
            if (reportProgress && progress) progress(finished, static_cast<int>(files.size()));
        }
    };
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const size_t threads = std::min<size_t>({hardware, 8, files.size()});
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work, false);
    try {
        work(true);  // progress is reported on the caller's thread only
    } catch (...) {  // a progress callback may throw to cancel: stop the helpers first
        abandoned = true;
        for (std::thread& helper : helpers) helper.join();
        throw;
    }
    for (std::thread& helper : helpers) helper.join();

    const std::map<std::string, int> labels = readLabels(dir);
    LoadedDataset loaded;
    engine::ImageSet& images = loaded.images;
    images.channels = channels;
    images.height = imageSize;
    images.width = imageSize;
    const size_t plane = static_cast<size_t>(imageSize) * imageSize;
    for (size_t i = 0; i < files.size() && decoded[i].done; ++i) {
        if (maxImages > 0 && images.count >= maxImages) break;
        if (decoded[i].images.empty()) {
            loaded.skipped.push_back(decoded[i].failure);
            continue;
        }
        int label = 0;
        if (!labels.empty()) {
            const std::string relative = fs::path(files[i]).lexically_relative(dir).generic_string();
            auto found = labels.find(relative);
            if (found == labels.end()) found = labels.find(fs::path(files[i]).filename().string());
            label = found != labels.end() ? found->second : 0;
        }
        for (const std::vector<float>& pixels : decoded[i].images) {
            if (maxImages > 0 && images.count >= maxImages) break;
            const size_t offset = images.values.size();
            images.values.resize(offset + plane * channels);
            float* image = images.values.data() + offset;
            std::transform(pixels.begin(), pixels.end(), image,
                           [](float v) { return std::clamp(v * 2.0f - 1.0f, -1.0f, 1.0f); });
            for (int c = 1; c < channels; ++c) std::copy(image, image + plane, image + plane * c);
            if (!labels.empty())
                images.labels.push_back(label);
            ++images.count;
        }
        decoded[i].images = {};  // keep the peak memory near one copy of the set
    }
    if (images.count == 0)
        throw fileError(spec, "none of the " + std::to_string(files.size()) + " image files could be read (first: "
                                  + loaded.skipped.front() + ")");

    loaded.manifest.kind = "folder";
    loaded.manifest.phantomName.clear();
    loaded.manifest.imageCount = images.count;
    loaded.manifest.contentHash = contentHash(images.values);
    if (progress) progress(static_cast<int>(files.size()), static_cast<int>(files.size()));
    return loaded;
}

bool isDicomDirectoryFile(const fs::path& path) {
    std::string name = path.filename().string();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
    return name == "DICOMDIR";
}

}  // namespace

std::vector<std::string> listImageFiles(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code error;
    // Entries that cannot be read (permissions, vanished while listing) are passed over.
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
    for (const fs::recursive_directory_iterator end; !error && it != end; it.increment(error)) {
        std::error_code kindError;
        if (!it->is_regular_file(kindError) || kindError) continue;  // folders named x.dcm included
        const std::string path = it->path().string();
        if (isDicomDirectoryFile(it->path())) continue;  // an index of the files, not an image
        if (isSupportedImageFile(path) || (isVolumeFile(path) && isMedicalImageFile(path))) files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

LoadedDataset loadDataset(const std::string& spec, int channels, int imageSize, uint64_t seed, int maxImages,
                          const std::function<void(int, int)>& progress) {
    if (channels < 1 || channels > 4)
        throw IoError("dataset: channels must be 1 to 4 (got " + std::to_string(channels) + ")");
    if (imageSize < 8 || imageSize > 1024)
        throw IoError("dataset: image size must be 8 to 1024 pixels (got " + std::to_string(imageSize) + ")");
    if (spec.rfind(kPhantomPrefix, 0) == 0)
        return loadPhantom(spec.substr(std::strlen(kPhantomPrefix)), channels, imageSize, seed, maxImages, progress);
    if (spec.empty()) throw IoError(std::string("no dataset chosen; ") + kAccepted);
    return loadFolder(spec, channels, imageSize, maxImages, progress);
}

LoadedDataset loadCheckpointDataset(const engine::Experiment& e, const std::string& folder,
                                    const std::function<void(int, int)>& progress)
{
    const engine::DatasetManifest& recorded = e.dataset;
    if (recorded.kind == "phantom")
        return loadDataset(kPhantomPrefix + recorded.phantomName, e.channels, e.imageSize, e.seed,
                           static_cast<int>(recorded.imageCount), progress);
    if (folder.empty() || folder.rfind(kPhantomPrefix, 0) == 0)
        throw IoError("This run was trained on a folder of images, which run folders do not name (privacy). "
                      "Choose the same folder as the dataset.");
    LoadedDataset loaded = loadDataset(folder, e.channels, e.imageSize, e.seed, static_cast<int>(recorded.imageCount),
                                       progress);
    if (loaded.manifest.contentHash != recorded.contentHash)
        throw IoError("The images in '" + folder + "' are not the ones this run was trained on (their content hash "
                      "differs). Choose the same folder, or start a new run.");
    return loaded;
}

}  // namespace medsynth::io
