#pragma once
// GraphDocument: the model a user designs, as plain data. Named networks (generator,
// discriminator, ...), each a DAG of nodes {id, type, params, position} joined by edges
// {from node.port -> to node.port}. Saved as JSON {"format": "medsynth.graph", "version": 1, ...}.
// Loading validates structure (format, version, known layer types, edges that name existing nodes
// and ports, no cycles) and throws GraphError with a message that names the offending node.
// No Qt, no LibTorch: safe to include from any layer.

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace medsynth::engine {

// A graph file or document that cannot be used; what() is a complete sentence for the user.
class GraphError : public std::runtime_error {
public:
    explicit GraphError(const std::string& message) : std::runtime_error(message) {}
};

struct GraphNode {
    std::string id;                  // unique within its network, e.g. "up3"
    std::string type;                // a LayerCatalog block type, e.g. "ConvTranspose2d"
    nlohmann::json params = nlohmann::json::object();  // only values that differ from defaults need be present
    double x = 0.0;                  // canvas position, kept so save/load round-trips the layout
    double y = 0.0;
};

struct PortRef {
    std::string node;
    std::string port;
    bool operator==(const PortRef& o) const { return node == o.node && port == o.port; }
};

struct GraphEdge {
    PortRef from;  // an output port
    PortRef to;    // an input port
};

struct GraphNetwork {
    std::string name;  // shown to the user, e.g. "Generator"
    std::string role;  // generator, discriminator, encoder, decoder, classifier, segmenter
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;

    const GraphNode* findNode(const std::string& id) const;
    GraphNode* findNode(const std::string& id);
    // Node ids in an order where every edge goes forward; throws GraphError on a cycle.
    std::vector<std::string> topologicalOrder() const;
};

struct GraphDocument {
    static constexpr const char* kFormatName = "medsynth.graph";
    static constexpr int kFormatVersion = 1;

    std::string name;
    std::string description;
    nlohmann::json training = nlohmann::json::object();  // recipe defaults a template suggests
    std::vector<GraphNetwork> networks;

    const GraphNetwork* findNetwork(const std::string& role) const;
};

// Parses and validates; throws GraphError.
GraphDocument graphFromJson(const nlohmann::json& json);
nlohmann::json graphToJson(const GraphDocument& document);

// File helpers; throw GraphError naming the file when it cannot be read, parsed or written.
GraphDocument loadGraphFile(const std::string& path);
void saveGraphFile(const GraphDocument& document, const std::string& path);

}  // namespace medsynth::engine
