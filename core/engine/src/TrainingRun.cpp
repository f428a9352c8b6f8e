#include "medsynth/engine/TrainingRun.h"

#include "GraphModule.h"
#include "MovingAverage.h"
#include "Optimizers.h"
#include "Recipe.h"
#include "RunFolderWriter.h"
#include "RunMonitor.h"
#include "TrainingState.h"

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

std::string joined(const std::vector<std::string>& values)
{
    std::string text;
    for (const std::string& v : values)
        text += (text.empty() ? "" : ", ") + v;
    return text;
}

// Images [N, C, H, W] in [-1, 1] tiled in a square grid, 2 px apart, as 8-bit gray or RGB.
ImageBuffer tile(torch::Tensor images)
{
    images = ((images.detach().clamp(-1, 1) + 1) * 127.5).round().to(torch::kU8).to(torch::kCPU).contiguous();
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

}  // namespace

struct TrainingRun::Impl {
    TrainingState state;
    std::unique_ptr<Recipe> recipe;
    TrainingObserver* observer = nullptr;
    std::string deviceReason;
    int threads = 1;
    int64_t timedImages = 0;
    Clock::time_point timedSince;
    std::unique_ptr<RunFolderWriter> folder;
    std::unique_ptr<RunMonitor> monitor;  // live evaluation and diagnostics
    StepReport last;

    GraphModule* generating()
    {
        const std::string role = recipe->generatingRole();
        if (role.empty())
            return nullptr;
        return state.average ? &state.average : &state.network(role);
    }

    ImageBuffer grid()
    {
        GraphModule* network = generating();
        if (!network)
            return {};
        torch::NoGradGuard noGrad;
        const torch::Tensor images = recipe->samples(state, *network);
        return images.defined() ? tile(images) : ImageBuffer{};
    }

    void emitSamples()
    {
        SampleReport report;
        report.step = state.stepsDone;
        report.grid = grid();
        if (report.grid.empty())
            return;  // the recipe shows no images (classifier)
        if (folder)
            report.file = folder->writeSamples(state.stepsDone, report.grid);
        if (observer)
            observer->samplesReady(report);
    }

    std::vector<NamedValue> evaluate()
    {
        std::vector<NamedValue> out;
        if (!recipe->holdsOut() || !state.heldOutImages.defined())
            return out;
        for (const auto& [name, value] : recipe->evaluate(state))
            out.push_back({"val_" + name, value});
        return out;
    }

    void applySchedule()
    {
        const double factor = learningRateFactor(state.experiment.schedule, state.stepsDone, state.experiment.steps);
        for (TrainedNetwork& n : state.networks)
            if (n.optimizer)
                setOptimizerLearningRate(*n.optimizer, n.baseLearningRate * factor);
    }
};

TrainingRun::TrainingRun(const Experiment& experiment, const ImageSet& images, const std::string& runFolder,
                         TrainingObserver* observer)
    : TrainingRun(experiment, images, runFolder, observer, std::string())
{
}

