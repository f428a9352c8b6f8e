// Recipes vae and cvae (Kingma and Welling 2014; Sohn et al. 2015): an encoder image (+ class) ->
// mu, log-variance -> Sampler -> z and a decoder z (+ class) -> image, trained together on
// reconstruction + beta x KL, the KL weight growing linearly over the warm-up steps.

#include "Recipe.h"
#include "VaeParts.h"

namespace medsynth::engine {

torch::Tensor reconstructionLoss(const std::string& kind, const torch::Tensor& reconstruction, const torch::Tensor& images)
{
    // Summed over a sample's pixels and averaged over the batch, the same scale as the KL term
    // (summed over the latent values), so beta = 1 is the evidence lower bound.
    if (kind == "bce") {
        // Images in [-1, 1] read as pixel probabilities (x + 1) / 2.
        const torch::Tensor p = ((reconstruction + 1) * 0.5).clamp(1e-6, 1 - 1e-6);
        return torch::binary_cross_entropy(p, (images + 1) * 0.5, {}, at::Reduction::Sum) / images.size(0);
    }
    return (reconstruction - images).pow(2).flatten(1).sum(1).mean();
}

double klWeight(const Experiment& e, int64_t stepsDone)
{
    if (e.klWarmupSteps <= 0)
        return e.klBeta;
    return e.klBeta * std::min(1.0, static_cast<double>(stepsDone) / static_cast<double>(e.klWarmupSteps));
}

void checkVaePair(const GraphNetwork& encoderNetwork, GraphModule& encoder, GraphModule& decoder, const ImageSet& data,
                  bool conditional, const std::string& recipeTitle)
{
    requireImageInput(encoder, "encoder", imageShapeOf(data));
    const size_t expectedInputs = conditional ? 2 : 1;
    if (encoder->inputNames().size() != expectedInputs || labelInputCount(encoder) != expectedInputs - 1)
        throw GraphError(conditional ? "The " + recipeTitle + " needs an encoder with two inputs: the image and the class label."
                                     : "The " + recipeTitle + " needs an encoder with one input, the image; an encoder with a "
                                       "class label needs the conditional VAE recipe (cvae).");
    if (decoder->inputNames().size() != expectedInputs || labelInputCount(decoder) != expectedInputs - 1 ||
        decoder->inputIsLabel(0) || !decoder->inputShape().isVector())
        throw GraphError(conditional ? "The " + recipeTitle + " needs a decoder with two inputs: a latent vector z followed "
                                       "by a class label."
                                     : "The " + recipeTitle + " needs a decoder that starts from one latent vector z.");
    if (encoder->outputShape() != decoder->inputShape())
        throw GraphError("The encoder gives a latent vector of " + encoder->outputShape().toString() +
                         " values but the decoder's z has " + decoder->inputShape().toString() +
                         ". Give the decoder's latent input the size of the encoder's sampler.");
    if (decoder->outputShape() != imageShapeOf(data))
        throw GraphError("The decoder makes " + decoder->outputShape().toString() + " images but the data is " +
                         imageShapeOf(data).toString() + ". Make the decoder's last layer produce the image shape.");
    // The KL term comes from the encoder's Sampler block: without one there is none.
    bool sampler = false;
    for (const GraphNode& node : encoderNetwork.nodes)
        sampler = sampler || node.type == "Sampler";
    if (!sampler)
        throw GraphError("The encoder must end in a VAE sampler block (mu and log-variance -> z), which gives the "
                         "KL term. Add a Sampler before the encoder's Output.");
    if (conditional) {
        if (encoder->labelClasses() != decoder->labelClasses())
            throw GraphError("The encoder knows " + std::to_string(encoder->labelClasses()) +
                             " classes but the decoder " + std::to_string(decoder->labelClasses()) +
                             ". Give both class-label inputs the same number of classes.");
        requireLabels(data, decoder->labelClasses(), recipeTitle);
    }
}

namespace {

class VaeRecipe : public Recipe {
public:
    explicit VaeRecipe(bool conditional) : conditional_(conditional) {}

    std::vector<std::string> roles() const override { return {"encoder", "decoder"}; }
    std::string generatingRole() const override { return "decoder"; }

    void prepare(TrainingState& s, const ImageSet& data) override
    {
        GraphModule& encoder = s.network("encoder");
        GraphModule& decoder = s.network("decoder");
        checkVaePair(*s.experiment.graph.findNetwork("encoder"), encoder, decoder, data, conditional_, conditional_ ? "conditional VAE" : "VAE");
        s.experiment.latentSize = static_cast<int>(decoder->inputShape().dims[0]);
        fixedLatent_ = s.latent(decoder, s.experiment.sampleCount);
        if (conditional_)
            fixedLabels_ = torch::arange(s.experiment.sampleCount, torch::kLong)
                               .remainder(decoder->labelClasses())
                               .to(s.device);
    }

    NamedTensors step(TrainingState& s) override
    {
        GraphModule& encoder = s.network("encoder");
        GraphModule& decoder = s.network("decoder");
        const Experiment& e = s.experiment;
        clearGradients(*encoder);
        clearGradients(*decoder);
        const Batch batch = s.nextBatch();
        const torch::Tensor classes = conditional_ ? batch.labels : torch::Tensor();
        const torch::Tensor z = encoder->forward(inputsFor(encoder, {batch.images}, classes));
        const torch::Tensor kl = encoder->klDivergence();
        const torch::Tensor reconstruction = decoder->forward(inputsFor(decoder, {z}, classes));
        const torch::Tensor recon = reconstructionLoss(e.reconstructionLoss, reconstruction, batch.images);
        const double weight = klWeight(e, s.stepsDone);
        const torch::Tensor loss = recon + weight * kl;
        loss.backward();
        const torch::Tensor norm = gradientNorm({*encoder, *decoder});
        s.entry("encoder").optimizer->step();
        s.entry("decoder").optimizer->step();
        return {{"loss", loss},
                {"reconstruction", recon},
                {"kl", kl},
                {"kl_weight", torch::full({}, weight, loss.options().dtype(torch::kFloat64))},
                {"grad_norm_g", norm}};
    }

    torch::Tensor samples(TrainingState&, GraphModule& decoder) override
    {
        return keepingBuffers(*decoder, [&] { return decoder->forward(inputsFor(decoder, {fixedLatent_}, fixedLabels_)); });
    }

private:
    bool conditional_;
    torch::Tensor fixedLatent_, fixedLabels_;
};

}  // namespace

std::unique_ptr<Recipe> makeVaeRecipe(bool conditional) { return std::make_unique<VaeRecipe>(conditional); }

}  // namespace medsynth::engine
