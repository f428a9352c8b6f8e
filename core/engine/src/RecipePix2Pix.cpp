// Recipe pix2pix (Isola et al. 2017): paired image-to-image translation. A generator source ->
// target (a U-Net) against a PatchGAN discriminator that sees (source, target) pairs and gives one
// realness score per patch. Generator loss: adversarial + l1Weight x L1(output, target). The pairs
// come from the dataset's masks: "mask-to-image" (draw a lesion, get a slice) or "image-to-mask".
// Sample grid: source | output | target, for fixed pairs.

#include "Losses.h"
#include "Recipe.h"

#include "medsynth/engine/ShapeInference.h"

namespace medsynth::engine {

namespace {

class Pix2PixRecipe : public Recipe {
public:
    std::vector<std::string> roles() const override { return {"generator", "discriminator"}; }
    std::string generatingRole() const override { return "generator"; }

    bool maskToImage(const Experiment& e) const { return e.pairDirection == "mask-to-image"; }

    // Source and target of a batch, masks as images in [-1, 1].
    std::pair<torch::Tensor, torch::Tensor> pair(const Experiment& e, const torch::Tensor& images, const torch::Tensor& masks)
    {
        const torch::Tensor maskImages = masks * 2 - 1;
        return maskToImage(e) ? std::make_pair(maskImages, images) : std::make_pair(images, maskImages);
    }

    void prepare(TrainingState& s, const ImageSet& data) override
    {
        GraphModule& g = s.network("generator");
        GraphModule& d = s.network("discriminator");
        requireMasks(data, "pix2pix recipe");
        const TensorShape image = imageShapeOf(data), mask{{1, data.height, data.width}};
        const bool forward = maskToImage(s.experiment);
        const TensorShape source = forward ? mask : image, target = forward ? image : mask;
        const std::string direction = forward ? "from a lesion mask to an image" : "from an image to a lesion mask";
        if (g->inputNames().size() != 1 || g->inputIsLabel(0) || g->inputShape() != source)
            throw GraphError("Pix2pix " + direction + " needs a generator with one image input of " + source.toString() +
                             ", but its input is " + g->inputShape().toString() +
                             ". Set the generator's image input to that shape, or change the pair direction.");
        if (g->outputShape() != target)
            throw GraphError("Pix2pix " + direction + " needs a generator that makes " + target.toString() +
                             ", but it makes " + g->outputShape().toString() + ". Set its last layer's channels to " +
                             std::to_string(target.dims[0]) + ".");
        if (d->inputNames().size() != 2 || labelInputCount(d) != 0)
            throw GraphError("The pix2pix discriminator needs two image inputs: the source, then the target or the "
                             "generator's output.");
        // Shapes of the discriminator's inputs come from the graph (inputShape() is the first one's).
        const NetworkShapes shapes = inferShapes(*s.experiment.graph.findNetwork("discriminator"));
        const TensorShape second = shapes.inputs.at(d->inputNames()[1]);
        if (d->inputShape() != source || second != target)
            throw GraphError("The pix2pix discriminator's inputs are " + d->inputShape().toString() + " and " +
                             second.toString() + ", but the pairs are " + source.toString() + " (source) and " +
                             target.toString() + " (target). Set its image inputs to those shapes.");
        const int64_t n = std::min<int64_t>(s.experiment.sampleCount, s.images.size(0));
        std::tie(fixedSource_, fixedTarget_) = pair(s.experiment, s.onDevice(s.images.narrow(0, 0, n)), s.onDevice(s.masks.narrow(0, 0, n)));
    }

    NamedTensors step(TrainingState& s) override
    {
        GraphModule& g = s.network("generator");
        GraphModule& d = s.network("discriminator");
        const Experiment& e = s.experiment;
        const Batch batch = s.nextBatch();
        const auto [source, target] = pair(e, batch.images, batch.masks);

        const torch::Tensor fake = g->forward(inputsFor(g, {source}));
        clearGradients(*d);
        const torch::Tensor realScore = d->forwardLogits(inputsFor(d, {source, target}));
        const torch::Tensor fakeScore = d->forwardLogits(inputsFor(d, {source, fake.detach()}));
        const torch::Tensor lossD = discriminatorLoss(e.adversarialLoss, realScore, fakeScore);
        lossD.backward();
        const torch::Tensor normD = gradientNorm({*d});
        s.entry("discriminator").optimizer->step();

        clearGradients(*g);
        setRequiresGrad(*d, false);
        const torch::Tensor adversarial =
            generatorAdversarialLoss(e.adversarialLoss, d->forwardLogits(inputsFor(d, {source, fake})));
        const torch::Tensor l1 = (fake - target).abs().mean();
        const torch::Tensor lossG = adversarial + e.l1Weight * l1;
        lossG.backward();
        setRequiresGrad(*d, true);
        const torch::Tensor normG = gradientNorm({*g});
        s.entry("generator").optimizer->step();

        const bool probabilities = e.adversarialLoss == "bce";
        const auto shown = [&](const torch::Tensor& score) {
            return probabilities ? torch::sigmoid(score).mean() : score.mean();
        };
        return {{"loss_d", lossD},           {"loss_g", lossG},
                {"adversarial", adversarial}, {"l1", l1},
                {"d_real", shown(realScore)}, {"d_fake", shown(fakeScore)},
                {"grad_norm_g", normG},       {"grad_norm_d", normD}};
    }

    torch::Tensor samples(TrainingState&, GraphModule& g) override
    {
        const torch::Tensor output = keepingBuffers(*g, [&] { return g->forward(inputsFor(g, {fixedSource_})); });
        return sideBySide({fixedSource_, output, fixedTarget_});
    }

private:
    torch::Tensor fixedSource_, fixedTarget_;
};

}  // namespace

std::unique_ptr<Recipe> makePix2PixRecipe() { return std::make_unique<Pix2PixRecipe>(); }

}  // namespace medsynth::engine
