#include "medsynth/engine/ShapeInference.h"

#include "medsynth/engine/LayerCatalog.h"

namespace medsynth::engine {

namespace {

std::string portKey(const PortRef& ref) { return ref.node + "." + ref.port; }

ShapeDiagnostic error(std::string nodeId, std::string message, std::string fix)
{
    return {ShapeDiagnostic::Severity::Error, std::move(nodeId), std::move(message), std::move(fix)};
}

}  // namespace

bool NetworkShapes::ok() const
{
    for (const ShapeDiagnostic& d : diagnostics)
        if (d.severity == ShapeDiagnostic::Severity::Error)
            return false;
    return true;
}

NetworkShapes inferShapes(const GraphNetwork& network)
{
    NetworkShapes result;
    const LayerCatalog& catalog = LayerCatalog::instance();

    std::vector<std::string> order;
    try {
        order = network.topologicalOrder();
    } catch (const GraphError& e) {
        result.diagnostics.push_back(error("", e.what(), "Remove one of the edges that loop back."));
        result.edgeShapes.resize(network.edges.size());
        return result;
    }

    for (const std::string& id : order) {
        const GraphNode& node = *network.findNode(id);
        const BlockSpec* spec = catalog.find(node.type);
        if (!spec) {
            result.diagnostics.push_back(error(id, "Node '" + id + "' has the unknown type '" + node.type + "'.",
                                               "Replace it with a block from the palette."));
            continue;
        }
        std::map<std::string, TensorShape> inputs;
        bool inputsKnown = true;
        for (const PortSpec& port : spec->inputs) {
            const GraphEdge* feeding = nullptr;
            for (const GraphEdge& edge : network.edges)
                if (edge.to.node == id && edge.to.port == port.name)
                    feeding = &edge;
            if (!feeding) {
                result.diagnostics.push_back(error(id, spec->title + " '" + id + "' has nothing connected to its input '" +
                                                           port.name + "'.",
                                                   "Connect the output of an earlier block to it, or delete the block."));
                inputsKnown = false;
                continue;
            }
            const auto known = result.portShapes.find(portKey(feeding->from));
            if (known == result.portShapes.end())
                inputsKnown = false;  // an upstream node already has a diagnostic
            else
                inputs[port.name] = known->second;
        }
        if (!inputsKnown)
            continue;

        nlohmann::json params;
        try {
            params = catalog.completeParams(id, node.type, node.params);
        } catch (const GraphError& e) {
            result.diagnostics.push_back(error(id, e.what(), "Correct the parameter in the inspector."));
            continue;
        }
        const ShapeRuleResult rule = spec->shapeRule(params, inputs);
        if (!rule.error.empty()) {
            result.diagnostics.push_back(error(id, spec->title + " '" + id + "' " + rule.error + ".",
                                               rule.fix.empty() ? std::string() : "To fix: " + rule.fix + "."));
            continue;
        }
        result.parameterCount += rule.parameters;
        result.multiplyAdds += rule.multiplyAdds;
        for (const auto& [port, shape] : rule.outputs)
            result.portShapes[id + "." + port] = shape;
        if (spec->category == "Inputs")
            result.inputs[id] = rule.outputs.begin()->second;
        if (node.type == "Output")
            result.outputs[id] = inputs.at("in");
    }

    for (const GraphEdge& edge : network.edges) {
        const auto known = result.portShapes.find(portKey(edge.from));
        result.edgeShapes.push_back(known == result.portShapes.end() ? TensorShape{} : known->second);
    }
    if (result.inputs.empty() && result.ok())
        result.diagnostics.push_back(error("", "Network '" + network.name + "' has no input block.",
                                           "Add an Image input or a Latent vector z block."));
    bool hasOutput = false;
    for (const GraphNode& node : network.nodes)
        hasOutput = hasOutput || node.type == "Output";
    if (!hasOutput)
        result.diagnostics.push_back(error("", "Network '" + network.name + "' has no Output block.",
                                           "Add an Output block and connect the last layer to it."));
    return result;
}

}  // namespace medsynth::engine
