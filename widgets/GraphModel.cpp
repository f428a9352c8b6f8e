#include "GraphModel.h"

#include "medsynth/engine/LayerCatalog.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace medsynth::widgets {

namespace {

using engine::GraphEdge;
using engine::GraphError;
using engine::GraphNetwork;
using engine::GraphNode;
using engine::LayerCatalog;
using engine::PortRef;

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QString& q) { return q.toStdString(); }

// Whether data can already flow from `start` to `target` along the network's edges.
bool reaches(const GraphNetwork& network, const std::string& start, const std::string& target)
{
    std::set<std::string> seen;
    std::vector<std::string> pending{start};
    while (!pending.empty()) {
        const std::string current = pending.back();
        pending.pop_back();
        if (current == target)
            return true;
        if (!seen.insert(current).second)
            continue;
        for (const GraphEdge& edge : network.edges)
            if (edge.from.node == current)
                pending.push_back(edge.to.node);
    }
    return false;
}

}  // namespace

GraphModel::GraphModel(QObject* parent) : QObject(parent) {}

GraphModel::~GraphModel() = default;

const engine::GraphNetwork& GraphModel::network(int networkIndex) const
{
    Q_ASSERT(hasNetwork(networkIndex));
    return document_.networks.at(static_cast<size_t>(networkIndex));
}

engine::GraphNetwork& GraphModel::mutableNetwork(int networkIndex)
{
    return document_.networks.at(static_cast<size_t>(networkIndex));
}

const engine::GraphNode* GraphModel::node(int networkIndex, const QString& nodeId) const
{
    return hasNetwork(networkIndex) ? network(networkIndex).findNode(s(nodeId)) : nullptr;
}

int GraphModel::nodeIndex(int networkIndex, const QString& nodeId) const
{
    if (!hasNetwork(networkIndex))
        return -1;
    const auto& nodes = network(networkIndex).nodes;
    const std::string id = s(nodeId);
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int GraphModel::edgeIndex(int networkIndex, const engine::PortRef& input) const
{
    if (!hasNetwork(networkIndex))
        return -1;
    const auto& edges = network(networkIndex).edges;
    for (size_t i = 0; i < edges.size(); ++i)
        if (edges[i].to == input)
            return static_cast<int>(i);
    return -1;
}

void GraphModel::ensureShapes() const
{
    if (contractsValid_)
        return;
    std::vector<engine::NetworkShapes> inferred;
    for (int i = 0; i < networkCount(); ++i) {
        auto& cached = shapes_.at(static_cast<size_t>(i));
        if (!cached)
            cached = engine::inferShapes(network(i));
        inferred.push_back(*cached);
    }
    const engine::RoleContractReport report = engine::checkRoleContracts(document_, inferred, roleContext_);
    for (size_t i = 0; i < inferred.size(); ++i)
        inferred[i].diagnostics.insert(inferred[i].diagnostics.end(), report.networks[i].begin(),
                                       report.networks[i].end());
    checked_ = std::move(inferred);
    modelProblems_ = report.document;
    contractsValid_ = true;
}

const engine::NetworkShapes& GraphModel::shapes(int networkIndex) const
{
    Q_ASSERT(hasNetwork(networkIndex));
    ensureShapes();
    return checked_.at(static_cast<size_t>(networkIndex));
}

const std::vector<engine::ShapeDiagnostic>& GraphModel::modelProblems() const
{
    ensureShapes();
    return modelProblems_;
}

void GraphModel::setRoleContext(const engine::RoleContext& context)
{
    roleContext_ = context;
    contractsValid_ = false;
    Batch batch(*this);
    for (int i = 0; i < networkCount(); ++i)
        topologyChanged(i);
}

QString GraphModel::nodeIdPrefix(const QString& type)
{
    // The short names the bundled templates use, so new nodes read like the ones already there.
    static const QHash<QString, QString> known = {
        {QStringLiteral("LatentInput"), QStringLiteral("z")},
        {QStringLiteral("ImageInput"), QStringLiteral("image")},
        {QStringLiteral("Conv2d"), QStringLiteral("conv")},
        {QStringLiteral("ConvTranspose2d"), QStringLiteral("up")},
        {QStringLiteral("SeparableConv2d"), QStringLiteral("sepconv")},
        {QStringLiteral("BatchNorm2d"), QStringLiteral("bn")},
        {QStringLiteral("InstanceNorm2d"), QStringLiteral("inorm")},
        {QStringLiteral("LeakyReLU"), QStringLiteral("lrelu")},
        {QStringLiteral("Linear"), QStringLiteral("fc")},
        {QStringLiteral("Dropout2d"), QStringLiteral("dropout")},
    };
    const auto found = known.constFind(type);
    if (found != known.constEnd())
        return *found;
    QString prefix = type.toLower();
    if (prefix.endsWith(QLatin1String("2d")) && prefix.size() > 2)
        prefix.chop(2);
    return prefix.isEmpty() ? QStringLiteral("node") : prefix;
}

QString GraphModel::freshNodeId(int networkIndex, const QString& type) const
{
    const QString prefix = nodeIdPrefix(type);
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!node(networkIndex, candidate))
            return candidate;
    }
}

