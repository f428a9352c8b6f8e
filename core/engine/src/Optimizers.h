#pragma once
// Optimizers: one per trained network, built from OptimizerSettings. SGD (with momentum), Adam,
// AdamW, RMSprop and AdaGrad are LibTorch's own (so a run matches PyTorch's update rules exactly);
// AdaDelta, which LibTorch 1.13's C++ API lacks, is written here as a torch::optim::Optimizer, so
// every optimizer saves and loads its state the same way (Optimizer::save/load) for checkpoints.
// Private to the engine (LibTorch header).

#include "medsynth/engine/Experiment.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace medsynth::engine {

struct AdadeltaOptions : public torch::optim::OptimizerCloneableOptions<AdadeltaOptions> {
    AdadeltaOptions(double lr = 1.0) : lr_(lr) {}
    TORCH_ARG(double, lr) = 1.0;
    TORCH_ARG(double, rho) = 0.9;
    TORCH_ARG(double, eps) = 1e-6;
    TORCH_ARG(double, weight_decay) = 0;

public:
    void serialize(torch::serialize::InputArchive& archive) override;
    void serialize(torch::serialize::OutputArchive& archive) const override;
    double get_lr() const override { return lr(); }
    void set_lr(const double rate) override { lr(rate); }
};

struct AdadeltaParamState : public torch::optim::OptimizerCloneableParamState<AdadeltaParamState> {
    TORCH_ARG(int64_t, step) = 0;
    TORCH_ARG(torch::Tensor, square_avg);  // running mean of squared gradients E[g^2]
    TORCH_ARG(torch::Tensor, acc_delta);   // running mean of squared updates E[dx^2]

public:
    void serialize(torch::serialize::InputArchive& archive) override;
    void serialize(torch::serialize::OutputArchive& archive) const override;
};

// Zeiler 2012, as in PyTorch's torch.optim.Adadelta:
//   g += weight_decay * p;  E[g^2] = rho E[g^2] + (1 - rho) g^2;
//   dx = sqrt(E[dx^2] + eps) / sqrt(E[g^2] + eps) * g;  E[dx^2] = rho E[dx^2] + (1 - rho) dx^2;
//   p -= lr * dx.
class Adadelta : public torch::optim::Optimizer {
public:
    explicit Adadelta(std::vector<torch::Tensor> params, AdadeltaOptions defaults = {});
    torch::Tensor step(LossClosure closure = nullptr) override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
};

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerSettings& settings,
                                                       std::vector<torch::Tensor> parameters);

// The learning rate of every parameter group.
void setOptimizerLearningRate(torch::optim::Optimizer& optimizer, double rate);

}  // namespace medsynth::engine
