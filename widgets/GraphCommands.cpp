#include "GraphCommands.h"

#include "medsynth/engine/LayerCatalog.h"

#include <QSet>
#include <QUndoStack>
#include <QtDebug>

#include <algorithm>
#include <map>

namespace medsynth::widgets {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// check() ran before push, so a refusal here means a caller bypassed pushGraphCommand or changed
// the model behind the stack's back; say so rather than fail silently.
void expectAccepted(const EditResult& result)
{
    if (!result.ok)
        qWarning("Graph undo command could not be applied: %s", qPrintable(result.error));
}

QString portText(const engine::PortRef& port) { return q(port.node) + QLatin1Char('.') + q(port.port); }

}  // namespace

GraphCommand::GraphCommand(GraphModel& model, int networkIndex) : model_(model), networkIndex_(networkIndex) {}

EditResult pushGraphCommand(QUndoStack& stack, GraphCommand* command)
{
    const EditResult result = command->check();
    if (!result) {
        delete command;  // never handed to the stack, so its redo history survives
        return result;
    }
    stack.push(command);
    return result;
}

// ---- AddNodeCommand ------------------------------------------------------------------------------

AddNodeCommand::AddNodeCommand(GraphModel& model, int networkIndex, const QString& type, QPointF position,
                               const nlohmann::json& params)
    : GraphCommand(model, networkIndex)
{
    node_.id = model.freshNodeId(networkIndex, type).toStdString();
    node_.type = type.toStdString();
    node_.params = params;
    node_.x = position.x();
    node_.y = position.y();
    const engine::BlockSpec* spec = engine::LayerCatalog::instance().find(node_.type);
    setText(tr("Add %1").arg(spec ? q(spec->title) : type));
}

EditResult AddNodeCommand::check() const { return model_.checkNewNode(networkIndex_, node_); }

void AddNodeCommand::redo() { expectAccepted(model_.insertNode(networkIndex_, -1, node_)); }

void AddNodeCommand::undo() { expectAccepted(model_.removeNode(networkIndex_, nodeId())); }

// ---- RemoveNodesCommand --------------------------------------------------------------------------

RemoveNodesCommand::RemoveNodesCommand(GraphModel& model, int networkIndex, const QStringList& nodeIds)
    : GraphCommand(model, networkIndex)
{
    QSet<QString> selected;
    for (const QString& id : nodeIds) {
        const int index = model.nodeIndex(networkIndex, id);
        if (index < 0)
            missing_.append(id);
        else if (!selected.contains(id)) {
            selected.insert(id);
            nodes_.emplace_back(index, model.network(networkIndex).nodes[static_cast<size_t>(index)]);
        }
    }
    std::sort(nodes_.begin(), nodes_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (model.hasNetwork(networkIndex)) {
        const auto& edges = model.network(networkIndex).edges;
        for (size_t i = 0; i < edges.size(); ++i)
            if (selected.contains(q(edges[i].from.node)) || selected.contains(q(edges[i].to.node)))
                edges_.emplace_back(static_cast<int>(i), edges[i]);
    }
    setText(tr("Delete %n block(s)", "", static_cast<int>(nodes_.size())));
}

EditResult RemoveNodesCommand::check() const
{
    if (!model_.hasNetwork(networkIndex_))
        return EditResult::refused(tr("The graph has no network number %1.").arg(networkIndex_ + 1));
    if (!missing_.isEmpty())
        return EditResult::refused(tr("There is no block named '%1'.").arg(missing_.first()));
    if (nodes_.empty())
        return EditResult::refused(tr("No blocks are selected."));
    return EditResult::accepted();
}

void RemoveNodesCommand::redo()
{
    GraphModel::Batch batch(model_);
    // Edges first and from the back, so the indexes kept for undo stay meaningful.
    for (auto it = edges_.rbegin(); it != edges_.rend(); ++it)
        expectAccepted(model_.removeEdge(networkIndex_, it->second.to));
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it)
        expectAccepted(model_.removeNode(networkIndex_, q(it->second.id)));
}

void RemoveNodesCommand::undo()
{
    GraphModel::Batch batch(model_);
    // Ascending insertion puts every node and edge back at its old index.
    for (const auto& [index, node] : nodes_)
        expectAccepted(model_.insertNode(networkIndex_, index, node));
    for (const auto& [index, edge] : edges_)
        expectAccepted(model_.insertEdge(networkIndex_, index, edge));
}

// ---- MoveNodesCommand ----------------------------------------------------------------------------

