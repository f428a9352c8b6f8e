#include "medsynth/engine/TrainingRun.h"

#include "Checkpoint.h"
#include "GraphModule.h"
#include "MovingAverage.h"
#include "Optimizers.h"
#include "Recipe.h"
#include "RunFolderWriter.h"
#include "RunMonitor.h"
#include "TrainingState.h"

#include "medsynth/engine/ShapeInference.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <sstream>
#include <thread>

namespace medsynth::engine {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
constexpr int kWarmupSteps = 2;
constexpr int kNumberedCheckpoints = 3;  // step_NNNNNNN.pt kept besides latest.pt and best.pt

std::pair<std::string, double> bestCheckpointCriterion(const std::string& recipe, const std::vector<NamedValue>& values);

// A loss became NaN or infinite: step() throws it, run() catches it and pauses.
struct NotFiniteError : std::runtime_error {
    NotFiniteError(const std::string& message, std::string valueName)
        : std::runtime_error(message), name(std::move(valueName)) {}
    std::string name;
};

// bfloat16 autocast for the span of a step on a CUDA device (no-op otherwise).
class AutocastScope {
public:
    explicit AutocastScope(bool on) : on_(on)
    {
        if (!on_)
            return;
        previous_ = at::autocast::is_enabled();
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
    }
    ~AutocastScope()
    {
        if (!on_)
            return;
        at::autocast::set_enabled(previous_);
        at::autocast::clear_cache();
    }
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool on_;
    bool previous_ = false;
};

using DeviceChoice = RunStarted::DeviceChoice;

torch::Device chooseDevice(const std::string& wanted, RunStarted& why)
{
    const bool cuda = torch::cuda::is_available();
    if (wanted == "cuda") {
        if (!cuda)
            throw std::runtime_error("CUDA was asked for, but this LibTorch sees no NVIDIA GPU. Choose the CPU, or "
                                     "build MedSynth against a CUDA LibTorch on a machine with an NVIDIA GPU.");
        why.deviceChoice = DeviceChoice::CudaChosen;
        return torch::Device(torch::kCUDA, 0);
    }
    if (wanted == "auto" && cuda) {
        why.deviceChoice = DeviceChoice::GpuAvailable;
        return torch::Device(torch::kCUDA, 0);
    }
    why.deviceChoice = wanted == "cpu" ? DeviceChoice::CpuChosen : DeviceChoice::NoGpu;
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

std::string sizeText(int64_t bytes)
{
    std::ostringstream text;
    text.setf(std::ios::fixed);
    text.precision(1);
    if (bytes >= (int64_t(1) << 30))
        text << static_cast<double>(bytes) / (int64_t(1) << 30) << " GiB";
    else
        text << static_cast<double>(bytes) / (1 << 20) << " MiB";
    return text.str();
}

// Whether a dataset of this many bytes leaves the GPU room to train: a trial allocation of twice
// the data plus 1 GiB. The caching allocator keeps the freed block, and the data and the training
// that follow are carved out of it.
bool roomOnDevice(const torch::Device& device, int64_t bytes)
{
    constexpr int64_t kTrainingRoom = int64_t(1) << 30;
    try {
        torch::empty({2 * bytes + kTrainingRoom}, torch::TensorOptions().dtype(torch::kUInt8).device(device));
        return true;
    } catch (const c10::OutOfMemoryError&) {
        return false;
    }
}

// RunStarted::deviceReason: its particulars in English words.
std::string deviceReasonText(const RunStarted& why)
{
    using Placement = RunStarted::DataPlacement;
    std::string text;
    switch (why.deviceChoice) {
    case DeviceChoice::CpuChosen: text = "The CPU was chosen."; break;
    case DeviceChoice::NoGpu: text = "No NVIDIA GPU is available to this LibTorch, so the CPU is used."; break;
    case DeviceChoice::CudaChosen: text = "CUDA was chosen and a GPU is available."; break;
    case DeviceChoice::GpuAvailable: text = "An NVIDIA GPU is available, so it is used."; break;
    }
    if (why.bf16 == RunStarted::Bf16::Autocast)
        text += " Steps run in bfloat16 autocast.";
    else if (why.bf16 == RunStarted::Bf16::NotOnCpu)
        text += " bf16 precision needs a CUDA GPU and is not supported on the CPU, so this run uses fp32.";
    const std::string dataset = " The dataset (" + sizeText(why.dataBytes) + ")";
    switch (why.dataPlacement) {
    case Placement::None: break;
    case Placement::OnGpu: text += dataset + " is kept on the GPU."; break;
    case Placement::HostAsked:
        text += dataset + " stays in memory, as the experiment asks, and each batch is copied to the GPU.";
        break;
    case Placement::HostNoRoom:
        text += dataset + " does not fit on the GPU with room to train, so it stays in memory and each batch is "
                          "copied to the GPU.";
        break;
    }
    return text;
}

// Chooses s.dataDevice for a run on s.device and says what it chose (in the run's device
// reason): a CUDA run keeps the dataset on the GPU when it fits there with room to train, else in
// memory, from where TrainingState::onDevice copies each batch over.
void chooseDataDevice(TrainingState& s, const ImageSet& images, RunStarted& why)
{
    using Placement = RunStarted::DataPlacement;
    s.dataDevice = s.device;
    if (!s.device.is_cuda())
        return;
    int64_t perImage = static_cast<int64_t>(images.imageSize() * sizeof(float));
    if (images.labels.size() == static_cast<size_t>(images.count))
        perImage += static_cast<int64_t>(sizeof(int64_t));
    if (images.masks.size() == images.maskSize() * images.count)
        perImage += static_cast<int64_t>(images.maskSize() * sizeof(float));
    const int64_t bytes = perImage * images.count;
    why.dataBytes = bytes;
    why.dataPlacement = s.experiment.dataPlacement == "host" ? Placement::HostAsked
                        : roomOnDevice(s.device, bytes)        ? Placement::OnGpu
                                                               : Placement::HostNoRoom;
    if (why.dataPlacement != Placement::OnGpu)
        s.dataDevice = torch::Device(torch::kCPU);
}

// The dataset's images on s.dataDevice: s.images trains; s.heldOut* are the held-out images of
// recipes that hold out (classifier, segmentation). A set split by patient trains on its Train
// split, holds out its Validation split and leaves its Test split alone, so that no patient is
// in two of them. A set without splits (the phantoms: independent slices, no patients) trains
// on all but its last share (validationFraction), held out when the rest still fills a batch.
void placeImages(TrainingState& s, const ImageSet& images, bool holdsOut)
{
    const Experiment& e = s.experiment;
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
    const auto onDevice = [&](const torch::Tensor& t, const std::function<torch::Tensor(const torch::Tensor&)>& part) {
        return t.defined() ? part(t).to(s.dataDevice, false, /*copy=*/true) : torch::Tensor();
    };

    if (images.splits.size() == static_cast<size_t>(images.count)) {
        std::vector<int64_t> train, validation;
        int64_t test = 0;
        for (int64_t i = 0; i < images.count; ++i) {
            switch (images.splits[static_cast<size_t>(i)]) {
            case ImageSplit::Train: train.push_back(i); break;
            case ImageSplit::Validation: validation.push_back(i); break;
            case ImageSplit::Test: ++test; break;
            }
        }
        if (static_cast<int64_t>(train.size()) < e.batchSize)
            throw std::invalid_argument(
                "The dataset's training split has " + std::to_string(train.size()) + " of its " +
                std::to_string(images.count) + " images (" + std::to_string(validation.size()) + " validation, " +
                std::to_string(test) + " test), fewer than the batch size " + std::to_string(e.batchSize) +
                ". Choose a smaller batch, give training a larger share of the patients, or add images.");
        const torch::Tensor trainIndex = torch::tensor(train, torch::kLong);
        const auto trainPart = [&](const torch::Tensor& t) { return t.index_select(0, trainIndex); };
        s.images = onDevice(all, trainPart);
        s.labels = onDevice(labels, trainPart);
        s.masks = onDevice(masks, trainPart);
        if (holdsOut && !validation.empty()) {
            const torch::Tensor heldIndex = torch::tensor(validation, torch::kLong);
            const auto heldPart = [&](const torch::Tensor& t) { return t.index_select(0, heldIndex); };
            s.heldOutImages = onDevice(all, heldPart);
            s.heldOutLabels = onDevice(labels, heldPart);
            s.heldOutMasks = onDevice(masks, heldPart);
        }
        return;
    }

    if (images.count < e.batchSize)
        throw std::invalid_argument("The dataset has " + std::to_string(images.count) +
                                    " images, fewer than the batch size " + std::to_string(e.batchSize) +
                                    ". Choose a smaller batch or add images.");
    int64_t heldOut = 0;
    if (holdsOut) {
        heldOut = static_cast<int64_t>(std::floor(images.count * e.validationFraction));
        if (images.count - heldOut < e.batchSize)
            heldOut = 0;
    }
    const int64_t training = images.count - heldOut;
    s.images = onDevice(all, [&](const torch::Tensor& t) { return t.narrow(0, 0, training); });
    s.labels = onDevice(labels, [&](const torch::Tensor& t) { return t.narrow(0, 0, training); });
    s.masks = onDevice(masks, [&](const torch::Tensor& t) { return t.narrow(0, 0, training); });
    if (heldOut > 0) {
        const auto heldPart = [&](const torch::Tensor& t) { return t.narrow(0, training, heldOut); };
        s.heldOutImages = onDevice(all, heldPart);
        s.heldOutLabels = onDevice(labels, heldPart);
        s.heldOutMasks = onDevice(masks, heldPart);
    }
}

}  // namespace

struct TrainingRun::Impl {
    TrainingState state;
    std::unique_ptr<Recipe> recipe;
    TrainingObserver* observer = nullptr;
    RunStarted why;  // the device, and why it and the data's place were chosen
    int threads = 1;
    int64_t timedImages = 0;
    Clock::time_point timedSince;
    int64_t stepsTimed = 0;  // steps of this process (a resumed run warms up again)
    std::unique_ptr<RunFolderWriter> folder;
    std::unique_ptr<RunMonitor> monitor;  // live evaluation and diagnostics
    StepReport last;
    bool autocast = false;             // bf16 autocast on CUDA
    std::string precision = "fp32";    // what the run uses
    // Checkpoints.
    double bestScore = std::numeric_limits<double>::quiet_NaN();
    int64_t lastCheckpointStep = -1;   // step of checkpoints/latest.pt; -1: none yet
    // Runs that measure FID score their checkpoints by it: a checkpoint of a step that the
    // evaluation cadence measures waits, as checkpoints/scoring_step_NNNNNNN.pt (a hard link), for
    // that FID, which the evaluation worker delivers a few steps later; then it becomes best.pt or
    // is removed. Checkpoints of other steps are not candidates (see checkpoint()).
    std::map<int64_t, std::string> scoring;
    bool broken = false;               // a loss became NaN or infinite; the state is not to be saved

