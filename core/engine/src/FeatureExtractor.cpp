#include "medsynth/engine/FeatureExtractor.h"

#include "medsynth/engine/Sha256.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <cmath>
#include <fstream>
#include <stdexcept>

namespace medsynth::engine {
namespace {

uint64_t splitMix64(uint64_t& state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// He-uniform weights from our own generator, so they are the same whatever LibTorch's RNG does.
std::vector<torch::Tensor> builtinWeights()
{
    const int64_t widths[] = {1, 32, 64, 128, 256};
    uint64_t state = FeatureExtractor::kBuiltinSeed;
    std::vector<torch::Tensor> weights;
    for (int layer = 0; layer < 4; ++layer) {
        const int64_t in = widths[layer], out = widths[layer + 1];
        const double bound = std::sqrt(6.0 / double(in * 9));
        torch::Tensor w = torch::empty({out, in, 3, 3}, torch::kFloat32);
        float* p = w.data_ptr<float>();
        for (int64_t i = 0; i < w.numel(); ++i) {
            const double u = double(splitMix64(state) >> 11) * 0x1.0p-53;  // [0, 1)
            p[i] = static_cast<float>((2.0 * u - 1.0) * bound);
        }
        weights.push_back(w);
    }
    return weights;
}

std::string fileName(const std::string& path)
{
    const size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string firstLine(const std::string& text)
{
    const size_t end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

// Resize N x C x H x W to height x width: area averaging when shrinking both sides, else bilinear.
torch::Tensor resize(const torch::Tensor& x, int64_t height, int64_t width)
{
    if (x.size(2) == height && x.size(3) == width)
        return x;
    if (x.size(2) >= height && x.size(3) >= width)
        return torch::adaptive_avg_pool2d(x, {height, width});
    return torch::nn::functional::interpolate(
        x, torch::nn::functional::InterpolateFuncOptions()
               .size(std::vector<int64_t>{height, width})
               .mode(torch::kBilinear)
               .align_corners(false));
}

torch::Tensor adaptChannels(const torch::Tensor& x, int64_t channels)
{
    if (x.size(1) == channels)
        return x;
    if (channels == 1)
        return x.mean(1, /*keepdim=*/true);
    if (x.size(1) == 1)
        return x.expand({x.size(0), channels, x.size(2), x.size(3)});
    throw std::runtime_error("the feature network takes " + std::to_string(channels) + " channels, the images have " +
                             std::to_string(x.size(1)));
}

}  // namespace

struct FeatureExtractor::Impl {
    bool builtin = true;
    std::vector<torch::Tensor> weights;  // built-in
    torch::jit::Module module;           // TorchScript
    std::string path;
    std::string sha256;
    int64_t inputHeight = 0;             // 0: the images' own size
    int64_t inputWidth = 0;
    int64_t inputChannels = 3;

    torch::Tensor forward(const torch::Tensor& batch)
    {
        if (builtin) {
            torch::Tensor x = resize(adaptChannels(batch, 1), kBuiltinInputSize, kBuiltinInputSize);
            std::vector<torch::Tensor> pooled;
            for (const torch::Tensor& w : weights) {
                x = torch::leaky_relu(torch::conv2d(x, w, {}, /*stride=*/2, /*padding=*/1), 0.2);
                pooled.push_back(x.mean({2, 3}));
            }
            return torch::cat(pooled, 1);
        }
        torch::Tensor x = adaptChannels(batch, inputChannels);
        if (inputHeight > 0)
            x = resize(x, inputHeight, inputWidth);
        torch::jit::IValue out = module.forward({x.contiguous()});
        if (out.isTuple())
            out = out.toTuple()->elements().at(0);
        else if (out.isList())
            out = out.toList().get(0);
        if (!out.isTensor())
            throw std::runtime_error(fileName(path) + ": forward returned no tensor");
        torch::Tensor y = out.toTensor();
        bool trailingOnes = y.dim() >= 2;
        for (int64_t k = 2; k < y.dim(); ++k)
            trailingOnes = trailingOnes && y.size(k) == 1;
        if (!trailingOnes || y.size(0) != batch.size(0))
            throw std::runtime_error(fileName(path) + ": forward returned a tensor of shape " +
                                     c10::str(y.sizes()) + "; expected N x D features for N = " +
                                     std::to_string(batch.size(0)));
        return y.flatten(1);
    }
};

FeatureExtractor::FeatureExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FeatureExtractor::FeatureExtractor(FeatureExtractor&&) noexcept = default;
FeatureExtractor& FeatureExtractor::operator=(FeatureExtractor&&) noexcept = default;
FeatureExtractor::~FeatureExtractor() = default;

FeatureExtractor FeatureExtractor::builtin()
{
    auto impl = std::make_unique<Impl>();
    impl->builtin = true;
    impl->weights = builtinWeights();
    return FeatureExtractor(std::move(impl));
}

FeatureExtractor FeatureExtractor::fromTorchScript(const std::string& path, int inputSize)
{
    if (!std::ifstream(path, std::ios::binary))
        throw std::runtime_error(path + ": cannot open the feature network file");
    auto impl = std::make_unique<Impl>();
    impl->builtin = false;
    impl->path = path;
    try {
        impl->module = torch::jit::load(path, torch::kCPU);
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": not a TorchScript file (" + firstLine(e.what()) + ")");
    }
    impl->module.eval();
    impl->sha256 = sha256OfFile(path);
    auto intAttribute = [&](const char* name, int64_t& first, int64_t* second) {
        if (!impl->module.hasattr(name))
            return;
        const torch::jit::IValue v = impl->module.attr(name);
        if (v.isInt()) {
            first = v.toInt();
            if (second)
                *second = first;
        } else if (second && v.isIntList() && v.toIntList().size() == 2) {
            first = v.toIntList().get(0);
            *second = v.toIntList().get(1);
        } else if (second && v.isTuple() && v.toTuple()->elements().size() == 2 &&
                   v.toTuple()->elements()[0].isInt() && v.toTuple()->elements()[1].isInt()) {
            first = v.toTuple()->elements()[0].toInt();
            *second = v.toTuple()->elements()[1].toInt();
        } else {
            throw std::runtime_error(path + ": attribute '" + name + "' is not an integer");
        }
    };
    intAttribute("input_size", impl->inputHeight, &impl->inputWidth);
    intAttribute("input_channels", impl->inputChannels, nullptr);
    if (inputSize > 0)
        impl->inputHeight = impl->inputWidth = inputSize;
    if (impl->inputHeight < 0 || impl->inputWidth < 0 || (impl->inputChannels != 1 && impl->inputChannels != 3))
        throw std::runtime_error(path + ": input_size must be positive and input_channels 1 or 3");
    return FeatureExtractor(std::move(impl));
}

std::string FeatureExtractor::label() const
{
    return impl_->builtin ? "built-in features (medsynth-v1)" : fileName(impl_->path);
}

std::string FeatureExtractor::id() const
{
    return impl_->builtin ? "builtin:medsynth-v1" : "torchscript:" + fileName(impl_->path);
}

std::string FeatureExtractor::fileSha256() const
{
    return impl_->sha256;
}

bool FeatureExtractor::isBuiltin() const
{
    return impl_->builtin;
}

FeatureMatrix FeatureExtractor::extract(const ImageSet& images, int batchSize) const
{
    if (images.count < 1 || images.values.size() != images.count * images.imageSize())
        throw std::runtime_error("feature extraction needs at least one complete image");
    if (batchSize < 1)
        batchSize = 64;
    torch::NoGradGuard noGrad;
    FeatureMatrix result;
    result.rows = images.count;
    for (int start = 0; start < images.count; start += batchSize) {
        const int n = std::min(batchSize, images.count - start);
        const torch::Tensor batch = torch::from_blob(const_cast<float*>(images.values.data()) + start * images.imageSize(),
                                                     {n, images.channels, images.height, images.width}, torch::kFloat32);
        torch::Tensor features;
        try {
            features = impl_->forward(batch).to(torch::kFloat64).contiguous();
        } catch (const c10::Error& e) {
            throw std::runtime_error(label() + ": the feature network failed on " + std::to_string(images.channels) +
                                     "x" + std::to_string(images.height) + "x" + std::to_string(images.width) +
                                     " images (" + firstLine(e.what()) + ")");
        }
        if (start == 0) {
            result.cols = features.size(1);
            result.values.reserve(static_cast<size_t>(result.rows * result.cols));
        } else if (features.size(1) != result.cols) {
            throw std::runtime_error(label() + ": feature dimension changed between batches");
        }
        const double* p = features.data_ptr<double>();
        result.values.insert(result.values.end(), p, p + features.numel());
    }
    return result;
}

}  // namespace medsynth::engine
