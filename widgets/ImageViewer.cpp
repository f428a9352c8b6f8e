#include "ImageViewer.h"

#include "ImageCanvas.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace medsynth::widgets {

namespace {

// The window between two percentiles of the values (all channels). Large frames are sampled
// evenly (at most about a million values), which moves a percentile by far less than a level step.
ViewerWindow percentileWindow(const std::vector<float>& values, double lowPercent, double highPercent)
{
    if (values.empty())
        return {};
    const size_t stride = std::max<size_t>(1, values.size() / 1000000);
    std::vector<float> sample;
    sample.reserve(values.size() / stride + 1);
    for (size_t i = 0; i < values.size(); i += stride) {
        if (std::isfinite(values[i]))
            sample.push_back(values[i]);
    }
    if (sample.empty())
        return {};
    auto at = [&sample](double percent) {
        const size_t k = std::min(sample.size() - 1, static_cast<size_t>(percent / 100.0 * (sample.size() - 1) + 0.5));
        std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(k), sample.end());
        return static_cast<double>(sample[k]);
    };
    const double low = at(lowPercent);
    const double high = at(highPercent);
    return {(low + high) / 2.0, std::max(high - low, 1e-6)};
}

}  // namespace

ImageViewer::ImageViewer(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("imageViewer"));
    canvas_ = new ImageCanvas(this);

    windowLabel_ = new QLabel(this);
    windowLabel_->setObjectName(QStringLiteral("windowLabel"));
    windowLabel_->setToolTip(tr("Window width and level (centre), in the image's values. "
                                "Drag with the right or middle mouse button to change them."));

    presetsButton_ = new QToolButton(this);
    presetsButton_->setObjectName(QStringLiteral("presetsButton"));
    presetsButton_->setText(tr("Window presets"));
    presetsButton_->setPopupMode(QToolButton::InstantPopup);
    presetsButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    presetsButton_->setMenu(new QMenu(presetsButton_));

    fitButton_ = new QToolButton(this);
    fitButton_->setObjectName(QStringLiteral("fitButton"));
    fitButton_->setText(tr("Fit"));
    fitButton_->setToolTip(tr("Fit the image to the viewer (or double click the image)"));
    connect(fitButton_, &QToolButton::clicked, this, &ImageViewer::fitToWindow);

    frameSlider_ = new QSlider(Qt::Horizontal, this);
    frameSlider_->setObjectName(QStringLiteral("frameSlider"));
    frameSlider_->setToolTip(tr("Frame or slice shown"));
    frameLabel_ = new QLabel(this);
    frameLabel_->setObjectName(QStringLiteral("frameLabel"));
    // Wide enough for the longest text, so the slider does not jump while the slices change.
    frameLabel_->setMinimumWidth(frameLabel_->fontMetrics().horizontalAdvance(tr("Slice %1 of %2").arg(9999).arg(9999)
                                                                              + tr(" (loading...)")));
    connect(frameSlider_, &QSlider::valueChanged, this, &ImageViewer::setCurrentFrame);

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(presetsButton_);
    tools->addWidget(fitButton_);
    tools->addSpacing(8);
    tools->addWidget(windowLabel_, 1);

    auto* frames = new QHBoxLayout;
    frames->setContentsMargins(0, 0, 0, 0);
    frames->addWidget(frameLabel_);
    frames->addWidget(frameSlider_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(canvas_, 1);
    layout->addLayout(frames);

    clear(tr("Select an image to view it."));
}

ImageViewer::~ImageViewer() = default;

QWidget* ImageViewer::canvas() const
{
    return canvas_;
}

void ImageViewer::clear(const QString& message)
{
    frames_.clear();
    lazy_ = false;
    lazyCount_ = 0;
    held_ = ViewerFrame();
    heldIndex_ = -1;
    failedIndex_ = -1;
    frame_ = 0;
    lut_.reset();
    displayed_ = QImage();
    canvas_->message = message;
    showControls(false);
    windowLabel_->clear();
    canvas_->update();
}