    fs::path checkpointFolder() const { return fs::path(folder->path()) / "checkpoints"; }
    std::string latestFile() const { return folder ? (checkpointFolder() / "latest.pt").string() : std::string(); }

    void diagnose(DiagnosticReport::Kind kind, const std::string& message, const std::string& remedy, bool paused,
                  const std::string& detail = {})
    {
        if (!observer)
            return;
        DiagnosticReport report;
        report.kind = kind;
        report.step = state.stepsDone;
        report.message = message;
        report.remedy = remedy;
        report.paused = paused;
        report.detail = detail;
        if (lastCheckpointStep >= 0 && folder) {
            report.checkpoint = latestFile();
            report.checkpointStep = lastCheckpointStep;
        }
        observer->diagnosticRaised(report);
    }

    void reportCheckpoint(const std::string& file, const std::string& reason)
    {
        if (observer)
            observer->checkpointSaved({state.stepsDone, file, reason});
    }

    // Writes latest.pt (and best.pt, step_NNNNNNN.pt); see TrainingRun::run.
    std::string checkpoint(const std::string& reason)
    {
        if (!folder || broken)
            return {};
        const std::string latest = latestFile();
        if (state.stepsDone == lastCheckpointStep) {
            reportCheckpoint(latest, reason);  // latest.pt already holds this state
            return latest;
        }
        if (!stateIsFinite(state)) {
            diagnose(DiagnosticReport::Kind::NotFinite,
                     "A weight of the model became NaN or infinite at step " + std::to_string(state.stepsDone) +
                         "; no checkpoint was written.",
                     lastCheckpointStep >= 0 ? "The last good checkpoint is " + latest +
                                                   ". Resume from it with a lower learning rate."
                                             : "Start again with a lower learning rate.",
                     false);
            return {};
        }
        const bool byFid = monitor && monitor->scoresByFid();
        std::vector<NamedValue> values = last.values;
        for (const NamedValue& v : evaluate())
            values.push_back(v);
        const double score =
            byFid ? std::numeric_limits<double>::quiet_NaN() : bestCheckpointScore(state.experiment.recipe, values);
        const bool best = std::isfinite(score) && (!std::isfinite(bestScore) || score < bestScore);
        try {
            writeCheckpoint(state, best ? score : bestScore, latest);
        } catch (const std::runtime_error& error) {
            diagnose(DiagnosticReport::Kind::CheckpointNotWritten, error.what(),
                     lastCheckpointStep >= 0 ? "The last checkpoint written is " + latest + " (step " +
                                                   std::to_string(lastCheckpointStep) + ")."
                                             : "No checkpoint has been written yet.",
                     false, error.what());
            return {};
        }
        lastCheckpointStep = state.stepsDone;
        reportCheckpoint(latest, reason);
        if (best) {
            bestScore = score;
            promoteBest(latest, bestCriterion(values), score, state.stepsDone);
        }
        if (reason == "every N steps") {
            linkOrCopy(latest, (checkpointFolder() / numberedName("step_", state.stepsDone)).string());
            pruneNumbered();
        }
        // Only a step the cadence evaluated: forcing an evaluation here made a run with frequent
        // checkpoints evaluate at each one, past the cost share the CPU cadence keeps (Evaluator.h).
        // No reason needs more. "end": the last step is always evaluated. "stop": run() does not
        // wait for running evaluations, so a forced one would be thrown away. "pause" and
        // saveCheckpoint(): latest.pt is written all the same; best.pt keeps its scored candidates.
        if (byFid && monitor->scoresStep(state.stepsDone)) {
            const std::string candidate = (checkpointFolder() / numberedName("scoring_step_", state.stepsDone)).string();
            if (linkOrCopy(latest, candidate))
                scoring[state.stepsDone] = candidate;
        }
        return latest;
    }

