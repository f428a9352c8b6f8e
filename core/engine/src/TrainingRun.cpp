#include "medsynth/engine/TrainingRun.h"

#include "GraphModule.h"
#include "RunFolderWriter.h"

#include "medsynth/engine/ShapeInference.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <thread>

namespace medsynth::engine {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kWarmupSteps = 2;

torch::Device chooseDevice(const std::string& wanted, std::string& reason)
{
    const bool cuda = torch::cuda::is_available();
    if (wanted == "cuda") {
        if (!cuda)
            throw std::runtime_error("CUDA was asked for, but this LibTorch sees no NVIDIA GPU. Choose the CPU, or "
                                     "build MedSynth against a CUDA LibTorch on a machine with an NVIDIA GPU.");
        reason = "CUDA was chosen and a GPU is available.";
        return torch::Device(torch::kCUDA, 0);
    }
    if (wanted == "auto" && cuda) {
        reason = "An NVIDIA GPU is available, so it is used.";
        return torch::Device(torch::kCUDA, 0);
    }
    reason = wanted == "cpu" ? "The CPU was chosen." : "No NVIDIA GPU is available to this LibTorch, so the CPU is used.";
    return torch::Device(torch::kCPU);
}

int64_t parameterCount(torch::nn::Module& m)
{
    int64_t n = 0;
    for (const auto& p : m.parameters())
        n += p.numel();
    return n;
}

double checksum(const torch::nn::Module& m)
{
    torch::NoGradGuard noGrad;
    double sum = 0;
    for (const auto& p : m.parameters())
        sum += p.abs().sum().item<double>();
    return sum;
}

// Drops gradients instead of zeroing them: the next backward writes fresh ones, saving a pass.
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

}  // namespace

struct TrainingRun::Impl {
    Experiment experiment;
    TrainingObserver* observer = nullptr;
    torch::Device device{torch::kCPU};
    std::string deviceReason;
    int threads = 1;
    GraphModule generator{nullptr};
    GraphModule discriminator{nullptr};
    std::unique_ptr<torch::optim::Adam> generatorOptimizer;
    std::unique_ptr<torch::optim::Adam> discriminatorOptimizer;
    torch::Generator random;      // this run's own random stream: runs never disturb each other
    torch::Tensor data;           // [N, C, H, W] on the device
    torch::Tensor labels;         // [N] class indices on the device (conditional recipes)
    torch::Tensor fixedLabels;    // classes of the sample grid's images, cycling through all
    torch::Tensor fixedLatent;    // [sampleCount, latent...] for the sample grids
    torch::Tensor order;          // this epoch's permutation of the data
    int64_t cursor = 0;
    int64_t epoch = 0;
    int64_t stepsDone = 0;
    int64_t timedImages = 0;
    Clock::time_point timedSince;
    std::unique_ptr<RunFolderWriter> folder;
    StepReport last;

    bool conditional() const { return experiment.recipe == "cgan"; }
    bool wasserstein() const { return experiment.recipe == "wgan-gp"; }

    // A network's input tensors: class labels for its label inputs, x for the other one.
    static GraphModuleImpl::Inputs inputsFor(const GraphModule& network, const torch::Tensor& x,
                                             const torch::Tensor& classes)
    {
        GraphModuleImpl::Inputs inputs;
        for (size_t i = 0; i < network->inputNames().size(); ++i)
            inputs.push_back(network->inputIsLabel(i) ? classes : x);
        return inputs;
    }

    torch::Tensor randomClasses(int64_t count)
    {
        return torch::randint(generator->labelClasses(), {count}, random, torch::TensorOptions().dtype(torch::kLong))
            .to(device, /*non_blocking=*/true);
    }

    // The next batch's images and, for conditional recipes, their classes.
    std::pair<torch::Tensor, torch::Tensor> nextBatch()
    {
        const int64_t n = data.size(0), b = experiment.batchSize;
        if (!order.defined() || cursor + b > n) {
            order = torch::randperm(n, random, torch::TensorOptions().dtype(torch::kLong)).to(device);
            cursor = 0;
            if (stepsDone > 0)
                ++epoch;
        }
        torch::Tensor idx = order.narrow(0, cursor, b);
        cursor += b;
        return {data.index_select(0, idx), labels.defined() ? labels.index_select(0, idx) : torch::Tensor()};
    }

