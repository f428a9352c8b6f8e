#include "GraphModule.h"

#include "medsynth/engine/LayerCatalog.h"
#include "medsynth/engine/ShapeInference.h"

#include <algorithm>

namespace medsynth::engine {

namespace {

// Module names may not contain dots; node ids may.
std::string moduleName(const std::string& id)
{
    std::string name = id;
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

}  // namespace

// Depthwise-separable convolution: a per-channel k x k convolution, then a 1x1 one mixing channels.
struct SeparableConvolutionImpl : torch::nn::Module {
    SeparableConvolutionImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding, bool bias)
        : depthwise(torch::nn::Conv2dOptions(in, in, kernel).stride(stride).padding(padding).groups(in).bias(false)),
          pointwise(torch::nn::Conv2dOptions(in, out, 1).bias(bias))
    {
        register_module("depthwise", depthwise);
        register_module("pointwise", pointwise);
    }
    torch::Tensor forward(const torch::Tensor& x) { return pointwise(depthwise(x)); }
    torch::nn::Conv2d depthwise;
    torch::nn::Conv2d pointwise;
};
TORCH_MODULE(SeparableConvolution);

// SAGAN self-attention (Zhang et al. 2019): out = gamma * attention(x) + x, gamma starting at 0.
struct SelfAttentionImpl : torch::nn::Module {
    explicit SelfAttentionImpl(int64_t channels)
        : query(torch::nn::Conv2dOptions(channels, std::max<int64_t>(1, channels / 8), 1)),
          key(torch::nn::Conv2dOptions(channels, std::max<int64_t>(1, channels / 8), 1)),
          value(torch::nn::Conv2dOptions(channels, channels, 1))
    {
        register_module("query", query);
        register_module("key", key);
        register_module("value", value);
        gamma = register_parameter("gamma", torch::zeros({1}));
    }
    torch::Tensor forward(const torch::Tensor& x)
    {
        const int64_t b = x.size(0), c = x.size(1), n = x.size(2) * x.size(3);
        const torch::Tensor q = query(x).view({b, -1, n}).transpose(1, 2);   // [b, n, c/8]
        const torch::Tensor k = key(x).view({b, -1, n});                     // [b, c/8, n]
        const torch::Tensor attention = torch::softmax(torch::bmm(q, k), -1);  // [b, n, n]
        const torch::Tensor v = value(x).view({b, c, n});                    // [b, c, n]
        const torch::Tensor out = torch::bmm(v, attention.transpose(1, 2)).view(x.sizes());
        return gamma * out + x;
    }
    torch::nn::Conv2d query, key, value;
    torch::Tensor gamma;
};
TORCH_MODULE(SelfAttention);

GraphModuleImpl::GraphModuleImpl(const GraphNetwork& network)
{
    const NetworkShapes shapes = inferShapes(network);
    for (const ShapeDiagnostic& d : shapes.diagnostics)
        if (d.severity == ShapeDiagnostic::Severity::Error)
            throw GraphError(d.message + (d.fix.empty() ? "" : " " + d.fix));
    if (shapes.inputs.empty() || shapes.outputs.size() != 1)
        throw GraphError("Network '" + network.name + "' must have at least one input block and exactly one "
                         "Output block.");
    outputShape_ = shapes.outputs.begin()->second;

    const LayerCatalog& catalog = LayerCatalog::instance();
    std::map<std::string, int> slotOf;    // node id -> step index producing its output
    std::map<std::string, int> consumers; // node id -> number of edges leaving it
    for (const GraphEdge& e : network.edges)
        ++consumers[e.from.node];

    for (const std::string& id : network.topologicalOrder()) {
        const GraphNode& node = *network.findNode(id);
        const nlohmann::json p = catalog.completeParams(id, node.type, node.params);
        Step step;
        step.id = id;
        const BlockSpec& spec = *catalog.find(node.type);
        for (const GraphEdge& e : network.edges)
            if (e.to.node == id)
                (spec.inputs.size() > 1 && e.to.port == spec.inputs[1].name ? step.second : step.input) =
                    slotOf.at(e.from.node);
        const auto inShape = [&] {
            for (const GraphEdge& e : network.edges)
                if (e.to.node == id)
                    return shapes.portShapes.at(e.from.node + "." + e.from.port);
            return TensorShape{};
        };
        const std::string& t = node.type;
        if (t == "ImageInput" || t == "LatentInput" || t == "LabelInput") {
            step.op = t == "LabelInput" ? Op::Label : Op::Input;
            step.inputIndex = static_cast<int>(inputNames_.size());
            inputNames_.push_back(id);
            inputIsLabel_.push_back(t == "LabelInput");
            if (inputNames_.size() == 1)
                inputShape_ = shapes.inputs.at(id);
            if (t == "LabelInput") {
                step.classes = p["classes"].get<int64_t>();
                if (labelClasses_ == 0)
                    labelClasses_ = step.classes;
                if (p["encoding"] == "embedding")
                    step.module = torch::nn::AnyModule(torch::nn::Embedding(
                        torch::nn::EmbeddingOptions(step.classes, p["embedding_size"].get<int64_t>())));
            }
        } else if (t == "Conv2d") {
            step.conv = torch::nn::Conv2d(
                torch::nn::Conv2dOptions(inShape().dims[0], p["out_channels"].get<int64_t>(), p["kernel_size"].get<int64_t>())
                    .stride(p["stride"].get<int64_t>())
                    .padding(p["padding"].get<int64_t>())
                    .bias(p["bias"].get<bool>()));
            step.module = torch::nn::AnyModule(step.conv);
            step.spectral = p.value("spectral_norm", false);
            step.stride = p["stride"].get<int64_t>();
            step.padding = p["padding"].get<int64_t>();
            if (step.spectral)
                step.op = Op::SpectralConvolution;
        } else if (t == "ConvTranspose2d") {
            step.op = Op::TransposedConvolution;
            step.stride = p["stride"].get<int64_t>();
            step.padding = p["padding"].get<int64_t>();
            step.outputPadding = p["output_padding"].get<int64_t>();
            step.transposed = torch::nn::ConvTranspose2d(
                torch::nn::ConvTranspose2dOptions(inShape().dims[0], p["out_channels"].get<int64_t>(),
                                                  p["kernel_size"].get<int64_t>())
                    .stride(step.stride)
                    .padding(step.padding)
                    .output_padding(step.outputPadding)
                    .bias(p["bias"].get<bool>()));
            step.module = torch::nn::AnyModule(step.transposed);
            step.spectral = p.value("spectral_norm", false);
        } else if (t == "Linear") {
            step.linear = torch::nn::Linear(
                torch::nn::LinearOptions(inShape().dims[0], p["out_features"].get<int64_t>()).bias(p["bias"].get<bool>()));
            step.module = torch::nn::AnyModule(step.linear);
            step.spectral = p.value("spectral_norm", false);
            if (step.spectral)
                step.op = Op::SpectralLinear;
        } else if (t == "BatchNorm2d") {
            step.module = torch::nn::AnyModule(torch::nn::BatchNorm2d(
                torch::nn::BatchNorm2dOptions(inShape().dims[0]).eps(p["eps"].get<double>()).momentum(p["momentum"].get<double>())));
        } else if (t == "ReLU" || t == "LeakyReLU") {
            step.op = t == "ReLU" ? Op::ReLU : Op::LeakyReLU;
            step.slope = t == "LeakyReLU" ? p["negative_slope"].get<double>() : 0.0;
            // In place is safe when nothing else reads the input and its producer's backward
            // does not need its own output (convolutions, linear and batch norm save inputs).
            const GraphNode* producer = nullptr;
            for (const GraphEdge& e : network.edges)
                if (e.to.node == id)
                    producer = network.findNode(e.from.node);
            step.inPlace = producer && consumers[producer->id] == 1 &&
                           (producer->type == "Conv2d" || producer->type == "ConvTranspose2d" ||
                            producer->type == "BatchNorm2d" || producer->type == "Linear");
        } else if (t == "InstanceNorm2d") {
            step.module = torch::nn::AnyModule(torch::nn::InstanceNorm2d(
                torch::nn::InstanceNorm2dOptions(inShape().dims[0]).eps(p["eps"].get<double>()).affine(true)));
        } else if (t == "Dropout") {
            step.module = torch::nn::AnyModule(torch::nn::Dropout(torch::nn::DropoutOptions(p["p"].get<double>())));
        } else if (t == "Dropout2d") {
            step.module = torch::nn::AnyModule(torch::nn::Dropout2d(torch::nn::Dropout2dOptions(p["p"].get<double>())));
        } else if (t == "LayerNorm") {
            step.module = torch::nn::AnyModule(
                torch::nn::LayerNorm(torch::nn::LayerNormOptions(inShape().dims).eps(p["eps"].get<double>())));
        } else if (t == "SeparableConv2d") {
            step.module = torch::nn::AnyModule(SeparableConvolution(
                inShape().dims[0], p["out_channels"].get<int64_t>(), p["kernel_size"].get<int64_t>(),
                p["stride"].get<int64_t>(), p["padding"].get<int64_t>(), p["bias"].get<bool>()));
        } else if (t == "SelfAttention") {
            step.module = torch::nn::AnyModule(SelfAttention(inShape().dims[0]));
        } else if (t == "Sampler") {
            step.op = Op::Sampler;
        } else if (t == "GlobalMaxPool") {
            step.op = Op::GlobalMaxPool;
        } else if (t == "ELU") {
            step.op = Op::ELU;
            step.slope = p["alpha"].get<double>();
        } else if (t == "Softmax") {
            step.op = Op::Softmax;
        } else if (t == "Upsample") {
            step.op = Op::Upsample;
            step.kernel = p["scale"].get<int64_t>();
            step.bilinear = p["mode"] == "bilinear";
        } else if (t == "MaxPool2d" || t == "AvgPool2d" || t == "MinPool2d") {
            step.op = t == "MaxPool2d" ? Op::MaxPool : t == "AvgPool2d" ? Op::AvgPool : Op::MinPool;
            step.kernel = p["kernel_size"].get<int64_t>();
            step.stride = p["stride"].get<int64_t>();
            step.padding = p["padding"].get<int64_t>();
        } else if (t == "GlobalAvgPool") {
            step.op = Op::GlobalAvgPool;
        } else if (t == "Add") {
            step.op = Op::Add;
        } else if (t == "Concat") {
            step.op = Op::Concat;
        } else if (t == "Tanh") {
            step.op = Op::Tanh;
        } else if (t == "Sigmoid") {
            step.op = Op::Sigmoid;
        } else if (t == "Flatten") {
            step.op = Op::Flatten;
        } else if (t == "Reshape") {
            step.op = Op::Reshape;
            step.shape = p["shape"].get<std::vector<int64_t>>();
        } else if (t == "Output") {
            step.op = Op::Output;
        } else {
            throw GraphError("The block type '" + t + "' (node '" + id + "') cannot be trained in this version.");
        }
        if (!step.module.is_empty())
            register_module(moduleName(id), step.module.ptr());
        if (step.spectral) {
            // u and v start as random unit vectors (from the generator the module is built with),
            // and are buffers: saved with the network and restored with it.
            const torch::Tensor weight = step.conv ? step.conv->weight : step.linear ? step.linear->weight
                                                                                  : step.transposed->weight;
            const bool transposed = !step.conv && !step.linear;
            const int64_t rows = transposed ? weight.size(1) : weight.size(0);
            const int64_t columns = weight.numel() / rows;
            torch::NoGradGuard noGrad;
            step.spectralU = register_buffer(moduleName(id) + "_sn_u",
                                             torch::nn::functional::normalize(torch::randn({rows}),
                                                                              torch::nn::functional::NormalizeFuncOptions().dim(0)));
            step.spectralV = register_buffer(moduleName(id) + "_sn_v",
                                             torch::nn::functional::normalize(torch::randn({columns}),
                                                                              torch::nn::functional::NormalizeFuncOptions().dim(0)));
        }
        slotOf[id] = static_cast<int>(steps_.size());
        if (step.op == Op::Output)
            outputSlot_ = step.input;
        steps_.push_back(std::move(step));
    }

    // A Sigmoid whose values reach the output unchanged but for their arrangement.
    int slot = outputSlot_;
    while (slot >= 0 && (steps_[slot].op == Op::Flatten || steps_[slot].op == Op::Reshape))
        slot = steps_[slot].input;
    if (slot >= 0 && steps_[slot].op == Op::Sigmoid)
        finalSigmoid_ = slot;
}

std::vector<torch::Tensor> GraphModuleImpl::run(const Inputs& inputs, int skipStep)
{
    if (inputs.size() != inputNames_.size())
        throw std::invalid_argument("GraphModule: " + std::to_string(inputNames_.size()) + " input tensor(s) needed, " +
                                    std::to_string(inputs.size()) + " given");
    kl_ = torch::Tensor();
    std::vector<torch::Tensor> values(steps_.size());
    for (size_t i = 0; i < steps_.size(); ++i) {
        Step& s = steps_[i];
        const torch::Tensor& x = s.input >= 0 ? values[s.input] : inputs[std::max(0, s.inputIndex)];
        if (static_cast<int>(i) == skipStep) {
            values[i] = x;
            continue;
        }
        switch (s.op) {
        case Op::Input: values[i] = x; break;
        case Op::Label: {
            const torch::Tensor labels = x.to(torch::kLong).view({-1});
            values[i] = s.module.is_empty() ? torch::one_hot(labels, s.classes).to(torch::kFloat32)
                                            : s.module.forward(labels);
            break;
        }
        case Op::Module: values[i] = s.module.forward(x); break;
        case Op::TransposedConvolution: {
            if (!s.spectral) {
                values[i] = x.is_cpu() ? transposedConvolution(s, x, s.transposed->weight) : s.transposed->forward(x);
                break;
            }
            const torch::Tensor weight = spectralWeight(s, s.transposed->weight, true);
            values[i] = x.is_cpu() ? transposedConvolution(s, x, weight)
                                   : torch::conv_transpose2d(x, weight, s.transposed->bias, s.stride, s.padding,
                                                             s.outputPadding);
            break;
        }
        case Op::SpectralConvolution:
            values[i] = torch::conv2d(x, spectralWeight(s, s.conv->weight, false), s.conv->bias, s.stride, s.padding);
            break;
        case Op::SpectralLinear:
            values[i] = torch::linear(x, spectralWeight(s, s.linear->weight, false), s.linear->bias);
            break;
        case Op::ReLU: values[i] = s.inPlace ? torch::relu_(values[s.input]) : torch::relu(x); break;
        case Op::LeakyReLU:
            values[i] = s.inPlace ? torch::leaky_relu_(values[s.input], s.slope) : torch::leaky_relu(x, s.slope);
            break;
        case Op::ELU: values[i] = torch::elu(x, s.slope); break;
        case Op::Softmax: values[i] = torch::softmax(x, 1); break;
        case Op::Upsample: {
            namespace F = torch::nn::functional;
            auto options = F::InterpolateFuncOptions()
                               .scale_factor(std::vector<double>{double(s.kernel), double(s.kernel)})
                               .mode(torch::kNearest);
            if (s.bilinear)
                options = options.mode(torch::kBilinear).align_corners(false);
            values[i] = F::interpolate(x, options);
            break;
        }
        case Op::MaxPool: values[i] = torch::max_pool2d(x, s.kernel, s.stride, s.padding); break;
        case Op::AvgPool: values[i] = torch::avg_pool2d(x, s.kernel, s.stride, s.padding); break;
        case Op::MinPool: values[i] = -torch::max_pool2d(-x, s.kernel, s.stride, s.padding); break;
        case Op::GlobalAvgPool: values[i] = x.mean({2, 3}, /*keepdim=*/true); break;
        case Op::GlobalMaxPool: values[i] = x.amax({2, 3}, /*keepdim=*/true); break;
        case Op::Sampler: {
            const torch::Tensor& logvar = values[s.second];
            // KL(N(mu, sigma^2) || N(0, 1)) summed over a sample's latent values, averaged over the batch.
            const torch::Tensor kl =
                -0.5 * (1 + logvar - x.pow(2) - logvar.exp()).flatten(1).sum(1).mean();
            kl_ = kl_.defined() ? kl_ + kl : kl;
            if (is_training()) {
                const torch::Tensor noise = noise_ ? torch::randn(x.sizes(), *noise_, x.options().device(torch::kCPU))
                                                         .to(x.device(), /*non_blocking=*/true)
                                                   : torch::randn_like(x);
                values[i] = x + torch::exp(0.5 * logvar) * noise;
            } else {
                values[i] = x;
            }
            break;
        }
        case Op::Add: values[i] = x + values[s.second]; break;
        case Op::Concat: {
            // A vector joined to a feature map is repeated at every pixel (labels as extra channels).
            torch::Tensor a = x, b = values[s.second];
            if (a.dim() == 4 && b.dim() == 2)
                b = b.view({b.size(0), b.size(1), 1, 1}).expand({b.size(0), b.size(1), a.size(2), a.size(3)});
            else if (a.dim() == 2 && b.dim() == 4)
                a = a.view({a.size(0), a.size(1), 1, 1}).expand({a.size(0), a.size(1), b.size(2), b.size(3)});
            values[i] = torch::cat({a, b}, 1);
            break;
        }
        case Op::Tanh: values[i] = torch::tanh(x); break;
        case Op::Sigmoid: values[i] = torch::sigmoid(x); break;
        case Op::Flatten: values[i] = x.flatten(1); break;
        case Op::Reshape: {
            std::vector<int64_t> shape = {x.size(0)};
            shape.insert(shape.end(), s.shape.begin(), s.shape.end());
            values[i] = x.reshape(shape);
            break;
        }
        case Op::Output: values[i] = x; break;
        }
    }
    return values;
}

torch::Tensor GraphModuleImpl::spectralWeight(Step& step, const torch::Tensor& weight, bool transposedLayout)
{
    // The weight as a matrix with one row per output channel (ConvTranspose2d keeps its output
    // channels in dimension 1, as PyTorch's spectral_norm does with dim=1).
    const torch::Tensor matrix =
        (transposedLayout ? weight.transpose(0, 1) : weight).reshape({step.spectralU.size(0), -1});
    if (is_training()) {
        // One power iteration per forward pass refines the estimate as training goes.
        torch::NoGradGuard noGrad;
        namespace F = torch::nn::functional;
        const auto unit = F::NormalizeFuncOptions().dim(0).eps(1e-12);
        step.spectralV.copy_(F::normalize(torch::mv(matrix.t(), step.spectralU), unit));
        step.spectralU.copy_(F::normalize(torch::mv(matrix, step.spectralV), unit));
    }
    // sigma = u^T W v, differentiable in W (u and v are constants of this pass).
    const torch::Tensor sigma = torch::dot(step.spectralU, torch::mv(matrix, step.spectralV));
    return weight / sigma;
}

namespace {

// The transposed convolution without bias: forward as one matrix product over the whole batch
// plus col2im (fold); backward by the two ordinary convolutions it is the adjoint of. Autograd of
// the forward ops would run im2col over the output gradient, the largest tensor of the layer,
// which made the backward 2 to 6 times slower than this for DCGAN's layers at batch 64.
//   y = W^T-conv(x)  =>  <y, g> = <x, conv2d(g, W)>, so
//   dx = conv2d(g, W)                        (an ordinary, fast convolution)
//   dW = weight gradient of conv2d(g, W) with output gradient x
class TransposedConvolutionFunction : public torch::autograd::Function<TransposedConvolutionFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& weight, int64_t stride, int64_t padding, int64_t outputPadding)
    {
        ctx->save_for_backward({x, weight});
        ctx->saved_data["stride"] = stride;
        ctx->saved_data["padding"] = padding;
        // weight: [in, out, k, k]
        const int64_t batch = x.size(0), in = x.size(1), h = x.size(2), w = x.size(3);
        const int64_t out = weight.size(1), k = weight.size(2);
        const int64_t outH = (h - 1) * stride - 2 * padding + k + outputPadding;
        const int64_t outW = (w - 1) * stride - 2 * padding + k + outputPadding;
        torch::Tensor columns =
            torch::mm(x.permute({0, 2, 3, 1}).reshape({batch * h * w, in}), weight.reshape({in, out * k * k}));
        columns = columns.view({batch, h * w, out * k * k}).transpose(1, 2);
        return torch::nn::functional::fold(
            columns, torch::nn::functional::FoldFuncOptions({outH, outW}, {k, k}).stride(stride).padding(padding));
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list gradients)
    {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &x = saved[0], &weight = saved[1];
        const int64_t stride = ctx->saved_data["stride"].toInt(), padding = ctx->saved_data["padding"].toInt();
        const torch::Tensor g = gradients[0].contiguous();
        torch::Tensor dx, dw;
        if (ctx->needs_input_grad(0))
            dx = torch::conv2d(g, weight, {}, stride, padding);
        if (ctx->needs_input_grad(1))
            dw = std::get<1>(at::convolution_backward(x.contiguous(), g, weight, c10::nullopt, {stride, stride},
                                                      {padding, padding}, {1, 1}, /*transposed=*/false, {0, 0},
                                                      /*groups=*/1, {false, true, false}));
        return {dx, dw, torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
};

}  // namespace

// A transposed convolution on the CPU (see TransposedConvolutionFunction). LibTorch's CPU kernel
// loops over the batch with one small product per image, which is slow when feature maps are
// small (4x4, 8x8: the first layers of a generator) and for the 1x1 latent input. Same weights,
// same result to rounding.
torch::Tensor GraphModuleImpl::transposedConvolution(const Step& step, const torch::Tensor& x, const torch::Tensor& weight)
{
    torch::Tensor y = TransposedConvolutionFunction::apply(x, weight, step.stride, step.padding, step.outputPadding);
    if (step.transposed->bias.defined())
        y = y + step.transposed->bias.view({1, -1, 1, 1});
    return y;
}

torch::Tensor GraphModuleImpl::forwardLogits(const Inputs& inputs)
{
    return run(inputs, finalSigmoid_)[outputSlot_];
}

torch::Tensor GraphModuleImpl::forward(const Inputs& inputs)
{
    // Only the output is kept: intermediate values die with the vector.
    return run(inputs)[outputSlot_];
}

std::map<std::string, torch::Tensor> GraphModuleImpl::forwardAll(const Inputs& inputs)
{
    std::vector<torch::Tensor> values = run(inputs);
    std::map<std::string, torch::Tensor> out;
    for (size_t i = 0; i < steps_.size(); ++i)
        if (steps_[i].op != Op::Output)
            out[steps_[i].id + ".out"] = values[i];
    return out;
}

void GraphModuleImpl::initialiseDcgan(torch::Generator& random)
{
    torch::NoGradGuard noGrad;
    for (auto& item : named_modules("", /*include_self=*/false)) {
        auto& m = item.value();
        if (auto* conv = m->as<torch::nn::Conv2dImpl>()) {
            conv->weight.normal_(0.0, 0.02, random);
            if (conv->bias.defined())
                conv->bias.zero_();
        } else if (auto* deconv = m->as<torch::nn::ConvTranspose2dImpl>()) {
            deconv->weight.normal_(0.0, 0.02, random);
            if (deconv->bias.defined())
                deconv->bias.zero_();
        } else if (auto* bn = m->as<torch::nn::BatchNorm2dImpl>()) {
            bn->weight.normal_(1.0, 0.02, random);
            bn->bias.zero_();
        }
    }
}

}  // namespace medsynth::engine