TrainingRun::TrainingRun(const Experiment& experimentIn, const ImageSet& images, const std::string& runFolder,
                         TrainingObserver* observer, const std::string& evaluationCacheFolder)
    : d(std::make_unique<Impl>())
{
    TrainingState& s = d->state;
    s.experiment = experimentIn;
    Experiment& e = s.experiment;
    d->observer = observer;
    if (e.graph.networks.empty())
        e.graph = instantiateTemplate(e.templateId, e.channels, e.imageSize);
    if (const std::string problem = validateExperiment(e); !problem.empty())
        throw std::invalid_argument(problem);
    d->recipe = makeRecipe(e.recipe);
    const std::vector<std::string> roles = d->recipe->roles();
    std::vector<std::string> present;
    for (const GraphNetwork& n : e.graph.networks)
        present.push_back(n.role);
    for (const std::string& role : roles)
        if (!e.graph.findNetwork(role))
            throw GraphError("The " + e.recipe + " recipe needs networks with the roles " + joined(roles) +
                             ", but this model has " + (present.empty() ? "none" : joined(present)) +
                             ". Add a network with the role '" + role + "', or choose the recipe the model is made for.");
    if (e.ema && d->recipe->generatingRole().empty())
        throw std::invalid_argument("The moving average of weights applies to a network that makes images; the " +
                                    e.recipe + " recipe has none. Turn the moving average off.");
    if (images.count < e.batchSize)
        throw std::invalid_argument("The dataset has " + std::to_string(images.count) +
                                    " images, fewer than the batch size " + std::to_string(e.batchSize) +
                                    ". Choose a smaller batch or add images.");
    if (images.values.size() != images.imageSize() * images.count)
        throw std::invalid_argument("The image set is inconsistent: its values do not match its count and shape.");

    d->threads = e.threads > 0 ? e.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(d->threads);
    s.device = chooseDevice(e.device, d->deviceReason);
    // Module construction draws its default initialisation from the global generator.
    torch::manual_seed(e.seed);
    s.random = at::detail::createCPUGenerator(e.seed);
    if (s.device.is_cuda())
        torch::globalContext().setBenchmarkCuDNN(true);

    for (const std::string& role : roles) {
        TrainedNetwork n;
        n.role = role;
        n.module = GraphModule(*e.graph.findNetwork(role));
        n.module->setNoiseGenerator(s.random);
        s.networks.push_back(std::move(n));
    }
    if (e.graph.training.value("weight_init", "") == "dcgan")
        for (TrainedNetwork& n : s.networks)
            n.module->initialiseDcgan(s.random);
    for (TrainedNetwork& n : s.networks)
        n.module->to(s.device);
    if (e.ema) {
        const std::string role = d->recipe->generatingRole();
        s.average = GraphModule(*e.graph.findNetwork(role));
        s.average->to(s.device);
        copyWeights(*s.average, *s.network(role));
        s.average->setNoiseGenerator(s.random);
        setRequiresGrad(*s.average, false);
    }

    // Held-out images (classifier, segmentation): the last share of the set, when the rest still
    // fills a batch.
    int64_t heldOut = 0;
    if (d->recipe->holdsOut()) {
        heldOut = static_cast<int64_t>(std::floor(images.count * e.validationFraction));
        if (images.count - heldOut < e.batchSize)
            heldOut = 0;
    }
    const int64_t training = images.count - heldOut;
    const torch::Tensor all = torch::from_blob(const_cast<float*>(images.values.data()),
                                               {images.count, images.channels, images.height, images.width},
                                               torch::kFloat32);
    torch::Tensor labels, masks;
    if (images.labels.size() == static_cast<size_t>(images.count))
        labels = torch::tensor(std::vector<int64_t>(images.labels.begin(), images.labels.end()), torch::kLong);
    if (images.masks.size() == images.maskSize() * images.count)
        masks = torch::from_blob(const_cast<uint8_t*>(images.masks.data()), {images.count, 1, images.height, images.width},
                                 torch::kUInt8)
                    .to(torch::kFloat32);
    const auto split = [&](const torch::Tensor& t, bool first) {
        if (!t.defined())
            return torch::Tensor();
        return (first ? t.narrow(0, 0, training) : t.narrow(0, training, heldOut)).to(s.device, false, /*copy=*/true);
    };
    s.images = split(all, true);
    s.labels = split(labels, true);
    s.masks = split(masks, true);
    if (heldOut > 0) {
        s.heldOutImages = split(all, false);
        s.heldOutLabels = split(labels, false);
        s.heldOutMasks = split(masks, false);
    }

    d->recipe->prepare(s, images);
    for (TrainedNetwork& n : s.networks) {
        const OptimizerSettings settings = optimizerFor(e, n.role);
        n.optimizer = makeOptimizer(settings, n.module->parameters());
        n.baseLearningRate = settings.learningRate;
    }

    d->monitor = std::make_unique<RunMonitor>(s, d->generating(), evaluationCacheFolder);

    RunStarted started;
    started.device = s.device.str();
    started.deviceReason = d->deviceReason;
    started.threads = d->threads;
    started.recipe = e.recipe;
    for (TrainedNetwork& n : s.networks)
        started.networks.push_back({n.role, parameterCount(*n.module)});
    const std::string generatingRole = d->recipe->generatingRole().empty() ? roles.front() : d->recipe->generatingRole();
    started.generatorParameters = parameterCount(*s.network(generatingRole));
    started.discriminatorParameters = s.has("discriminator") ? parameterCount(*s.network("discriminator")) : 0;
    if (!runFolder.empty()) {
        d->folder = std::make_unique<RunFolderWriter>(runFolder);
        nlohmann::json environment = {{"device", started.device}, {"device_reason", started.deviceReason},
                                      {"threads", d->threads}};
        environment.update(d->monitor->environment());
        d->folder->writeStart(e, environment);
        started.runFolder = runFolder;
    }
    if (observer)
        observer->started(started);
}

TrainingRun::~TrainingRun() = default;

const Experiment& TrainingRun::experiment() const { return d->state.experiment; }
int64_t TrainingRun::stepsDone() const { return d->state.stepsDone; }
ImageBuffer TrainingRun::sampleGrid() { return d->grid(); }
std::vector<NamedValue> TrainingRun::evaluateHeldOut() { return d->evaluate(); }

std::vector<std::string> TrainingRun::networkRoles() const
{
    std::vector<std::string> roles;
    for (const TrainedNetwork& n : d->state.networks)
        roles.push_back(n.role);
    return roles;
}

void TrainingRun::setLearningRate(double rate, const std::string& role)
{
    if (!(rate > 0 && rate <= 10))
        throw std::invalid_argument("The learning rate must lie between 0 and 10, not " + std::to_string(rate) + ".");
    if (!role.empty() && !d->state.has(role))
        throw std::invalid_argument("This run has no network with the role '" + role + "'; it has " +
                                    joined(networkRoles()) + ".");
    for (TrainedNetwork& n : d->state.networks)
        if (role.empty() || n.role == role)
            n.baseLearningRate = rate;
}