    torch::Tensor latent(int64_t count)
    {
        std::vector<int64_t> shape = {count};
        shape.insert(shape.end(), generator->inputShape().dims.begin(), generator->inputShape().dims.end());
        // Drawn on the CPU from the run's generator, so CPU and GPU runs see the same z.
        return torch::randn(shape, random).to(device, /*non_blocking=*/true);
    }

    ImageBuffer grid()
    {
        // Batch statistics, as in training: the generator has only ever run in training mode, and
        // its running averages lag far behind it early on (eval-mode samples of a young DCGAN are
        // noise). The running averages are restored, so sampling leaves the model untouched.
        torch::NoGradGuard noGrad;
        std::vector<torch::Tensor> buffers = generator->buffers();
        std::vector<torch::Tensor> saved;
        for (const torch::Tensor& b : buffers)
            saved.push_back(b.clone());
        torch::Tensor images = generator->forward(inputsFor(generator, fixedLatent, fixedLabels));
        for (size_t i = 0; i < buffers.size(); ++i)
            buffers[i].copy_(saved[i]);
        images = ((images.clamp(-1, 1) + 1) * 127.5).round().to(torch::kU8).to(torch::kCPU).contiguous();
        const int64_t count = images.size(0), c = images.size(1), h = images.size(2), w = images.size(3);
        const int64_t columns = static_cast<int64_t>(std::ceil(std::sqrt(static_cast<double>(count))));
        const int64_t rows = (count + columns - 1) / columns;
        constexpr int64_t pad = 2;
        ImageBuffer out;
        out.channels = c == 3 ? 3 : 1;
        out.width = static_cast<int>(columns * (w + pad) + pad);
        out.height = static_cast<int>(rows * (h + pad) + pad);
        out.pixels.assign(static_cast<size_t>(out.width) * out.height * out.channels, 0);
        const uint8_t* src = images.data_ptr<uint8_t>();
        for (int64_t i = 0; i < count; ++i) {
            const int64_t x0 = pad + (i % columns) * (w + pad), y0 = pad + (i / columns) * (h + pad);
            for (int64_t y = 0; y < h; ++y)
                for (int64_t x = 0; x < w; ++x)
                    for (int64_t ch = 0; ch < out.channels; ++ch)
                        out.pixels[((y0 + y) * out.width + x0 + x) * out.channels + ch] =
                            src[((i * c + std::min(ch, c - 1)) * h + y) * w + x];
        }
        return out;
    }

    void emitSamples()
    {
        SampleReport report;
        report.step = stepsDone;
        report.grid = grid();
        if (folder)
            report.file = folder->writeSamples(stepsDone, report.grid);
        if (observer)
            observer->samplesReady(report);
    }
};