void ImageViewer::showControls(bool shown)
{
    const QSignalBlocker block(frameSlider_);
    frameSlider_->setRange(0, std::max(0, frameCount() - 1));
    frameSlider_->setValue(frame_);
    frameSlider_->setVisible(shown && frameCount() > 1);
    frameLabel_->setVisible(shown && frameCount() > 1);
    presetsButton_->setEnabled(shown);
    fitButton_->setEnabled(shown);
}

// The drag step and the range behind it; reset for a new image, else widened by more values.
void ImageViewer::setValueRange(const std::vector<float>& values, bool reset)
{
    if (reset) {
        valueMin_ = std::numeric_limits<double>::max();
        valueMax_ = std::numeric_limits<double>::lowest();
    }
    for (float v : values) {
        if (std::isfinite(v)) {
            valueMin_ = std::min<double>(valueMin_, v);
            valueMax_ = std::max<double>(valueMax_, v);
        }
    }
    if (valueMin_ > valueMax_)
        valueMin_ = valueMax_ = 0.0;
    step_ = std::max((valueMax_ - valueMin_) / 512.0, 1e-6);
}

void ImageViewer::setImage(std::vector<ViewerFrame> frames, const ViewerWindow& initialWindow, bool monochrome1)
{
    clear(tr("The file has no frames to show."));
    frames_ = std::move(frames);
    if (frames_.empty())
        return;
    setValueRange({}, true);
    for (const ViewerFrame& frame : frames_)
        setValueRange(frame.values, false);
    startShowing(initialWindow, monochrome1);
}

void ImageViewer::setLazyImage(int frameCount, int index, ViewerFrame frame, const ViewerWindow& initialWindow,
                               bool monochrome1)
{
    clear(tr("The file has no frames to show."));
    if (frameCount <= 0)
        return;
    lazy_ = true;
    lazyCount_ = frameCount;
    frame_ = std::clamp(index, 0, frameCount - 1);
    heldIndex_ = frame_;
    held_ = std::move(frame);
    setValueRange(held_.values, true);
    startShowing(initialWindow, monochrome1);
}

// A new image's first frame on screen, fitted, under its initial window.
void ImageViewer::startShowing(const ViewerWindow& initialWindow, bool monochrome1)
{
    monochrome1_ = monochrome1;
    window_ = initialWindow;
    window_.width = std::max(window_.width, step_);
    showControls(true);
    rebuildPresetMenu();
    renderFrame();
    canvas_->fit();
    Q_EMIT windowChanged(window_.center, window_.width);
    Q_EMIT frameChanged(frame_);
    Q_EMIT frameShown(frame_);
}

bool ImageViewer::setFrame(int index, ViewerFrame frame)
{
    if (!lazy_ || index != frame_)
        return false;
    const bool first = displayed_.isNull();
    held_ = std::move(frame);
    heldIndex_ = index;
    failedIndex_ = -1;
    renderFrame();
    if (first)
        canvas_->fit();
    Q_EMIT frameShown(index);
    return true;
}

void ImageViewer::setFrameError(int index, const QString& message)
{
    if (!lazy_ || index != frame_)
        return;
    held_ = ViewerFrame();
    heldIndex_ = -1;
    failedIndex_ = index;
    displayed_ = QImage();
    canvas_->message = message;
    updateFrameLabel();
    canvas_->update();
}

void ImageViewer::setPresets(const QList<WindowPreset>& presets)
{
    presets_ = presets;
    rebuildPresetMenu();
}

void ImageViewer::setFrameUnit(FrameUnit unit)
{
    unit_ = unit;
    updateFrameLabel();
    canvas_->update();
}

int ImageViewer::frameCount() const
{
    return lazy_ ? lazyCount_ : static_cast<int>(frames_.size());
}

