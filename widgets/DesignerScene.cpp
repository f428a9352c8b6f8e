#include "DesignerScene.h"

#include "DesignerEdgeItem.h"
#include "DesignerNodeItem.h"
#include "GraphCommands.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPen>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace medsynth::widgets {

namespace {

// Where a dropped box goes relative to the drop point: centred horizontally, title under the cursor.
const QPointF kDropOffset(100.0, 24.0);
const QPointF kPasteOffset(40.0, 40.0);

quint64 nextDragId()
{
    static quint64 counter = 0;
    return ++counter;
}

}  // namespace

DesignerScene::DesignerScene(GraphModel& model, QUndoStack& undoStack, QObject* parent)
    : QGraphicsScene(parent)
    , model_(model)
    , undoStack_(undoStack)
{
    // A generous fixed canvas, so there is room to drop blocks around the network and to pan.
    setSceneRect(-4000, -4000, 8000, 8000);
    setBackgroundBrush(QColor(250, 250, 252));
    connect(&model_, &GraphModel::documentReset, this, &DesignerScene::rebuild);
    connect(&model_, &GraphModel::nodeAdded, this, &DesignerScene::onNodeAdded);
    connect(&model_, &GraphModel::nodeRemoved, this, &DesignerScene::onNodeRemoved);
    connect(&model_, &GraphModel::nodeMoved, this, &DesignerScene::onNodeMoved);
    connect(&model_, &GraphModel::nodeParamsChanged, this, &DesignerScene::onNodeParamsChanged);
    connect(&model_, &GraphModel::edgeAdded, this, &DesignerScene::onEdgeAdded);
    connect(&model_, &GraphModel::edgeRemoved, this, &DesignerScene::onEdgeRemoved);
    connect(&model_, &GraphModel::shapesChanged, this, &DesignerScene::onShapesChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignerScene::onSelectionChanged);
    rebuild();
}

DesignerScene::~DesignerScene()
{
    // QGraphicsScene's destructor deletes the items and reports the lost selection; by then this
    // class's members are gone, so the items go first and quietly.
    blockSignals(true);
    wire_ = nullptr;
    clear();
}

void DesignerScene::setNetworkIndex(int networkIndex)
{
    networkIndex_ = networkIndex;
    rebuild();
}

QString DesignerScene::edgeKey(const QString& toNode, const QString& toPort)
{
    return toNode + QLatin1Char('.') + toPort;
}

DesignerEdgeItem* DesignerScene::edgeItem(const QString& toNode, const QString& toPort) const
{
    return edges_.value(edgeKey(toNode, toPort));
}

QStringList DesignerScene::selectedNodeIds() const
{
    QStringList ids;
    if (!model_.hasNetwork(networkIndex_))
        return ids;
    for (const engine::GraphNode& node : model_.network(networkIndex_).nodes) {
        const QString id = QString::fromStdString(node.id);
        if (DesignerNodeItem* item = nodes_.value(id); item && item->isSelected())
            ids << id;
    }
    return ids;
}

void DesignerScene::selectNode(const QString& nodeId)
{
    clearSelection();
    if (DesignerNodeItem* item = nodes_.value(nodeId))
        item->setSelected(true);
}

// ---- Projection of the model ----------------------------------------------------------------

void DesignerScene::rebuild()
{
    gesture_ = Gesture::None;
    wire_ = nullptr;  // clear() deletes it
    nodes_.clear();
    edges_.clear();
    clear();
    if (!model_.hasNetwork(networkIndex_)) {
        onSelectionChanged();
        return;
    }
    const engine::GraphNetwork& network = model_.network(networkIndex_);
    for (const engine::GraphNode& node : network.nodes)
        onNodeAdded(networkIndex_, QString::fromStdString(node.id));
    for (const engine::GraphEdge& edge : network.edges) {
        onEdgeAdded(networkIndex_, QString::fromStdString(edge.from.node), QString::fromStdString(edge.from.port),
                    QString::fromStdString(edge.to.node), QString::fromStdString(edge.to.port));
    }
    onSelectionChanged();
}

void DesignerScene::onNodeAdded(int networkIndex, const QString& nodeId)
{
    if (networkIndex != networkIndex_ || nodes_.contains(nodeId))
        return;
    const engine::GraphNode* node = model_.node(networkIndex, nodeId);
    if (!node)
        return;
    auto* item = new DesignerNodeItem(model_, networkIndex, nodeId);
    item->setPos(node->x, node->y);
    addItem(item);
    nodes_.insert(nodeId, item);
}

void DesignerScene::onNodeRemoved(int networkIndex, const QString& nodeId)
{
    if (networkIndex != networkIndex_)
        return;
    delete nodes_.take(nodeId);
}