    static std::string numberedName(const char* prefix, int64_t step)
    {
        char digits[24];
        std::snprintf(digits, sizeof digits, "%07lld", static_cast<long long>(step));
        return prefix + std::string(digits) + ".pt";
    }

    // What best.pt is chosen by (see bestCheckpointScore), for checkpoints/best.json.
    std::string bestCriterion(const std::vector<NamedValue>& values = {}) const
    {
        if (monitor && monitor->scoresByFid())
            return "fid";
        return bestCheckpointCriterion(state.experiment.recipe, values).first;
    }

    // best.pt becomes `from` (a checkpoint file of `step`), and checkpoints/best.json says why:
    // {"step": 120, "criterion": "fid", "score": 7.8} (lower is better).
    void promoteBest(const std::string& from, const std::string& criterion, double score, int64_t step)
    {
        const std::string best = (checkpointFolder() / "best.pt").string();
        if (!linkOrCopy(from, best))
            return;
        const fs::path record = checkpointFolder() / "best.json", temporary = checkpointFolder() / "best.json.tmp";
        {
            std::ofstream out(temporary);
            out << nlohmann::json{{"step", step}, {"criterion", criterion}, {"score", score}}.dump() << "\n";
        }
        std::error_code error;
        fs::rename(temporary, record, error);
        reportCheckpoint(best, "best");
    }

