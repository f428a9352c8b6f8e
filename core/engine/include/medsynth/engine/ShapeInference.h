#pragma once
// Shape inference: walks a network's DAG with the catalog's shape rules and returns the shape
// on every edge plus diagnostics that name the node, say what is wrong and how to fix it.
// Pure C++, cheap enough to rerun on every edit.

#include "medsynth/engine/GraphDocument.h"
#include "medsynth/engine/TensorShape.h"

#include <map>
#include <string>
#include <vector>

namespace medsynth::engine {

struct ShapeDiagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string nodeId;   // the node the message is about (may be empty for network-wide issues)
    std::string message;  // what is wrong, naming the node
    std::string fix;      // what to do about it
};

struct NetworkShapes {
    std::map<std::string, TensorShape> portShapes;  // "node.port" -> shape of that output
    std::vector<TensorShape> edgeShapes;             // parallel to network.edges; empty dims if unknown
    std::vector<ShapeDiagnostic> diagnostics;

    int64_t parameterCount = 0;  // learned numbers in the whole network (of the nodes that fit)
    int64_t multiplyAdds = 0;    // per image, of the convolution, linear and attention blocks

    bool ok() const;
    // Shapes of the network's input and output nodes, by node id.
    std::map<std::string, TensorShape> inputs;
    std::map<std::string, TensorShape> outputs;
};

NetworkShapes inferShapes(const GraphNetwork& network);

}  // namespace medsynth::engine
