#include "Optimizers.h"

#include <torch/optim/serialize.h>

namespace medsynth::engine {

void AdadeltaOptions::serialize(torch::serialize::InputArchive& archive)
{
    _TORCH_OPTIM_DESERIALIZE_TORCH_ARG(double, lr);
    _TORCH_OPTIM_DESERIALIZE_TORCH_ARG(double, rho);
    _TORCH_OPTIM_DESERIALIZE_TORCH_ARG(double, eps);
    _TORCH_OPTIM_DESERIALIZE_TORCH_ARG(double, weight_decay);
}

void AdadeltaOptions::serialize(torch::serialize::OutputArchive& archive) const
{
    _TORCH_OPTIM_SERIALIZE_TORCH_ARG(lr);
    _TORCH_OPTIM_SERIALIZE_TORCH_ARG(rho);
    _TORCH_OPTIM_SERIALIZE_TORCH_ARG(eps);
    _TORCH_OPTIM_SERIALIZE_TORCH_ARG(weight_decay);
}

void AdadeltaParamState::serialize(torch::serialize::InputArchive& archive)
{
    _TORCH_OPTIM_DESERIALIZE_TORCH_ARG(int64_t, step);
    _TORCH_OPTIM_DESERIALIZE_TORCH_ARG(torch::Tensor, square_avg);
    _TORCH_OPTIM_DESERIALIZE_TORCH_ARG(torch::Tensor, acc_delta);
}

void AdadeltaParamState::serialize(torch::serialize::OutputArchive& archive) const
{
    _TORCH_OPTIM_SERIALIZE_TORCH_ARG(step);
    _TORCH_OPTIM_SERIALIZE_TORCH_ARG(square_avg);
    _TORCH_OPTIM_SERIALIZE_TORCH_ARG(acc_delta);
}

Adadelta::Adadelta(std::vector<torch::Tensor> params, AdadeltaOptions defaults)
    : Optimizer({torch::optim::OptimizerParamGroup(std::move(params))}, std::make_unique<AdadeltaOptions>(defaults))
{
    TORCH_CHECK(defaults.lr() >= 0, "Invalid learning rate: ", defaults.lr());
    TORCH_CHECK(defaults.rho() >= 0 && defaults.rho() <= 1, "Invalid rho value: ", defaults.rho());
    TORCH_CHECK(defaults.eps() >= 0, "Invalid epsilon value: ", defaults.eps());
}

torch::Tensor Adadelta::step(LossClosure closure)
{
    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        torch::AutoGradMode enable(true);
        loss = closure();
    }
    for (auto& group : param_groups()) {
        const auto& options = static_cast<const AdadeltaOptions&>(group.options());
        for (auto& p : group.params()) {
            if (!p.grad().defined())
                continue;
            torch::Tensor grad = p.grad();
            if (options.weight_decay() != 0)
                grad = grad.add(p, options.weight_decay());
            auto found = state_.find(c10::guts::to_string(p.unsafeGetTensorImpl()));
            if (found == state_.end()) {
                auto fresh = std::make_unique<AdadeltaParamState>();
                fresh->square_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                fresh->acc_delta(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                found = state_.emplace(c10::guts::to_string(p.unsafeGetTensorImpl()), std::move(fresh)).first;
            }
            auto& state = static_cast<AdadeltaParamState&>(*found->second);
            state.step(state.step() + 1);
            const double rho = options.rho(), eps = options.eps();
            state.square_avg().mul_(rho).addcmul_(grad, grad, 1 - rho);
            const torch::Tensor delta = state.acc_delta().add(eps).sqrt_().div_(state.square_avg().add(eps).sqrt_()).mul_(grad);
            state.acc_delta().mul_(rho).addcmul_(delta, delta, 1 - rho);
            p.add_(delta, -options.lr());
        }
    }
    return loss;
}

void Adadelta::save(torch::serialize::OutputArchive& archive) const
{
    torch::optim::serialize<AdadeltaParamState, AdadeltaOptions>(archive, *this);
}

void Adadelta::load(torch::serialize::InputArchive& archive)
{
    torch::optim::serialize<AdadeltaParamState, AdadeltaOptions>(archive, *this);
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerSettings& o, std::vector<torch::Tensor> parameters)
{
    using namespace torch::optim;
    if (o.type == "sgd")
        return std::make_unique<SGD>(parameters, SGDOptions(o.learningRate).momentum(o.momentum).weight_decay(o.weightDecay));
    if (o.type == "adam")
        return std::make_unique<Adam>(parameters, AdamOptions(o.learningRate)
                                                      .betas(std::make_tuple(o.beta1, o.beta2))
                                                      .eps(o.eps)
                                                      .weight_decay(o.weightDecay));
    if (o.type == "adamw")
        return std::make_unique<AdamW>(parameters, AdamWOptions(o.learningRate)
                                                       .betas(std::make_tuple(o.beta1, o.beta2))
                                                       .eps(o.eps)
                                                       .weight_decay(o.weightDecay));
    if (o.type == "rmsprop")
        return std::make_unique<RMSprop>(
            parameters,
            RMSpropOptions(o.learningRate).alpha(o.alpha).eps(o.eps).momentum(o.momentum).weight_decay(o.weightDecay));
    if (o.type == "adagrad")
        return std::make_unique<Adagrad>(parameters,
                                         AdagradOptions(o.learningRate).eps(o.eps).weight_decay(o.weightDecay));
    if (o.type == "adadelta")
        return std::make_unique<Adadelta>(parameters,
                                          AdadeltaOptions(o.learningRate).rho(o.rho).eps(o.eps).weight_decay(o.weightDecay));
    throw std::invalid_argument("The optimizer '" + o.type +
                                "' is unknown; choose sgd, adam, adamw, rmsprop, adagrad or adadelta.");
}

void setOptimizerLearningRate(torch::optim::Optimizer& optimizer, double rate)
{
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(rate);
}

}  // namespace medsynth::engine
