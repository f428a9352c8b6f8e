#include "medsynth/io/DisplayWindow.h"

#include "medsynth/io/IoError.h"

#include <algorithm>
#include <cmath>

namespace medsynth::io {
namespace {

struct Preset {
    const char* name;
    double center, width;
};

// Common CT presets in Hounsfield units (centre / width).
constexpr Preset kPresets[] = {
    {"ct-lung", -600, 1500},      {"ct-bone", 400, 1800},  {"ct-brain", 40, 80},   {"ct-soft-tissue", 50, 400},
    {"ct-abdomen", 60, 400},      {"ct-mediastinum", 50, 350}, {"ct-liver", 60, 160}, {"ct-stroke", 40, 40},
};

float windowValue(double x, const DisplayWindow& w) {
    if (std::isnan(x)) return 0.0f;  // no value (a masked voxel of a map): black
    const double c = w.center, width = std::max(w.width, w.function == "LINEAR" ? 1.0 : 1e-12);
    if (w.function == "SIGMOID") return static_cast<float>(1.0 / (1.0 + std::exp(-4.0 * (x - c) / width)));
    if (w.function == "LINEAR_EXACT") {
        if (x <= c - width / 2) return 0.0f;
        if (x > c + width / 2) return 1.0f;
        return static_cast<float>((x - c) / width + 0.5);
    }
    // LINEAR, DICOM PS3.3 C.11.2.1.2.1
    if (x <= c - 0.5 - (width - 1) / 2) return 0.0f;
    if (x > c - 0.5 + (width - 1) / 2) return 1.0f;
    if (width <= 1) return 1.0f;
    return static_cast<float>(std::clamp((x - (c - 0.5)) / (width - 1) + 0.5, 0.0, 1.0));
}

// Unsigned integer data that is not a DICOM gray image (PNG, 8-bit NumPy, RGB): shown by its
// natural range, so a dark 16-bit PNG stays dark.
bool usesNaturalRange(const ImageMetadata& m, int channels) {
    const bool identity = m.rescaleSlope == 1 && m.rescaleIntercept == 0 && !m.modalityLutApplied;
    if (m.isFloat || m.isSigned || !identity || m.bitsStored < 1 || m.bitsStored > 32) return false;
    return m.format != "DICOM" || channels == 3;
}

}  // namespace

const std::vector<VoiWindow>& frameWindows(const MedicalImage& image, size_t frameIndex) {
    const auto& perFrame = image.metadata.perFrame;
    const int64_t inFile = image.firstFrame + static_cast<int64_t>(frameIndex);
    if (inFile >= 0 && static_cast<size_t>(inFile) < perFrame.size() && !perFrame[static_cast<size_t>(inFile)].windows.empty())
        return perFrame[static_cast<size_t>(inFile)].windows;
    return image.metadata.windows;
}

std::vector<std::string> windowPresetNames() {
    std::vector<std::string> names;
    for (const Preset& p : kPresets) names.emplace_back(p.name);
    return names;
}

bool mayHoldHounsfieldUnits(const ImageMetadata& metadata) {
    if (metadata.format == "DICOM") return metadata.modality == "CT" || metadata.rescaleType == "HU";
    return metadata.format.rfind("NIfTI", 0) == 0 || metadata.format.rfind("NumPy", 0) == 0 || metadata.isFloat;
}

DisplayWindow windowPreset(const std::string& name) {
    for (const Preset& p : kPresets)
        if (name == p.name) return {p.center, p.width, "LINEAR"};
    std::string known;
    for (const Preset& p : kPresets) known += (known.empty() ? "" : ", ") + std::string(p.name);
    throw IoError("unknown window preset \"" + name + "\"; known: " + known);
}

DisplayWindow percentileWindow(const ImageFrame& frame, double lowPercent, double highPercent) {
    std::vector<float> sorted;  // the finite values: NaN has no place in an order
    sorted.reserve(frame.values.size());
    for (float v : frame.values)
        if (std::isfinite(v)) sorted.push_back(v);
    if (sorted.empty()) return {};
    auto at = [&](double percent) {
        const double clamped = std::clamp(percent, 0.0, 100.0) / 100.0;
        const size_t index = static_cast<size_t>(std::lround(clamped * static_cast<double>(sorted.size() - 1)));
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(index), sorted.end());
        return static_cast<double>(sorted[index]);
    };
    const double low = at(std::min(lowPercent, highPercent)), high = at(std::max(lowPercent, highPercent));
    return {(low + high) / 2, std::max(high - low, 1e-6), "LINEAR_EXACT"};
}

