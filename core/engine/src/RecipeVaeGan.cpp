// Recipe vae-gan (Larsen et al. 2016, "Autoencoding beyond pixels using a learned similarity
// metric"): a VAE whose decoder is also a GAN's generator. The discriminator tells real images
// from reconstructions and from decoded prior samples; the reconstruction error is measured on
// the discriminator's features at featureLayer (Dis_l in the paper; pixels when it is empty).
//   encoder:       KL x weight + reconstruction
//   decoder:       reconstructionWeight (gamma) x reconstruction + adversarial on both kinds of fakes
//   discriminator: adversarial loss, real against reconstructions and prior samples
// Each network gets the gradient of its own loss only (the paper's Algorithm 1).

#include "Losses.h"
#include "Recipe.h"
#include "VaeParts.h"

namespace medsynth::engine {

namespace {

class VaeGanRecipe : public Recipe {
public:
    std::vector<std::string> roles() const override { return {"encoder", "decoder", "discriminator"}; }
    std::string generatingRole() const override { return "decoder"; }

    void prepare(TrainingState& s, const ImageSet& data) override
    {
        GraphModule& encoder = s.network("encoder");
        GraphModule& decoder = s.network("decoder");
        GraphModule& d = s.network("discriminator");
        checkVaePair(*s.experiment.graph.findNetwork("encoder"), encoder, decoder, data, false, "VAE-GAN");
        requireImageInput(d, "discriminator", imageShapeOf(data));
        if (d->inputNames().size() != 1 || d->outputShape().elementCount() != 1)
            throw GraphError("The VAE-GAN discriminator needs one input, the image, and one score per image.");
        const std::string& layer = s.experiment.featureLayer;
        if (!layer.empty() && !s.experiment.graph.findNetwork("discriminator")->findNode(layer))
            throw GraphError("The feature layer '" + layer + "' for the VAE-GAN's reconstruction is not a block of the "
                             "discriminator. Name one of its blocks (a middle convolution's activation), or leave it "
                             "empty to compare pixels.");
        s.experiment.latentSize = static_cast<int>(decoder->inputShape().dims[0]);
        fixedLatent_ = s.latent(decoder, s.experiment.sampleCount);
    }

    // The reconstruction error of x~ against x: on the discriminator's features, or on pixels.
    torch::Tensor reconstruction(TrainingState& s, GraphModule& d, const torch::Tensor& reconstructed, const torch::Tensor& real)
    {
        const Experiment& e = s.experiment;
        if (e.featureLayer.empty())
            return reconstructionLoss(e.reconstructionLoss, reconstructed, real);
        const std::string key = e.featureLayer + ".out";
        torch::Tensor target;
        {
            torch::NoGradGuard noGrad;
            target = d->forwardAll(inputsFor(d, {real})).at(key);
        }
        const torch::Tensor features = d->forwardAll(inputsFor(d, {reconstructed})).at(key);
        return (features - target).pow(2).flatten(1).sum(1).mean();
    }

    NamedTensors step(TrainingState& s) override
    {
        GraphModule& encoder = s.network("encoder");
        GraphModule& decoder = s.network("decoder");
        GraphModule& d = s.network("discriminator");
        const Experiment& e = s.experiment;
        const int64_t b = e.batchSize;
        const Batch batch = s.nextBatch();

        const torch::Tensor z = encoder->forward(inputsFor(encoder, {batch.images}));
        const torch::Tensor kl = encoder->klDivergence();
        const torch::Tensor reconstructed = decoder->forward(inputsFor(decoder, {z}));
        const torch::Tensor prior = decoder->forward(inputsFor(decoder, {s.latent(decoder, b)}));

        // Discriminator: real images against reconstructions and prior samples.
        clearGradients(*d);
        const torch::Tensor realScore = d->forwardLogits(inputsFor(d, {batch.images})).view(-1);
        const torch::Tensor fakeScore =
            d->forwardLogits(inputsFor(d, {torch::cat({reconstructed.detach(), prior.detach()})})).view(-1);
        const torch::Tensor lossD = discriminatorLoss(e.adversarialLoss, realScore, fakeScore);
        lossD.backward();
        const torch::Tensor normD = gradientNorm({*d});
        s.entry("discriminator").optimizer->step();

        // Encoder and decoder, each on its own loss, with the discriminator fixed.
        setRequiresGrad(*d, false);
        const torch::Tensor recon = reconstruction(s, d, reconstructed, batch.images);
        const torch::Tensor adversarial = generatorAdversarialLoss(
            e.adversarialLoss, d->forwardLogits(inputsFor(d, {torch::cat({reconstructed, prior})})).view(-1));
        const double weight = klWeight(e, s.stepsDone);
        const torch::Tensor lossE = weight * kl + recon;
        const torch::Tensor lossDec = e.reconstructionWeight * recon + adversarial;
        const std::vector<torch::Tensor> encoderParameters = encoder->parameters(), decoderParameters = decoder->parameters();
        const auto encoderGradients = torch::autograd::grad({lossE}, encoderParameters, {}, /*retain_graph=*/true,
                                                            false, /*allow_unused=*/true);
        const auto decoderGradients = torch::autograd::grad({lossDec}, decoderParameters, {}, /*retain_graph=*/false,
                                                            false, /*allow_unused=*/true);
        setRequiresGrad(*d, true);
        for (size_t i = 0; i < encoderParameters.size(); ++i)
            encoderParameters[i].mutable_grad() = encoderGradients[i];
        for (size_t i = 0; i < decoderParameters.size(); ++i)
            decoderParameters[i].mutable_grad() = decoderGradients[i];
        const torch::Tensor normG = gradientNorm({*encoder, *decoder});
        s.entry("encoder").optimizer->step();
        s.entry("decoder").optimizer->step();

        const bool probabilities = e.adversarialLoss == "bce";
        const auto shown = [&](const torch::Tensor& score) {
            return probabilities ? torch::sigmoid(score).mean() : score.mean();
        };
        return {{"loss_d", lossD},
                {"loss_g", lossDec},
                {"loss_e", lossE},
                {"reconstruction", recon},
                {"kl", kl},
                {"kl_weight", torch::full({}, weight, lossD.options().dtype(torch::kFloat64))},
                {"d_real", shown(realScore)},
                {"d_fake", shown(fakeScore)},
                {"grad_norm_g", normG},
                {"grad_norm_d", normD}};
    }

    torch::Tensor samples(TrainingState&, GraphModule& decoder) override
    {
        return keepingBuffers(*decoder, [&] { return decoder->forward(inputsFor(decoder, {fixedLatent_})); });
    }

private:
    torch::Tensor fixedLatent_;
};

}  // namespace

std::unique_ptr<Recipe> makeVaeGanRecipe() { return std::make_unique<VaeGanRecipe>(); }

}  // namespace medsynth::engine
