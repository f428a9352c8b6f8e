#pragma once
// ImageViewer: shows one image of float values (a single frame, a multi-frame image or the slices
// of a volume) the way a radiologist expects to look at it:
//   - window/level by dragging with the right or middle mouse button: each pixel to the right
//     widens the window, each pixel down raises the level (centre), by windowStepPerPixel();
//     the current values are shown in the corner and in windowLabel();
//   - a presets menu: the named windows the caller gives (the file's own, CT presets), then
//     percentile and min-max windows of the frame shown, computed here;
//   - zoom with the wheel (about the cursor), pan by dragging with the left button, double click
//     to fit; a frame slider (and the Up/Down keys) when there is more than one frame;
//   - MONOCHROME1 inverted after windowing (bright = dense), RGB shown as colour (the same window
//     on each channel).
// The viewer knows nothing about file formats: app code converts whatever it read into
// ViewerFrame values. Plain Qt and the standard library; GUI thread only.

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QSlider;
class QToolButton;

namespace medsynth::widgets {

class ImageCanvas;

// One frame: height rows of width pixels, channels (1 gray, 3 RGB) values per pixel, interleaved.
struct ViewerFrame {
    int width = 0;
    int height = 0;
    int channels = 1;
    std::vector<float> values;
};

// A window in the units of the values: centre (level) and width.
struct ViewerWindow {
    double center = 0.0;
    double width = 1.0;
};

struct WindowPreset {
    QString section;  // menu section the preset is listed under ("From the file", "CT")
    QString name;     // "Lung", "Window 1"
    ViewerWindow window;
};

class ImageViewer : public QWidget {
    Q_OBJECT
public:
    explicit ImageViewer(QWidget* parent = nullptr);
    ~ImageViewer() override;

    // Replaces the image. frames may be empty (the viewer then shows message, if any).
    // initialWindow is used for every frame until the user or a preset changes it.
    void setImage(std::vector<ViewerFrame> frames, const ViewerWindow& initialWindow, bool monochrome1);
    void clear(const QString& message = QString());
    void setPresets(const QList<WindowPreset>& presets);

    int frameCount() const { return static_cast<int>(frames_.size()); }
    int currentFrame() const { return frame_; }
    void setCurrentFrame(int frame);
    const ViewerFrame* shownFrame() const;

    ViewerWindow window() const { return window_; }
    void setWindow(const ViewerWindow& window);
    bool isMonochrome1() const { return monochrome1_; }
    // The values each pixel of a right/middle drag adds to the width (horizontal) or level
    // (vertical): the value range of the whole image / 512, at least 1e-6.
    double windowStepPerPixel() const { return step_; }

    // Names of the presets menu's entries, in order (tests, and the menu itself).
    QStringList presetNames() const;
    // Applies the preset with that menu name; false when there is none.
    bool applyPreset(const QString& name);

    double zoom() const;
    void fitToWindow();
    // The displayed 8-bit image of the current frame (Grayscale8 or RGB888), after the window.
    QImage displayedImage() const { return displayed_; }
    QWidget* canvas() const;

Q_SIGNALS:
    void windowChanged(double center, double width);
    void frameChanged(int frame);

private:
    friend class ImageCanvas;
    void renderFrame();
    void updateWindowLabel();
    void rebuildPresetMenu();
    void dragWindow(int dx, int dy);

    std::vector<ViewerFrame> frames_;
    int frame_ = 0;
    ViewerWindow window_;
    bool monochrome1_ = false;
    double step_ = 1.0;
    double valueMin_ = 0.0;
    double valueMax_ = 1.0;
    QList<WindowPreset> presets_;
    QImage displayed_;
    ImageCanvas* canvas_ = nullptr;
    QLabel* windowLabel_ = nullptr;
    QToolButton* presetsButton_ = nullptr;
    QToolButton* fitButton_ = nullptr;
    QSlider* frameSlider_ = nullptr;
    QLabel* frameLabel_ = nullptr;
};

}  // namespace medsynth::widgets