const ViewerFrame* ImageViewer::shownFrame() const
{
    if (lazy_)
        return heldIndex_ >= 0 ? &held_ : nullptr;
    return frames_.empty() ? nullptr : &frames_[static_cast<size_t>(frame_)];
}

int ImageViewer::shownFrameIndex() const
{
    if (lazy_)
        return heldIndex_;
    return frames_.empty() ? -1 : frame_;
}

void ImageViewer::setCurrentFrame(int frame)
{
    if (frameCount() == 0)
        return;
    frame = std::clamp(frame, 0, frameCount() - 1);
    if (frame == frame_ && frameSlider_->value() == frame)
        return;
    frame_ = frame;
    {
        const QSignalBlocker block(frameSlider_);
        frameSlider_->setValue(frame);
    }
    if (lazy_ && heldIndex_ != frame_) {
        // The frame on screen stays until the wanted one arrives; the corner says it is loading.
        updateFrameLabel();
        canvas_->update();
        Q_EMIT frameChanged(frame_);
        Q_EMIT frameWanted(frame_);
        return;
    }
    renderFrame();
    Q_EMIT frameChanged(frame_);
    Q_EMIT frameShown(frame_);
}

void ImageViewer::stepFrames(int delta)
{
    setCurrentFrame(frame_ + delta);
}

void ImageViewer::setWindow(const ViewerWindow& window)
{
    lut_.reset();
    window_.center = window.center;
    window_.width = std::max(window.width, step_);
    window_.sigmoid = window.sigmoid;
    renderFrame();
    Q_EMIT windowChanged(window_.center, window_.width);
}

void ImageViewer::setLut(std::shared_ptr<const ViewerLut> lut)
{
    if (!lut || lut->outputs.empty()) {
        setWindow(window_);
        return;
    }
    // The window a drag starts from: the values over which the LUT rises from its lowest output
    // to its highest.
    const auto [lowest, highest] = std::minmax_element(lut->outputs.begin(), lut->outputs.end());
    size_t first = 0, last = lut->outputs.size() - 1;
    while (first < last && lut->outputs[first] <= *lowest)
        ++first;
    while (last > first && lut->outputs[last] >= *highest)
        --last;
    const double low = lut->firstValue + (first > 0 ? first - 1 : 0), high = lut->firstValue + last + 1;
    lut_ = std::move(lut);
    window_ = {(low + high) / 2.0, std::max(high - low, step_)};
    renderFrame();
    Q_EMIT windowChanged(window_.center, window_.width);
}

void ImageViewer::dragWindow(int dx, int dy)
{
    if (!shownFrame() || (dx == 0 && dy == 0))
        return;
    setWindow({window_.center + dy * step_, window_.width + dx * step_, window_.sigmoid});
}

QStringList ImageViewer::presetNames() const
{
    QStringList names;
    for (const QAction* action : presetsButton_->menu()->actions()) {
        if (!action->isSeparator())
            names << action->text();
    }
    return names;
}

bool ImageViewer::applyPreset(const QString& name)
{
    for (QAction* action : presetsButton_->menu()->actions()) {
        if (!action->isSeparator() && action->text() == name) {
            action->trigger();
            return true;
        }
    }
    return false;
}

void ImageViewer::rebuildPresetMenu()
{
    QMenu* menu = presetsButton_->menu();
    menu->clear();
    QString section;
    for (const WindowPreset& preset : presets_) {
        if (preset.section != section) {
            section = preset.section;
            menu->addSection(section);
        }
        const ViewerWindow window = preset.window;
        const std::shared_ptr<const ViewerLut> lut = preset.lut;
        QAction* action = menu->addAction(preset.name, this, [this, window, lut] {
            if (lut)
                setLut(lut);
            else
                setWindow(window);
        });
        action->setToolTip(lut ? tr("The file's VOI LUT: a table from values to shades of gray")
                               : tr("Width %1, level %2").arg(window.width).arg(window.center));
    }
    // Computed from the frame on show, so they follow the slider.
    menu->addSection(tr("From the values"));
    struct Range {
        QString name;
        double low, high;
    };
    const Range ranges[] = {{tr("Percentiles 1 to 99"), 1.0, 99.0},
                            {tr("Percentiles 0.5 to 99.5"), 0.5, 99.5},
                            {tr("Min to max"), 0.0, 100.0}};
    for (const Range& range : ranges) {
        menu->addAction(range.name, this, [this, range] {
            if (const ViewerFrame* frame = shownFrame())
                setWindow(percentileWindow(frame->values, range.low, range.high));
        });
    }
}

