#pragma once
// ImageCanvas: ImageViewer's drawing surface. Draws the viewer's displayed image under zoom and
// pan, with the window and the frame in the corner, and turns mouse, wheel and keys into the
// viewer's window, frame, zoom and pan (ImageViewer.h lists the gestures). Private to ImageViewer.

#include <QPointF>
#include <QString>
#include <QWidget>

namespace medsynth::widgets {

class ImageViewer;

class ImageCanvas : public QWidget {
public:
    explicit ImageCanvas(ImageViewer* viewer);

    double zoom = 1.0;
    QPointF center;  // where the image centre is, in widget coordinates
    bool fitted = true;
    QString message;  // shown when there is no image

    void fit();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    enum class Mode { None, Window, Pan };
    void zoomAbout(QPointF cursor, double factor);

    ImageViewer* viewer_;
    Mode mode_ = Mode::None;
    QPointF last_;
    int wheelSteps_ = 0;  // angle delta not yet turned into a slice (touchpads send small steps)
};

}  // namespace medsynth::widgets
