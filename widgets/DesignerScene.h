#pragma once
// DesignerScene: the editable drawing of one network of a GraphModel. It is a projection of the
// model: node and edge items are created, moved and destroyed only in slots reacting to the
// model's signals, and items hold nothing but ids. What the user does becomes one undo command
// pushed on the given QUndoStack: dragging boxes (one MoveNodesCommand per drag), dragging from
// an output port to an input port or back (ConnectCommand), deleting (RemoveNodesCommand or
// DisconnectCommand), dropping a block (AddNodeCommand) and pasting (PasteCommand). An edit the
// model refuses changes nothing; its message is emitted as editRefused for a status line.
// The model and the stack must outlive the scene. GUI thread only.

#include "GraphModel.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

class QGraphicsPathItem;
class QUndoStack;

namespace medsynth::widgets {

class DesignerEdgeItem;
class DesignerNodeItem;

class DesignerScene : public QGraphicsScene {
    Q_OBJECT
public:
    DesignerScene(GraphModel& model, QUndoStack& undoStack, QObject* parent = nullptr);
    ~DesignerScene() override;

    GraphModel& model() const { return model_; }
    QUndoStack& undoStack() const { return undoStack_; }
    int networkIndex() const { return networkIndex_; }
    // Shows another network of the model (-1 for none) and rebuilds every item.
    void setNetworkIndex(int networkIndex);

    // ---- Items (for views, tests and the page) -------------------------------------------------
    DesignerNodeItem* nodeItem(const QString& nodeId) const { return nodes_.value(nodeId); }
    // The edge feeding this input port, or nullptr.
    DesignerEdgeItem* edgeItem(const QString& toNode, const QString& toPort) const;
    QList<DesignerNodeItem*> nodeItems() const { return nodes_.values(); }
    QList<DesignerEdgeItem*> edgeItems() const { return edges_.values(); }
    QStringList selectedNodeIds() const;  // in document order
    // Selects exactly this node (an unknown id clears the selection).
    void selectNode(const QString& nodeId);

    // ---- User actions: each pushes one command; a refusal is returned and emitted ---------------
    EditResult addBlock(const QString& type, QPointF scenePos);  // scenePos: where the box's centre goes
    EditResult connectPorts(const engine::PortRef& from, const engine::PortRef& to);
    // Removes the selected nodes, or else disconnects the selected edges.
    EditResult deleteSelection();
    // Puts the selected nodes (and the edges between them) on the clipboard.
    void copySelection();
    // Pastes the clipboard's blocks shifted by an offset and selects them.
    EditResult paste();

Q_SIGNALS:
    void editRefused(const QString& message);
    // The single selected node, or an empty id when none or several are selected.
    void currentNodeChanged(const QString& nodeId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private Q_SLOTS:
    void rebuild();
    void onNodeAdded(int networkIndex, const QString& nodeId);
    void onNodeRemoved(int networkIndex, const QString& nodeId);
    void onNodeMoved(int networkIndex, const QString& nodeId, QPointF position);
    void onNodeParamsChanged(int networkIndex, const QString& nodeId);
    void onEdgeAdded(int networkIndex, const QString& fromNode, const QString& fromPort, const QString& toNode,
                     const QString& toPort);
    void onEdgeRemoved(int networkIndex, const QString& fromNode, const QString& fromPort, const QString& toNode,
                       const QString& toPort);
    void onShapesChanged(int networkIndex);
    void onSelectionChanged();

private:
    static QString edgeKey(const QString& toNode, const QString& toPort);
    void updateEdgesOf(const QString& nodeId);
    void updateEdgePath(DesignerEdgeItem* edge);
    EditResult refuseIfNeeded(const EditResult& result);
    DesignerNodeItem* nodeItemAt(QPointF scenePos) const;

    GraphModel& model_;
    QUndoStack& undoStack_;
    int networkIndex_ = 0;
    QHash<QString, DesignerNodeItem*> nodes_;
    QHash<QString, DesignerEdgeItem*> edges_;  // by input port, "node.port"
    QString currentNode_;

    // Mouse gestures in progress.
    enum class Gesture { None, PressedOnNode, MovingNodes, Wiring };
    Gesture gesture_ = Gesture::None;
    QPointF pressPos_;
    QPointF lastMovePos_;
    QPoint pressScreenPos_;
    quint64 dragId_ = 0;
    engine::PortRef wireFrom_;    // the port the wire starts at
    bool wireFromInput_ = false;  // wires may also be drawn from an input back to an output
    QGraphicsPathItem* wire_ = nullptr;
};

}  // namespace medsynth::widgets
