#pragma once
// ImageViewer: shows one image of float values (a single frame, a multi-frame image or the slices
// of a volume) the way a radiologist expects to look at it:
//   - window/level by dragging with the right or middle mouse button: each pixel to the right
//     widens the window, each pixel down raises the level (centre), by windowStepPerPixel();
//     the current values are shown in the corner and in windowLabel();
//   - a presets menu: the named windows the caller gives (the file's own windows and VOI LUTs, CT
//     presets), then percentile and min-max windows of the frame shown, computed here. A VOI LUT
//     (ViewerLut) is shown until the window is changed by a drag or another preset;
//   - zoom and pan: Ctrl + wheel zooms about the cursor (the plain wheel too when there is one
//     frame), a left drag pans, a double click fits;
//   - frames and slices: with more than one, a slider and "Slice k of n"; the wheel moves one slice
//     a notch (down: next), and so do Up/Down and PageUp/PageDown; Home/End go to the first/last.
//     The window stays as it is while moving through the frames;
//   - MONOCHROME1 inverted after windowing (bright = dense), RGB shown as colour (the same window
//     on each channel).
// Frames are either all given at once (setImage) or read by the caller on demand (setLazyImage:
// the viewer holds the frame shown and asks for the next with frameWanted; meanwhile the previous
// one stays on screen, marked as loading). The viewer knows nothing about file formats: app code
// converts whatever it read into ViewerFrame values. Plain Qt and the standard library; GUI thread only.

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>
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

// A window in the units of the values: centre (level) and width. Linear by default (values
// from center - width/2 to center + width/2 go from black to white); sigmoid: DICOM's VOI LUT
// Function SIGMOID (PS3.3 C.11.2.1.3.1), 1 / (1 + exp(-4 (value - center) / width)), as a file may
// ask for its own windows. A drag keeps the function; presets are linear.
struct ViewerWindow {
    double center = 0.0;
    double width = 1.0;
    bool sigmoid = false;
};

// A VOI LUT for display (a DICOM file's own): values firstValue, firstValue + 1, ... show as
// outputs[0], outputs[1], ... (0 black .. 1 white); values below or above the table take its first
// or last output. Gray images only.
struct ViewerLut {
    double firstValue = 0.0;
    std::vector<float> outputs;
};

struct WindowPreset {
    QString section;  // menu section the preset is listed under ("From the file", "CT")
    QString name;     // "Lung", "Window 1", "File VOI LUT"
    ViewerWindow window;
    std::shared_ptr<const ViewerLut> lut;  // set: the preset shows this LUT instead of the window
};

class ImageViewer : public QWidget {
    Q_OBJECT
public:
    enum class FrameUnit { Frame, Slice };  // what the slider's label calls a frame

    explicit ImageViewer(QWidget* parent = nullptr);
    ~ImageViewer() override;

    // Replaces the image. frames may be empty (the viewer then shows message, if any).
    // initialWindow is used for every frame until the user or a preset changes it.
    void setImage(std::vector<ViewerFrame> frames, const ViewerWindow& initialWindow, bool monochrome1);
    // Replaces the image by one of frameCount frames that the caller reads when asked
    // (frameWanted), starting at frame index, which is given. The drag step comes from that frame's
    // value range.
    void setLazyImage(int frameCount, int index, ViewerFrame frame, const ViewerWindow& initialWindow, bool monochrome1);
    // Delivers frame index of a lazy image; shown when it is the current frame, else dropped.
    // Returns whether it was shown.
    bool setFrame(int index, ViewerFrame frame);
    // The current frame of a lazy image cannot be read: message is shown instead.
    void setFrameError(int index, const QString& message);
    void clear(const QString& message = QString());
    void setPresets(const QList<WindowPreset>& presets);
    void setFrameUnit(FrameUnit unit);

    int frameCount() const;
    int currentFrame() const { return frame_; }
    void setCurrentFrame(int frame);
    // The frame on screen (for a lazy image, possibly an earlier one while the current loads).
    const ViewerFrame* shownFrame() const;
    int shownFrameIndex() const;
    bool isLazy() const { return lazy_; }
    // A lazy image whose current frame has not arrived yet.
    bool isWaitingForFrame() const { return lazy_ && heldIndex_ != frame_ && failedIndex_ != frame_; }

    ViewerWindow window() const { return window_; }
    void setWindow(const ViewerWindow& window);
    // Shows the LUT (null: the window again). window() then is the range of values over which the
    // LUT rises, which is where a drag starts from.
    void setLut(std::shared_ptr<const ViewerLut> lut);
    bool showsLut() const { return lut_ != nullptr; }
    bool isMonochrome1() const { return monochrome1_; }
    // The values each pixel of a right/middle drag adds to the width (horizontal) or level
    // (vertical): the value range of the image (of the first frame read, for a lazy one) / 512,
    // at least 1e-6.
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
    // The current frame changed (slider, keys, wheel, setCurrentFrame).
    void frameChanged(int frame);
    // A lazy image needs frame to show it.
    void frameWanted(int frame);
    // The pixels of frame are on screen now (at once for frames given by setImage).
    void frameShown(int frame);

private:
    friend class ImageCanvas;
    void renderFrame();
    void updateWindowLabel();
    void updateFrameLabel();
    void rebuildPresetMenu();
    void dragWindow(int dx, int dy);
    void stepFrames(int delta);
    void showControls(bool shown);
    void startShowing(const ViewerWindow& initialWindow, bool monochrome1);
    void setValueRange(const std::vector<float>& values, bool reset);
    QString frameText() const;

    std::vector<ViewerFrame> frames_;
    bool lazy_ = false;
    int lazyCount_ = 0;
    ViewerFrame held_;     // lazy: the frame on screen
    int heldIndex_ = -1;
    int failedIndex_ = -1;  // lazy: the frame that could not be read, shown as a message
    int frame_ = 0;
    FrameUnit unit_ = FrameUnit::Frame;
    ViewerWindow window_;
    std::shared_ptr<const ViewerLut> lut_;
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
