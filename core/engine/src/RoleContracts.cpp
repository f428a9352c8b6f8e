#include "medsynth/engine/RoleContracts.h"

#include "medsynth/engine/LayerCatalog.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace medsynth::engine {

namespace {

using Severity = ShapeDiagnostic::Severity;

ShapeDiagnostic problem(std::string nodeId, std::string message, std::string fix)
{
    return {Severity::Error, std::move(nodeId), std::move(message), std::move(fix)};
}

std::string roleTitle(const std::string& role)
{
    if (role.empty())
        return "network";
    std::string title = role;
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    return title;
}

std::string hw(const TensorShape& s) { return std::to_string(s.dims[1]) + "x" + std::to_string(s.dims[2]); }

// The network's nodes of one type, in document order.
std::vector<const GraphNode*> nodesOfType(const GraphNetwork& network, const std::string& type)
{
    std::vector<const GraphNode*> found;
    for (const GraphNode& node : network.nodes)
        if (node.type == type)
            found.push_back(&node);
    return found;
}

const GraphEdge* edgeInto(const GraphNetwork& network, const std::string& nodeId, const std::string& port)
{
    for (const GraphEdge& edge : network.edges)
        if (edge.to.node == nodeId && edge.to.port == port)
            return &edge;
    return nullptr;
}

// The block that sets an output's height and width: walks back from the Output through blocks
// with one input that keep the spatial size (activations, normalisation, dropout...).
const GraphNode* spatialProducer(const GraphNetwork& network, const NetworkShapes& shapes, const std::string& outputId)
{
    const GraphEdge* edge = edgeInto(network, outputId, "in");
    for (int guard = 0; edge && guard < 1000; ++guard) {
        const GraphNode* node = network.findNode(edge->from.node);
        if (!node)
            return nullptr;
        const BlockSpec* spec = LayerCatalog::instance().find(node->type);
        if (!spec || spec->inputs.size() != 1)
            return node;
        const GraphEdge* before = edgeInto(network, node->id, spec->inputs.front().name);
        if (!before)
            return node;
        const auto in = shapes.portShapes.find(before->from.node + "." + before->from.port);
        const auto out = shapes.portShapes.find(edge->from.node + "." + edge->from.port);
        if (in == shapes.portShapes.end() || out == shapes.portShapes.end() || !in->second.isImage() ||
            !out->second.isImage() || in->second.dims[1] != out->second.dims[1] || in->second.dims[2] != out->second.dims[2])
            return node;
        edge = before;
    }
    return nullptr;
}

// A concrete change of one convolution's padding that makes its output side equal target, if one
// exists in the parameter's range.
std::optional<std::string> paddingFix(const GraphNetwork& network, const NetworkShapes& shapes, const GraphNode& node,
                                      int64_t target)
{
    if (node.type != "Conv2d" && node.type != "ConvTranspose2d")
        return std::nullopt;
    const GraphEdge* in = edgeInto(network, node.id, "in");
    if (!in)
        return std::nullopt;
    const auto inShape = shapes.portShapes.find(in->from.node + "." + in->from.port);
    if (inShape == shapes.portShapes.end() || !inShape->second.isImage())
        return std::nullopt;
    nlohmann::json params;
    try {
        params = LayerCatalog::instance().completeParams(node.id, node.type, node.params);
    } catch (const GraphError&) {
        return std::nullopt;
    }
    const int64_t n = inShape->second.dims[1];
    const int64_t f = params["kernel_size"], s = params["stride"];
    for (int64_t p = 0; p <= 32; ++p) {
        int64_t out = 0;
        if (node.type == "Conv2d") {
            if (n + 2 * p < f)
                continue;
            out = (n + 2 * p - f) / s + 1;
        } else {
            out = (n - 1) * s + f - 2 * p + params["output_padding"].get<int64_t>();
        }
        if (out == target)
            return "set the padding of '" + node.id + "' to " + std::to_string(p);
    }
    return std::nullopt;
}

// "Generator output 'out' gives 1x62x62 but ... expects 1x64x64" with the most concrete fix found.
ShapeDiagnostic imageMismatch(const GraphNetwork& network, const NetworkShapes& shapes, const std::string& outputId,
                              const TensorShape& actual, const TensorShape& expected, const std::string& expectedBy)
{
    const std::string who = roleTitle(network.role) + " output '" + outputId + "'";
    if (!actual.isImage())
        return problem(outputId, who + " gives " + actual.toString() + " numbers, but " + expectedBy + " " +
                                     expected.toString() + ".",
                       "End the network with layers that make a " + expected.toString() +
                           " image, for example a Reshape followed by transposed convolutions.");
    if (actual.dims[0] != expected.dims[0]) {
        const GraphNode* producer = spatialProducer(network, shapes, outputId);
        std::string fix = "Set the filters (output channels) of the last convolution before '" + outputId + "' to " +
                          std::to_string(expected.dims[0]) + ".";
        if (producer && (producer->type == "Conv2d" || producer->type == "ConvTranspose2d"))
            fix = "Set the filters of '" + producer->id + "' to " + std::to_string(expected.dims[0]) + ".";
        return problem(outputId,
                       who + " gives " + std::to_string(actual.dims[0]) + " channels, but " + expectedBy + " " +
                           expected.toString() + " (" + std::to_string(expected.dims[0]) + " channels).",
                       fix);
    }
    const GraphNode* producer = spatialProducer(network, shapes, outputId);
    std::string fix;
    if (producer && actual.dims[1] != expected.dims[1] && expected.dims[1] == expected.dims[2])
        if (auto padding = paddingFix(network, shapes, *producer, expected.dims[1]))
            fix = "To fix: " + *padding + ".";
    if (fix.empty())
        fix = "Change the layers before '" + outputId + "' (kernel size, stride, padding or the number of up-sampling "
              "steps) until the edge into it shows " + expected.toString() + ".";
    const std::string source = producer ? producer->type + " '" + producer->id + "'" : who;
    return problem(producer ? producer->id : outputId,
                   source + " gives " + hw(actual) + ", but " + expectedBy + " " + hw(expected) + " (" +
                       network.name + ").",
                   fix);
}

struct NetworkFacts {
    const GraphNetwork* network = nullptr;
    const NetworkShapes* shapes = nullptr;
    std::vector<const GraphNode*> images, latents, labels, outputs;
    bool checkable = false;  // its own shapes are fine
};

NetworkFacts factsOf(const GraphNetwork& network, const NetworkShapes& shapes)
{
    NetworkFacts f;
    f.network = &network;
    f.shapes = &shapes;
    f.images = nodesOfType(network, "ImageInput");
    f.latents = nodesOfType(network, "LatentInput");
    f.labels = nodesOfType(network, "LabelInput");
    f.outputs = nodesOfType(network, "Output");
    f.checkable = shapes.ok();
    return f;
}

TensorShape shapeOf(const std::map<std::string, TensorShape>& shapes, const GraphNode* node)
{
    if (!node)
        return {};
    const auto found = shapes.find(node->id);
    return found == shapes.end() ? TensorShape{} : found->second;
}

TensorShape outputShape(const NetworkFacts& f, size_t i = 0)
{
    return i < f.outputs.size() ? shapeOf(f.shapes->outputs, f.outputs[i]) : TensorShape{};
}

void requireOneOutput(const NetworkFacts& f, std::vector<ShapeDiagnostic>& out)
{
    if (f.outputs.size() > 1)
        out.push_back(problem(f.outputs[1]->id,
                              roleTitle(f.network->role) + " '" + f.network->name + "' has " +
                                  std::to_string(f.outputs.size()) + " Output blocks, but a " + f.network->role +
                                  " gives one result.",
                              "Delete the extra Output block '" + f.outputs[1]->id + "'."));
}

void requireImageInput(const NetworkFacts& f, std::vector<ShapeDiagnostic>& out, const std::string& what)
{
    if (f.images.empty())
        out.push_back(problem("", roleTitle(f.network->role) + " '" + f.network->name + "' has no Image input, but " +
                                      what + ".",
                              "Add an Image input block and connect it to the first layer."));
}

}  // namespace

