#pragma once
// Recipe: how one kind of model is trained. TrainingRun compiles the networks, builds the optimizers
// and the data, and calls the recipe; the recipe knows its networks' roles, checks that they fit the
// data, does one training step, and says what the sample grid shows. Each recipe is its own file
// (Recipe<Name>.cpp). Private to the engine (LibTorch header).

#include "TrainingState.h"

#include "medsynth/engine/ImageSet.h"
#include "medsynth/engine/TrainingRun.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace medsynth::engine {

// Named scalar values of a step, in report order, still on the device (one transfer for all).
using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;
using NamedValues = std::vector<std::pair<std::string, double>>;

class Recipe {
public:
    virtual ~Recipe() = default;
    // The roles of the networks the recipe needs; TrainingRun builds an optimizer for each.
    virtual std::vector<std::string> roles() const = 0;
    // The network whose output the sample grid shows and whose weights the moving average follows;
    // empty when the recipe generates nothing (classifier).
    virtual std::string generatingRole() const = 0;
    // Whether images are held out of training for metrics (TrainingRun splits them off).
    virtual bool holdsOut() const { return false; }
    // Checks the compiled networks against each other and the data (throws GraphError for the
    // model, std::invalid_argument for the data, with what to change) and draws fixed sample inputs.
    virtual void prepare(TrainingState& state, const ImageSet& data) = 0;
    // One training step: the losses and values to report, by name.
    virtual NamedTensors step(TrainingState& state) = 0;
    // Whether the recipe can do a discriminator update or a generator update alone (stepPart).
    virtual bool hasStepParts() const { return false; }
    // One part of a step (StepPart::Discriminator: one critic update, not counted as a step;
    // StepPart::Generator: one generator update). Recipes without parts do a whole step.
    virtual NamedTensors stepPart(TrainingState& state, StepPart) { return step(state); }
    // Training images one step reads (for images per second).
    virtual int64_t imagesPerStep(const Experiment& e) const { return e.batchSize; }
    // The sample grid's images [N, C, H, W] in [-1, 1], made with `generating` (the moving average
    // when it is on); undefined when the recipe has no grid (the classifier: observers get no
    // samplesReady).
    virtual torch::Tensor samples(TrainingState& state, GraphModule& generating) = 0;
    // Metrics on the held-out images, by name; empty when there are none.
    virtual NamedValues evaluate(TrainingState&) { return {}; }
};

std::unique_ptr<Recipe> makeRecipe(const std::string& name);
std::unique_ptr<Recipe> makeGanRecipe(const std::string& name);  // gan, cgan, wgan-gp
std::unique_ptr<Recipe> makeVaeRecipe(bool conditional);          // vae, cvae
std::unique_ptr<Recipe> makeVaeGanRecipe();
std::unique_ptr<Recipe> makePix2PixRecipe();
std::unique_ptr<Recipe> makeClassifierRecipe();
std::unique_ptr<Recipe> makeSegmentationRecipe();

// Shared checks, with user-facing messages.
TensorShape imageShapeOf(const ImageSet& data);
// The network's first input must take the dataset's images.
void requireImageInput(const GraphModule& network, const std::string& what, const TensorShape& imageShape);
// The dataset must have a class for every image within the network's classes.
void requireLabels(const ImageSet& data, int64_t classes, const std::string& recipeTitle);
void requireMasks(const ImageSet& data, const std::string& recipeTitle);
// Panels [N, C, H, W] joined left to right into [N, C, H, W1 + W2 ...]; one-channel panels are
// repeated to the others' channel count.
torch::Tensor sideBySide(const std::vector<torch::Tensor>& panels);

}  // namespace medsynth::engine
