#include "ImageViewer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace medsynth::widgets {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 64.0;

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

// The drawing surface: the image under zoom and pan, with the window and frame in the corners.
class ImageCanvas : public QWidget {
public:
    explicit ImageCanvas(ImageViewer* viewer)
        : QWidget(viewer)
        , viewer_(viewer)
    {
        setObjectName(QStringLiteral("imageCanvas"));
        setMinimumSize(160, 120);
        setMouseTracking(false);
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_OpaquePaintEvent);
        setToolTip(ImageViewer::tr("Right or middle drag: window (left/right) and level (up/down). "
                      "Wheel: zoom. Left drag: pan. Double click: fit. Up/Down: previous/next frame."));
    }

    double zoom = 1.0;
    QPointF center;  // where the image centre is, in widget coordinates
    bool fitted = true;

    void fit()
    {
        const QImage& image = viewer_->displayed_;
        fitted = true;
        center = QPointF(width() / 2.0, height() / 2.0);
        if (image.isNull() || image.width() == 0 || image.height() == 0) {
            zoom = 1.0;
        } else {
            zoom = std::min((width() - 8.0) / image.width(), (height() - 8.0) / image.height());
            zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
        }
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(12, 12, 14));
        const QImage& image = viewer_->displayed_;
        if (image.isNull()) {
            painter.setPen(QColor(170, 170, 170));
            painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, message);
            return;
        }
        const QSizeF size(image.width() * zoom, image.height() * zoom);
        const QRectF target(center - QPointF(size.width() / 2.0, size.height() / 2.0), size);
        // Nearest neighbour when magnified, so single pixels stay visible as squares.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom < 1.0);
        painter.drawImage(target, image);

        const ViewerWindow w = viewer_->window_;
        QStringList lines;
        lines << ImageViewer::tr("W %1  L %2").arg(QString::number(w.width, 'g', 5), QString::number(w.center, 'g', 5));
        if (viewer_->frameCount() > 1)
            lines << ImageViewer::tr("Frame %1 of %2").arg(viewer_->frame_ + 1).arg(viewer_->frameCount());
        lines << ImageViewer::tr("%1 x %2 px, zoom %3%").arg(image.width()).arg(image.height()).arg(qRound(zoom * 100));
        painter.setPen(QColor(235, 200, 80));
        const QFontMetrics metrics(font());
        int y = height() - 8 - metrics.descent();
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            painter.drawText(8, y, *it);
            y -= metrics.height();
        }
    }

    void resizeEvent(QResizeEvent*) override
    {
        if (fitted)
            fit();
    }

    void mousePressEvent(QMouseEvent* event) override
    {
        last_ = event->position();
        if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)
            mode_ = Mode::Window;
        else if (event->button() == Qt::LeftButton)
            mode_ = Mode::Pan;
        event->accept();
    }

    void mouseMoveEvent(QMouseEvent* event) override
    {
        const QPointF delta = event->position() - last_;
        last_ = event->position();
        if (mode_ == Mode::Window) {
            viewer_->dragWindow(qRound(delta.x()), qRound(delta.y()));
        } else if (mode_ == Mode::Pan) {
            center += delta;
            fitted = false;
            update();
        }
        event->accept();
    }

    void mouseReleaseEvent(QMouseEvent* event) override
    {
        mode_ = Mode::None;
        event->accept();
    }

    void mouseDoubleClickEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton)
            fit();
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_PageUp:
            viewer_->setCurrentFrame(viewer_->frame_ - 1);
            break;
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            viewer_->setCurrentFrame(viewer_->frame_ + 1);
            break;
        default:
            QWidget::keyPressEvent(event);
        }
    }

    void wheelEvent(QWheelEvent* event) override
    {
        if (viewer_->displayed_.isNull())
            return;
        const double factor = std::pow(1.0015, event->angleDelta().y());
        const double next = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
        const QPointF cursor = event->position();
        center = cursor - (cursor - center) * (next / zoom);  // the point under the cursor stays put
        zoom = next;
        fitted = false;
        update();
        event->accept();
    }

public:
    QString message;

