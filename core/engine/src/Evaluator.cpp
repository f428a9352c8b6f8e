#include "Evaluator.h"

#include "medsynth/engine/Sha256.h"

#include <ATen/Parallel.h>
#include <nlohmann/json.hpp>

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace medsynth::engine {

std::atomic<int> EvaluationTestHooks::realFeatureExtractions{0};
std::atomic<int> EvaluationTestHooks::extraMillisecondsPerJob{0};
std::function<void(const EvaluationJob&, const EvaluationReport&, const RealFeatures&, const std::string&)>
    EvaluationTestHooks::onEvaluated;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr uint64_t kEvaluationSeedSalt = 0x6576616c75617465ull;  // "evaluate": the fixed z's own stream
constexpr int64_t kDiversityRows = 256;
constexpr const char* kCacheMagic = "medsynth.real-features 1";

// The process-wide memory cache of real features, by key.
std::mutex& cacheMutex()
{
    static std::mutex m;
    return m;
}
std::map<std::string, std::shared_ptr<const RealFeatures>>& memoryCache()
{
    static std::map<std::string, std::shared_ptr<const RealFeatures>> cache;
    return cache;
}

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// Keeps the worker's LibTorch operations on one thread without touching the training thread's.
// Measured with Debian's LibTorch 1.13 (OpenMP backend): at::set_num_threads(1) on the worker
// leaves the training thread's at::get_num_threads() alone (OpenMP's thread count is per thread)
// but also stores 1 as the process-wide count every thread started later begins with, and resizes
// the shared pthreadpool. omp_set_num_threads(1) changes only the calling thread. LibTorch
// initialises a thread's count lazily on its first parallel call, which would undo ours, so that
// runs first. Looked up at run time: the engine is not built with -fopenmp, LibTorch brings the
// OpenMP runtime; with another backend nothing is changed.
void limitWorkerToOneThread()
{
    (void)at::get_num_threads();
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads")))
        set(1);
}

ImageSet toImageSet(const torch::Tensor& images)
{
    const torch::Tensor cpu = images.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    ImageSet set;
    set.count = static_cast<int>(cpu.size(0));
    set.channels = static_cast<int>(cpu.size(1));
    set.height = static_cast<int>(cpu.size(2));
    set.width = static_cast<int>(cpu.size(3));
    set.values.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    return set;
}

// Mean Euclidean distance between (up to kDiversityRows evenly spaced) rows.
double meanPairwiseDistance(const FeatureMatrix& f)
{
    const int64_t m = std::min(f.rows, kDiversityRows);
    if (m < 2)
        return 0;
    std::vector<int64_t> rows(m);
    for (int64_t i = 0; i < m; ++i)
        rows[i] = i * f.rows / m;
    double sum = 0;
    for (int64_t i = 0; i < m; ++i)
        for (int64_t j = i + 1; j < m; ++j) {
            const double *a = f.row(rows[i]), *b = f.row(rows[j]);
            double d2 = 0;
            for (int64_t k = 0; k < f.cols; ++k)
                d2 += (a[k] - b[k]) * (a[k] - b[k]);
            sum += std::sqrt(d2);
        }
    return sum / (0.5 * double(m) * double(m - 1));
}

void writeDoubles(std::ostream& out, const std::vector<double>& v)
{
    out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(double)));
}

bool readDoubles(std::istream& in, std::vector<double>& v, size_t count)
{
    v.resize(count);
    in.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(count * sizeof(double)));
    return static_cast<size_t>(in.gcount()) == count * sizeof(double);
}

// The cache file: a magic line, a JSON line (key, what it was made from, sizes), then doubles:
// features (rows x cols), mean (cols), covariance (cols x cols).
void writeCacheFile(const fs::path& file, const nlohmann::json& header, const FeatureMatrix& features,
                    const FeatureStatistics& stats)
{
    std::error_code error;
    fs::create_directories(file.parent_path(), error);
    const fs::path temporary = file.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << kCacheMagic << '\n' << header.dump() << '\n';
        writeDoubles(out, features.values);
        writeDoubles(out, stats.mean);
        writeDoubles(out, stats.covariance);
        if (!out.flush())
            return;  // a cache that cannot be written only costs time next run
    }
    fs::rename(temporary, file, error);
}

