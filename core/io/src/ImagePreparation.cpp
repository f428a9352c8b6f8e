#include "ImagePreparation.h"

#include "FileError.h"
#include "ReaderSupport.h"
#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/MedicalImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace medsynth::io {
namespace {

std::vector<float> toVector(const cv::Mat& image) {
    std::vector<float> values(static_cast<size_t>(image.rows) * image.cols);
    for (int row = 0; row < image.rows; ++row)
        std::copy(image.ptr<float>(row), image.ptr<float>(row) + image.cols,
                  values.begin() + static_cast<size_t>(row) * image.cols);
    return values;
}

// Centre crop to a square, then resize to size x size.
std::vector<float> cropToSquare(const cv::Mat& full, int size) {
    const int side = std::min(full.cols, full.rows);
    const cv::Mat square = full(cv::Rect((full.cols - side) / 2, (full.rows - side) / 2, side, side));
    cv::Mat resized;
    cv::resize(square, resized, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    return toVector(resized);
}

// Resize so that the longer side is size, then centre on a size x size black (0) square.
std::vector<float> padToSquare(const cv::Mat& full, int size) {
    const int longer = std::max(full.cols, full.rows);
    const int width = std::max(1, static_cast<int>(static_cast<long long>(full.cols) * size / longer));
    const int height = std::max(1, static_cast<int>(static_cast<long long>(full.rows) * size / longer));
    cv::Mat resized;
    cv::resize(full, resized, cv::Size(width, height), 0, 0, width < full.cols ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat square(size, size, CV_32F, cv::Scalar(0));
    resized.copyTo(square(cv::Rect((size - width) / 2, (size - height) / 2, width, height)));
    return toVector(square);
}

std::vector<float> fit(const ImageFrame& gray, const std::string& how, int size) {
    const cv::Mat full(gray.rows, gray.columns, CV_32F, const_cast<float*>(gray.values.data()));
    return how == "pad" ? padToSquare(full, size) : cropToSquare(full, size);
}

// The split an archive array's name says: "train_images", "val_images", "test_images".
std::optional<engine::ImageSplit> splitOfArrayName(const std::string& name) {
    const std::string prefix = name.substr(0, name.find('_'));
    if (prefix == "train") return engine::ImageSplit::Train;
    if (prefix == "val" || prefix == "valid" || prefix == "validation") return engine::ImageSplit::Validation;
    if (prefix == "test") return engine::ImageSplit::Test;
    return std::nullopt;
}

std::vector<engine::ImageSplit> archiveSplits(const MedicalImage& image) {
    std::vector<engine::ImageSplit> splits(image.frames.size(), engine::ImageSplit::Train);
    bool any = false;
    for (const ArchiveArray& array : image.metadata.arrays) {
        if (!array.images || array.shape.empty()) continue;
        const std::optional<engine::ImageSplit> split = splitOfArrayName(array.name);
        if (!split) return {};  // an array the names do not place: the file's split for all
        any = true;
        for (int64_t i = 0; i < array.shape[0] * array.framesPerItem; ++i) {
            const int64_t frame = array.firstFrame + i - image.firstFrame;
            if (frame >= 0 && frame < static_cast<int64_t>(splits.size())) splits[static_cast<size_t>(frame)] = *split;
        }
    }
    return any ? splits : std::vector<engine::ImageSplit>{};
}

}  // namespace

bool isVolumeFile(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".nii" || ext == ".gz" || ext == ".npy" || ext == ".npz";
}

namespace {

// Appends the prepared images of `image`'s frames.
void prepareFrames(const MedicalImage& image, const VoiChoice& choice, bool volume, const engine::Preprocessing& p,
                   int size, int channels, PreparedFile& prepared) {
    for (size_t f = 0; f < image.frames.size(); ++f) {
        const ImageFrame shown = toDisplay(image, f, choice);  // MONOCHROME1 inverted there
        // A colour model keeps a colour image's colours (each plane fitted alike); else grey.
        std::vector<ImageFrame> planes;
        if (channels == 3 && shown.channels == 3) {
            for (int c = 0; c < 3; ++c) {
                ImageFrame plane{shown.rows, shown.columns, 1, std::vector<float>(shown.values.size() / 3)};
                for (size_t i = 0; i < plane.values.size(); ++i) plane.values[i] = shown.values[3 * i + c];
                planes.push_back(std::move(plane));
            }
        } else {
            planes.push_back(toGray(shown));
        }
        std::vector<float> fitted;
        for (ImageFrame& plane : planes) {
            if (!volume)  // as readGrayImage: an image's display values are clamped before fitting
                for (float& v : plane.values) v = std::clamp(v, 0.0f, 1.0f);
            const std::vector<float> one = fit(plane, p.fit, size);
            fitted.insert(fitted.end(), one.begin(), one.end());
        }
        prepared.images.push_back(std::move(fitted));
    }
}

}  // namespace

// Volumes are read whole; the frames of other files (multi-frame DICOM, TIFF pages) a chunk at a
// time, the first chunk deciding the window.
PreparedFile prepareFile(const std::string& path, const engine::Preprocessing& p, int size, int channels) {
    const bool volume = isVolumeFile(path);
    ReadOptions options;
    options.sliceAxis = p.sliceAxis == "i" ? 0 : p.sliceAxis == "j" ? 1 : 2;  // NIfTI only
    PreparedFile prepared;
    VoiChoice choice;  // the file's own window, as the viewer opens it
    bool first = true;
    const auto prepareChunk = [&](const MedicalImage& image) {
        if (first) {
            first = false;
            prepared.modality = image.metadata.modality.empty() ? image.metadata.format : image.metadata.modality;
            if (p.window == "percentile") {
                choice.kind = VoiChoice::Kind::Percentile;
                choice.lowPercent = p.lowPercentile;
                choice.highPercent = p.highPercentile;
            } else if (p.window != "file") {
                const DisplayWindow preset = windowPreset(p.window);  // IoError for an unknown name
                if (mayHoldHounsfieldUnits(image.metadata)) {
                    choice.kind = VoiChoice::Kind::Explicit;
                    choice.window = preset;
                    prepared.presetApplied = true;
                }
            }
            if (lowerExtension(path) == ".npz")  // read whole: this is every frame
                prepared.itemSplits = archiveSplits(image);
        }
        prepareFrames(image, choice, volume, p, size, channels, prepared);
    };
    if (volume)
        prepareChunk(readMedicalImage(path, options));
    else  // every frame of a multi-frame DICOM or TIFF is an image, as every slice of a volume is
        readFramesInChunks(path, options, kFrameChunkBytes, prepareChunk);
    if (prepared.images.empty())
        throw fileError(path, "holds no images");
    return prepared;
}

}  // namespace medsynth::io