EditResult GraphModel::checkNetwork(int networkIndex) const
{
    if (!hasNetwork(networkIndex))
        return EditResult::refused(tr("The graph has no network number %1.").arg(networkIndex + 1));
    return EditResult::accepted();
}

EditResult GraphModel::checkNewNode(int networkIndex, const engine::GraphNode& newNode) const
{
    if (EditResult r = checkNetwork(networkIndex); !r)
        return r;
    if (newNode.id.empty())
        return EditResult::refused(tr("A block needs an id."));
    if (network(networkIndex).findNode(newNode.id))
        return EditResult::refused(tr("There is already a block named '%1'; every block needs its own id.")
                                       .arg(q(newNode.id)));
    if (!LayerCatalog::instance().find(newNode.type))
        return EditResult::refused(tr("'%1' is not a known block type.").arg(q(newNode.type)));
    if (!newNode.params.is_object())
        return EditResult::refused(tr("The parameters of '%1' must be a JSON object.").arg(q(newNode.id)));
    try {
        LayerCatalog::instance().completeParams(newNode.id, newNode.type, newNode.params);
    } catch (const GraphError& e) {
        return EditResult::refused(QString::fromUtf8(e.what()));
    }
    return EditResult::accepted();
}

EditResult GraphModel::checkNewEdge(int networkIndex, const engine::GraphEdge& edge) const
{
    if (EditResult r = checkNetwork(networkIndex); !r)
        return r;
    const GraphNetwork& net = network(networkIndex);
    const GraphNode* from = net.findNode(edge.from.node);
    const GraphNode* to = net.findNode(edge.to.node);
    if (!from)
        return EditResult::refused(tr("There is no block named '%1'.").arg(q(edge.from.node)));
    if (!to)
        return EditResult::refused(tr("There is no block named '%1'.").arg(q(edge.to.node)));
    const auto& catalog = LayerCatalog::instance();
    if (!catalog.find(from->type)->hasOutput(edge.from.port))
        return EditResult::refused(tr("Block '%1' (%2) has no output '%3'.")
                                       .arg(q(from->id), q(from->type), q(edge.from.port)));
    if (!catalog.find(to->type)->hasInput(edge.to.port))
        return EditResult::refused(tr("Block '%1' (%2) has no input '%3'.")
                                       .arg(q(to->id), q(to->type), q(edge.to.port)));
    if (edgeIndex(networkIndex, edge.to) >= 0)
        return EditResult::refused(tr("Input '%1' of block '%2' is already connected; an input takes one "
                                      "connection. Remove the existing connection first.")
                                       .arg(q(edge.to.port), q(edge.to.node)));
    if (reaches(net, edge.to.node, edge.from.node))
        return EditResult::refused(tr("Connecting '%1' to '%2' would make a loop; data must flow one way.")
                                       .arg(q(edge.from.node), q(edge.to.node)));
    return EditResult::accepted();
}

EditResult GraphModel::checkParams(int networkIndex, const QString& nodeId, const nlohmann::json& params) const
{
    if (EditResult r = checkNetwork(networkIndex); !r)
        return r;
    const GraphNode* existing = node(networkIndex, nodeId);
    if (!existing)
        return EditResult::refused(tr("There is no block named '%1'.").arg(nodeId));
    if (!params.is_object())
        return EditResult::refused(tr("The parameters of '%1' must be a JSON object.").arg(nodeId));
    try {
        LayerCatalog::instance().completeParams(existing->id, existing->type, params);
    } catch (const GraphError& e) {
        return EditResult::refused(QString::fromUtf8(e.what()));
    }
    return EditResult::accepted();
}