bool readCacheFile(const fs::path& file, const std::string& key, FeatureMatrix& features, FeatureStatistics& stats)
{
    std::ifstream in(file, std::ios::binary);
    std::string magic, headerLine;
    if (!in || !std::getline(in, magic) || magic != kCacheMagic || !std::getline(in, headerLine))
        return false;
    const nlohmann::json header = nlohmann::json::parse(headerLine, nullptr, /*allow_exceptions=*/false);
    if (!header.is_object() || header.value("key", "") != key)
        return false;
    features.rows = header.value("rows", int64_t(0));
    features.cols = header.value("cols", int64_t(0));
    if (features.rows < 2 || features.cols < 1)
        return false;
    stats.count = features.rows;
    stats.dimension = features.cols;
    const size_t d = static_cast<size_t>(features.cols);
    return readDoubles(in, features.values, static_cast<size_t>(features.rows) * d) && readDoubles(in, stats.mean, d) &&
           readDoubles(in, stats.covariance, d * d);
}

}  // namespace

void EvaluationTestHooks::clearMemoryCache()
{
    std::lock_guard<std::mutex> lock(cacheMutex());
    memoryCache().clear();
}

Evaluator::Evaluator(TrainingState& s, GraphModule& generating, std::string cacheFolder)
    : experiment_(s.experiment),
      cacheFolder_(std::move(cacheFolder)),
      extractor_(experiment_.featureExtractor == "builtin" ? FeatureExtractor::builtin()
                                                           : FeatureExtractor::fromTorchScript(experiment_.featureExtractor))
{
    const Experiment& e = experiment_;
    label_ = extractor_.label();
    id_ = extractor_.id();
    sha256_ = extractor_.fileSha256();
    if (!e.featureExtractorSha256.empty() && !extractor_.isBuiltin() && e.featureExtractorSha256 != sha256_)
        throw std::runtime_error(e.featureExtractor + ": this feature network is not the one the experiment was "
                                 "measured with (its SHA-256 differs). Choose the original file, or clear the "
                                 "recorded hash to measure with this one from now on.");
    s.experiment.featureExtractorSha256 = sha256_;
    adaptCadence_ = s.device.is_cpu();
    measuresSamples_ = e.recipe != "pix2pix";
    reconstructs_ = e.recipe == "vae" || e.recipe == "cvae" || e.recipe == "vae-gan";
    paired_ = e.recipe == "pix2pix";
    every_ = interval_ = e.evaluateEvery;
    realImages_ = s.images;

    torch::NoGradGuard noGrad;
    const int64_t n = e.evaluationSamples;
    if (measuresSamples_) {
        torch::Generator random = at::detail::createCPUGenerator(e.seed ^ kEvaluationSeedSalt);
        std::vector<int64_t> shape = {n};
        shape.insert(shape.end(), generating->inputShape().dims.begin(), generating->inputShape().dims.end());
        fixedLatent_ = torch::randn(shape, random).to(s.device);
        if (labelInputCount(generating) > 0)
            fixedClasses_ = torch::arange(n, torch::kLong).remainder(generating->labelClasses()).to(s.device);
    }
    if (reconstructs_ || paired_) {
        const int64_t count = std::min<int64_t>(n, s.images.size(0));
        fixedReal_ = s.onDevice(s.images.narrow(0, 0, count));
        if (s.labels.defined())
            fixedRealClasses_ = s.onDevice(s.labels.narrow(0, 0, count));
        if (paired_)
            fixedMasks_ = s.onDevice(s.masks.narrow(0, 0, count)) * 2 - 1;
    }
    worker_ = std::thread([this] { workerLoop(); });
}

Evaluator::~Evaluator()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    cancelled_ = true;
    wake_.notify_all();
    if (worker_.joinable())
        worker_.join();
}

bool Evaluator::due(int64_t stepsDone)
{
    if (every_ <= 0 || stepsDone == lastSubmitted_)
        return false;
    const bool last = stepsDone == experiment_.steps && stepsDone >= every_;
    if (!last && stepsDone % interval_ != 0)
        return false;
    if (!last && pending_ >= kMaxPending) {
        ++skipped_;
        return false;
    }
    return true;
}