void DesignerScene::onNodeMoved(int networkIndex, const QString& nodeId, QPointF position)
{
    if (networkIndex != networkIndex_)
        return;
    if (DesignerNodeItem* item = nodes_.value(nodeId)) {
        item->setPos(position);
        updateEdgesOf(nodeId);
    }
}

void DesignerScene::onNodeParamsChanged(int networkIndex, const QString& nodeId)
{
    if (networkIndex != networkIndex_)
        return;
    if (DesignerNodeItem* item = nodes_.value(nodeId)) {
        item->refresh();  // the box may grow or shrink, so its output ports move
        updateEdgesOf(nodeId);
    }
}

void DesignerScene::onEdgeAdded(int networkIndex, const QString& fromNode, const QString& fromPort,
                                const QString& toNode, const QString& toPort)
{
    if (networkIndex != networkIndex_)
        return;
    const QString key = edgeKey(toNode, toPort);
    delete edges_.take(key);
    auto* item = new DesignerEdgeItem(model_, networkIndex, {fromNode.toStdString(), fromPort.toStdString()},
                                      {toNode.toStdString(), toPort.toStdString()});
    addItem(item);
    edges_.insert(key, item);
    updateEdgePath(item);
}

void DesignerScene::onEdgeRemoved(int networkIndex, const QString&, const QString&, const QString& toNode,
                                  const QString& toPort)
{
    if (networkIndex != networkIndex_)
        return;
    delete edges_.take(edgeKey(toNode, toPort));
}

void DesignerScene::onShapesChanged(int networkIndex)
{
    if (networkIndex != networkIndex_)
        return;
    for (DesignerNodeItem* item : std::as_const(nodes_))
        item->refresh();
    for (DesignerEdgeItem* item : std::as_const(edges_)) {
        item->refresh();
        updateEdgePath(item);
    }
}

void DesignerScene::onSelectionChanged()
{
    const QStringList selected = selectedNodeIds();
    const QString current = selected.size() == 1 ? selected.first() : QString();
    if (current != currentNode_) {
        currentNode_ = current;
        Q_EMIT currentNodeChanged(current);
    }
}

void DesignerScene::updateEdgesOf(const QString& nodeId)
{
    const std::string id = nodeId.toStdString();
    for (DesignerEdgeItem* item : std::as_const(edges_))
        if (item->from().node == id || item->to().node == id)
            updateEdgePath(item);
}

void DesignerScene::updateEdgePath(DesignerEdgeItem* edge)
{
    DesignerNodeItem* from = nodes_.value(QString::fromStdString(edge->from().node));
    DesignerNodeItem* to = nodes_.value(QString::fromStdString(edge->to().node));
    if (!from || !to)
        return;
    edge->updatePath(from->outputPortPos(QString::fromStdString(edge->from().port)),
                     to->inputPortPos(QString::fromStdString(edge->to().port)));
}

// ---- User actions -------------------------------------------------------------------------------

EditResult DesignerScene::refuseIfNeeded(const EditResult& result)
{
    if (!result.ok)
        Q_EMIT editRefused(result.error);
    return result;
}

EditResult DesignerScene::addBlock(const QString& type, QPointF scenePos)
{
    if (!model_.hasNetwork(networkIndex_))
        return refuseIfNeeded(EditResult::refused(tr("There is no network to add the block to.")));
    auto* command = new AddNodeCommand(model_, networkIndex_, type, scenePos - kDropOffset);
    const QString id = command->nodeId();
    const EditResult result = refuseIfNeeded(pushGraphCommand(undoStack_, command));
    if (result.ok)
        selectNode(id);
    return result;
}

EditResult DesignerScene::connectPorts(const engine::PortRef& from, const engine::PortRef& to)
{
    return refuseIfNeeded(pushGraphCommand(undoStack_, new ConnectCommand(model_, networkIndex_, from, to)));
}

EditResult DesignerScene::deleteSelection()
{
    const QStringList nodeIds = selectedNodeIds();
    if (!nodeIds.isEmpty())
        return refuseIfNeeded(pushGraphCommand(undoStack_, new RemoveNodesCommand(model_, networkIndex_, nodeIds)));

    std::vector<engine::PortRef> inputs;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == DesignerEdgeItem::Type)
            inputs.push_back(static_cast<DesignerEdgeItem*>(item)->to());
    if (inputs.empty())
        return EditResult::accepted();
    if (inputs.size() == 1)
        return refuseIfNeeded(pushGraphCommand(undoStack_, new DisconnectCommand(model_, networkIndex_, inputs.front())));
    // Several edges are still one user action, so one undo step.
    undoStack_.beginMacro(tr("Disconnect %n connection(s)", "", static_cast<int>(inputs.size())));
    EditResult result;
    for (const engine::PortRef& input : inputs) {
        const EditResult one = pushGraphCommand(undoStack_, new DisconnectCommand(model_, networkIndex_, input));
        if (!one.ok)
            result = one;
    }
    undoStack_.endMacro();
    return refuseIfNeeded(result);
}

