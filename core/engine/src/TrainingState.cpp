#include "TrainingState.h"

#include "BatchAugmentation.h"

#include <atomic>

namespace medsynth::engine {

bool TrainingState::has(const std::string& role) const
{
    for (const TrainedNetwork& n : networks)
        if (n.role == role)
            return true;
    return false;
}

TrainedNetwork& TrainingState::entry(const std::string& role)
{
    for (TrainedNetwork& n : networks)
        if (n.role == role)
            return n;
    throw std::logic_error("TrainingState: no network with the role " + role);
}

Batch TrainingState::nextBatch()
{
    const int64_t n = images.size(0), b = experiment.batchSize;
    if (!order.defined() || cursor + b > n) {
        order = torch::randperm(n, random, torch::TensorOptions().dtype(torch::kLong)).to(dataDevice);
        cursor = 0;
        if (stepsDone > 0)
            ++epoch;
    }
    const torch::Tensor index = order.narrow(0, cursor, b);
    cursor += b;
    Batch batch;
    batch.images = onDevice(images.index_select(0, index));
    if (labels.defined())
        batch.labels = onDevice(labels.index_select(0, index));
    if (masks.defined())
        batch.masks = onDevice(masks.index_select(0, index));
    if (experiment.augmentation.any())
        std::tie(batch.images, batch.masks) = augmentBatch(experiment.augmentation, batch.images, batch.masks, random);
    return batch;
}

torch::Tensor TrainingState::latent(const GraphModule& network, int64_t count)
{
    std::vector<int64_t> shape = {count};
    shape.insert(shape.end(), network->inputShape().dims.begin(), network->inputShape().dims.end());
    return torch::randn(shape, random).to(device, /*non_blocking=*/true);
}

torch::Tensor TrainingState::randomClasses(int64_t classes, int64_t count)
{
    return torch::randint(classes, {count}, random, torch::TensorOptions().dtype(torch::kLong))
        .to(device, /*non_blocking=*/true);
}

torch::Tensor TrainingState::uniform(std::vector<int64_t> shape)
{
    return torch::rand(shape, random).to(device, /*non_blocking=*/true);
}

torch::Tensor TrainingState::onDevice(const torch::Tensor& t) const
{
    if (!t.defined() || t.device() == device)
        return t;
    if (device.is_cuda() && t.is_cpu())
        return t.pin_memory().to(device, /*non_blocking=*/true);
    return t.to(device);
}

GraphModuleImpl::Inputs inputsFor(const GraphModule& network, const std::vector<torch::Tensor>& tensors,
                                  const torch::Tensor& classes)
{
    GraphModuleImpl::Inputs inputs;
    size_t next = 0;
    for (size_t i = 0; i < network->inputNames().size(); ++i) {
        if (network->inputIsLabel(i)) {
            inputs.push_back(classes);
        } else {
            inputs.push_back(tensors.at(std::min(next, tensors.size() - 1)));
            ++next;
        }
    }
    return inputs;
}

size_t labelInputCount(const GraphModule& network)
{
    size_t n = 0;
    for (size_t i = 0; i < network->inputNames().size(); ++i)
        n += network->inputIsLabel(i) ? 1 : 0;
    return n;
}

void clearGradients(torch::nn::Module& m)
{
    for (auto& p : m.parameters())
        p.mutable_grad() = torch::Tensor();
}

void setRequiresGrad(torch::nn::Module& m, bool on)
{
    for (auto& p : m.parameters())
        p.requires_grad_(on);
}

namespace {
std::atomic<bool> channelsLastOnTheCpu{false};
}  // namespace

void toChannelsLast(torch::nn::Module& module)
{
    torch::NoGradGuard noGrad;
    for (torch::Tensor& p : module.parameters())
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
}

bool useChannelsLast(const torch::Device& device)
{
    return device.is_cuda() || channelsLastOnTheCpu.load();
}

void channelsLastOnTheCpuForTests(bool on)
{
    channelsLastOnTheCpu = on;
}

torch::Tensor gradientNorm(std::initializer_list<std::reference_wrapper<torch::nn::Module>> modules)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> gradients;
    torch::Device device = torch::kCPU;
    for (torch::nn::Module& m : modules)
        for (const torch::Tensor& p : m.parameters()) {
            device = p.device();
            if (p.grad().defined())
                gradients.push_back(p.grad());
        }
    if (gradients.empty())
        return torch::zeros({}, torch::TensorOptions().device(device));
    // One multi-tensor kernel for the per-parameter norms on a GPU (a loop on the CPU), then one more.
    return torch::stack(at::_foreach_norm(gradients)).norm();
}

torch::Tensor keepingBuffers(torch::nn::Module& module, const std::function<torch::Tensor()>& f)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> buffers = module.buffers();
    std::vector<torch::Tensor> saved;
    for (const torch::Tensor& b : buffers)
        saved.push_back(b.clone());
    torch::Tensor out = f();
    for (size_t i = 0; i < buffers.size(); ++i)
        buffers[i].copy_(saved[i]);
    return out;
}

torch::Tensor heldOutOutputs(TrainingState& s, GraphModule& network, bool logits)
{
    constexpr int64_t kStatisticsBatches = 8;
    const int64_t b = s.experiment.batchSize;
    const auto outputs = [&](const torch::Tensor& images) {
        std::vector<torch::Tensor> parts;
        for (int64_t i = 0; i < images.size(0); i += b) {
            const auto inputs = inputsFor(network, {s.onDevice(images.narrow(0, i, std::min(b, images.size(0) - i)))});
            parts.push_back(logits ? network->forwardLogits(inputs) : network->forward(inputs));
        }
        return torch::cat(parts);
    };
    std::vector<torch::nn::BatchNorm2dImpl*> norms;
    for (const auto& module : network->modules(/*include_self=*/false))
        if (auto* norm = module->as<torch::nn::BatchNorm2dImpl>())
            norms.push_back(norm);
    torch::NoGradGuard noGrad;
    const torch::Tensor out = keepingBuffers(*network, [&] {
        if (!norms.empty() && s.images.defined() && s.images.size(0) > 0) {
            network->eval();  // no Dropout, no sampling noise, no spectral-norm iteration...
            std::vector<c10::optional<double>> momenta;
            for (torch::nn::BatchNorm2dImpl* norm : norms) {
                norm->train();  // ... but BatchNorm measures its batches, as a plain average
                norm->reset_running_stats();
                momenta.push_back(norm->options.momentum());
                norm->options.momentum(c10::nullopt);
            }
            outputs(s.images.narrow(0, 0, std::min(s.images.size(0), kStatisticsBatches * b)));
            for (size_t i = 0; i < norms.size(); ++i)
                norms[i]->options.momentum(momenta[i]);
        }
        network->eval();
        return outputs(s.heldOutImages);
    });
    network->train();
    return out;
}

}  // namespace medsynth::engine