EvaluationJob Evaluator::makeJob(TrainingState& s, GraphModule& generating)
{
    const auto start = Clock::now();
    torch::NoGradGuard noGrad;
    EvaluationJob job;
    job.step = s.stepsDone;
    const int64_t batch = s.experiment.batchSize;
    // In chunks of the training batch: batch statistics as in training and as in the sample grid
    // (the same fixed chunks every time, so the samples depend only on the weights).
    const auto chunked = [&](const torch::Tensor& input, const std::function<torch::Tensor(torch::Tensor, torch::Tensor)>& f,
                             const torch::Tensor& classes) {
        std::vector<torch::Tensor> parts;
        for (int64_t i = 0; i < input.size(0); i += batch) {
            const int64_t m = std::min(batch, input.size(0) - i);
            parts.push_back(f(input.narrow(0, i, m), classes.defined() ? classes.narrow(0, i, m) : torch::Tensor()));
        }
        return torch::cat(parts);
    };
    if (measuresSamples_) {
        const torch::Tensor images = keepingBuffers(*generating, [&] {
            return chunked(fixedLatent_, [&](torch::Tensor z, torch::Tensor c) { return generating->forward(inputsFor(generating, {z}, c)); },
                           fixedClasses_);
        });
        job.generated = toImageSet(images);
    }
    if (reconstructs_) {
        // Reconstructions in evaluation mode: the encoder's mean (no sampling noise, and no draw
        // from the run's stream), running batch-norm statistics.
        GraphModule& encoder = s.network("encoder");
        GraphModule& decoder = s.network("decoder");
        const bool encoderTraining = encoder->is_training(), decoderTraining = decoder->is_training();
        encoder->eval();
        decoder->eval();
        const torch::Tensor classes = s.experiment.recipe == "cvae" ? fixedRealClasses_ : torch::Tensor();
        const torch::Tensor output = chunked(
            fixedReal_,
            [&](torch::Tensor x, torch::Tensor c) {
                return decoder->forward(inputsFor(decoder, {encoder->forward(inputsFor(encoder, {x}, c))}, c));
            },
            classes);
        encoder->train(encoderTraining);
        decoder->train(decoderTraining);
        job.reconstructed = toImageSet(output);
        job.originals = toImageSet(fixedReal_);
    }
    if (paired_) {
        const bool maskToImage = s.experiment.pairDirection == "mask-to-image";
        const torch::Tensor source = maskToImage ? fixedMasks_ : fixedReal_;
        const torch::Tensor target = maskToImage ? fixedReal_ : fixedMasks_;
        const torch::Tensor output = keepingBuffers(*generating, [&] {
            return chunked(source, [&](torch::Tensor x, torch::Tensor) { return generating->forward(inputsFor(generating, {x})); },
                           {});
        });
        job.reconstructed = toImageSet(output);
        job.originals = toImageSet(target);
    }
    job.generationSeconds = seconds(start);
    return job;
}

int64_t Evaluator::stretchedInterval(int64_t every, double evaluationSeconds, double secondsPerStep)
{
    if (every < 1 || !(secondsPerStep > 0) || !(evaluationSeconds > 0))
        return std::max<int64_t>(every, 1);
    const double neededSteps = evaluationSeconds / (kMaxCostShare * secondsPerStep);
    const double multiple = std::ceil(neededSteps / double(every) - 1e-9);
    return every * std::max<int64_t>(1, static_cast<int64_t>(std::min(multiple, 1e9)));
}

void Evaluator::submit(EvaluationJob job)
{
    lastSubmitted_ = job.step;
    ++pending_;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    wake_.notify_all();
}

void Evaluator::addTrainingTime(double s)
{
    trainingSeconds_ += s;
    ++trainingSteps_;
}

std::vector<EvaluationReport> Evaluator::takeFinished(bool wait, std::string& failure)
{
    std::vector<Result> results;
    {
        std::unique_lock<std::mutex> lock(mutex_);
        if (wait)
            wake_.wait(lock, [&] { return static_cast<int>(done_.size()) >= pending_ || !failure_.empty(); });
        results.swap(done_);
        if (!failure_.empty()) {
            failure = failure_;
            every_ = 0;  // off: due() says no from now on
            pending_ = 0;
            return {};
        }
    }
    pending_ -= static_cast<int>(results.size());
    std::sort(results.begin(), results.end(), [](const Result& a, const Result& b) { return a.report.step < b.report.step; });
    std::vector<EvaluationReport> reports;
    for (Result& r : results) {
        const double cost = r.workerSeconds + r.generationSeconds;
        if (adaptCadence_ && trainingSteps_ > 0 && trainingSeconds_ > 0)
            interval_ = stretchedInterval(every_, cost, trainingSeconds_ / double(trainingSteps_));
        r.report.values.emplace_back("evaluation_interval", static_cast<double>(interval_));
        reports.push_back(std::move(r.report));
    }
    return reports;
}

