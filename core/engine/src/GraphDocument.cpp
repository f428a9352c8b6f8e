#include "medsynth/engine/GraphDocument.h"

#include "medsynth/engine/LayerCatalog.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace medsynth::engine {

namespace {

using nlohmann::json;

std::string inQuotes(const std::string& s) { return "'" + s + "'"; }

const json& requireField(const json& object, const char* key, const std::string& where)
{
    if (!object.is_object() || !object.contains(key))
        throw GraphError(where + " has no \"" + key + "\" field.");
    return object.at(key);
}

std::string requireString(const json& object, const char* key, const std::string& where)
{
    const json& value = requireField(object, key, where);
    if (!value.is_string() || value.get<std::string>().empty())
        throw GraphError(where + ": \"" + key + "\" must be a non-empty text.");
    return value.get<std::string>();
}

PortRef parsePortRef(const json& value, const std::string& where)
{
    // "node.port" as one string, the compact form used in files.
    if (!value.is_string())
        throw GraphError(where + " must be written as \"node.port\".");
    const std::string text = value.get<std::string>();
    const auto dot = text.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == text.size())
        throw GraphError(where + " " + inQuotes(text) + " must be written as \"node.port\".");
    return {text.substr(0, dot), text.substr(dot + 1)};
}

GraphNetwork parseNetwork(const json& value, size_t index)
{
    const std::string where = "Network " + std::to_string(index + 1);
    GraphNetwork network;
    network.name = requireString(value, "name", where);
    const std::string named = "Network " + inQuotes(network.name);
    network.role = requireString(value, "role", named);

    const auto& catalog = LayerCatalog::instance();
    std::set<std::string> ids;
    for (const json& n : requireField(value, "nodes", named)) {
        GraphNode node;
        node.id = requireString(n, "id", named + ": a node");
        const std::string nodeWhere = "Node " + inQuotes(node.id) + " in " + inQuotes(network.name);
        node.type = requireString(n, "type", nodeWhere);
        if (!ids.insert(node.id).second)
            throw GraphError(nodeWhere + " appears twice; every node needs its own id.");
        if (!catalog.find(node.type))
            throw GraphError(nodeWhere + " has the unknown layer type " + inQuotes(node.type) +
                             "; it may come from a newer version of MedSynth.");
        if (n.contains("params")) {
            if (!n.at("params").is_object())
                throw GraphError(nodeWhere + ": \"params\" must be an object.");
            node.params = n.at("params");
        }
        // Validates types and ranges now so that every later stage may trust the values.
        catalog.completeParams(node.id, node.type, node.params);
        if (n.contains("position")) {
            const json& p = n.at("position");
            if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
                throw GraphError(nodeWhere + ": \"position\" must be [x, y].");
            node.x = p[0].get<double>();
            node.y = p[1].get<double>();
        }
        network.nodes.push_back(std::move(node));
    }

    if (value.contains("edges")) {
        for (const json& e : value.at("edges")) {
            GraphEdge edge;
            edge.from = parsePortRef(requireField(e, "from", named + ": an edge"), named + ": edge start");
            edge.to = parsePortRef(requireField(e, "to", named + ": an edge"), named + ": edge end");
            const GraphNode* from = network.findNode(edge.from.node);
            const GraphNode* to = network.findNode(edge.to.node);
            if (!from)
                throw GraphError(named + ": an edge starts at node " + inQuotes(edge.from.node) +
                                 ", which does not exist (edge to " + inQuotes(edge.to.node) + ").");
            if (!to)
                throw GraphError(named + ": an edge from node " + inQuotes(edge.from.node) +
                                 " ends at node " + inQuotes(edge.to.node) + ", which does not exist.");
            if (!catalog.find(from->type)->hasOutput(edge.from.port))
                throw GraphError("Node " + inQuotes(from->id) + " (" + from->type + ") has no output port " +
                                 inQuotes(edge.from.port) + ".");
            if (!catalog.find(to->type)->hasInput(edge.to.port))
                throw GraphError("Node " + inQuotes(to->id) + " (" + to->type + ") has no input port " +
                                 inQuotes(edge.to.port) + ".");
            for (const GraphEdge& other : network.edges)
                if (other.to == edge.to)
                    throw GraphError("Input " + inQuotes(edge.to.port) + " of node " + inQuotes(edge.to.node) +
                                     " is connected twice; an input takes one connection.");
            network.edges.push_back(std::move(edge));
        }
    }
    network.topologicalOrder();  // throws on a cycle
    return network;
}

}  // namespace