EditResult GraphModel::setDocument(const engine::GraphDocument& document)
{
    try {
        // The file parser is the one complete validator; a document it accepts is one we can hold.
        engine::graphFromJson(engine::graphToJson(document));
    } catch (const GraphError& e) {
        return EditResult::refused(QString::fromUtf8(e.what()));
    }
    document_ = document;
    shapes_.assign(document_.networks.size(), std::nullopt);
    contractsValid_ = false;
    Q_EMIT documentReset();
    Batch batch(*this);
    for (int i = 0; i < networkCount(); ++i)
        topologyChanged(i);
    return EditResult::accepted();
}

EditResult GraphModel::insertNode(int networkIndex, int index, const engine::GraphNode& newNode)
{
    if (EditResult r = checkNewNode(networkIndex, newNode); !r)
        return r;
    auto& nodes = mutableNetwork(networkIndex).nodes;
    const size_t at = index < 0 ? nodes.size() : std::min(static_cast<size_t>(index), nodes.size());
    nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(at), newNode);
    Q_EMIT nodeAdded(networkIndex, q(newNode.id));
    topologyChanged(networkIndex);
    return EditResult::accepted();
}

EditResult GraphModel::removeNode(int networkIndex, const QString& nodeId)
{
    if (EditResult r = checkNetwork(networkIndex); !r)
        return r;
    const int index = nodeIndex(networkIndex, nodeId);
    if (index < 0)
        return EditResult::refused(tr("There is no block named '%1'.").arg(nodeId));
    Batch batch(*this);
    GraphNetwork& net = mutableNetwork(networkIndex);
    const std::string id = s(nodeId);
    for (size_t i = 0; i < net.edges.size();) {
        if (net.edges[i].from.node == id || net.edges[i].to.node == id) {
            const GraphEdge removed = net.edges[i];
            net.edges.erase(net.edges.begin() + static_cast<std::ptrdiff_t>(i));
            emitEdgeRemoved(networkIndex, removed);
        } else {
            ++i;
        }
    }
    net.nodes.erase(net.nodes.begin() + index);
    Q_EMIT nodeRemoved(networkIndex, nodeId);
    topologyChanged(networkIndex);
    return EditResult::accepted();
}

EditResult GraphModel::moveNode(int networkIndex, const QString& nodeId, QPointF position)
{
    if (EditResult r = checkNetwork(networkIndex); !r)
        return r;
    GraphNode* moved = mutableNetwork(networkIndex).findNode(s(nodeId));
    if (!moved)
        return EditResult::refused(tr("There is no block named '%1'.").arg(nodeId));
    if (moved->x == position.x() && moved->y == position.y())
        return EditResult::accepted();
    moved->x = position.x();
    moved->y = position.y();
    Q_EMIT nodeMoved(networkIndex, nodeId, position);
    return EditResult::accepted();  // positions do not affect shapes
}

EditResult GraphModel::setNodeParams(int networkIndex, const QString& nodeId, const nlohmann::json& params)
{
    if (EditResult r = checkParams(networkIndex, nodeId, params); !r)
        return r;
    GraphNode* changed = mutableNetwork(networkIndex).findNode(s(nodeId));
    if (changed->params == params)
        return EditResult::accepted();
    changed->params = params;
    Q_EMIT nodeParamsChanged(networkIndex, nodeId);
    topologyChanged(networkIndex);
    return EditResult::accepted();
}

EditResult GraphModel::insertEdge(int networkIndex, int index, const engine::GraphEdge& edge)
{
    if (EditResult r = checkNewEdge(networkIndex, edge); !r)
        return r;
    auto& edges = mutableNetwork(networkIndex).edges;
    const size_t at = index < 0 ? edges.size() : std::min(static_cast<size_t>(index), edges.size());
    edges.insert(edges.begin() + static_cast<std::ptrdiff_t>(at), edge);
    Q_EMIT edgeAdded(networkIndex, q(edge.from.node), q(edge.from.port), q(edge.to.node), q(edge.to.port));
    topologyChanged(networkIndex);
    return EditResult::accepted();
}

