// Recipes gan, cgan and wgan-gp: a generator z (+ class) -> image against a discriminator
// image (+ class) -> one score per image.

#include "Losses.h"
#include "Recipe.h"

namespace medsynth::engine {

namespace {

class GanRecipe : public Recipe {
public:
    explicit GanRecipe(std::string name) : name_(std::move(name)) {}

    std::vector<std::string> roles() const override { return {"generator", "discriminator"}; }
    std::string generatingRole() const override { return "generator"; }
    int64_t imagesPerStep(const Experiment& e) const override { return int64_t(e.batchSize) * e.criticSteps; }

    bool conditional() const { return name_ == "cgan"; }
    bool wasserstein() const { return name_ == "wgan-gp"; }

    void prepare(TrainingState& s, const ImageSet& data) override
    {
        GraphModule& g = s.network("generator");
        GraphModule& d = s.network("discriminator");
        if (g->outputShape() != d->inputShape())
            throw GraphError("The generator makes " + g->outputShape().toString() +
                             " images but the discriminator expects " + d->inputShape().toString() +
                             ". Make the generator's last layer produce the discriminator's input shape.");
        requireImageInput(d, "discriminator", imageShapeOf(data));
        if (d->outputShape().elementCount() != 1)
            throw GraphError("The discriminator must end in one score per image, but it gives " +
                             d->outputShape().toString() + ".");
        const size_t expectedInputs = conditional() ? 2 : 1;
        if (g->inputNames().size() != expectedInputs || labelInputCount(g) != expectedInputs - 1 || g->inputIsLabel(0) ||
            !g->inputShape().isVector())
            throw GraphError(conditional()
                                 ? "The conditional GAN recipe needs a generator with two inputs: a latent vector z "
                                   "followed by a class label."
                                 : "This recipe needs a generator that starts from one latent vector z and nothing "
                                   "else; a generator with a class label needs the conditional GAN recipe (cgan).");
        if (d->inputNames().size() != expectedInputs || labelInputCount(d) != expectedInputs - 1)
            throw GraphError(conditional() ? "The conditional GAN recipe needs a discriminator with two inputs: the "
                                             "image and the class label."
                                           : "This recipe needs a discriminator with one input, the image.");
        s.experiment.latentSize = static_cast<int>(g->inputShape().dims[0]);
        fixedLatent_ = s.latent(g, s.experiment.sampleCount);
        if (conditional()) {
            classes_ = g->labelClasses();
            if (d->labelClasses() != classes_)
                throw GraphError("The generator knows " + std::to_string(classes_) + " classes but the discriminator " +
                                 std::to_string(d->labelClasses()) +
                                 ". Give both class-label inputs the same number of classes.");
            requireLabels(data, classes_, "conditional GAN");
            fixedLabels_ = torch::arange(s.experiment.sampleCount, torch::kLong).remainder(classes_).to(s.device);
        }
    }

    NamedTensors step(TrainingState& s) override
    {
        GraphModule& g = s.network("generator");
        GraphModule& d = s.network("discriminator");
        auto& optimizerD = *s.entry("discriminator").optimizer;
        auto& optimizerG = *s.entry("generator").optimizer;
        const Experiment& e = s.experiment;
        const int64_t b = e.batchSize;
        const std::string& loss = e.adversarialLoss;

        // Discriminator (critic): criticSteps updates, each on a fresh real batch and fresh fakes.
        torch::Tensor lossD, realScore, fakeScore, fake, fakeClasses;
        for (int c = 0; c < e.criticSteps; ++c) {
            clearGradients(*d);
            const Batch real = s.nextBatch();
            fakeClasses = conditional() ? s.randomClasses(classes_, b) : torch::Tensor();
            {
                // Only the last critic step's fakes feed the generator's update: earlier ones need no graph.
                c10::optional<torch::NoGradGuard> noGraph;
                if (c + 1 < e.criticSteps)
                    noGraph.emplace();
                fake = g->forward(inputsFor(g, {s.latent(g, b)}, fakeClasses));
            }
            const torch::Tensor fakeImages = fake.detach();
            // Logits (the output before a final Sigmoid): the same BCE without the saturation that
            // stops the generator's gradient once the discriminator is sure.
            realScore = d->forwardLogits(inputsFor(d, {real.images}, real.labels)).view(-1);
            fakeScore = d->forwardLogits(inputsFor(d, {fakeImages}, fakeClasses)).view(-1);
            if (wasserstein()) {
                // Critic: real scores up, fake scores down, plus lambda (|grad D(x^)| - 1)^2 on random
                // points x^ between real and fake images (Gulrajani et al. 2017).
                const torch::Tensor mix = s.uniform({b, 1, 1, 1});
                const torch::Tensor between = (mix * real.images + (1 - mix) * fakeImages).requires_grad_(true);
                const torch::Tensor score = d->forwardLogits(inputsFor(d, {between}, real.labels));
                const torch::Tensor gradient =
                    torch::autograd::grad({score.sum()}, {between}, {}, /*retain_graph=*/true, /*create_graph=*/true)[0];
                const torch::Tensor penalty = (gradient.flatten(1).norm(2, 1) - 1).pow(2).mean();
                lossD = fakeScore.mean() - realScore.mean() + e.gradientPenalty * penalty;
            } else {
                lossD = discriminatorLoss(loss, realScore, fakeScore);
            }
            lossD.backward();
            optimizerD.step();
        }

        // Generator: make the discriminator call its images real. The discriminator's weight
        // gradients are not needed here, so they are not computed.
        clearGradients(*g);
        setRequiresGrad(*d, false);
        const torch::Tensor generatedScore = d->forwardLogits(inputsFor(d, {fake}, fakeClasses)).view(-1);
        const torch::Tensor lossG =
            wasserstein() ? -generatedScore.mean() : generatorAdversarialLoss(loss, generatedScore);
        lossG.backward();
        setRequiresGrad(*d, true);
        optimizerG.step();

        // D(x) and D(G(z)): probabilities for BCE, raw scores for WGAN-GP and hinge.
        const bool probabilities = !wasserstein() && loss == "bce";
        const auto shown = [&](const torch::Tensor& score) {
            return probabilities ? torch::sigmoid(score).mean() : score.mean();
        };
        return {{"loss_d", lossD}, {"loss_g", lossG}, {"d_real", shown(realScore)}, {"d_fake", shown(fakeScore)}};
    }

    torch::Tensor samples(TrainingState&, GraphModule& g) override
    {
        // Batch statistics, as in training: the generator has only run in training mode, and its
        // running averages lag far behind it early on (eval-mode samples of a young DCGAN are noise).
        return keepingBuffers(*g, [&] { return g->forward(inputsFor(g, {fixedLatent_}, fixedLabels_)); });
    }

private:
    std::string name_;
    int64_t classes_ = 0;
    torch::Tensor fixedLatent_, fixedLabels_;
};

}  // namespace

std::unique_ptr<Recipe> makeGanRecipe(const std::string& name) { return std::make_unique<GanRecipe>(name); }

}  // namespace medsynth::engine
