#include "SampleGridView.h"

#include "ImageBufferConversion.h"

#include <QPainter>
#include <QPalette>

namespace medsynth::widgets {

SampleGridView::SampleGridView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SampleGridView::setImageBuffer(const engine::ImageBuffer& buffer)
{
    setImage(imageBufferToQImage(buffer));
}

void SampleGridView::setImage(const QImage& image)
{
    image_ = image;
    if (!image_.isNull())
        ++updates_;
    update();
    Q_EMIT imageChanged();
}

void SampleGridView::clear()
{
    setImage(QImage());
    caption_.clear();
}

void SampleGridView::setPlaceholderText(const QString& text)
{
    placeholder_ = text;
    update();
}

void SampleGridView::setCaption(const QString& caption)
{
    caption_ = caption;
    update();
}

QSize SampleGridView::sizeHint() const
{
    return {320, 320};
}

QSize SampleGridView::minimumSizeHint() const
{
    return {120, 120};
}

void SampleGridView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // Dark surround, as medical image viewers use: grey levels read truer against it.
    painter.fillRect(rect(), QColor(32, 32, 36));
    const QRect area = rect().adjusted(6, 6, -6, caption_.isEmpty() ? -6 : -(fontMetrics().height() + 10));

    if (image_.isNull()) {
        painter.setPen(QColor(220, 220, 220));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    QSize target = image_.size().scaled(area.size(), Qt::KeepAspectRatio);
    const QRect box(area.x() + (area.width() - target.width()) / 2,
                    area.y() + (area.height() - target.height()) / 2, target.width(), target.height());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(box, image_);
    if (!caption_.isEmpty()) {
        painter.setPen(QColor(230, 230, 230));
        painter.drawText(QRect(0, box.bottom() + 4, width(), fontMetrics().height() + 4),
                         Qt::AlignHCenter | Qt::AlignTop, caption_);
    }
}

}  // namespace medsynth::widgets