MoveNodesCommand::MoveNodesCommand(GraphModel& model, int networkIndex, const QStringList& nodeIds, QPointF delta,
                                   quint64 dragId)
    : GraphCommand(model, networkIndex), dragId_(dragId)
{
    for (const QString& id : nodeIds) {
        const engine::GraphNode* node = model.node(networkIndex, id);
        if (!node) {
            missing_.append(id);
            continue;
        }
        if (nodeIds_.contains(id))
            continue;
        nodeIds_.append(id);
        oldPositions_.emplace_back(node->x, node->y);
        newPositions_.push_back(oldPositions_.back() + delta);
    }
    setText(tr("Move %n block(s)", "", static_cast<int>(nodeIds_.size())));
}

MoveNodesCommand::MoveNodesCommand(GraphModel& model, int networkIndex, const QHash<QString, QPointF>& positions,
                                   const QString& text)
    : GraphCommand(model, networkIndex), mergeable_(false)
{
    if (model.hasNetwork(networkIndex))
        for (const engine::GraphNode& node : model.network(networkIndex).nodes) {  // document order
            const auto target = positions.constFind(QString::fromStdString(node.id));
            if (target == positions.constEnd())
                continue;
            nodeIds_.append(QString::fromStdString(node.id));
            oldPositions_.emplace_back(node.x, node.y);
            newPositions_.push_back(*target);
        }
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        if (!nodeIds_.contains(it.key()))
            missing_.append(it.key());
    setText(text);
}

EditResult MoveNodesCommand::check() const
{
    if (!missing_.isEmpty())
        return EditResult::refused(tr("There is no block named '%1'.").arg(missing_.first()));
    if (nodeIds_.isEmpty())
        return EditResult::refused(tr("No blocks are selected."));
    return EditResult::accepted();
}

void MoveNodesCommand::redo()
{
    for (int i = 0; i < nodeIds_.size(); ++i)
        expectAccepted(model_.moveNode(networkIndex_, nodeIds_[i], newPositions_[static_cast<size_t>(i)]));
}

void MoveNodesCommand::undo()
{
    for (int i = 0; i < nodeIds_.size(); ++i)
        expectAccepted(model_.moveNode(networkIndex_, nodeIds_[i], oldPositions_[static_cast<size_t>(i)]));
}

bool MoveNodesCommand::mergeWith(const QUndoCommand* other)
{
    const auto* move = dynamic_cast<const MoveNodesCommand*>(other);
    if (!move || !mergeable_ || !move->mergeable_ || move->networkIndex_ != networkIndex_ || move->dragId_ != dragId_ ||
        move->nodeIds_ != nodeIds_)
        return false;
    newPositions_ = move->newPositions_;  // our old positions stay: the start of the drag
    return true;
}

// ---- ConnectCommand ------------------------------------------------------------------------------

ConnectCommand::ConnectCommand(GraphModel& model, int networkIndex, const engine::PortRef& from,
                               const engine::PortRef& to)
    : GraphCommand(model, networkIndex), edge_{from, to}
{
    setText(tr("Connect %1 to %2").arg(portText(from), portText(to)));
}

EditResult ConnectCommand::check() const { return model_.checkNewEdge(networkIndex_, edge_); }

void ConnectCommand::redo() { expectAccepted(model_.insertEdge(networkIndex_, -1, edge_)); }

void ConnectCommand::undo() { expectAccepted(model_.removeEdge(networkIndex_, edge_.to)); }

// ---- DisconnectCommand ---------------------------------------------------------------------------

DisconnectCommand::DisconnectCommand(GraphModel& model, int networkIndex, const engine::PortRef& input)
    : GraphCommand(model, networkIndex), input_(input), index_(model.edgeIndex(networkIndex, input))
{
    if (index_ >= 0)
        edge_ = model.network(networkIndex).edges[static_cast<size_t>(index_)];
    setText(index_ >= 0 ? tr("Disconnect %1 from %2").arg(portText(edge_.from), portText(edge_.to))
                        : tr("Disconnect %1").arg(portText(input)));
}

EditResult DisconnectCommand::check() const
{
    if (index_ < 0 || model_.edgeIndex(networkIndex_, input_) != index_)
        return EditResult::refused(
            tr("Input '%1' of block '%2' is not connected.").arg(q(input_.port), q(input_.node)));
    return EditResult::accepted();
}

void DisconnectCommand::redo() { expectAccepted(model_.removeEdge(networkIndex_, input_)); }

void DisconnectCommand::undo() { expectAccepted(model_.insertEdge(networkIndex_, index_, edge_)); }

