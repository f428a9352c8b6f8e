#include "DesignerMinimap.h"

#include <QEvent>
#include <QGraphicsItem>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace medsynth::widgets {

namespace {

constexpr int kMaxSide = 180;    // pixels, the longer side of the minimap
constexpr int kMargin = 10;      // from the view's corner
constexpr int kRedrawMs = 33;    // at most about 30 updates a second
constexpr int kMinViewWidth = 320;   // smaller views show no minimap
constexpr int kMinViewHeight = 240;

}  // namespace

DesignerMinimap::DesignerMinimap(QGraphicsView* view)
    : QGraphicsView(view->scene(), view->viewport())
    , view_(view)
{
    setObjectName(QStringLiteral("designerMinimap"));
    setInteractive(false);  // the minimap never selects or moves blocks
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::Box);
    setRenderHints(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview of the whole network: click or drag to move the view."));
    setBackgroundBrush(palette().color(QPalette::Base));
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    hide();

    timer_.setSingleShot(true);
    timer_.setInterval(kRedrawMs);
    connect(&timer_, &QTimer::timeout, this, &DesignerMinimap::updateNow);
    connect(view_->horizontalScrollBar(), &QScrollBar::valueChanged, this, &DesignerMinimap::scheduleUpdate);
    connect(view_->verticalScrollBar(), &QScrollBar::valueChanged, this, &DesignerMinimap::scheduleUpdate);
    connect(view_->scene(), &QGraphicsScene::changed, this, &DesignerMinimap::scheduleUpdate);
    view_->viewport()->installEventFilter(this);
    scheduleUpdate();
}

void DesignerMinimap::scheduleUpdate()
{
    if (!timer_.isActive())
        timer_.start();
}

QRectF DesignerMinimap::visibleSceneRect() const
{
    return view_->mapToScene(view_->viewport()->rect()).boundingRect();
}

QRectF DesignerMinimap::itemsBounds() const
{
    QRectF bounds;
    for (QGraphicsItem* item : scene()->items())
        if (!item->parentItem())
            bounds |= item->sceneBoundingRect();
    return bounds;
}

void DesignerMinimap::updateNow()
{
    const QRectF bounds = itemsBounds();
    const QRectF visible = visibleSceneRect();
    // Shown only when part of the network is out of view, and the view is large enough that the
    // overview does not hide what it is an overview of.
    const QRect parentRect = view_->viewport()->rect();
    const bool roomy = parentRect.width() >= kMinViewWidth && parentRect.height() >= kMinViewHeight;
    const bool needed = roomy && !bounds.isEmpty() && !visible.contains(bounds.adjusted(10, 10, -10, -10));
    if (!needed) {
        hide();
        return;
    }
    const QRectF area = bounds | visible;
    const double aspect = area.width() / std::max(1.0, area.height());
    const int side = std::clamp(std::min(parentRect.width(), parentRect.height()) / 3, 70, kMaxSide);
    const QSize size = aspect >= 1.0 ? QSize(side, std::max(30, static_cast<int>(side / aspect)))
                                     : QSize(std::max(30, static_cast<int>(side * aspect)), side);
    setGeometry(parentRect.right() - size.width() - kMargin, parentRect.bottom() - size.height() - kMargin,
                size.width(), size.height());
    setSceneRect(area);
    fitInView(area, Qt::KeepAspectRatio);
    show();
    raise();
    viewport()->update();
}

void DesignerMinimap::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    painter->setBrush(fill);
    painter->setPen(QPen(palette().color(QPalette::Highlight), 0));  // cosmetic: one pixel at any scale
    painter->drawRect(visibleSceneRect());
}

void DesignerMinimap::centreViewAt(QPoint minimapPos)
{
    view_->centerOn(mapToScene(minimapPos));
}

void DesignerMinimap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    dragging_ = true;
    centreViewAt(event->position().toPoint());
    event->accept();
}

void DesignerMinimap::mouseMoveEvent(QMouseEvent* event)
{
    if (dragging_)
        centreViewAt(event->position().toPoint());
    event->accept();
}

void DesignerMinimap::mouseReleaseEvent(QMouseEvent* event)
{
    dragging_ = false;
    event->accept();
}

void DesignerMinimap::wheelEvent(QWheelEvent* event) { event->accept(); }  // no zooming of the overview

bool DesignerMinimap::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        scheduleUpdate();
    return QGraphicsView::eventFilter(watched, event);
}

}  // namespace medsynth::widgets