TrainingRun::TrainingRun(const Experiment& experimentIn, const ImageSet& images, const std::string& runFolder,
                         TrainingObserver* observer)
    : d(std::make_unique<Impl>())
{
    d->experiment = experimentIn;
    Experiment& e = d->experiment;
    d->observer = observer;
    if (e.graph.networks.empty())
        e.graph = instantiateTemplate(e.templateId, e.channels, e.imageSize);
    if (const std::string problem = validateExperiment(e); !problem.empty())
        throw std::invalid_argument(problem);

    const GraphNetwork* g = e.graph.findNetwork("generator");
    const GraphNetwork* dn = e.graph.findNetwork("discriminator");
    if (!g || !dn)
        throw GraphError("A GAN needs a network with the role 'generator' and one with the role 'discriminator'.");

    d->threads = e.threads > 0 ? e.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(d->threads);
    d->device = chooseDevice(e.device, d->deviceReason);
    // Module construction draws its default initialisation from the global generator.
    torch::manual_seed(e.seed);
    d->random = at::detail::createCPUGenerator(e.seed);
    if (d->device.is_cuda())
        torch::globalContext().setBenchmarkCuDNN(true);

    d->generator = GraphModule(*g);
    d->discriminator = GraphModule(*dn);
    const TensorShape imageShape{{images.channels, images.height, images.width}};
    if (d->generator->outputShape() != d->discriminator->inputShape())
        throw GraphError("The generator makes " + d->generator->outputShape().toString() +
                         " images but the discriminator expects " + d->discriminator->inputShape().toString() +
                         ". Make the generator's last layer produce the discriminator's input shape.");
    if (d->discriminator->inputShape() != imageShape)
        throw std::invalid_argument("The dataset's images are " + imageShape.toString() +
                                    " (channels x height x width) but the model expects " +
                                    d->discriminator->inputShape().toString() +
                                    ". Choose the model's image size and channels to match the dataset.");
    if (d->discriminator->outputShape().elementCount() != 1)
        throw GraphError("The discriminator must end in one score per image, but it gives " +
                         d->discriminator->outputShape().toString() + ".");
    // Inputs each recipe needs: a latent vector (and a class label for cgan) into the generator, an
    // image (and the class label for cgan) into the discriminator.
    const size_t expectedInputs = d->conditional() ? 2 : 1;
    const auto labelInputs = [](const GraphModule& m) {
        size_t n = 0;
        for (size_t i = 0; i < m->inputNames().size(); ++i)
            n += m->inputIsLabel(i) ? 1 : 0;
        return n;
    };
    if (d->generator->inputNames().size() != expectedInputs || labelInputs(d->generator) != expectedInputs - 1 ||
        d->generator->inputIsLabel(0) || !d->generator->inputShape().isVector())
        throw GraphError(d->conditional()
                             ? "The conditional GAN recipe needs a generator with two inputs: a latent vector z "
                               "followed by a class label."
                             : "This recipe needs a generator that starts from one latent vector z and nothing else; "
                               "a generator with a class label needs the conditional GAN recipe (cgan).");
    if (d->discriminator->inputNames().size() != expectedInputs || labelInputs(d->discriminator) != expectedInputs - 1)
        throw GraphError(d->conditional()
                             ? "The conditional GAN recipe needs a discriminator with two inputs: the image and the "
                               "class label."
                             : "This recipe needs a discriminator with one input, the image.");
    e.latentSize = static_cast<int>(d->generator->inputShape().dims[0]);
    if (images.count < e.batchSize)
        throw std::invalid_argument("The dataset has " + std::to_string(images.count) +
                                    " images, fewer than the batch size " + std::to_string(e.batchSize) +
                                    ". Choose a smaller batch or add images.");
    if (images.values.size() != images.imageSize() * images.count)
        throw std::invalid_argument("The image set is inconsistent: its values do not match its count and shape.");

    if (e.graph.training.value("weight_init", "") == "dcgan") {
        d->generator->initialiseDcgan(d->random);
        d->discriminator->initialiseDcgan(d->random);
    }
    d->generator->to(d->device);
    d->discriminator->to(d->device);
    d->generatorOptimizer = std::make_unique<torch::optim::Adam>(
        d->generator->parameters(),
        torch::optim::AdamOptions(e.learningRate).betas(std::make_tuple(e.beta1, e.beta2)));
    d->discriminatorOptimizer = std::make_unique<torch::optim::Adam>(
        d->discriminator->parameters(),
        torch::optim::AdamOptions(e.learningRate).betas(std::make_tuple(e.beta1, e.beta2)));

    d->data = torch::from_blob(const_cast<float*>(images.values.data()),
                               {images.count, images.channels, images.height, images.width}, torch::kFloat32)
                  .to(d->device, /*non_blocking=*/false, /*copy=*/true);
    d->fixedLatent = d->latent(e.sampleCount);
    if (d->conditional()) {
        const int64_t classes = d->generator->labelClasses();
        if (d->discriminator->labelClasses() != classes)
            throw GraphError("The generator knows " + std::to_string(classes) + " classes but the discriminator " +
                             std::to_string(d->discriminator->labelClasses()) + ". Give both class-label inputs the "
                             "same number of classes.");
        if (images.labels.size() != static_cast<size_t>(images.count))
            throw std::invalid_argument("The conditional GAN needs a class for every image, but this dataset has no "
                                        "labels. Use a dataset with labels (the demo data has them: 0 normal, "
                                        "1 lesion) or the plain DCGAN.");
        for (int label : images.labels)
            if (label < 0 || label >= classes)
                throw std::invalid_argument("The dataset has class " + std::to_string(label) + " but the model knows " +
                                            std::to_string(classes) + " classes (0 to " + std::to_string(classes - 1) +
                                            "). Set the class-label blocks to " + std::to_string(label + 1) +
                                            " classes or more.");
        d->labels = torch::tensor(std::vector<int64_t>(images.labels.begin(), images.labels.end()), torch::kLong)
                        .to(d->device);
        d->fixedLabels = torch::arange(e.sampleCount, torch::kLong).remainder(classes).to(d->device);
    }

    RunStarted started;
    started.device = d->device.str();
    started.deviceReason = d->deviceReason;
    started.threads = d->threads;
    started.generatorParameters = parameterCount(*d->generator);
    started.discriminatorParameters = parameterCount(*d->discriminator);
    if (!runFolder.empty()) {
        d->folder = std::make_unique<RunFolderWriter>(runFolder);
        nlohmann::json environment = {{"device", started.device}, {"device_reason", started.deviceReason},
                                      {"threads", d->threads}};
        d->folder->writeStart(e, environment);
        started.runFolder = runFolder;
    }
    if (observer)
        observer->started(started);
}

