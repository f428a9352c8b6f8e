#pragma once
// GraphModel: the Qt-side owner of the GraphDocument a user designs, and its single source of truth
// (node positions included). Views and scenes only read it and react to its signals; they never
// keep their own copy of the graph. Every mutation is validated first: one that would leave the
// document invalid (unknown block type, missing port, an input connected twice, a loop, a
// parameter of the wrong type or out of range) is refused with a sentence for the user and
// changes nothing and emits nothing. Accepted mutations emit fine-grained signals naming the
// network index and ids, and shapesChanged(network) once the change is complete; shape inference
// runs lazily when shapes() is asked for and is cached per network. Undo lives in the commands of
// GraphCommands.h, which call these mutators; the model itself keeps no history.
// Copy and paste use the graph file's JSON shape (one network), see copySelection() and
// parseClipboard(). GUI thread only; not copyable.

#include "medsynth/engine/GraphDocument.h"
#include "medsynth/engine/RoleContracts.h"
#include "medsynth/engine/ShapeInference.h"

#include <QByteArray>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace medsynth::widgets {

// Whether a mutation was applied; error is a complete sentence for the user when it was not.
struct EditResult {
    bool ok = true;
    QString error;

    static EditResult accepted() { return {}; }
    static EditResult refused(const QString& message) { return {false, message}; }
    explicit operator bool() const { return ok; }
};

class GraphModel : public QObject {
    Q_OBJECT
public:
    explicit GraphModel(QObject* parent = nullptr);
    ~GraphModel() override;

    // MIME type under which copySelection()'s JSON goes on the clipboard.
    static QString clipboardMimeType() { return QStringLiteral("application/x-medsynth-graph+json"); }

    // ---- Reading -------------------------------------------------------------------------------
    const engine::GraphDocument& document() const { return document_; }
    int networkCount() const { return static_cast<int>(document_.networks.size()); }
    bool hasNetwork(int networkIndex) const { return networkIndex >= 0 && networkIndex < networkCount(); }
    // networkIndex must be valid.
    const engine::GraphNetwork& network(int networkIndex) const;
    // nullptr when the network or node does not exist.
    const engine::GraphNode* node(int networkIndex, const QString& nodeId) const;
    // Position of the node in network().nodes, -1 when absent.
    int nodeIndex(int networkIndex, const QString& nodeId) const;
    // Position in network().edges of the edge feeding this input port, -1 when unconnected.
    int edgeIndex(int networkIndex, const engine::PortRef& input) const;
    // Shape inference of the network as it is now, with the diagnostics of its role's contract
    // appended (engine/RoleContracts.h); computed on first use after a change.
    const engine::NetworkShapes& shapes(int networkIndex) const;
    // Problems of the model as a whole: roles the recipe needs that no network has.
    const std::vector<engine::ShapeDiagnostic>& modelProblems() const;
    // The recipe whose roles are checked and the dataset's image shape (empty: unknown). Setting
    // it re-checks every network (shapesChanged for each).
    void setRoleContext(const engine::RoleContext& context);
    const engine::RoleContext& roleContext() const { return roleContext_; }
    // An id not yet used in the network, readable and derived from the type: "conv3", "up2", "bn1".
    QString freshNodeId(int networkIndex, const QString& type) const;
    static QString nodeIdPrefix(const QString& type);

    // ---- Validation (what the mutators check; commands ask before they are pushed) -------------
    EditResult checkNewNode(int networkIndex, const engine::GraphNode& node) const;
    EditResult checkNewEdge(int networkIndex, const engine::GraphEdge& edge) const;
    EditResult checkParams(int networkIndex, const QString& nodeId, const nlohmann::json& params) const;

    // ---- Mutations -----------------------------------------------------------------------------
    // Replaces the whole document (validated with graphFromJson(graphToJson(...)) first).
    EditResult setDocument(const engine::GraphDocument& document);
    // Inserts at index in network().nodes (-1 appends). The node's params are stored as given
    // (only values that differ from the defaults need be present).
    EditResult insertNode(int networkIndex, int index, const engine::GraphNode& node);
    // Removes the node's edges (edgeRemoved for each, in edge order) and then the node.
    EditResult removeNode(int networkIndex, const QString& nodeId);
    EditResult moveNode(int networkIndex, const QString& nodeId, QPointF position);
    EditResult setNodeParams(int networkIndex, const QString& nodeId, const nlohmann::json& params);
    // Inserts at index in network().edges (-1 appends).
    EditResult insertEdge(int networkIndex, int index, const engine::GraphEdge& edge);
    // Removes the edge that feeds this input port.
    EditResult removeEdge(int networkIndex, const engine::PortRef& input);

    // ---- Clipboard -----------------------------------------------------------------------------
    // The selected nodes (in document order) and the edges between them, as a graph file with one
    // network. Ids that do not exist are skipped.
    QByteArray copySelection(int networkIndex, const QStringList& nodeIds) const;
    // Parses clipboard JSON into one network; refuses foreign or invalid data with a message.
    static EditResult parseClipboard(const QByteArray& json, engine::GraphNetwork* network);

    // While one exists, shapesChanged is held back and emitted once per touched network when the
    // outermost batch ends, so a command that makes many edits reports one shape change.
    class Batch {
    public:
        explicit Batch(GraphModel& model);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        GraphModel& model_;
    };

Q_SIGNALS:
    void documentReset();
    void nodeAdded(int networkIndex, const QString& nodeId);
    void nodeRemoved(int networkIndex, const QString& nodeId);
    void nodeMoved(int networkIndex, const QString& nodeId, QPointF position);
    void nodeParamsChanged(int networkIndex, const QString& nodeId);
    // An edge is identified by its input port, since an input takes one connection.
    void edgeAdded(int networkIndex, const QString& fromNode, const QString& fromPort, const QString& toNode,
                   const QString& toPort);
    void edgeRemoved(int networkIndex, const QString& fromNode, const QString& fromPort, const QString& toNode,
                     const QString& toPort);
    // Emitted after any change that can change shapes (not after moves); shapes() is up to date.
    void shapesChanged(int networkIndex);

private:
    EditResult checkNetwork(int networkIndex) const;
    engine::GraphNetwork& mutableNetwork(int networkIndex);
    void topologyChanged(int networkIndex);
    void emitEdgeRemoved(int networkIndex, const engine::GraphEdge& edge);

    engine::GraphDocument document_;
    void ensureShapes() const;

    engine::RoleContext roleContext_;
    // Shape inference per network (valid when set) and, derived from all of them, the shapes with
    // role-contract diagnostics; contractsValid_ drops whenever any network changes.
    mutable std::vector<std::optional<engine::NetworkShapes>> shapes_;
    mutable std::vector<engine::NetworkShapes> checked_;
    mutable std::vector<engine::ShapeDiagnostic> modelProblems_;
    mutable bool contractsValid_ = false;
    int batchDepth_ = 0;
    std::vector<int> pendingShapeNetworks_;
};

}  // namespace medsynth::widgets