    // Checkpoints waiting for their FID get it from the evaluations just reported.
    void scoreCheckpoints(const std::vector<EvaluationReport>& reports)
    {
        for (const EvaluationReport& r : reports) {
            const auto waiting = scoring.find(r.step);
            if (waiting == scoring.end())
                continue;
            double fid = std::numeric_limits<double>::quiet_NaN();
            for (const auto& [name, value] : r.values)
                if (name == "fid")
                    fid = value;
            if (std::isfinite(fid) && (!std::isfinite(bestScore) || fid < bestScore)) {
                bestScore = fid;
                promoteBest(waiting->second, "fid", fid, r.step);
            }
            std::error_code error;
            fs::remove(waiting->second, error);
            scoring.erase(waiting);
        }
    }

    // Checkpoints whose FID will not come (the run stopped first, or evaluation failed), and those
    // a crashed process left behind.
    void dropScoring()
    {
        std::error_code error;
        for (const auto& [step, file] : scoring)
            fs::remove(file, error);
        scoring.clear();
        if (!folder)
            return;
        for (const fs::directory_entry& entry : fs::directory_iterator(checkpointFolder(), error))
            if (entry.path().filename().string().rfind("scoring_step_", 0) == 0)
                fs::remove(entry.path(), error);
    }

    // Another name for a checkpoint: a hard link (latest.pt is replaced by rename, so the link keeps
    // this state), else a copy; both through a temporary name. False (and a diagnostic) on failure.
    bool linkOrCopy(const std::string& from, const std::string& to)
    {
        std::error_code error;
        const std::string temporary = to + ".tmp";
        fs::remove(temporary, error);
        fs::create_hard_link(from, temporary, error);
        if (error) {
            error.clear();
            fs::copy_file(from, temporary, fs::copy_options::overwrite_existing, error);
        }
        if (!error)
            fs::rename(temporary, to, error);
        if (error) {
            const std::string reason = error.message();
            fs::remove(temporary, error);
            diagnose(DiagnosticReport::Kind::CheckpointNotWritten, "Cannot write the checkpoint " + to + " (" + reason + ").",
                     "Free some space; latest.pt is kept.", false, reason);
            return false;
        }
        return true;
    }

