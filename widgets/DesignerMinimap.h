#pragma once
// DesignerMinimap: a small overview of a large network in the corner of its DesignerView. It shows
// the view's own scene scaled to fit, with the part the view shows outlined; clicking or dragging
// in it moves the view there. It appears only while the network does not fit in the view (for
// small networks it would be clutter) and redraws at most about 30 times a second, so scrolling a
// 200-block network stays smooth. It never edits anything. GUI thread only.

#include <QGraphicsView>
#include <QTimer>

namespace medsynth::widgets {

class DesignerMinimap : public QGraphicsView {
    Q_OBJECT
public:
    // Watches view (its scene, scroll bars and zoom); a child of the view's viewport.
    explicit DesignerMinimap(QGraphicsView* view);

    // The outlined part of the scene: what the watched view shows.
    QRectF visibleSceneRect() const;

public Q_SLOTS:
    // Recomputes placement, visibility and scale (coalesced).
    void scheduleUpdate();

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateNow();
    void centreViewAt(QPoint minimapPos);
    QRectF itemsBounds() const;

    QGraphicsView* view_;
    QTimer timer_;
    bool dragging_ = false;
};

}  // namespace medsynth::widgets