std::shared_ptr<const RealFeatures> Evaluator::realFeatures()
{
    // The key: what the images are (their pixels and shape), what measures them, nothing else.
    const torch::Tensor cpu = realImages_.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    const std::string shape = std::to_string(cpu.size(0)) + "x" + std::to_string(cpu.size(1)) + "x" +
                              std::to_string(cpu.size(2)) + "x" + std::to_string(cpu.size(3));
    const std::string datasetHash =
        sha256Hex(reinterpret_cast<const uint8_t*>(cpu.data_ptr<float>()), static_cast<size_t>(cpu.numel()) * sizeof(float));
    const std::string extractorKey = extractor_.isBuiltin() ? id_ : "torchscript-sha256:" + sha256_;
    const std::string keyText = datasetHash + "|" + shape + "|" + extractorKey;
    const std::string key = sha256Hex(reinterpret_cast<const uint8_t*>(keyText.data()), keyText.size());
    {
        std::lock_guard<std::mutex> lock(cacheMutex());
        const auto found = memoryCache().find(key);
        if (found != memoryCache().end()) {
            realSource_ = "memory";
            return found->second;
        }
    }
    auto real = std::make_shared<RealFeatures>();
    real->key = key;
    FeatureStatistics stats;
    const fs::path file = cacheFolder_.empty() ? fs::path() : fs::path(cacheFolder_) / ("real-" + key.substr(0, 32) + ".features");
    if (!file.empty() && readCacheFile(file, key, real->features, stats)) {
        realSource_ = "disk";
    } else {
        ++EvaluationTestHooks::realFeatureExtractions;
        constexpr int64_t chunk = 256;
        for (int64_t i = 0; i < cpu.size(0); i += chunk) {
            // A large dataset with a large network takes minutes: a run ended meanwhile must not wait.
            if (cancelled_)
                throw std::runtime_error("cancelled");
            const FeatureMatrix part = extractor_.extract(toImageSet(cpu.narrow(0, i, std::min(chunk, cpu.size(0) - i))));
            real->features.cols = part.cols;
            real->features.rows += part.rows;
            real->features.values.insert(real->features.values.end(), part.values.begin(), part.values.end());
        }
        stats = computeFeatureStatistics(real->features);
        realSource_ = "computed";
        if (!file.empty())
            writeCacheFile(file,
                           {{"key", key}, {"dataset_sha256", datasetHash}, {"images", shape}, {"extractor", id_},
                            {"extractor_label", label_}, {"extractor_sha256", sha256_}, {"rows", real->features.rows},
                            {"cols", real->features.cols}},
                           real->features, stats);
    }
    real->reference = std::make_shared<const FrechetReference>(std::move(stats));
    real->meanPairwiseDistance = meanPairwiseDistance(real->features);
    std::lock_guard<std::mutex> lock(cacheMutex());
    memoryCache()[key] = real;
    return real;
}

Evaluator::Result Evaluator::evaluate(const EvaluationJob& job, const RealFeatures& real)
{
    const auto start = Clock::now();
    Result result;
    EvaluationReport& report = result.report;
    report.step = job.step;
    report.featureLabel = label_;
    if (job.generated.count > 0) {
        const FeatureMatrix generated = extractor_.extract(job.generated);
        report.values.emplace_back("fid", real.reference->distanceTo(generated));
        KidOptions options;
        options.subsets = experiment_.kidSubsets;
        options.subsetSize = experiment_.kidSubsetSize;
        options.seed = experiment_.seed;
        const KidResult kid = kernelInceptionDistance(generated, real.features, options);
        report.values.emplace_back("kid_mean", kid.mean);
        report.values.emplace_back("kid_std", kid.standardDeviation);
        // Diversity of the fixed samples as a share of the real images' own: near 1 is as varied
        // as the data, a fall towards 0 is mode collapse (Diagnostics watches it).
        if (real.meanPairwiseDistance > 0)
            report.values.emplace_back("diversity", meanPairwiseDistance(generated) / real.meanPairwiseDistance);
    }
    if (job.reconstructed.count > 0) {
        const PairedImageMetrics paired = pairedImageMetrics(job.reconstructed, job.originals);
        report.values.emplace_back("psnr", paired.meanPsnr);
        report.values.emplace_back("ssim", paired.meanSsim);
    }
    if (const int ms = EvaluationTestHooks::extraMillisecondsPerJob.load(); ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    result.workerSeconds = seconds(start);
    result.generationSeconds = job.generationSeconds;
    report.seconds = result.workerSeconds + result.generationSeconds;
    if (EvaluationTestHooks::onEvaluated)
        EvaluationTestHooks::onEvaluated(job, report, real, realSource_);
    return result;
}

void Evaluator::workerLoop()
{
    limitWorkerToOneThread();
    torch::NoGradGuard noGrad;
    std::shared_ptr<const RealFeatures> real;
    try {
        real = realFeatures();
    } catch (const std::exception& ex) {
        std::lock_guard<std::mutex> lock(mutex_);
        failure_ = std::string("The real images could not be measured with ") + label_ + " (" + ex.what() + ").";
        wake_.notify_all();
        return;
    }
    for (;;) {
        EvaluationJob job;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
            if (stopping_)
                return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        try {
            Result result = evaluate(job, *real);
            std::lock_guard<std::mutex> lock(mutex_);
            done_.push_back(std::move(result));
        } catch (const std::exception& ex) {
            std::lock_guard<std::mutex> lock(mutex_);
            failure_ = "Evaluation at step " + std::to_string(job.step) + " failed with " + label_ + " (" + ex.what() + ").";
        }
        wake_.notify_all();
    }
}

}  // namespace medsynth::engine