    void pruneNumbered()
    {
        std::error_code error;
        std::vector<fs::path> numbered;
        for (const fs::directory_entry& entry : fs::directory_iterator(checkpointFolder(), error)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind("step_", 0) == 0 && entry.path().extension() == ".pt")
                numbered.push_back(entry.path());
        }
        std::sort(numbered.begin(), numbered.end());  // zero-padded: name order is step order
        for (size_t i = 0; i + kNumberedCheckpoints < numbered.size(); ++i)
            fs::remove(numbered[i], error);
    }

    void announce(const std::string& runFolder, const nlohmann::json& environmentExtra, bool fresh);

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

TrainingRun::TrainingRun(const Experiment& experiment, const ImageSet& images, const std::string& runFolder,
                         TrainingObserver* observer, const std::string& evaluationCacheFolder)
    : TrainingRun(experiment, images, observer, evaluationCacheFolder)
{
    d->announce(runFolder, nlohmann::json::object(), /*fresh=*/true);
}

// Everything but the run folder and the started() report: resume() and fork() restore a
// checkpoint in between.
TrainingRun::TrainingRun(const Experiment& experimentIn, const ImageSet& images, TrainingObserver* observer,
                         const std::string& evaluationCacheFolder)
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
    if (images.values.size() != images.imageSize() * images.count)
        throw std::invalid_argument("The image set is inconsistent: its values do not match its count and shape.");

    d->threads = e.threads > 0 ? e.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(d->threads);
    s.device = chooseDevice(e.device, d->why);
    if (e.precision == "bf16") {
        if (s.device.is_cuda()) {
            d->autocast = true;
            d->precision = "bf16";
            d->why.bf16 = RunStarted::Bf16::Autocast;
        } else {
            d->why.bf16 = RunStarted::Bf16::NotOnCpu;
        }
    }
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
    for (TrainedNetwork& n : s.networks) {
        n.module->to(s.device);
        if (useChannelsLast(s.device))
            toChannelsLast(*n.module);
    }
    if (e.ema) {
        const std::string role = d->recipe->generatingRole();
        s.average = GraphModule(*e.graph.findNetwork(role));
        s.average->to(s.device);
        if (useChannelsLast(s.device))
            toChannelsLast(*s.average);
        copyWeights(*s.average, *s.network(role));
        s.average->setNoiseGenerator(s.random);
        setRequiresGrad(*s.average, false);
    }

    chooseDataDevice(s, images, d->why);
    placeImages(s, images, d->recipe->holdsOut());
    d->recipe->prepare(s, images);
    for (TrainedNetwork& n : s.networks) {
        const OptimizerSettings settings = optimizerFor(e, n.role);
        n.optimizer = makeOptimizer(settings, n.module->parameters());
        n.baseLearningRate = settings.learningRate;
    }
    d->monitor = std::make_unique<RunMonitor>(s, d->generating(), evaluationCacheFolder);
}