// ---- SetParamsCommand ----------------------------------------------------------------------------

SetParamsCommand::SetParamsCommand(GraphModel& model, int networkIndex, const QString& nodeId, const QString& param,
                                   const nlohmann::json& value)
    : GraphCommand(model, networkIndex), nodeId_(nodeId), param_(param)
{
    const engine::GraphNode* node = model.node(networkIndex, nodeId);
    nodeExists_ = node != nullptr;
    oldParams_ = node ? node->params : nlohmann::json::object();
    newParams_ = oldParams_;
    if (value.is_null())
        newParams_.erase(param.toStdString());
    else
        newParams_[param.toStdString()] = value;
    QString label = param;
    if (node)
        if (const engine::BlockSpec* spec = engine::LayerCatalog::instance().find(node->type))
            if (const engine::ParamSpec* p = spec->findParam(param.toStdString()))
                label = q(p->label);
    setText(tr("Change %1 of %2").arg(label, nodeId));
}

EditResult SetParamsCommand::check() const
{
    if (!nodeExists_)
        return EditResult::refused(tr("There is no block named '%1'.").arg(nodeId_));
    return model_.checkParams(networkIndex_, nodeId_, newParams_);
}

void SetParamsCommand::redo() { expectAccepted(model_.setNodeParams(networkIndex_, nodeId_, newParams_)); }

void SetParamsCommand::undo() { expectAccepted(model_.setNodeParams(networkIndex_, nodeId_, oldParams_)); }

bool SetParamsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const SetParamsCommand*>(other);
    if (!edit || edit->networkIndex_ != networkIndex_ || edit->nodeId_ != nodeId_ || edit->param_ != param_)
        return false;
    newParams_ = edit->newParams_;
    return true;
}

// ---- PasteCommand --------------------------------------------------------------------------------

PasteCommand::PasteCommand(GraphModel& model, int networkIndex, const QByteArray& clipboardJson, QPointF offset)
    : GraphCommand(model, networkIndex)
{
    engine::GraphNetwork clip;
    parsed_ = GraphModel::parseClipboard(clipboardJson, &clip);
    if (parsed_ && !model.hasNetwork(networkIndex))
        parsed_ = EditResult::refused(tr("The graph has no network number %1.").arg(networkIndex + 1));
    if (parsed_) {
        // Fresh ids must avoid the network's ids and those already given to earlier pasted blocks.
        QSet<QString> taken;
        std::map<std::string, std::string> renamed;
        for (engine::GraphNode node : clip.nodes) {
            const QString prefix = GraphModel::nodeIdPrefix(q(node.type));
            QString id;
            for (int n = 1; id.isEmpty(); ++n) {
                const QString candidate = prefix + QString::number(n);
                if (!taken.contains(candidate) && !model.node(networkIndex, candidate))
                    id = candidate;
            }
            taken.insert(id);
            renamed[node.id] = id.toStdString();
            node.id = id.toStdString();
            node.x += offset.x();
            node.y += offset.y();
            nodes_.push_back(std::move(node));
        }
        for (const engine::GraphEdge& edge : clip.edges) {
            const auto from = renamed.find(edge.from.node);
            const auto to = renamed.find(edge.to.node);
            if (from != renamed.end() && to != renamed.end())  // internal edges only
                edges_.push_back({{from->second, edge.from.port}, {to->second, edge.to.port}});
        }
    }
    setText(tr("Paste %n block(s)", "", static_cast<int>(nodes_.size())));
}

EditResult PasteCommand::check() const
{
    if (!parsed_)
        return parsed_;
    for (const engine::GraphNode& node : nodes_)
        if (EditResult r = model_.checkNewNode(networkIndex_, node); !r)
            return r;
    return EditResult::accepted();
}

QStringList PasteCommand::pastedNodeIds() const
{
    QStringList ids;
    for (const engine::GraphNode& node : nodes_)
        ids.append(q(node.id));
    return ids;
}

void PasteCommand::redo()
{
    GraphModel::Batch batch(model_);
    for (const engine::GraphNode& node : nodes_)
        expectAccepted(model_.insertNode(networkIndex_, -1, node));
    for (const engine::GraphEdge& edge : edges_)
        expectAccepted(model_.insertEdge(networkIndex_, -1, edge));
}

void PasteCommand::undo()
{
    GraphModel::Batch batch(model_);
    // Removing a block removes its edges, and pasted edges only join pasted blocks.
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it)
        expectAccepted(model_.removeNode(networkIndex_, q(it->id)));
}

}  // namespace medsynth::widgets