void ImageViewer::renderFrame()
{
    updateWindowLabel();
    updateFrameLabel();
    const ViewerFrame* frame = shownFrame();
    if (!frame || frame->width <= 0 || frame->height <= 0
        || frame->values.size() < static_cast<size_t>(frame->width) * frame->height * frame->channels) {
        displayed_ = QImage();
        canvas_->update();
        return;
    }
    const bool colour = frame->channels >= 3;
    QImage image(frame->width, frame->height, colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    const double low = window_.center - window_.width / 2.0;
    const double scale = 255.0 / window_.width;
    const int channels = frame->channels;
    const ViewerLut* lut = colour ? nullptr : lut_.get();
    const bool sigmoid = window_.sigmoid;
    for (int y = 0; y < frame->height; ++y) {
        uchar* line = image.scanLine(y);
        const float* source = frame->values.data() + static_cast<size_t>(y) * frame->width * channels;
        for (int x = 0; x < frame->width; ++x) {
            for (int c = 0; c < (colour ? 3 : 1); ++c) {
                const float value = source[x * channels + c];
                double v;
                if (lut) {
                    const double index = std::floor(value - lut->firstValue);
                    const size_t at = index <= 0 || !std::isfinite(index)
                                          ? 0
                                          : std::min(static_cast<size_t>(std::min(index, 1e9)), lut->outputs.size() - 1);
                    v = std::clamp(lut->outputs[at] * 255.0, 0.0, 255.0);
                } else if (sigmoid) {
                    v = 255.0 / (1.0 + std::exp(-4.0 * (value - window_.center) / window_.width));
                    if (!std::isfinite(v))
                        v = value > window_.center ? 255.0 : 0.0;
                } else {
                    v = std::isnan(value) ? 0.0 : std::clamp((value - low) * scale, 0.0, 255.0);  // NaN: no value, black
                }
                const int byte = static_cast<int>(v + 0.5);
                line[x * (colour ? 3 : 1) + c] = static_cast<uchar>(monochrome1_ ? 255 - byte : byte);
            }
        }
    }
    displayed_ = image;
    canvas_->update();
}

QString ImageViewer::frameText() const
{
    QString text = unit_ == FrameUnit::Slice ? tr("Slice %1 of %2").arg(frame_ + 1).arg(frameCount())
                                             : tr("Frame %1 of %2").arg(frame_ + 1).arg(frameCount());
    if (isWaitingForFrame())
        text += tr(" (loading...)");
    return text;
}

void ImageViewer::updateFrameLabel()
{
    if (frameCount() > 1)
        frameLabel_->setText(frameText());
}

void ImageViewer::updateWindowLabel()
{
    QString text = lut_ ? tr("VOI LUT of the file (a drag changes to a window)")
                        : tr("Width %1, level %2").arg(QString::number(window_.width, 'g', 5),
                                                       QString::number(window_.center, 'g', 5));
    if (!lut_ && window_.sigmoid)
        text += tr(" (sigmoid, as the file asks)");
    if (monochrome1_)
        text += tr(" (MONOCHROME1: shown inverted)");
    windowLabel_->setText(text);
}

double ImageViewer::zoom() const
{
    return canvas_->zoom;
}

void ImageViewer::fitToWindow()
{
    canvas_->fit();
}

}  // namespace medsynth::widgets
