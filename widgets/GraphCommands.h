#pragma once
// Undo commands of the network designer: one command per user action, after Qt's undoframework
// example. Each changes the GraphModel only (never a graphics item), so they run and are tested
// without a view; redo() does the work and undo() restores the document exactly (same ids, same
// node and edge order, same positions and params, so graphToJson compares equal).
// A command captures what it needs when it is constructed, so construct it right before pushing.
// Push with pushGraphCommand(): it asks check() first and refuses an edit the model would refuse,
// leaving the stack and the document untouched and returning the message for the user.
// Each command names itself for the Edit menu through setText(tr(...)).

#include "GraphModel.h"

#include <QCoreApplication>
#include <QPointF>
#include <QStringList>
#include <QHash>
#include <QUndoCommand>

#include <utility>
#include <vector>

class QUndoStack;

namespace medsynth::widgets {

class GraphCommand : public QUndoCommand {
public:
    // Whether redo() can apply to the model as it is now; the message says why not.
    virtual EditResult check() const = 0;
    int networkIndex() const { return networkIndex_; }

protected:
    GraphCommand(GraphModel& model, int networkIndex);
    GraphModel& model_;
    const int networkIndex_;
};

// Pushes (and so redoes) the command when check() accepts it; otherwise deletes it, leaves the
// stack as it was (redo history included) and returns the refusal. Takes ownership.
EditResult pushGraphCommand(QUndoStack& stack, GraphCommand* command);

// Ids for QUndoCommand::id(); only mergeable commands have one.
enum GraphCommandId { MoveNodesCommandId = 1, SetParamsCommandId = 2 };

// Adds one block of a catalog type at a position; its id is chosen at construction (nodeId()).
class AddNodeCommand : public GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(AddNodeCommand)
public:
    AddNodeCommand(GraphModel& model, int networkIndex, const QString& type, QPointF position,
                   const nlohmann::json& params = nlohmann::json::object());
    QString nodeId() const { return QString::fromStdString(node_.id); }
    EditResult check() const override;
    void redo() override;
    void undo() override;

private:
    engine::GraphNode node_;
};

// Deletes blocks and every edge that touches them; undo puts both back where they were.
class RemoveNodesCommand : public GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveNodesCommand)
public:
    RemoveNodesCommand(GraphModel& model, int networkIndex, const QStringList& nodeIds);
    EditResult check() const override;
    void redo() override;
    void undo() override;

private:
    QStringList missing_;
    std::vector<std::pair<int, engine::GraphNode>> nodes_;  // by ascending index in the network
    std::vector<std::pair<int, engine::GraphEdge>> edges_;  // by ascending index in the network
};

// Moves blocks by a delta. Consecutive moves of the same blocks with the same dragId merge, so a
// drag pushed as many small moves is one undo step; give each drag its own dragId to keep two
// drags of the same selection apart. Positions are stored absolutely, so undo is exact.
class MoveNodesCommand : public GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveNodesCommand)
public:
    MoveNodesCommand(GraphModel& model, int networkIndex, const QStringList& nodeIds, QPointF delta,
                     quint64 dragId = 0);
    // Moves each block to its own position (automatic layout); never merges with another move.
    MoveNodesCommand(GraphModel& model, int networkIndex, const QHash<QString, QPointF>& positions,
                     const QString& text);
    EditResult check() const override;
    void redo() override;
    void undo() override;
    int id() const override { return MoveNodesCommandId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QStringList nodeIds_;
    QStringList missing_;
    std::vector<QPointF> oldPositions_;  // parallel to nodeIds_
    std::vector<QPointF> newPositions_;
    quint64 dragId_ = 0;
    bool mergeable_ = true;
};

// Connects an output port to an input port.
class ConnectCommand : public GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)
public:
    ConnectCommand(GraphModel& model, int networkIndex, const engine::PortRef& from, const engine::PortRef& to);
    EditResult check() const override;
    void redo() override;
    void undo() override;

private:
    engine::GraphEdge edge_;
};

// Removes the connection that feeds an input port.
class DisconnectCommand : public GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(DisconnectCommand)
public:
    DisconnectCommand(GraphModel& model, int networkIndex, const engine::PortRef& input);
    EditResult check() const override;
    void redo() override;
    void undo() override;

private:
    engine::PortRef input_;
    engine::GraphEdge edge_;
    int index_ = -1;
};

// Sets one parameter of a block; a null value removes it so the default applies again.
// Consecutive edits of the same parameter of the same block merge into one undo step.
class SetParamsCommand : public GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(SetParamsCommand)
public:
    SetParamsCommand(GraphModel& model, int networkIndex, const QString& nodeId, const QString& param,
                     const nlohmann::json& value);
    EditResult check() const override;
    void redo() override;
    void undo() override;
    int id() const override { return SetParamsCommandId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QString nodeId_;
    QString param_;
    bool nodeExists_ = false;
    nlohmann::json oldParams_;
    nlohmann::json newParams_;
};

// Inserts the blocks and edges of clipboard JSON (GraphModel::copySelection) with fresh ids,
// shifted by an offset. Foreign or invalid JSON is refused by check() with a message.
class PasteCommand : public GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(PasteCommand)
public:
    PasteCommand(GraphModel& model, int networkIndex, const QByteArray& clipboardJson, QPointF offset);
    EditResult check() const override;
    void redo() override;
    void undo() override;
    // The ids the pasted blocks get, in clipboard order.
    QStringList pastedNodeIds() const;

private:
    EditResult parsed_;
    std::vector<engine::GraphNode> nodes_;
    std::vector<engine::GraphEdge> edges_;
};

}  // namespace medsynth::widgets
