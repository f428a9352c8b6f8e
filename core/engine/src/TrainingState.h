#pragma once
// TrainingState: everything a training run holds, in one place. The networks by role with their
// optimizers, the moving average of the generating network, the run's random stream and the data
// cursor are the state a checkpoint must save and restore to resume bit for bit:
//   - networks[i].module (parameters and buffers), networks[i].optimizer (Optimizer::save/load),
//     networks[i].baseLearningRate;
//   - average (parameters and buffers), when present;
//   - random (the run's own generator: batches, z, sampler noise), order, cursor, epoch, stepsDone.
// The global LibTorch generator drives only module construction (seeded first) and Dropout blocks.
// Data tensors, fixed sample inputs and the held-out split are rebuilt from the experiment and
// the dataset. Private to the engine (LibTorch header).

#include "GraphModule.h"

#include "medsynth/engine/Experiment.h"

#include <torch/torch.h>

#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace medsynth::engine {

struct TrainedNetwork {
    std::string role;      // "generator", "discriminator", "encoder", "decoder", "classifier", "segmenter"
    GraphModule module{nullptr};
    std::unique_ptr<torch::optim::Optimizer> optimizer;  // null for a network the recipe does not train
    double baseLearningRate = 0;  // before the schedule's factor; setLearningRate changes it
};

// One batch drawn from the training images.
struct Batch {
    torch::Tensor images;  // [B, C, H, W] in [-1, 1]
    torch::Tensor labels;  // [B] class indices; undefined without labels
    torch::Tensor masks;   // [B, 1, H, W] of 0 and 1; undefined without masks
};

struct TrainingState {
    Experiment experiment;
    torch::Device device{torch::kCPU};      // where the networks run
    // Where the data tensors below live: the device when the dataset fits there with room to train
    // (TrainingRun.cpp, placeImages), else the host, from where each batch goes over on its own.
    torch::Device dataDevice{torch::kCPU};

    // --- checkpointed state ---
    std::vector<TrainedNetwork> networks;
    GraphModule average{nullptr};  // moving average of the generating network's weights (ema on)
    torch::Generator random;
    torch::Tensor order;           // this epoch's permutation of the training images
    int64_t cursor = 0;
    int64_t epoch = 0;
    int64_t stepsDone = 0;

    // --- rebuilt on construction ---
    torch::Tensor images;          // [N, C, H, W] training images on dataDevice
    torch::Tensor labels;          // [N] or undefined
    torch::Tensor masks;           // [N, 1, H, W] floats 0/1, or undefined
    torch::Tensor heldOutImages, heldOutLabels, heldOutMasks;  // held-out images (classifier, segmentation)

    bool has(const std::string& role) const;
    TrainedNetwork& entry(const std::string& role);
    GraphModule& network(const std::string& role) { return entry(role).module; }

    // The next batch of training images (a new permutation each epoch), augmented as the
    // experiment says (BatchAugmentation.h), with the run's random stream.
    Batch nextBatch();
    // count latent vectors for this network's first input, drawn on the CPU from the run's stream
    // (so CPU and GPU runs see the same z) and moved to the device.
    torch::Tensor latent(const GraphModule& network, int64_t count);
    torch::Tensor randomClasses(int64_t classes, int64_t count);
    torch::Tensor uniform(std::vector<int64_t> shape);
    // t on the compute device: data tensors (or parts of them) kept on the host go over here,
    // through pinned memory so that the copy overlaps the GPU's work. t itself when already there.
    torch::Tensor onDevice(const torch::Tensor& t) const;
};

// A network's input tensors: class labels for its label inputs, the given tensors in order for the
// others (the last one repeated when fewer are given).
GraphModuleImpl::Inputs inputsFor(const GraphModule& network, const std::vector<torch::Tensor>& tensors,
                                  const torch::Tensor& classes = {});
size_t labelInputCount(const GraphModule& network);

// Drops gradients instead of zeroing them: the next backward writes fresh ones, saving a pass.
void clearGradients(torch::nn::Module& module);
void setRequiresGrad(torch::nn::Module& module, bool on);
// The global L2 norm of the modules' parameter gradients (as clip_grad_norm_ measures it: the norm
// of the per-parameter norms), a 0-dim tensor on the device for the step's one transfer; 0 when no
// parameter has a gradient. Call it after backward and before the optimizer's step: it only reads
// the gradients, so training is the same with or without it.
// Puts the module's 4-D parameters (convolution weights) in channels-last memory format, which
// cuDNN's tensor-core convolutions prefer; their values do not change, and convolutions then give
// channels-last activations. Training does this on CUDA devices (useChannelsLast).
void toChannelsLast(torch::nn::Module& module);
// Whether a run on this device trains channels-last: on CUDA; on the CPU only when a test asks
// for it (channelsLastOnTheCpuForTests), to check every template's layers take such tensors.
bool useChannelsLast(const torch::Device& device);
void channelsLastOnTheCpuForTests(bool on);

torch::Tensor gradientNorm(std::initializer_list<std::reference_wrapper<torch::nn::Module>> modules);

// Runs f with the module's batch-norm running statistics restored afterwards: sampling in training
// mode (batch statistics) that leaves the model as it was.
torch::Tensor keepingBuffers(torch::nn::Module& module, const std::function<torch::Tensor()>& f);

// The network's outputs (logits: before a final Sigmoid) on the held-out images, in eval mode and
// in batches, with "precise" BatchNorm statistics: the running averages (momentum 0.1) lag far
// behind a network whose weights still change quickly, and evaluated with them a classifier that
// is right on 95% of its training batches was at chance on held-out images. So the BatchNorm
// statistics are first recomputed for the current weights as plain averages over up to 8 training
// batches (the first training images, in order: nothing random is drawn, Dropout and the VAE
// sampler are off), and afterwards every buffer is restored: training goes on exactly as it would
// without evaluation.
torch::Tensor heldOutOutputs(TrainingState& state, GraphModule& network, bool logits);

}  // namespace medsynth::engine