std::vector<std::string> rolesForRecipe(const std::string& recipe)
{
    if (recipe == "gan" || recipe == "cgan" || recipe == "wgan-gp" || recipe == "pix2pix")
        return {"generator", "discriminator"};
    if (recipe == "vae" || recipe == "cvae")
        return {"encoder", "decoder"};
    if (recipe == "vae-gan")
        return {"encoder", "decoder", "discriminator"};
    if (recipe == "classifier")
        return {"classifier"};
    if (recipe == "segmentation")
        return {"segmenter"};
    return {};
}

std::string recipeOfDocument(const GraphDocument& document)
{
    const auto found = document.training.find("recipe");
    return found != document.training.end() && found->is_string() ? found->get<std::string>() : std::string();
}

bool RoleContractReport::ok() const
{
    auto fine = [](const std::vector<ShapeDiagnostic>& list) {
        return std::none_of(list.begin(), list.end(), [](const ShapeDiagnostic& d) { return d.severity == Severity::Error; });
    };
    return fine(document) && std::all_of(networks.begin(), networks.end(), fine);
}

RoleContractReport checkRoleContracts(const GraphDocument& document, const std::vector<NetworkShapes>& shapes,
                                      const RoleContext& context)
{
    RoleContractReport report;
    report.networks.resize(document.networks.size());
    if (shapes.size() != document.networks.size())
        return report;

    std::vector<NetworkFacts> facts;
    for (size_t i = 0; i < document.networks.size(); ++i)
        facts.push_back(factsOf(document.networks[i], shapes[i]));
    auto findRole = [&](const std::string& role) -> const NetworkFacts* {
        for (const NetworkFacts& f : facts)
            if (f.network->role == role)
                return &f;
        return nullptr;
    };

    if (!context.recipe.empty())
        for (const std::string& role : rolesForRecipe(context.recipe))
            if (!findRole(role))
                report.document.push_back(problem("", "The " + context.recipe + " recipe trains a " + role +
                                                          ", but the model has no network with that role.",
                                                  "Add a " + role + " network, or start from a template of this recipe."));

    const bool imageKnown = context.image.isImage();
    const NetworkFacts* generator = findRole("generator");
    const NetworkFacts* encoder = findRole("encoder");
    // What a discriminator must accept: the generator's (or decoder's) image, else the dataset's.
    TensorShape madeImage;
    std::string madeBy;
    for (const NetworkFacts* maker : {generator, findRole("decoder")})
        if (maker && maker->checkable && madeImage.dims.empty() && outputShape(*maker).isImage()) {
            madeImage = outputShape(*maker);
            madeBy = "the " + maker->network->role + " '" + maker->network->name + "'";
        }

    for (size_t i = 0; i < facts.size(); ++i) {
        const NetworkFacts& f = facts[i];
        std::vector<ShapeDiagnostic>& out = report.networks[i];
        if (!f.checkable || f.outputs.empty())
            continue;
        const std::string& role = f.network->role;
        const TensorShape result = outputShape(f);
        const std::string dataset = "the dataset's images";
        const std::string datasetAre = "the dataset's images are";

        if (role == "generator" || role == "decoder") {
            if (f.latents.empty() && f.images.empty())
                out.push_back(problem("", roleTitle(role) + " '" + f.network->name +
                                              "' has no Latent vector z input, so it has nothing to make images from.",
                                      "Add a Latent vector z block and connect it to the first layer."));
            requireOneOutput(f, out);
            if (imageKnown && result != context.image)
                out.push_back(imageMismatch(*f.network, *f.shapes, f.outputs[0]->id, result, context.image, datasetAre));
            else if (!result.isImage())
                out.push_back(problem(f.outputs[0]->id,
                                      roleTitle(role) + " output '" + f.outputs[0]->id + "' gives " + result.toString() +
                                          " numbers, but a " + role + " must make an image.",
                                      "End the network with layers that make an image (channels x height x width)."));
            if (role == "decoder" && encoder && encoder->checkable && !f.latents.empty()) {
                const TensorShape z = shapeOf(f.shapes->inputs, f.latents[0]);
                const TensorShape mu = outputShape(*encoder);
                if (mu.isVector() && z.isVector() && mu != z)
                    out.push_back(problem(f.latents[0]->id,
                                          "Decoder input '" + f.latents[0]->id + "' takes " + z.toString() +
                                              " numbers, but the encoder '" + encoder->network->name + "' gives " +
                                              mu.toString() + ".",
                                          "Set the size of '" + f.latents[0]->id + "' to " + mu.toString() + "."));
            }
        } else if (role == "discriminator") {
            requireImageInput(f, out, "it judges images");
            requireOneOutput(f, out);
            if (!f.images.empty()) {
                // A conditional discriminator (pix2pix) also takes the condition image: one of its
                // image inputs must take the judged image.
                const TensorShape& expected = imageKnown ? context.image : madeImage;
                bool fits = false;
                for (const GraphNode* image : f.images)
                    fits = fits || shapeOf(f.shapes->inputs, image) == expected;
                const TensorShape input = shapeOf(f.shapes->inputs, f.images.back());
                if (!expected.dims.empty() && !fits)
                    out.push_back(problem(f.images.back()->id,
                                          "Discriminator input '" + f.images.back()->id + "' takes " + input.toString() +
                                              " but " + (imageKnown ? datasetAre : madeBy + " makes") + " " + expected.toString() + ".",
                                          "Set the image input's channels and size to " + expected.toString() + "."));
            }
            const bool score = result.isVector() && result.dims[0] == 1;
            const bool patches = result.isImage() && result.dims[0] == 1;
            if (!score && !patches)
                out.push_back(problem(f.outputs[0]->id,
                                      "Discriminator output '" + f.outputs[0]->id + "' gives " + result.toString() +
                                          " numbers, but a discriminator gives one score (1) or a map of patch scores "
                                          "(1 x h x w).",
                                      "End with a layer that has 1 output (a Fully connected block with 1 output, or "
                                      "a convolution with 1 filter)."));
        } else if (role == "encoder") {
            requireImageInput(f, out, "it encodes images");
            for (size_t k = 0; k < f.outputs.size(); ++k) {
                const TensorShape s = outputShape(f, k);
                if (!s.isVector())
                    out.push_back(problem(f.outputs[k]->id,
                                          "Encoder output '" + f.outputs[k]->id + "' gives " + s.toString() +
                                              ", but an encoder gives vectors (mu and log-variance).",
                                          "Insert a Flatten and a Fully connected block before '" + f.outputs[k]->id + "'."));
            }
            if (f.outputs.size() == 2 && outputShape(f, 0) != outputShape(f, 1))
                out.push_back(problem(f.outputs[1]->id,
                                      "Encoder outputs '" + f.outputs[0]->id + "' and '" + f.outputs[1]->id +
                                          "' differ in length (" + outputShape(f, 0).toString() + " and " +
                                          outputShape(f, 1).toString() + "), but mu and log-variance pair up number by number.",
                                      "Give both Fully connected blocks the same number of outputs."));
            if (imageKnown && !f.images.empty() && shapeOf(f.shapes->inputs, f.images[0]) != context.image)
                out.push_back(problem(f.images[0]->id,
                                      "Encoder input '" + f.images[0]->id + "' takes " +
                                          shapeOf(f.shapes->inputs, f.images[0]).toString() + " but " + dataset + " are " +
                                          context.image.toString() + ".",
                                      "Set the image input's channels and size to " + context.image.toString() + "."));
        } else if (role == "classifier") {
            requireImageInput(f, out, "it classifies images");
            requireOneOutput(f, out);
            if (!result.isVector() || result.dims[0] < 2)
                out.push_back(problem(f.outputs[0]->id,
                                      "Classifier output '" + f.outputs[0]->id + "' gives " + result.toString() +
                                          " numbers, but a classifier gives one score per class (K numbers, K at least 2).",
                                      "End with a Fully connected block whose outputs equal the number of classes."));
        } else if (role == "segmenter") {
            requireImageInput(f, out, "it segments images");
            requireOneOutput(f, out);
            if (!f.images.empty()) {
                const TensorShape input = shapeOf(f.shapes->inputs, f.images[0]);
                if (!result.isImage() || !input.isImage() || result.dims[1] != input.dims[1] ||
                    result.dims[2] != input.dims[2]) {
                    TensorShape expected = input;
                    if (expected.isImage())
                        expected.dims[0] = result.isImage() ? result.dims[0] : 1;
                    out.push_back(expected.isImage()
                                      ? imageMismatch(*f.network, *f.shapes, f.outputs[0]->id, result, expected,
                                                      "its mask must be, like its input,")
                                      : problem(f.outputs[0]->id, "Segmenter output '" + f.outputs[0]->id +
                                                                      "' is not a mask of the input's size.",
                                                "Make the last layers give 1 x height x width."));
                }
            }
        }
    }
    return report;
}

}  // namespace medsynth::engine
