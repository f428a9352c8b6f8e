#include "ImageCanvas.h"

#include "ImageViewer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace medsynth::widgets {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 64.0;
constexpr int kWheelNotch = 120;  // QWheelEvent::angleDelta of one notch of a mouse wheel

}  // namespace

ImageCanvas::ImageCanvas(ImageViewer* viewer)
    : QWidget(viewer)
    , viewer_(viewer)
{
    setObjectName(QStringLiteral("imageCanvas"));
    setMinimumSize(160, 120);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(ImageViewer::tr("Right or middle drag: window (left/right) and level (up/down). Left drag: pan. "
                               "Double click: fit.\nWheel, Up/Down, PageUp/PageDown: previous/next slice or frame "
                               "(Home/End: first/last). Ctrl + wheel: zoom (the wheel alone for a single image)."));
}

void ImageCanvas::fit()
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

void ImageCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(12, 12, 14));
    const QImage& image = viewer_->displayed_;
    if (image.isNull()) {
        painter.setPen(QColor(170, 170, 170));
        QString text = message;
        if (viewer_->frameCount() > 1)
            text = viewer_->frameText() + QLatin1Char('\n') + text;
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    const QSizeF size(image.width() * zoom, image.height() * zoom);
    const QRectF target(center - QPointF(size.width() / 2.0, size.height() / 2.0), size);
    // Nearest neighbour when magnified, so single pixels stay visible as squares.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom < 1.0);
    painter.drawImage(target, image);

    const ViewerWindow w = viewer_->window_;
    QStringList lines;
    if (viewer_->showsLut())
        lines << ImageViewer::tr("VOI LUT of the file");
    else
        lines << ImageViewer::tr("W %1  L %2").arg(QString::number(w.width, 'g', 5), QString::number(w.center, 'g', 5));
    if (viewer_->frameCount() > 1)
        lines << viewer_->frameText();
    lines << ImageViewer::tr("%1 x %2 px, zoom %3%").arg(image.width()).arg(image.height()).arg(qRound(zoom * 100));
    painter.setPen(QColor(235, 200, 80));
    const QFontMetrics metrics(font());
    int y = height() - 8 - metrics.descent();
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        painter.drawText(8, y, *it);
        y -= metrics.height();
    }
}

void ImageCanvas::resizeEvent(QResizeEvent*)
{
    if (fitted)
        fit();
}

void ImageCanvas::mousePressEvent(QMouseEvent* event)
{
    last_ = event->position();
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)
        mode_ = Mode::Window;
    else if (event->button() == Qt::LeftButton)
        mode_ = Mode::Pan;
    event->accept();
}

void ImageCanvas::mouseMoveEvent(QMouseEvent* event)
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

void ImageCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    mode_ = Mode::None;
    event->accept();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        fit();
}

void ImageCanvas::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        viewer_->stepFrames(-1);
        break;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        viewer_->stepFrames(1);
        break;
    case Qt::Key_Home:
        viewer_->setCurrentFrame(0);
        break;
    case Qt::Key_End:
        viewer_->setCurrentFrame(viewer_->frameCount() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

// Radiology viewers move through slices with the wheel and zoom with a modifier; a single image
// has nothing to move through, so there the wheel zooms.
void ImageCanvas::wheelEvent(QWheelEvent* event)
{
    event->accept();
    if (viewer_->displayed_.isNull() && viewer_->frameCount() <= 1)
        return;
    const int delta = event->angleDelta().y();
    if ((event->modifiers() & Qt::ControlModifier) || viewer_->frameCount() <= 1) {
        if (!viewer_->displayed_.isNull())
            zoomAbout(event->position(), std::pow(1.0015, delta));
        return;
    }
    wheelSteps_ += delta;
    const int slices = wheelSteps_ / kWheelNotch;
    wheelSteps_ -= slices * kWheelNotch;
    if (slices != 0)
        viewer_->stepFrames(-slices);  // the wheel turned down (negative) moves to the next slice
}

void ImageCanvas::zoomAbout(QPointF cursor, double factor)
{
    const double next = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
    center = cursor - (cursor - center) * (next / zoom);  // the point under the cursor stays put
    zoom = next;
    fitted = false;
    update();
}

}  // namespace medsynth::widgets