void DesignerScene::copySelection()
{
    const QStringList nodeIds = selectedNodeIds();
    if (nodeIds.isEmpty())
        return;
    auto* mime = new QMimeData;
    mime->setData(GraphModel::clipboardMimeType(), model_.copySelection(networkIndex_, nodeIds));
    QApplication::clipboard()->setMimeData(mime);
}

EditResult DesignerScene::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(GraphModel::clipboardMimeType()))
        return refuseIfNeeded(EditResult::refused(tr("The clipboard holds no blocks to paste.")));
    auto* command = new PasteCommand(model_, networkIndex_, mime->data(GraphModel::clipboardMimeType()), kPasteOffset);
    const QStringList pasted = command->pastedNodeIds();
    const EditResult result = refuseIfNeeded(pushGraphCommand(undoStack_, command));
    if (result.ok) {
        clearSelection();
        for (const QString& id : pasted)
            if (DesignerNodeItem* item = nodes_.value(id))
                item->setSelected(true);
    }
    return result;
}

// ---- Mouse gestures ---------------------------------------------------------------------------

DesignerNodeItem* DesignerScene::nodeItemAt(QPointF scenePos) const
{
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == DesignerNodeItem::Type)
            return static_cast<DesignerNodeItem*>(item);
    return nullptr;
}

void DesignerScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    gesture_ = Gesture::None;
    if (event->button() == Qt::LeftButton) {
        if (DesignerNodeItem* node = nodeItemAt(event->scenePos())) {
            const QString output = node->outputPortAt(event->scenePos());
            const QString input = output.isEmpty() ? node->inputPortAt(event->scenePos()) : QString();
            if (!output.isEmpty() || !input.isEmpty()) {
                // Dragging from a port draws a wire; the selection stays as it is.
                gesture_ = Gesture::Wiring;
                wireFromInput_ = output.isEmpty();
                const QString port = wireFromInput_ ? input : output;
                wireFrom_ = {node->nodeId().toStdString(), port.toStdString()};
                wire_ = new QGraphicsPathItem;
                wire_->setPen(QPen(QColor(30, 110, 220), 2.0, Qt::DashLine));
                wire_->setZValue(2.0);
                addItem(wire_);
                pressPos_ = wireFromInput_ ? node->inputPortPos(port) : node->outputPortPos(port);
                event->accept();
                return;
            }
            QGraphicsScene::mousePressEvent(event);  // selection, as Qt does it
            if (node->isSelected()) {
                gesture_ = Gesture::PressedOnNode;
                pressPos_ = lastMovePos_ = event->scenePos();
                pressScreenPos_ = event->screenPos();
            }
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void DesignerScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (gesture_ == Gesture::Wiring && wire_) {
        // Drawn from the output end, so the curve bends the same way as the edge it becomes.
        const QPointF start = wireFromInput_ ? event->scenePos() : pressPos_;
        const QPointF end = wireFromInput_ ? pressPos_ : event->scenePos();
        const double bend = std::max(30.0, std::abs(end.y() - start.y()) / 2);
        QPainterPath path(start);
        path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end);
        wire_->setPath(path);
        event->accept();
        return;
    }
    if (gesture_ == Gesture::PressedOnNode
        && (event->screenPos() - pressScreenPos_).manhattanLength() >= QApplication::startDragDistance()) {
        gesture_ = Gesture::MovingNodes;
        dragId_ = nextDragId();
    }
    if (gesture_ == Gesture::MovingNodes) {
        const QPointF delta = event->scenePos() - lastMovePos_;
        const QStringList ids = selectedNodeIds();
        if (!ids.isEmpty() && !delta.isNull()) {
            // Many small moves with one dragId merge into a single undo step.
            refuseIfNeeded(pushGraphCommand(undoStack_, new MoveNodesCommand(model_, networkIndex_, ids, delta, dragId_)));
            lastMovePos_ = event->scenePos();
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignerScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (gesture_ == Gesture::Wiring) {
        gesture_ = Gesture::None;
        delete wire_;
        wire_ = nullptr;
        if (DesignerNodeItem* node = nodeItemAt(event->scenePos())) {
            const QString port = wireFromInput_ ? node->outputPortAt(event->scenePos()) : node->inputPortAt(event->scenePos());
            const engine::PortRef target{node->nodeId().toStdString(), port.toStdString()};
            if (!port.isEmpty())
                connectPorts(wireFromInput_ ? target : wireFrom_, wireFromInput_ ? wireFrom_ : target);
        }
        event->accept();
        return;
    }
    gesture_ = Gesture::None;
    QGraphicsScene::mouseReleaseEvent(event);
}

}  // namespace medsynth::widgets