private:
    enum class Mode { None, Window, Pan };
    ImageViewer* viewer_;
    Mode mode_ = Mode::None;
    QPointF last_;
};

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
    frame_ = 0;
    displayed_ = QImage();
    canvas_->message = message;
    frameSlider_->setVisible(false);
    frameLabel_->setVisible(false);
    presetsButton_->setEnabled(false);
    fitButton_->setEnabled(false);
    windowLabel_->clear();
    canvas_->update();
}

void ImageViewer::setImage(std::vector<ViewerFrame> frames, const ViewerWindow& initialWindow, bool monochrome1)
{
    frames_ = std::move(frames);
    if (frames_.empty()) {
        clear(tr("The file has no frames to show."));
        return;
    }
    monochrome1_ = monochrome1;
    frame_ = 0;
    valueMin_ = std::numeric_limits<double>::max();
    valueMax_ = std::numeric_limits<double>::lowest();
    for (const ViewerFrame& frame : frames_) {
        for (float v : frame.values) {
            if (std::isfinite(v)) {
                valueMin_ = std::min<double>(valueMin_, v);
                valueMax_ = std::max<double>(valueMax_, v);
            }
        }
    }
    if (valueMin_ > valueMax_)
        valueMin_ = valueMax_ = 0.0;
    step_ = std::max((valueMax_ - valueMin_) / 512.0, 1e-6);
    window_ = initialWindow;
    window_.width = std::max(window_.width, step_);

    const QSignalBlocker block(frameSlider_);
    frameSlider_->setRange(0, frameCount() - 1);
    frameSlider_->setValue(0);
    frameSlider_->setVisible(frameCount() > 1);
    frameLabel_->setVisible(frameCount() > 1);
    presetsButton_->setEnabled(true);
    fitButton_->setEnabled(true);
    rebuildPresetMenu();
    renderFrame();
    canvas_->fit();
    Q_EMIT windowChanged(window_.center, window_.width);
    Q_EMIT frameChanged(frame_);
}

void ImageViewer::setPresets(const QList<WindowPreset>& presets)
{
    presets_ = presets;
    rebuildPresetMenu();
}

const ViewerFrame* ImageViewer::shownFrame() const
{
    return frames_.empty() ? nullptr : &frames_[static_cast<size_t>(frame_)];
}

void ImageViewer::setCurrentFrame(int frame)
{
    if (frames_.empty())
        return;
    frame = std::clamp(frame, 0, frameCount() - 1);
    if (frame == frame_ && frameSlider_->value() == frame)
        return;
    frame_ = frame;
    {
        const QSignalBlocker block(frameSlider_);
        frameSlider_->setValue(frame);
    }
    renderFrame();
    Q_EMIT frameChanged(frame_);
}

void ImageViewer::setWindow(const ViewerWindow& window)
{
    window_.center = window.center;
    window_.width = std::max(window.width, step_);
    renderFrame();
    Q_EMIT windowChanged(window_.center, window_.width);
}

void ImageViewer::dragWindow(int dx, int dy)
{
    if (frames_.empty() || (dx == 0 && dy == 0))
        return;
    setWindow({window_.center + dy * step_, window_.width + dx * step_});
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
        QAction* action = menu->addAction(preset.name, this, [this, window] { setWindow(window); });
        action->setToolTip(tr("Width %1, level %2").arg(window.width).arg(window.center));
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
    for (int y = 0; y < frame->height; ++y) {
        uchar* line = image.scanLine(y);
        const float* source = frame->values.data() + static_cast<size_t>(y) * frame->width * channels;
        for (int x = 0; x < frame->width; ++x) {
            for (int c = 0; c < (colour ? 3 : 1); ++c) {
                const double v = std::clamp((source[x * channels + c] - low) * scale, 0.0, 255.0);
                const int byte = static_cast<int>(v + 0.5);
                line[x * (colour ? 3 : 1) + c] = static_cast<uchar>(monochrome1_ ? 255 - byte : byte);
            }
        }
    }
    displayed_ = image;
    if (frameCount() > 1)
        frameLabel_->setText(tr("Frame %1 of %2").arg(frame_ + 1).arg(frameCount()));
    canvas_->update();
}

void ImageViewer::updateWindowLabel()
{
    QString text = tr("Width %1, level %2").arg(QString::number(window_.width, 'g', 5),
                                                 QString::number(window_.center, 'g', 5));
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
