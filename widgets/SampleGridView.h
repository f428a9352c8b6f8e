#pragma once
// SampleGridView: shows one image (typically a training run's grid of generated samples) as large
// as the widget allows while keeping its aspect ratio, centred and smoothly scaled. Holds a copy
// of the image; shows a placeholder text while it has none. GUI thread only.

#include <cstddef>  // before ImageSet.h, which uses size_t
#include "medsynth/engine/ImageSet.h"

#include <QImage>
#include <QString>
#include <QWidget>

namespace medsynth::widgets {

class SampleGridView : public QWidget {
    Q_OBJECT
public:
    explicit SampleGridView(QWidget* parent = nullptr);

    void setImageBuffer(const engine::ImageBuffer& buffer);
    void setImage(const QImage& image);
    void clear();

    QImage image() const { return image_; }
    bool hasImage() const { return !image_.isNull(); }
    // How many images were shown since construction (for tests and diagnostics).
    int updateCount() const { return updates_; }

    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return placeholder_; }
    // A caption drawn under the image, e.g. "Step 400".
    void setCaption(const QString& caption);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void imageChanged();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage image_;
    QString placeholder_;
    QString caption_;
    int updates_ = 0;
};

}  // namespace medsynth::widgets
