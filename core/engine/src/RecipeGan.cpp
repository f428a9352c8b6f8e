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
        // Discriminator (critic): criticSteps updates, each on a fresh real batch and fresh fakes;
        // the last one's fakes feed the generator's update, and its values are the ones reported.
        Critic critic;
        for (int c = 0; c < s.experiment.criticSteps; ++c)
            critic = discriminatorUpdate(s, /*keepGraph=*/c + 1 == s.experiment.criticSteps);
        const Update generator = generatorUpdate(s, critic.fake, critic.fakeClasses);
        NamedTensors out = {{"loss_d", critic.loss}, {"loss_g", generator.loss}, {"d_real", shown(s, critic.realScore)},
                            {"d_fake", shown(s, critic.fakeScore)}};
        appendCriticTerms(out, critic);
        out.push_back({"grad_norm_g", generator.gradientNorm});
        out.push_back({"grad_norm_d", critic.gradientNorm});
        return out;
    }

    bool hasStepParts() const override { return true; }

    NamedTensors stepPart(TrainingState& s, StepPart part) override
    {
        if (part == StepPart::Whole)
            return step(s);
        if (part == StepPart::Discriminator) {
            const Critic critic = discriminatorUpdate(s, /*keepGraph=*/false);
            NamedTensors out = {{"loss_d", critic.loss}, {"d_real", shown(s, critic.realScore)},
                                {"d_fake", shown(s, critic.fakeScore)}};
            appendCriticTerms(out, critic);
            out.push_back({"grad_norm_d", critic.gradientNorm});
            return out;
        }
        GraphModule& g = s.network("generator");
        const torch::Tensor classes = conditional() ? s.randomClasses(classes_, s.experiment.batchSize) : torch::Tensor();
        const torch::Tensor fake = g->forward(inputsFor(g, {s.latent(g, s.experiment.batchSize)}, classes));
        const Update generator = generatorUpdate(s, fake, classes);
        return {{"loss_g", generator.loss}, {"grad_norm_g", generator.gradientNorm}};
    }

    torch::Tensor samples(TrainingState&, GraphModule& g) override
    {
        // Batch statistics, as in training: the generator has only run in training mode, and its
        // running averages lag far behind it early on (eval-mode samples of a young DCGAN are noise).
        return keepingBuffers(*g, [&] { return g->forward(inputsFor(g, {fixedLatent_}, fixedLabels_)); });
    }

private:
    struct Critic {
        torch::Tensor loss, realScore, fakeScore, fake, fakeClasses;
        torch::Tensor penalty;       // WGAN-GP: the gradient penalty's part of the loss (lambda included)
        torch::Tensor gradientNorm;  // of the discriminator's gradients, before its optimizer's step
    };
    struct Update {
        torch::Tensor loss, gradientNorm;
    };

    // WGAN-GP: "gradient_penalty", so that loss_d = d_fake - d_real + gradient_penalty reads off the
    // charts (the critic's estimate of the Wasserstein distance is loss_d - gradient_penalty, negated).
    void appendCriticTerms(NamedTensors& out, const Critic& critic) const
    {
        if (wasserstein())
            out.push_back({"gradient_penalty", critic.penalty});
    }

    // One discriminator (critic) update on a fresh real batch and fresh fakes. keepGraph: the fakes
    // keep their graph to the generator (for the generator update that follows).
    Critic discriminatorUpdate(TrainingState& s, bool keepGraph)
    {
        GraphModule& g = s.network("generator");
        GraphModule& d = s.network("discriminator");
        auto& optimizerD = *s.entry("discriminator").optimizer;
        const Experiment& e = s.experiment;
        const int64_t b = e.batchSize;
        Critic out;
        clearGradients(*d);
        const Batch real = s.nextBatch();
        out.fakeClasses = conditional() ? s.randomClasses(classes_, b) : torch::Tensor();
        {
            c10::optional<torch::NoGradGuard> noGraph;
            if (!keepGraph)
                noGraph.emplace();
            out.fake = g->forward(inputsFor(g, {s.latent(g, b)}, out.fakeClasses));
        }
        const torch::Tensor fakeImages = out.fake.detach();
        // Logits (the output before a final Sigmoid): the same BCE without the saturation that
        // stops the generator's gradient once the discriminator is sure.
        out.realScore = d->forwardLogits(inputsFor(d, {real.images}, real.labels)).view(-1);
        out.fakeScore = d->forwardLogits(inputsFor(d, {fakeImages}, out.fakeClasses)).view(-1);
        if (wasserstein()) {
            // Critic: real scores up, fake scores down, plus lambda (|grad D(x^)| - 1)^2 on random
            // points x^ between real and fake images (Gulrajani et al. 2017).
            const torch::Tensor mix = s.uniform({b, 1, 1, 1});
            const torch::Tensor between = (mix * real.images + (1 - mix) * fakeImages).requires_grad_(true);
            const torch::Tensor score = d->forwardLogits(inputsFor(d, {between}, real.labels));
            const torch::Tensor gradient =
                torch::autograd::grad({score.sum()}, {between}, {}, /*retain_graph=*/true, /*create_graph=*/true)[0];
            out.penalty = e.gradientPenalty * (gradient.flatten(1).norm(2, 1) - 1).pow(2).mean();
            out.loss = out.fakeScore.mean() - out.realScore.mean() + out.penalty;
        } else {
            out.loss = discriminatorLoss(e.adversarialLoss, out.realScore, out.fakeScore);
        }
        out.loss.backward();
        out.gradientNorm = gradientNorm({*d});
        optimizerD.step();
        return out;
    }

    // Generator: make the discriminator call its images real. The discriminator's weight
    // gradients are not needed here, so they are not computed.
    Update generatorUpdate(TrainingState& s, const torch::Tensor& fake, const torch::Tensor& fakeClasses)
    {
        GraphModule& g = s.network("generator");
        GraphModule& d = s.network("discriminator");
        clearGradients(*g);
        setRequiresGrad(*d, false);
        const torch::Tensor generatedScore = d->forwardLogits(inputsFor(d, {fake}, fakeClasses)).view(-1);
        const torch::Tensor lossG =
            wasserstein() ? -generatedScore.mean() : generatorAdversarialLoss(s.experiment.adversarialLoss, generatedScore);
        lossG.backward();
        setRequiresGrad(*d, true);
        const torch::Tensor norm = gradientNorm({*g});
        s.entry("generator").optimizer->step();
        return {lossG, norm};
    }

    // D(x) and D(G(z)): probabilities for BCE, raw scores for WGAN-GP and hinge.
    torch::Tensor shown(const TrainingState& s, const torch::Tensor& score) const
    {
        const bool probabilities = !wasserstein() && s.experiment.adversarialLoss == "bce";
        return probabilities ? torch::sigmoid(score).mean() : score.mean();
    }

    std::string name_;
    int64_t classes_ = 0;
    torch::Tensor fixedLatent_, fixedLabels_;
};

}  // namespace

std::unique_ptr<Recipe> makeGanRecipe(const std::string& name) { return std::make_unique<GanRecipe>(name); }

}  // namespace medsynth::engine
