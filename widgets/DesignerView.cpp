#include "DesignerView.h"

#include "BlockPalette.h"
#include "DesignerMinimap.h"
#include "DesignerNodeItem.h"
#include "DesignerScene.h"
#include "GraphCommands.h"
#include "GraphLayout.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <QTimer>

#include <algorithm>

namespace medsynth::widgets {

namespace {

constexpr double kMinZoom = 0.2;
constexpr double kMaxZoom = 3.0;

}  // namespace

DesignerView::DesignerView(GraphModel& model, QUndoStack& undoStack, QWidget* parent)
    : QGraphicsView(parent)
    , scene_(new DesignerScene(model, undoStack, this))
{
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);  // a resized window keeps what was in the middle
    connect(scene_, &DesignerScene::editRefused, this, &DesignerView::editRefused);
    minimap_ = new DesignerMinimap(this);
    centerOn(0, 0);
}

void DesignerView::setNetworkIndex(int networkIndex)
{
    scene_->setNetworkIndex(networkIndex);
    startShown_ = isVisible();
    showNetworkStart();
}

void DesignerView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    // Before the first show the viewport has no real size yet, so fitting then would be wrong.
    if (!startShown_) {
        startShown_ = true;
        QTimer::singleShot(0, this, &DesignerView::showNetworkStart);  // after the layout settles
    }
}

QRectF DesignerView::networkBounds() const
{
    QRectF bounds;
    for (DesignerNodeItem* item : scene_->nodeItems())
        bounds |= item->sceneBoundingRect();
    return bounds.isEmpty() ? bounds : bounds.adjusted(-30, -30, 30, 30);
}

void DesignerView::showNetworkStart()
{
    const QRectF bounds = networkBounds();
    if (bounds.isEmpty()) {
        centerOn(0, 0);
        return;
    }
    resetTransform();
    const QSizeF viewport = maximumViewportSize();
    const double fit = std::min(viewport.width() / bounds.width(), viewport.height() / bounds.height());
    const double z = std::clamp(fit, 0.6, 1.0);
    scale(z, z);
    centerOn(bounds.center().x(), bounds.top() + viewport.height() / (2.0 * z));
}

int DesignerView::networkIndex() const { return scene_->networkIndex(); }

double DesignerView::zoom() const { return transform().m11(); }

void DesignerView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double step = next / zoom();
    scale(step, step);
}

void DesignerView::fitNetwork()
{
    const QRectF bounds = networkBounds();
    if (bounds.isEmpty()) {
        centerOn(0, 0);
        return;
    }
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0) {  // a small network stays at its natural size
        resetTransform();
        centerOn(bounds.center());
    } else if (zoom() < kMinZoom) {
        zoomBy(1.0);
        centerOn(bounds.center());
    }
}

void DesignerView::focusNode(const QString& nodeId)
{
    DesignerNodeItem* item = scene_->nodeItem(nodeId);
    if (!item)
        return;
    scene_->selectNode(nodeId);
    centerOn(item);
    setFocus();
}

void DesignerView::addBlockAtCentre(const QString& blockType)
{
    scene_->addBlock(blockType, mapToScene(viewport()->rect().center()));
    setFocus();
}

void DesignerView::arrange()
{
    GraphModel& model = scene_->model();
    if (!model.hasNetwork(networkIndex()) || scene_->nodeItems().isEmpty())
        return;
    const QHash<QString, QPointF> positions =
        layeredLayout(model.network(networkIndex()), [this](const QString& id) {
            const DesignerNodeItem* item = scene_->nodeItem(id);
            return item ? item->boxSize() : QSizeF(200, 60);
        });
    const EditResult result = pushGraphCommand(
        scene_->undoStack(), new MoveNodesCommand(model, networkIndex(), positions, tr("Arrange blocks")));
    if (!result)
        Q_EMIT editRefused(result.error);
    fitNetwork();
}

// ---- Dropping blocks from the palette --------------------------------------------------------------

void DesignerView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(BlockPalette::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignerView::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(BlockPalette::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignerView::dragLeaveEvent(QDragLeaveEvent* event) { event->accept(); }

void DesignerView::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(BlockPalette::mimeType())) {
        event->ignore();
        return;
    }
    const QString type = QString::fromUtf8(event->mimeData()->data(BlockPalette::mimeType()));
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (scene_->addBlock(type, scenePos).ok)
        event->acceptProposedAction();
    else
        event->ignore();
    setFocus();
}

// ---- Keyboard ---------------------------------------------------------------------------------------

void DesignerView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        scene_->deleteSelection();
    } else if (event->matches(QKeySequence::Copy)) {
        scene_->copySelection();
    } else if (event->matches(QKeySequence::Paste)) {
        scene_->paste();
    } else if (event->key() == Qt::Key_F && event->modifiers() == Qt::NoModifier) {
        fitNetwork();
    } else if (event->key() == Qt::Key_L && event->modifiers() == Qt::NoModifier) {
        arrange();
    } else if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DesignerView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        if (!panning_)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

// ---- Panning and zooming ---------------------------------------------------------------------------

void DesignerView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)) {
        panning_ = true;
        panLast_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignerView::mouseMoveEvent(QMouseEvent* event)
{
    if (panning_) {
        const QPoint delta = event->position().toPoint() - panLast_;
        panLast_ = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignerView::mouseReleaseEvent(QMouseEvent* event)
{
    if (panning_) {
        panning_ = false;
        if (spaceHeld_)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignerView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1.0 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

}  // namespace medsynth::widgets