const GraphNode* GraphNetwork::findNode(const std::string& id) const
{
    for (const GraphNode& node : nodes)
        if (node.id == id)
            return &node;
    return nullptr;
}

GraphNode* GraphNetwork::findNode(const std::string& id)
{
    return const_cast<GraphNode*>(static_cast<const GraphNetwork*>(this)->findNode(id));
}

std::vector<std::string> GraphNetwork::topologicalOrder() const
{
    // Kahn's algorithm, visiting nodes in file order so the result is stable.
    std::map<std::string, int> incoming;
    for (const GraphNode& node : nodes)
        incoming[node.id] = 0;
    for (const GraphEdge& edge : edges)
        ++incoming[edge.to.node];
    std::vector<std::string> order;
    std::vector<bool> done(nodes.size(), false);
    bool progress = true;
    while (progress) {
        progress = false;
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (done[i] || incoming[nodes[i].id] != 0)
                continue;
            done[i] = true;
            progress = true;
            order.push_back(nodes[i].id);
            for (const GraphEdge& edge : edges)
                if (edge.from.node == nodes[i].id)
                    --incoming[edge.to.node];
        }
    }
    if (order.size() != nodes.size()) {
        for (size_t i = 0; i < nodes.size(); ++i)
            if (!done[i])
                throw GraphError("Network '" + name + "' has a cycle through node '" + nodes[i].id +
                                 "'; data must flow one way. Remove one of the edges that loop back.");
    }
    return order;
}

const GraphNetwork* GraphDocument::findNetwork(const std::string& role) const
{
    for (const GraphNetwork& network : networks)
        if (network.role == role)
            return &network;
    return nullptr;
}

GraphDocument graphFromJson(const json& value)
{
    if (!value.is_object())
        throw GraphError("This is not a MedSynth graph: the file does not hold a JSON object.");
    if (!value.contains("format") || value.at("format") != GraphDocument::kFormatName)
        throw GraphError(std::string("This is not a MedSynth graph: \"format\" must be \"") +
                         GraphDocument::kFormatName + "\".");
    const json& version = requireField(value, "version", "The graph");
    if (!version.is_number_integer())
        throw GraphError("The graph's \"version\" must be a whole number.");
    if (version.get<int>() != GraphDocument::kFormatVersion)
        throw GraphError("This graph has format version " + std::to_string(version.get<int>()) +
                         "; this MedSynth reads version " + std::to_string(GraphDocument::kFormatVersion) +
                         ". Open it with the MedSynth that wrote it, or update MedSynth.");
    GraphDocument document;
    document.name = value.value("name", "");
    document.description = value.value("description", "");
    if (value.contains("training") && value.at("training").is_object())
        document.training = value.at("training");
    const json& networks = requireField(value, "networks", "The graph");
    if (!networks.is_array() || networks.empty())
        throw GraphError("The graph has no networks.");
    for (size_t i = 0; i < networks.size(); ++i)
        document.networks.push_back(parseNetwork(networks[i], i));
    return document;
}

json graphToJson(const GraphDocument& document)
{
    json networks = json::array();
    for (const GraphNetwork& network : document.networks) {
        json nodes = json::array();
        for (const GraphNode& node : network.nodes)
            nodes.push_back({{"id", node.id}, {"type", node.type}, {"params", node.params},
                             {"position", {node.x, node.y}}});
        json edges = json::array();
        for (const GraphEdge& edge : network.edges)
            edges.push_back({{"from", edge.from.node + "." + edge.from.port},
                             {"to", edge.to.node + "." + edge.to.port}});
        networks.push_back({{"name", network.name}, {"role", network.role}, {"nodes", nodes}, {"edges", edges}});
    }
    json out = {{"format", GraphDocument::kFormatName}, {"version", GraphDocument::kFormatVersion},
                {"name", document.name}, {"description", document.description}};
    if (!document.training.empty())
        out["training"] = document.training;
    out["networks"] = networks;
    return out;
}

GraphDocument loadGraphFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw GraphError("Cannot open the graph file '" + path + "'. Check that it exists and is readable.");
    json value;
    try {
        in >> value;
    } catch (const json::exception& e) {
        throw GraphError("The graph file '" + path + "' is not valid JSON (" + e.what() + ").");
    }
    return graphFromJson(value);
}

void saveGraphFile(const GraphDocument& document, const std::string& path)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << graphToJson(document).dump(2) << '\n';
        if (!out.flush())
            throw GraphError("Cannot write '" + path + "'. Check free disk space and permissions.");
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw GraphError("Cannot replace '" + path + "'. Check permissions.");
    }
}

}  // namespace medsynth::engine