double TrainingRun::learningRate(const std::string& role) const
{
    const TrainingState& s = d->state;
    for (const TrainedNetwork& n : s.networks)
        if (n.role == role)
            return n.baseLearningRate * learningRateFactor(s.experiment.schedule, s.stepsDone, s.experiment.steps);
    throw std::invalid_argument("This run has no network with the role '" + role + "'.");
}

double TrainingRun::parameterChecksum(const std::string& role) const
{
    return checksum(*d->state.network(role));
}

double TrainingRun::generatorParameterChecksum() const
{
    const std::string role = d->recipe->generatingRole();
    return checksum(*d->state.network(role.empty() ? d->state.networks.front().role : role));
}

double TrainingRun::discriminatorParameterChecksum() const
{
    return d->state.has("discriminator") ? checksum(*d->state.network("discriminator")) : 0.0;
}

StepReport TrainingRun::step()
{
    const auto start = Clock::now();
    Impl& impl = *d;
    TrainingState& s = impl.state;
    const Experiment& e = s.experiment;

    impl.applySchedule();
    const NamedTensors named = impl.recipe->step(s);
    if (s.average) {
        const std::string role = impl.recipe->generatingRole();
        updateMovingAverage(*s.average, *s.network(role), movingAverageDecay(e.emaDecay, s.stepsDone));
    }
    // One device-to-host transfer for all reported numbers.
    std::vector<torch::Tensor> scalars;
    for (const auto& [name, value] : named)
        scalars.push_back(value.detach().to(torch::kFloat64).reshape({1}));
    const torch::Tensor numbers = torch::cat(scalars).to(torch::kCPU);
    const double* v = numbers.data_ptr<double>();
    ++s.stepsDone;

    StepReport report;
    report.step = s.stepsDone;
    report.totalSteps = e.steps;
    report.epoch = s.epoch;
    for (size_t i = 0; i < named.size(); ++i)
        report.values.push_back({named[i].first, v[i]});
    for (const NamedValue& value : report.values)
        if (!std::isfinite(value.value))
            throw std::runtime_error("The value '" + value.name + "' became " +
                                     std::string(std::isnan(value.value) ? "NaN" : "infinite") + " at step " +
                                     std::to_string(s.stepsDone) +
                                     ". Training cannot continue; try a lower learning rate or a smaller batch.");
    for (const TrainedNetwork& n : s.networks)
        if (n.optimizer)
            report.values.push_back({"lr_" + n.role, n.optimizer->param_groups().front().options().get_lr()});
    if (impl.recipe->holdsOut() && (s.stepsDone % e.sampleEvery == 0 || s.stepsDone == e.steps))
        for (const NamedValue& value : impl.evaluate())
            report.values.push_back(value);
    report.generatorLoss = report.value("loss_g", report.value("loss"));
    report.discriminatorLoss = report.value("loss_d");
    report.dReal = report.value("d_real");
    report.dFake = report.value("d_fake");

    const auto end = Clock::now();
    report.seconds = std::chrono::duration<double>(end - start).count();
    // Throughput counts from the end of the warm-up steps (allocator, kernel selection); until
    // then it is the current step's own rate.
    const int64_t imagesPerStep = impl.recipe->imagesPerStep(e);
    if (s.stepsDone > kWarmupSteps) {
        impl.timedImages += imagesPerStep;
        report.imagesPerSecond = impl.timedImages / std::chrono::duration<double>(end - impl.timedSince).count();
    } else {
        report.imagesPerSecond = imagesPerStep / report.seconds;
        impl.timedSince = end;
    }
    impl.last = report;
    if (impl.folder)
        impl.folder->appendMetrics(report);
    if (impl.observer)
        impl.observer->stepDone(report);
    impl.monitor->afterStep(s, report, impl.generating(), impl.observer, impl.folder.get());
    if (s.stepsDone % e.sampleEvery == 0 && s.stepsDone < e.steps)
        impl.emitSamples();
    return report;
}

RunSummary TrainingRun::run(const std::atomic<bool>& stop)
{
    const auto start = Clock::now();
    while (d->state.stepsDone < d->state.experiment.steps && !stop.load())
        step();
    RunSummary summary;
    summary.steps = d->state.stepsDone;
    summary.stopped = d->state.stepsDone < d->state.experiment.steps;
    summary.imagesPerSecond = d->last.imagesPerSecond;
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    summary.finalGeneratorLoss = d->last.generatorLoss;
    summary.finalDiscriminatorLoss = d->last.discriminatorLoss;
    summary.finalValues = d->last.values;
    d->monitor->finish(d->observer, d->folder.get(), /*wait=*/!summary.stopped);
    if (d->state.stepsDone > 0)
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
