#pragma once
// ViewerImageLoader: reads an image for the Data page's viewer and turns it into what the Qt-only
// ImageViewer takes: frames of float values in the order to show them (an enhanced DICOM's frames
// along the slice normal), the window to start with, the presets for its menu, and whether it is
// MONOCHROME1. Safe on any thread.
//   - The window to start with: the file's first window (for an enhanced DICOM, the first frame's
//     Frame VOI LUT), else its first VOI LUT (shown as a LUT), else the natural range of unsigned
//     integer images such as 8-bit PNG, else the value range of the frames read.
//   - Presets: the file's windows and VOI LUTs ("File VOI LUT"); CT presets for CT, and for volumes
//     or float data whose units may be Hounsfield.
//   - A file whose frames would take more than eagerLimitBytes as floats (a NIfTI volume or a
//     DICOM file, which can be read a frame at a time) is opened lazily: only the first frame is
//     read, with the places of the others for ViewerSliceLoader. So is a DICOM series of files,
//     which is shown as one volume in the index's slice order.

#include "ImageViewer.h"
#include "medsynth/io/MedicalImage.h"

#include <QList>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

namespace medsynth::gui {

// Where a frame to show is: a file, and the frame in it.
struct ViewerSliceRef {
    QString path;
    qint64 frame = 0;
};

// One frame read for the viewer, with its file's metadata (nothing identifying: MedicalImage.h).
struct LoadedSlice {
    widgets::ViewerFrame frame;
    io::ImageMetadata metadata;
    QString error;  // one line; empty when read
};

struct ViewerImage {
    // Every frame, in the order to show them; for a lazy image the first only.
    std::vector<widgets::ViewerFrame> frames;
    int frameCount = 0;                   // frames to show
    bool lazy = false;                    // the others are read when wanted, from slices
    QVector<ViewerSliceRef> slices;       // lazy: where each frame to show is
    bool volume = false;                  // slices of a volume (series, NIfTI, enhanced DICOM along a normal)
    io::ImageMetadata metadata;
    widgets::ViewerWindow initialWindow;
    std::shared_ptr<const widgets::ViewerLut> initialLut;  // set: start with the file's VOI LUT
    QList<widgets::WindowPreset> presets;
    bool monochrome1 = false;
    QString error;  // one line; empty when read
};

// Frames of one file beyond this (as floats) are not read at once.
constexpr unsigned long long kEagerViewerBytes = 256ull * 1024 * 1024;
// A file read at once may hold at most this.
constexpr unsigned long long kMaxViewerBytes = 1024ull * 1024 * 1024;

ViewerImage loadViewerImage(const QString& path, unsigned long long eagerLimitBytes = kEagerViewerBytes);
// A DICOM series of files (or any list of frames) as one volume: slices[0] is read now.
ViewerImage loadViewerSeries(const QVector<ViewerSliceRef>& slices);
// One frame (io::readMedicalImage of that frame only).
LoadedSlice readViewerSlice(const ViewerSliceRef& slice);

// "ct-soft-tissue" -> "Soft tissue".
QString presetDisplayName(const std::string& presetName);

}  // namespace medsynth::gui