EditResult GraphModel::removeEdge(int networkIndex, const engine::PortRef& input)
{
    if (EditResult r = checkNetwork(networkIndex); !r)
        return r;
    const int index = edgeIndex(networkIndex, input);
    if (index < 0)
        return EditResult::refused(
            tr("Input '%1' of block '%2' is not connected.").arg(q(input.port), q(input.node)));
    auto& edges = mutableNetwork(networkIndex).edges;
    const GraphEdge removed = edges[static_cast<size_t>(index)];
    edges.erase(edges.begin() + index);
    emitEdgeRemoved(networkIndex, removed);
    topologyChanged(networkIndex);
    return EditResult::accepted();
}

QByteArray GraphModel::copySelection(int networkIndex, const QStringList& nodeIds) const
{
    if (!hasNetwork(networkIndex))
        return {};
    const GraphNetwork& source = network(networkIndex);
    std::set<std::string> selected;
    for (const QString& id : nodeIds)
        selected.insert(s(id));
    engine::GraphDocument clip;
    GraphNetwork copy;
    copy.name = source.name;
    copy.role = source.role;
    for (const GraphNode& n : source.nodes)
        if (selected.count(n.id))
            copy.nodes.push_back(n);
    for (const GraphEdge& e : source.edges)
        if (selected.count(e.from.node) && selected.count(e.to.node))
            copy.edges.push_back(e);
    clip.networks.push_back(std::move(copy));
    return QByteArray::fromStdString(engine::graphToJson(clip).dump(2));
}

EditResult GraphModel::parseClipboard(const QByteArray& json, engine::GraphNetwork* network)
{
    const nlohmann::json value = nlohmann::json::parse(json.constData(), json.constData() + json.size(),
                                                       nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded() || !value.is_object())
        return EditResult::refused(tr("Cannot paste: the clipboard does not hold MedSynth blocks."));
    engine::GraphDocument document;
    try {
        document = engine::graphFromJson(value);
    } catch (const GraphError& e) {
        return EditResult::refused(tr("Cannot paste: %1").arg(QString::fromUtf8(e.what())));
    }
    if (document.networks.size() != 1)
        return EditResult::refused(tr("Cannot paste: the clipboard holds %n network(s); paste takes blocks "
                                      "from one network.",
                                      "", static_cast<int>(document.networks.size())));
    if (document.networks.front().nodes.empty())
        return EditResult::refused(tr("Cannot paste: the clipboard holds no blocks."));
    if (network)
        *network = std::move(document.networks.front());
    return EditResult::accepted();
}

void GraphModel::topologyChanged(int networkIndex)
{
    shapes_.at(static_cast<size_t>(networkIndex)).reset();
    contractsValid_ = false;
    // A contract ties networks together (the discriminator judges the generator's image), so every
    // network's diagnostics may change: each is reported, the edited one first.
    Batch batch(*this);
    std::vector<int> touched{networkIndex};
    for (int i = 0; i < networkCount(); ++i)
        if (i != networkIndex)
            touched.push_back(i);
    for (int i : touched)
        if (std::find(pendingShapeNetworks_.begin(), pendingShapeNetworks_.end(), i) == pendingShapeNetworks_.end())
            pendingShapeNetworks_.push_back(i);
}

void GraphModel::emitEdgeRemoved(int networkIndex, const engine::GraphEdge& edge)
{
    Q_EMIT edgeRemoved(networkIndex, q(edge.from.node), q(edge.from.port), q(edge.to.node), q(edge.to.port));
}

GraphModel::Batch::Batch(GraphModel& model) : model_(model) { ++model_.batchDepth_; }

GraphModel::Batch::~Batch()
{
    if (--model_.batchDepth_ > 0)
        return;
    const std::vector<int> pending = std::move(model_.pendingShapeNetworks_);
    model_.pendingShapeNetworks_.clear();
    for (int networkIndex : pending)
        if (model_.hasNetwork(networkIndex))  // a document reset in the batch may have dropped it
            Q_EMIT model_.shapesChanged(networkIndex);
}

}  // namespace medsynth::widgets
