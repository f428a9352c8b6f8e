#pragma once
// GraphModule: one network of a GraphDocument compiled to a LibTorch module that evaluates the
// DAG in topological order. Private to the engine (LibTorch header). Construction validates the
// network with shape inference first and throws GraphError with the first diagnostic, so a module
// that exists is known to fit together.

#include "medsynth/engine/GraphDocument.h"
#include "medsynth/engine/TensorShape.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace medsynth::engine {

class GraphModuleImpl : public torch::nn::Module {
public:
    explicit GraphModuleImpl(const GraphNetwork& network);

    // One batched tensor per input block, in the order of inputNames(): floats [B, ...] for images
    // and latent vectors, class indices [B] (integers) for class labels. The single Output's value out.
    using Inputs = std::vector<torch::Tensor>;
    torch::Tensor forward(const Inputs& inputs);
    torch::Tensor forward(const torch::Tensor& input) { return forward(Inputs{input}); }
    // When the network ends in a Sigmoid (possibly followed by Flatten or Reshape), the same
    // output without that Sigmoid: the logits, for numerically stable binary cross-entropy.
    // Otherwise the plain output, which is then taken to be logits already.
    torch::Tensor forwardLogits(const Inputs& inputs);
    torch::Tensor forwardLogits(const torch::Tensor& input) { return forwardLogits(Inputs{input}); }
    bool endsWithSigmoid() const { return finalSigmoid_ >= 0; }
    // Every node's output ("node.port" -> tensor) for one batched input; for probing and tests.
    std::map<std::string, torch::Tensor> forwardAll(const Inputs& inputs);
    std::map<std::string, torch::Tensor> forwardAll(const torch::Tensor& input) { return forwardAll(Inputs{input}); }

    // The input blocks (ids, and whether each takes class labels), in forward()'s order.
    const std::vector<std::string>& inputNames() const { return inputNames_; }
    bool inputIsLabel(size_t index) const { return inputIsLabel_.at(index); }
    // Number of classes of the first class-label input; 0 without one.
    int64_t labelClasses() const { return labelClasses_; }
    // Shape of the first input, for networks with one (per sample, as the block produces it).
    const TensorShape& inputShape() const { return inputShape_; }
    // The KL divergence term of the VAE samplers in the last forward pass (undefined without any), as a
    // tensor in the autograd graph: the mean over the batch of each sample's KL sum.
    const torch::Tensor& klDivergence() const { return kl_; }
    // Where the samplers draw their noise in training mode: this generator (on the CPU, then moved
    // to the data's device), so a run's random stream alone decides them; without one, the
    // global generator.
    void setNoiseGenerator(const torch::Generator& random) { noise_ = random; }
    const TensorShape& outputShape() const { return outputShape_; }
    // DCGAN initialisation: convolution weights ~ N(0, 0.02), batch-norm weights ~ N(1, 0.02),
    // biases 0 (Radford et al., section 4).
    void initialiseDcgan(torch::Generator& random);

private:
    enum class Op {
        Input, Label, Module, TransposedConvolution, ReLU, LeakyReLU, ELU, Tanh, Sigmoid, Softmax, Upsample, MaxPool,
        AvgPool, MinPool, GlobalAvgPool, GlobalMaxPool, Add, Concat, Sampler, Flatten, Reshape, Output,
        SpectralConvolution, SpectralLinear
    };
    struct Step {
        std::string id;
        Op op = Op::Module;
        int input = -1;             // slot read (index into the value list); -1 for the input node
        int second = -1;            // second input port (Add and Concat "b", Sampler "logvar")
        int inputIndex = -1;        // Input and Label: which of forward()'s tensors
        int64_t classes = 0;        // Label: one-hot width (when module is empty) or embedding rows
        bool inPlace = false;       // activation may overwrite its input (sole consumer, safe producer)
        double slope = 0.0;         // LeakyReLU's slope, ELU's alpha
        int64_t kernel = 1;         // pooling window
        bool bilinear = false;      // Upsample mode
        std::vector<int64_t> shape; // Reshape, without batch
        torch::nn::AnyModule module;
        torch::nn::ConvTranspose2d transposed{nullptr};  // TransposedConvolution
        int64_t stride = 1, padding = 0, outputPadding = 0;
        // Spectral normalisation (Miyato et al. 2018) of a weight layer: the weight is divided by
        // its largest singular value, estimated by one power iteration per training forward pass
        // from the registered buffers u and v.
        bool spectral = false;
        torch::nn::Conv2d conv{nullptr};      // SpectralConvolution
        torch::nn::Linear linear{nullptr};    // SpectralLinear
        torch::Tensor spectralU, spectralV;
    };
    // weight / sigma(weight); transposedLayout: the weight is [in, out, k, k] (ConvTranspose2d).
    torch::Tensor spectralWeight(Step& step, const torch::Tensor& weight, bool transposedLayout);
    std::vector<torch::Tensor> run(const Inputs& inputs, int skipStep = -1);
    static torch::Tensor transposedConvolution(const Step& step, const torch::Tensor& x, const torch::Tensor& weight);

    std::vector<Step> steps_;
    int outputSlot_ = -1;
    int finalSigmoid_ = -1;
    c10::optional<torch::Generator> noise_;
    torch::Tensor kl_;  // step index of a Sigmoid that only shape steps separate from the output
    TensorShape inputShape_;
    std::vector<std::string> inputNames_;
    std::vector<bool> inputIsLabel_;
    int64_t labelClasses_ = 0;
    TensorShape outputShape_;
};
TORCH_MODULE(GraphModule);

}  // namespace medsynth::engine
