#pragma once
// ViewerImageLoader: reads one file for the Data page's viewer (io::readMedicalImage, every frame
// or slice, bounded to kMaxViewerBytes of float values) and turns it into what the Qt-only
// ImageViewer takes: frames of float values, the window to start with (the file's first window,
// else the natural range of unsigned integer images such as 8-bit PNG, else the value range of
// all frames), the presets for its menu (the file's windows; CT presets for CT and for volumes
// or float data whose units may be Hounsfield), and whether it is MONOCHROME1. Safe on any thread.

#include "ImageViewer.h"
#include "medsynth/io/MedicalImage.h"

#include <QList>
#include <QString>

#include <vector>

namespace medsynth::gui {

struct ViewerImage {
    std::vector<widgets::ViewerFrame> frames;
    io::ImageMetadata metadata;
    widgets::ViewerWindow initialWindow;
    QList<widgets::WindowPreset> presets;
    bool monochrome1 = false;
    QString error;  // one line; empty when read
};

constexpr unsigned long long kMaxViewerBytes = 1024ull * 1024 * 1024;

ViewerImage loadViewerImage(const QString& path);

// "ct-soft-tissue" -> "Soft tissue".
QString presetDisplayName(const std::string& presetName);

}  // namespace medsynth::gui