TrainingRun::~TrainingRun() = default;

const Experiment& TrainingRun::experiment() const { return d->experiment; }
int64_t TrainingRun::stepsDone() const { return d->stepsDone; }
ImageBuffer TrainingRun::sampleGrid() { return d->grid(); }
double TrainingRun::generatorParameterChecksum() const { return checksum(*d->generator); }
double TrainingRun::discriminatorParameterChecksum() const { return checksum(*d->discriminator); }

StepReport TrainingRun::step()
{
    const auto start = Clock::now();
    Impl& s = *d;
    const int64_t b = s.experiment.batchSize;
    const auto options = torch::TensorOptions().device(s.device);
    const torch::Tensor ones = torch::ones({b}, options);
    const torch::Tensor zeros = torch::zeros({b}, options);

    // Discriminator (critic): criticSteps updates, each on a fresh real batch and fresh fakes.
    torch::Tensor lossD, realScore, fakeScore, fake, fakeClasses;
    for (int c = 0; c < s.experiment.criticSteps; ++c) {
        clearGradients(*s.discriminator);
        const auto [real, realClasses] = s.nextBatch();
        fakeClasses = s.conditional() ? s.randomClasses(b) : torch::Tensor();
        {
            // Only the last critic step's fakes feed the generator's update: earlier ones need no graph.
            c10::optional<torch::NoGradGuard> noGraph;
            if (c + 1 < s.experiment.criticSteps)
                noGraph.emplace();
            fake = s.generator->forward(Impl::inputsFor(s.generator, s.latent(b), fakeClasses));
        }
        const torch::Tensor fakeImages = fake.detach();
        // BCE recipes use the discriminator's logits (its output before a final Sigmoid): the same
        // loss, without the saturation that stops the generator's gradient dead once the
        // discriminator is sure (sigmoid rounding to 0 in float).
        realScore = s.discriminator->forwardLogits(Impl::inputsFor(s.discriminator, real, realClasses)).view(-1);
        fakeScore = s.discriminator->forwardLogits(Impl::inputsFor(s.discriminator, fakeImages, fakeClasses)).view(-1);
        if (s.wasserstein()) {
            // Critic: real scores up, fake scores down, plus lambda (|grad D(x^)| - 1)^2 on random
            // points x^ between real and fake images (Gulrajani et al. 2017).
            const torch::Tensor mix = torch::rand({b, 1, 1, 1}, s.random).to(s.device, /*non_blocking=*/true);
            const torch::Tensor between = (mix * real + (1 - mix) * fakeImages).requires_grad_(true);
            const torch::Tensor score = s.discriminator->forwardLogits(Impl::inputsFor(s.discriminator, between, realClasses));
            const torch::Tensor gradient =
                torch::autograd::grad({score.sum()}, {between}, {}, /*retain_graph=*/true, /*create_graph=*/true)[0];
            const torch::Tensor penalty = (gradient.flatten(1).norm(2, 1) - 1).pow(2).mean();
            lossD = fakeScore.mean() - realScore.mean() + s.experiment.gradientPenalty * penalty;
        } else {
            lossD = torch::binary_cross_entropy_with_logits(realScore, ones) +
                    torch::binary_cross_entropy_with_logits(fakeScore, zeros);
        }
        lossD.backward();
        s.discriminatorOptimizer->step();
    }

    // Generator: make the discriminator call its images real (non-saturating BCE, or a high
    // critic score). The discriminator's own weight gradients are not needed here, so they are not
    // computed.
    clearGradients(*s.generator);
    setRequiresGrad(*s.discriminator, false);
    const torch::Tensor generatedScore =
        s.discriminator->forwardLogits(Impl::inputsFor(s.discriminator, fake, fakeClasses)).view(-1);
    const torch::Tensor lossG =
        s.wasserstein() ? -generatedScore.mean() : torch::binary_cross_entropy_with_logits(generatedScore, ones);
    lossG.backward();
    setRequiresGrad(*s.discriminator, true);
    s.generatorOptimizer->step();

    // One device-to-host transfer for all reported numbers: probabilities for BCE recipes, raw
    // critic scores for WGAN-GP.
    const auto shown = [&](const torch::Tensor& score) { return s.wasserstein() ? score.mean() : torch::sigmoid(score).mean(); };
    const torch::Tensor numbers =
        torch::stack({lossD, lossG, shown(realScore), shown(fakeScore)}).detach().to(torch::kCPU, torch::kDouble);
    const double* v = numbers.data_ptr<double>();
    ++s.stepsDone;

    StepReport report;
    report.step = s.stepsDone;
    report.totalSteps = s.experiment.steps;
    report.epoch = s.epoch;
    report.discriminatorLoss = v[0];
    report.generatorLoss = v[1];
    report.dReal = v[2];
    report.dFake = v[3];
    const auto end = Clock::now();
    report.seconds = std::chrono::duration<double>(end - start).count();
    // Throughput counts from the end of the warm-up steps (allocator, kernel selection); until
    // then it is the current step's own rate.
    if (s.stepsDone > kWarmupSteps) {
        s.timedImages += b * s.experiment.criticSteps;
        report.imagesPerSecond = s.timedImages / std::chrono::duration<double>(end - s.timedSince).count();
    } else {
        report.imagesPerSecond = b * s.experiment.criticSteps / report.seconds;
        s.timedSince = end;
    }
    if (!std::isfinite(report.discriminatorLoss) || !std::isfinite(report.generatorLoss))
        throw std::runtime_error("The losses became " + std::string(std::isnan(v[0] + v[1]) ? "NaN" : "infinite") +
                                 " at step " + std::to_string(s.stepsDone) +
                                 ". Training cannot continue; try a lower learning rate or a smaller batch.");
    s.last = report;
    if (s.folder)
        s.folder->appendMetrics(report);
    if (s.observer)
        s.observer->stepDone(report);
    if (s.stepsDone % s.experiment.sampleEvery == 0 && s.stepsDone < s.experiment.steps)
        s.emitSamples();
    return report;
}