std::vector<float> applyWindow(const std::vector<float>& values, const DisplayWindow& window) {
    std::vector<float> out(values.size());
    for (size_t i = 0; i < values.size(); ++i) out[i] = windowValue(values[i], window);
    return out;
}

std::vector<float> applyVoiLut(const std::vector<float>& values, const VoiLut& lut) {
    std::vector<float> out(values.size());
    if (lut.entries.empty()) return out;
    const double top = std::ldexp(1.0, std::clamp(lut.bits, 1, 16)) - 1;
    for (size_t i = 0; i < values.size(); ++i) {
        const double index = std::floor(values[i] - lut.firstMapped);
        const size_t last = lut.entries.size() - 1;  // NaN and below the table: its first entry
        const size_t clamped = !(index > 0) ? 0 : index >= static_cast<double>(last) ? last : static_cast<size_t>(index);
        out[i] = static_cast<float>(std::clamp(lut.entries[clamped] / top, 0.0, 1.0));
    }
    return out;
}

void invertDisplayValues(std::vector<float>& values) {
    for (float& v : values) v = 1.0f - v;
}

bool isMonochrome1(const ImageMetadata& metadata) { return metadata.photometric == "MONOCHROME1"; }

ImageFrame toDisplay(const MedicalImage& image, size_t frameIndex, const VoiChoice& choice) {
    if (frameIndex >= image.frames.size()) throw IoError("frame " + std::to_string(frameIndex) + " was not read");
    const ImageFrame& frame = image.frames[frameIndex];
    const ImageMetadata& m = image.metadata;
    const std::vector<VoiWindow>& windows = frameWindows(image, frameIndex);
    ImageFrame out = frame;
    auto minMax = [&] {
        const FrameStatistics s = frameStatistics(frame);
        const double range = s.max > s.min ? s.max - s.min : 1.0;
        for (size_t i = 0; i < frame.values.size(); ++i)
            out.values[i] = std::isnan(frame.values[i])
                                ? 0.0f
                                : static_cast<float>(std::clamp((frame.values[i] - s.min) / range, 0.0, 1.0));
    };
    switch (choice.kind) {
    case VoiChoice::Kind::Automatic:
        if (!windows.empty() && frame.channels == 1) {
            out.values = applyWindow(frame.values, {windows.front().center, windows.front().width, m.voiLutFunction});
        } else if (!m.voiLuts.empty() && frame.channels == 1) {
            out.values = applyVoiLut(frame.values, m.voiLuts.front());
        } else if (usesNaturalRange(m, frame.channels)) {
            const double top = std::ldexp(1.0, m.bitsStored) - 1;
            for (size_t i = 0; i < frame.values.size(); ++i)
                out.values[i] = static_cast<float>(std::clamp(frame.values[i] / top, 0.0, 1.0));
        } else {
            minMax();
        }
        break;
    case VoiChoice::Kind::FileWindow: {
        if (choice.index < 0 || static_cast<size_t>(choice.index) >= windows.size())
            throw IoError("the file has no window " + std::to_string(choice.index + 1));
        const VoiWindow& w = windows[static_cast<size_t>(choice.index)];
        out.values = applyWindow(frame.values, {w.center, w.width, m.voiLutFunction});
        break;
    }
    case VoiChoice::Kind::FileLut:
        if (choice.index < 0 || static_cast<size_t>(choice.index) >= m.voiLuts.size())
            throw IoError("the file has no VOI LUT " + std::to_string(choice.index + 1));
        out.values = applyVoiLut(frame.values, m.voiLuts[static_cast<size_t>(choice.index)]);
        break;
    case VoiChoice::Kind::Explicit: out.values = applyWindow(frame.values, choice.window); break;
    case VoiChoice::Kind::Percentile:
        out.values = applyWindow(frame.values, percentileWindow(frame, choice.lowPercent, choice.highPercent));
        break;
    case VoiChoice::Kind::MinMax: minMax(); break;
    }
    if (isMonochrome1(m)) invertDisplayValues(out.values);
    return out;
}

ImageFrame toGray(const ImageFrame& frame) {
    if (frame.channels != 3) return frame;
    ImageFrame gray;
    gray.rows = frame.rows;
    gray.columns = frame.columns;
    gray.channels = 1;
    gray.values.resize(frame.values.size() / 3);
    for (size_t i = 0; i < gray.values.size(); ++i)
        gray.values[i] = 0.299f * frame.values[3 * i] + 0.587f * frame.values[3 * i + 1] + 0.114f * frame.values[3 * i + 2];
    return gray;
}

}  // namespace medsynth::io