void TrainingRun::Impl::announce(const std::string& runFolder, const nlohmann::json& environmentExtra, bool fresh)
{
    TrainingState& s = state;
    RunStarted started = why;
    started.device = s.device.str();
    started.deviceReason = deviceReasonText(why);
    started.threads = threads;
    started.recipe = s.experiment.recipe;
    for (TrainedNetwork& n : s.networks)
        started.networks.push_back({n.role, parameterCount(*n.module)});
    const std::string generatingRole =
        recipe->generatingRole().empty() ? s.networks.front().role : recipe->generatingRole();
    started.generatorParameters = parameterCount(*s.network(generatingRole));
    started.discriminatorParameters = s.has("discriminator") ? parameterCount(*s.network("discriminator")) : 0;
    if (!runFolder.empty()) {
        if (fresh) {
            folder = std::make_unique<RunFolderWriter>(runFolder);
            nlohmann::json environment = {{"device", started.device}, {"device_reason", started.deviceReason},
                                          {"threads", threads}, {"precision", precision}};
            environment.update(environmentExtra);
            environment.update(monitor->environment());
            folder->writeStart(s.experiment, environment);
        }
        started.runFolder = runFolder;
    }
    if (observer)
        observer->started(started);
}

std::unique_ptr<TrainingRun> TrainingRun::resume(const std::string& runFolder, const ImageSet& data,
                                                 TrainingObserver* observer, const std::string& evaluationCacheFolder)
{
    const std::string file = latestCheckpoint(runFolder);
    const CheckpointInfo info = readCheckpointInfo(file);
    const DatasetManifest& manifest = info.experiment.dataset;
    if (manifest.imageCount > 0 && manifest.imageCount != data.count)
        throw std::runtime_error("This run was trained on " + std::to_string(manifest.imageCount) + " images, but " +
                                 std::to_string(data.count) + " were given to resume it. Give it the same data.");
    std::unique_ptr<TrainingRun> run(new TrainingRun(info.experiment, data, observer, evaluationCacheFolder));
    Impl& impl = *run->d;
    impl.bestScore = restoreCheckpoint(impl.state, file, RestoreLearningRates::FromCheckpoint);
    impl.lastCheckpointStep = impl.state.stepsDone;
    impl.folder = std::make_unique<RunFolderWriter>(runFolder, impl.state.stepsDone);
    // best.pt may have been chosen after latest.pt was written (an FID that came later).
    if (std::ifstream record{impl.checkpointFolder() / "best.json"}) {
        const nlohmann::json best = nlohmann::json::parse(record, nullptr, /*allow_exceptions=*/false);
        if (best.is_object() && best.value("criterion", "") == impl.bestCriterion() && best.contains("score") &&
            best["score"].is_number()) {
            const double score = best["score"].get<double>();
            if (std::isfinite(score) && (!std::isfinite(impl.bestScore) || score < impl.bestScore))
                impl.bestScore = score;
        }
    }
    impl.dropScoring();
    impl.announce(runFolder, {}, /*fresh=*/false);
    return run;
}

