#pragma once
// LayerCatalog: every block a user can place in a network: its ports, its parameters (type,
// default, range), a plain-language explanation for a non-programmer, and its shape rule.
// A process-wide immutable registry; thread-safe to read. No Qt, no LibTorch.

#include "medsynth/engine/TensorShape.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace medsynth::engine {

enum class ParamKind { Integer, Real, Boolean, Choice, IntegerList };

struct ParamSpec {
    std::string name;         // JSON key, e.g. "kernel_size"
    std::string label;        // for the inspector, e.g. "Kernel size"
    ParamKind kind = ParamKind::Integer;
    nlohmann::json defaultValue;
    double minimum = 0.0;     // Integer and Real only
    double maximum = 0.0;
    std::vector<std::string> choices;  // Choice only
    std::string help;
};

struct PortSpec {
    std::string name;
    std::string help;
};

// What a shape rule returns: the output shapes by port name, or an error with a fix.
struct ShapeRuleResult {
    std::map<std::string, TensorShape> outputs;
    std::string error;  // empty when the block accepts its inputs
    std::string fix;    // a concrete remedy the user can apply
    int64_t parameters = 0;    // learned numbers (weights, biases, scales) the block holds
    int64_t multiplyAdds = 0;  // per image, of its weight layers (normalisations and activations not counted)
};

// params are complete (defaults filled in); inputs are keyed by input port name.
using ShapeRule = std::function<ShapeRuleResult(const nlohmann::json& params,
                                                const std::map<std::string, TensorShape>& inputs)>;

struct BlockSpec {
    std::string type;         // stable identifier stored in graph files
    std::string title;        // "Transposed convolution"
    std::string category;     // "Inputs", "Layers", "Normalisation", "Activations", "Structure", "Outputs"
    std::string explanation;  // two to four sentences for a non-programmer
    std::vector<PortSpec> inputs;
    std::vector<PortSpec> outputs;
    std::vector<ParamSpec> params;
    ShapeRule shapeRule;

    const ParamSpec* findParam(const std::string& name) const;
    bool hasInput(const std::string& port) const;
    bool hasOutput(const std::string& port) const;
};

class LayerCatalog {
public:
    static const LayerCatalog& instance();

    const std::vector<BlockSpec>& blocks() const { return blocks_; }
    const BlockSpec* find(const std::string& type) const;

    // The node's params with every missing value set to its default. Throws GraphError when a
    // value has the wrong type or lies outside its range (the message names the node and param).
    nlohmann::json completeParams(const std::string& nodeId, const std::string& type,
                                  const nlohmann::json& params) const;

private:
    LayerCatalog();
    std::vector<BlockSpec> blocks_;
};

}  // namespace medsynth::engine
