#pragma once
// DesignerView: the editable canvas of the network designer, a QGraphicsView over a DesignerScene
// it owns. It accepts blocks dropped from the BlockPalette (MIME type checked) and adds them at the
// drop position; Delete removes the selection, Ctrl+C and Ctrl+V copy and paste blocks, F fits the
// network in view, L arranges the blocks automatically, Ctrl + wheel zooms, and dragging with the middle button or with Space held
// pans. A minimap in the corner shows where the view is while the network does not fit. Every edit goes through the scene as one undo command on the given stack; the model and
// the stack must outlive the view. GUI thread only.

#include "GraphModel.h"

#include <QGraphicsView>

class QUndoStack;

namespace medsynth::widgets {

class DesignerMinimap;
class DesignerScene;

class DesignerView : public QGraphicsView {
    Q_OBJECT
public:
    DesignerView(GraphModel& model, QUndoStack& undoStack, QWidget* parent = nullptr);

    DesignerScene* designerScene() const { return scene_; }
    DesignerMinimap* minimap() const { return minimap_; }
    // Shows another network of the model (the generator is 0 in most documents).
    void setNetworkIndex(int networkIndex);
    int networkIndex() const;
    double zoom() const;

public Q_SLOTS:
    void zoomBy(double factor);
    // Fits every block in view (never magnifying past 100%).
    void fitNetwork();
    // The view a network opens with: readable boxes (at most 100%, at least 60%), its top in view.
    void showNetworkStart();
    // Selects the node and scrolls it into the centre of the view.
    void focusNode(const QString& nodeId);
    // Adds a block in the middle of what is visible (for BlockPalette::blockActivated).
    void addBlockAtCentre(const QString& blockType);
    // Lays the network out automatically (GraphLayout.h) as one undoable step, then fits it.
    void arrange();

Q_SIGNALS:
    // An edit the model refused (for a status line).
    void editRefused(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QRectF networkBounds() const;  // all blocks with a margin; empty without blocks

    DesignerScene* scene_ = nullptr;
    DesignerMinimap* minimap_ = nullptr;
    bool spaceHeld_ = false;
    bool startShown_ = false;  // showNetworkStart() ran at the view's real size
    bool panning_ = false;
    QPoint panLast_;
};

}  // namespace medsynth::widgets