std::unique_ptr<TrainingRun> TrainingRun::fork(const std::string& checkpointFile, const Experiment& experiment,
                                               const ImageSet& data, const std::string& runFolder,
                                               TrainingObserver* observer, const std::string& evaluationCacheFolder)
{
    const CheckpointInfo info = readCheckpointInfo(checkpointFile);
    if (experiment.steps <= info.step)
        throw std::invalid_argument("The checkpoint is at step " + std::to_string(info.step) +
                                    "; a run forked from it needs more steps than that (it has " +
                                    std::to_string(experiment.steps) + ").");
    std::unique_ptr<TrainingRun> run(new TrainingRun(experiment, data, observer, evaluationCacheFolder));
    Impl& impl = *run->d;
    // The new experiment's learning rates, the checkpoint's everything else.
    restoreCheckpoint(impl.state, checkpointFile, RestoreLearningRates::KeepCurrent);
    // A fork may train on other images (another folder, other preprocessing, other splits): the
    // checkpoint's place in its epoch is a permutation of its own training images, so with a
    // different number of them the fork starts a fresh epoch.
    TrainingState& s = impl.state;
    if (s.order.defined() && s.order.size(0) != s.images.size(0)) {
        s.order = torch::Tensor();
        s.cursor = 0;
    }
    impl.announce(runFolder, {{"forked_from", {{"checkpoint", checkpointFile}, {"step", info.step}}}}, /*fresh=*/true);
    return run;
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

StepReport TrainingRun::step(StepPart part)
{
    const auto start = Clock::now();
    Impl& impl = *d;
    TrainingState& s = impl.state;
    const Experiment& e = s.experiment;
    if (!impl.recipe->hasStepParts())
        part = StepPart::Whole;
    // A discriminator update alone is not a step: no step count, moving average or metrics record.
    const bool countsAsStep = part != StepPart::Discriminator;

    impl.applySchedule();
    NamedTensors named;
    {
        AutocastScope autocast(impl.autocast);
        named = part == StepPart::Whole ? impl.recipe->step(s) : impl.recipe->stepPart(s, part);
    }
    if (countsAsStep && s.average) {
        const std::string role = impl.recipe->generatingRole();
        updateMovingAverage(*s.average, *s.network(role), movingAverageDecay(e.emaDecay, s.stepsDone));
    }
    // One device-to-host transfer for all reported numbers.
    std::vector<torch::Tensor> scalars;
    for (const auto& [name, value] : named)
        scalars.push_back(value.detach().to(torch::kFloat64).reshape({1}));
    const torch::Tensor numbers = torch::cat(scalars).to(torch::kCPU);
    const double* v = numbers.data_ptr<double>();
    if (countsAsStep)
        ++s.stepsDone;

    StepReport report;
    report.step = s.stepsDone;
    report.totalSteps = e.steps;
    report.epoch = s.epoch;
    report.part = part;
    for (size_t i = 0; i < named.size(); ++i)
        report.values.push_back({named[i].first, v[i]});
    for (const NamedValue& value : report.values)
        if (!std::isfinite(value.value)) {
            impl.broken = true;
            throw NotFiniteError("The value '" + value.name + "' became " +
                                     std::string(std::isnan(value.value) ? "NaN" : "infinite") + " at step " +
                                     std::to_string(s.stepsDone) +
                                     ". Training cannot continue; try a lower learning rate or a smaller batch.",
                                 value.name);
        }
    for (const TrainedNetwork& n : s.networks)
        if (n.optimizer)
            report.values.push_back({"lr_" + n.role, n.optimizer->param_groups().front().options().get_lr()});
    if (!countsAsStep) {
        report.discriminatorLoss = report.value("loss_d");
        report.dReal = report.value("d_real");
        report.dFake = report.value("d_fake");
        report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (impl.observer)
            impl.observer->stepDone(report);
        return report;
    }
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
    if (++impl.stepsTimed > kWarmupSteps) {
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
    impl.scoreCheckpoints(impl.monitor->afterStep(s, report, impl.generating(), impl.observer, impl.folder.get()));
    if (s.stepsDone % e.sampleEvery == 0 && s.stepsDone < e.steps)
        impl.emitSamples();
    return report;
}

std::string TrainingRun::saveCheckpoint(const std::string& reason) { return d->checkpoint(reason); }

RunSummary TrainingRun::run(const std::atomic<bool>& stop)
{
    RunControl control;
    return runUntil(control, &stop, /*pauseOnNotFinite=*/false);
}

RunSummary TrainingRun::run(RunControl& control) { return runUntil(control, nullptr, /*pauseOnNotFinite=*/true); }

RunSummary TrainingRun::runUntil(RunControl& control, const std::atomic<bool>* externalStop, bool pauseOnNotFinite)
{
    const auto start = Clock::now();
    Impl& impl = *d;
    TrainingState& s = impl.state;
    const auto stopping = [&] { return control.stop.load() || (externalStop && externalStop->load()); };
    const auto applyLearningRate = [&] {
        const double rate = control.learningRate.exchange(0);
        if (rate == 0)
            return;
        const int role = control.learningRateRole.load();
        const std::vector<std::string> roles = networkRoles();
        try {
            setLearningRate(rate, role >= 0 && role < static_cast<int>(roles.size()) ? roles[role] : std::string());
        } catch (const std::invalid_argument& error) {
            impl.diagnose(DiagnosticReport::Kind::Other, error.what(), "Choose a learning rate between 0 and 10.", false);
        }
    };
    // One step; a NaN or infinite loss raises the diagnostic and pauses (or, without anyone to
    // un-pause, ends the run by rethrowing).
    const auto guardedStep = [&](StepPart part) {
        try {
            step(part);
        } catch (const NotFiniteError& error) {
            const std::string good = impl.lastCheckpointStep >= 0 ? impl.latestFile() : std::string();
            std::string remedy = good.empty()
                                     ? std::string("There is no checkpoint to go back to. Start again with a lower "
                                                   "learning rate (for example a tenth of it).")
                                     : "The last good checkpoint is " + good + " (step " +
                                           std::to_string(impl.lastCheckpointStep) +
                                           "). Lower the learning rate (for example to a tenth) and continue: the "
                                           "run goes back to that checkpoint.";
            if (pauseOnNotFinite)
                control.pause = true;  // before the report: an observer may un-pause at once
            impl.diagnose(DiagnosticReport::Kind::NotFinite,
                          "The loss '" + error.name + "' became NaN or infinite at step " +
                              std::to_string(s.stepsDone) + "; the model's state is broken from there on.",
                          remedy, pauseOnNotFinite, error.name);
            if (!pauseOnNotFinite)
                throw;
        }
    };

    while (s.stepsDone < s.experiment.steps && !stopping()) {
        applyLearningRate();
        if (control.pause.load() || impl.broken) {
            impl.checkpoint("pause");  // writes nothing for a broken state
            while ((control.pause.load() || impl.broken) && !stopping() && s.stepsDone < s.experiment.steps) {
                applyLearningRate();
                if (!impl.broken && control.stepRequests.load() > 0) {
                    control.stepRequests.fetch_sub(1);
                    guardedStep(control.stepPart.load());
                    continue;
                }
                if (impl.broken && !control.pause.load()) {
                    // Continue after NaN: back to the last good checkpoint, with the rates set since.
                    if (impl.lastCheckpointStep < 0 || !impl.folder) {
                        control.stop = true;
                        break;
                    }
                    restoreCheckpoint(s, impl.latestFile(), RestoreLearningRates::KeepCurrent);
                    impl.folder->keepMetricsUpTo(s.stepsDone);
                    impl.broken = false;
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(15));
            }
            continue;
        }
        guardedStep(StepPart::Whole);
        const int64_t every = s.experiment.checkpointEvery;
        if (!impl.broken && every > 0 && s.stepsDone % every == 0 && s.stepsDone < s.experiment.steps)
            impl.checkpoint("every N steps");
    }
    const bool finishedAll = s.stepsDone >= s.experiment.steps && !impl.broken;
    impl.checkpoint(finishedAll ? "end" : "stop");  // before the final samples, which may draw noise

    RunSummary summary;
    summary.steps = s.stepsDone;
    summary.stopped = !finishedAll;
    summary.imagesPerSecond = impl.last.imagesPerSecond;
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    summary.finalGeneratorLoss = impl.last.generatorLoss;
    summary.finalDiscriminatorLoss = impl.last.discriminatorLoss;
    summary.finalValues = impl.last.values;
    impl.scoreCheckpoints(impl.monitor->finish(impl.observer, impl.folder.get(), /*wait=*/!summary.stopped && !impl.broken));
    impl.dropScoring();
    if (s.stepsDone > 0 && !impl.broken)
        impl.emitSamples();
    if (impl.folder) {
        summary.runFolder = impl.folder->path();
        impl.folder->writeSummary(summary);
    }
    if (impl.observer)
        impl.observer->finished(summary);
    return summary;
}

namespace {

// What best.pt is chosen by when the run does not measure FID, and the score (lower is better).
std::pair<std::string, double> bestCheckpointCriterion(const std::string& recipe, const std::vector<NamedValue>& values)
{
    const auto find = [&](const std::string& name) {
        for (const NamedValue& v : values)
            if (v.name == name)
                return v.value;
        return std::numeric_limits<double>::quiet_NaN();
    };
    if (recipe == "classifier" && std::isfinite(find("val_f1")))
        return {"1 - val_f1", 1 - find("val_f1")};
    if (recipe == "segmentation" && std::isfinite(find("val_dice")))
        return {"1 - val_dice", 1 - find("val_dice")};
    const double generatorSide = find("loss_g");
    return std::isfinite(generatorSide) ? std::make_pair(std::string("loss_g"), generatorSide)
                                        : std::make_pair(std::string("loss"), find("loss"));
}

}  // namespace

double bestCheckpointScore(const std::string& recipe, const std::vector<NamedValue>& values)
{
    return bestCheckpointCriterion(recipe, values).second;
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
