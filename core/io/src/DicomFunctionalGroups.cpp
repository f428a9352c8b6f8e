#include "DicomFunctionalGroups.h"

#include "DicomValues.h"
#include "FileError.h"
#include "SliceGeometry.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <algorithm>
#include <numeric>

namespace medsynth::io {
namespace {

DcmItem* firstItem(DcmItem& parent, const DcmTagKey& sequenceTag) {
    DcmSequenceOfItems* sequence = nullptr;
    if (parent.findAndGetSequence(sequenceTag, sequence).bad() || !sequence || sequence->card() == 0) return nullptr;
    return sequence->getItem(0);
}

// What one Shared or Per-frame item says of a frame; what it does not say stays as it was.
void applyGroups(const std::string& path, DcmItem& groups, FrameFunctionalGroups& frame, std::string* rescaleType) {
    if (DcmItem* t = firstItem(groups, DCM_PixelValueTransformationSequence)) {
        const auto slope = dicomNumber(path, *t, DCM_RescaleSlope, "Rescale Slope (0028,1053)");
        const auto intercept = dicomNumber(path, *t, DCM_RescaleIntercept, "Rescale Intercept (0028,1052)");
        if (slope && *slope == 0) throw fileError(path, "Rescale Slope is 0 in a Pixel Value Transformation");
        if (slope) frame.rescaleSlope = *slope;
        if (intercept) frame.rescaleIntercept = *intercept;
        if (rescaleType) {
            const std::string type = trimmedText(dicomText(*t, DCM_RescaleType)).substr(0, 16);
            if (!type.empty()) *rescaleType = type;
        }
    }
    if (DcmItem* voi = firstItem(groups, DCM_FrameVOILUTSequence)) {
        std::vector<VoiWindow> windows = readWindows(path, *voi);
        if (!windows.empty()) frame.windows = std::move(windows);
    }
    if (DcmItem* plane = firstItem(groups, DCM_PlanePositionSequence)) {
        if (auto position = dicomNumbers<3>(path, *plane, DCM_ImagePositionPatient, "Image Position (0020,0032)"))
            frame.imagePosition = position;
    }
    if (DcmItem* plane = firstItem(groups, DCM_PlaneOrientationSequence)) {
        if (auto orientation = dicomNumbers<6>(path, *plane, DCM_ImageOrientationPatient, "Image Orientation (0020,0037)"))
            frame.imageOrientation = orientation;
    }
}

void readPixelMeasures(const std::string& path, DcmItem& groups, FunctionalGroups& out) {
    DcmItem* measures = firstItem(groups, DCM_PixelMeasuresSequence);
    if (!measures) return;
    if (!out.pixelSpacing) out.pixelSpacing = dicomNumbers<2>(path, *measures, DCM_PixelSpacing, "Pixel Spacing (0028,0030)");
    if (!out.sliceThickness) out.sliceThickness = dicomNumber(path, *measures, DCM_SliceThickness, "Slice Thickness (0018,0050)");
}

}  // namespace

FunctionalGroups readFunctionalGroups(const std::string& path, DcmDataset& dataset, int64_t frames,
                                      const FrameFunctionalGroups& topLevel) {
    FunctionalGroups out;
    DcmItem* shared = firstItem(dataset, DCM_SharedFunctionalGroupsSequence);
    DcmSequenceOfItems* perFrame = nullptr;
    if (dataset.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame).bad()) perFrame = nullptr;
    if (!shared && (!perFrame || perFrame->card() == 0)) return out;

    FrameFunctionalGroups base = topLevel;
    if (shared) {
        applyGroups(path, *shared, base, &out.rescaleType);
        readPixelMeasures(path, *shared, out);
    }
    // Items beyond the frames are ignored; frames without an item keep the shared values.
    const int64_t items = perFrame ? std::min<int64_t>(static_cast<int64_t>(perFrame->card()), frames) : 0;
    out.frames.assign(static_cast<size_t>(frames), base);
    for (int64_t f = 0; f < items; ++f) {
        DcmItem* item = perFrame->getItem(static_cast<unsigned long>(f));
        if (!item) continue;
        applyGroups(path, *item, out.frames[static_cast<size_t>(f)], f == 0 ? &out.rescaleType : nullptr);
        if (f == 0) readPixelMeasures(path, *item, out);
    }
    return out;
}

std::vector<int64_t> framesAlongNormal(const std::vector<FrameFunctionalGroups>& frames) {
    if (frames.size() < 2) return {};
    const auto& orientation = frames.front().imageOrientation;
    const bool usable = std::all_of(frames.begin(), frames.end(), [&](const FrameFunctionalGroups& f) {
        return f.imagePosition && f.imageOrientation && sameOrientation(f.imageOrientation, orientation);
    });
    if (!usable) return {};
    const std::array<double, 3> normal = sliceNormal(*orientation);
    std::vector<double> along(frames.size());
    for (size_t f = 0; f < frames.size(); ++f) along[f] = distanceAlongNormal(normal, *frames[f].imagePosition);
    std::vector<int64_t> order(frames.size());
    std::iota(order.begin(), order.end(), int64_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](int64_t a, int64_t b) { return along[static_cast<size_t>(a)] < along[static_cast<size_t>(b)]; });
    return order;
}

}  // namespace medsynth::io