RunSummary TrainingRun::run(const std::atomic<bool>& stop)
{
    const auto start = Clock::now();
    while (d->stepsDone < d->experiment.steps && !stop.load())
        step();
    RunSummary summary;
    summary.steps = d->stepsDone;
    summary.stopped = d->stepsDone < d->experiment.steps;
    summary.imagesPerSecond = d->last.imagesPerSecond;
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    summary.finalGeneratorLoss = d->last.generatorLoss;
    summary.finalDiscriminatorLoss = d->last.discriminatorLoss;
    if (d->stepsDone > 0)
        d->emitSamples();
    if (d->folder) {
        summary.runFolder = d->folder->path();
        d->folder->writeSummary(summary);
    }
    if (d->observer)
        d->observer->finished(summary);
    return summary;
}

EngineEnvironment engineEnvironment()
{
    EngineEnvironment env;
    env.torchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
                       std::to_string(TORCH_VERSION_PATCH);
    env.cudaAvailable = torch::cuda::is_available();
    env.cudaDevices = env.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    env.cores = static_cast<int>(std::thread::hardware_concurrency());
    return env;
}

std::map<std::string, TensorShape> probeCompiledShapes(const GraphNetwork& network, int batch)
{
    GraphModule module(network);
    module->eval();
    torch::NoGradGuard noGrad;
    const NetworkShapes shapes = inferShapes(network);
    GraphModuleImpl::Inputs inputs;
    for (size_t i = 0; i < module->inputNames().size(); ++i) {
        if (module->inputIsLabel(i)) {
            inputs.push_back(torch::zeros({batch}, torch::kLong));
            continue;
        }
        std::vector<int64_t> shape = {batch};
        const TensorShape& perSample = shapes.inputs.at(module->inputNames()[i]);
        shape.insert(shape.end(), perSample.dims.begin(), perSample.dims.end());
        inputs.push_back(torch::zeros(shape));
    }
    std::map<std::string, TensorShape> out;
    for (const auto& [key, value] : module->forwardAll(inputs)) {
        const auto sizes = value.sizes();
        out[key] = TensorShape{std::vector<int64_t>(sizes.begin() + 1, sizes.end())};
    }
    return out;
}

int64_t compiledParameterCount(const GraphNetwork& network)
{
    GraphModule module(network);
    return parameterCount(*module);
}

}  // namespace medsynth::engine
