#include "Checkpoint.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <filesystem>
#include <fcntl.h>
#include <limits>
#include <mutex>
#include <unistd.h>

namespace medsynth::engine {

namespace fs = std::filesystem;
using torch::serialize::InputArchive;
using torch::serialize::OutputArchive;

namespace {

// Archive keys name submodules, so they hold letters, digits and '_' only.
std::string key(const std::string& prefix, const std::string& role)
{
    std::string out = prefix + "_";
    for (char c : role)
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return out;
}

// Data on disk before the rename: the file is flushed to the device, not only to the page cache.
void syncFile(const fs::path& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::string readString(InputArchive& archive, const std::string& name)
{
    c10::IValue value;
    if (!archive.try_read(name, value) || !value.isString())
        throw std::runtime_error("The checkpoint lacks its '" + name + "' entry; it is damaged.");
    return value.toStringRef();
}

int64_t readInt(InputArchive& archive, const std::string& name)
{
    c10::IValue value;
    if (!archive.try_read(name, value) || !value.isInt())
        throw std::runtime_error("The checkpoint lacks its '" + name + "' entry; it is damaged.");
    return value.toInt();
}

double readDouble(InputArchive& archive, const std::string& name)
{
    c10::IValue value;
    if (!archive.try_read(name, value) || !value.isDouble())
        throw std::runtime_error("The checkpoint lacks its '" + name + "' entry; it is damaged.");
    return value.toDouble();
}

// Opens the archive and checks its format name and version.
void openChecked(InputArchive& archive, const std::string& file)
{
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        throw std::runtime_error("There is no checkpoint file '" + file + "'.");
    try {
        archive.load_from(file, torch::Device(torch::kCPU));
    } catch (const c10::Error&) {
        throw std::runtime_error("'" + file + "' is not a MedSynth checkpoint (it cannot be read as one; it may be "
                                 "damaged or cut short).");
    }
    c10::IValue format;
    if (!archive.try_read("format", format) || !format.isString() || format.toStringRef() != kCheckpointFormat)
        throw std::runtime_error("'" + file + "' is not a MedSynth checkpoint: its format is not \"" +
                                 std::string(kCheckpointFormat) + "\".");
    const int64_t version = readInt(archive, "version");
    if (version != kCheckpointVersion)
        throw std::runtime_error("The checkpoint '" + file + "' has format version " + std::to_string(version) +
                                 "; this MedSynth reads version " + std::to_string(kCheckpointVersion) +
                                 ". Open it with the MedSynth version that wrote it.");
}

}  // namespace

void writeCheckpoint(const TrainingState& s, double bestScore, const std::string& file)
{
    OutputArchive archive;
    archive.write("format", c10::IValue(std::string(kCheckpointFormat)));
    archive.write("version", c10::IValue(int64_t(kCheckpointVersion)));
    archive.write("experiment", c10::IValue(experimentToJson(s.experiment).dump()));
    archive.write("step", c10::IValue(s.stepsDone));
    archive.write("epoch", c10::IValue(s.epoch));
    archive.write("cursor", c10::IValue(s.cursor));
    archive.write("best_score", c10::IValue(bestScore));
    archive.write("has_order", c10::IValue(s.order.defined()));
    if (s.order.defined())
        archive.write("order", s.order.to(torch::kCPU));
    archive.write("random", s.random.get_state());
    archive.write("global_random", at::detail::getDefaultCPUGenerator().get_state());
    if (s.device.is_cuda()) {  // Dropout on the GPU draws from the device's own generator
        at::Generator cuda = at::globalContext().defaultGenerator(s.device);  // a handle
        std::lock_guard<std::mutex> lock(cuda.mutex());
        archive.write("cuda_random", cuda.get_state());
    }
    for (const TrainedNetwork& n : s.networks) {
        OutputArchive module;
        n.module->save(module);
        archive.write(key("network", n.role), module);
        archive.write(key("learning_rate", n.role), c10::IValue(n.baseLearningRate));
        if (n.optimizer) {
            OutputArchive optimizer;
            n.optimizer->save(optimizer);
            archive.write(key("optimizer", n.role), optimizer);
        }
    }
    archive.write("has_average", c10::IValue(static_cast<bool>(s.average)));
    if (s.average) {
        OutputArchive average;
        s.average->save(average);
        archive.write("average", average);
    }

    const fs::path target(file);
    const fs::path temporary(file + ".tmp");
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    try {
        archive.save_to(temporary.string());
    } catch (const c10::Error&) {
        fs::remove(temporary, error);
        throw std::runtime_error("Cannot write the checkpoint '" + file +
                                 "': the disk may be full or the folder not writable. The previous checkpoint is "
                                 "kept. Free some space or choose a folder you can write to.");
    }
    syncFile(temporary);
    fs::rename(temporary, target, error);
    if (error) {
        fs::remove(temporary, error);
        throw std::runtime_error("Cannot write the checkpoint '" + file + "' (" + error.message() +
                                 "). The previous checkpoint is kept.");
    }
}

double restoreCheckpoint(TrainingState& s, const std::string& file, RestoreLearningRates rates)
{
    InputArchive archive;
    openChecked(archive, file);
    try {
        torch::NoGradGuard noGrad;
        for (TrainedNetwork& n : s.networks) {
            InputArchive module;
            if (!archive.try_read(key("network", n.role), module))
                throw std::runtime_error("The checkpoint '" + file + "' has no network with the role '" + n.role +
                                         "'; it belongs to another model.");
            n.module->load(module);
            if (rates == RestoreLearningRates::FromCheckpoint)
                n.baseLearningRate = readDouble(archive, key("learning_rate", n.role));
            if (n.optimizer) {
                InputArchive optimizer;
                archive.read(key("optimizer", n.role), optimizer);
                n.optimizer->load(optimizer);
            }
        }
        c10::IValue hasAverage;
        archive.read("has_average", hasAverage);
        if (hasAverage.toBool() && s.average) {
            InputArchive average;
            archive.read("average", average);
            s.average->load(average);
        }
        torch::Tensor random, globalRandom;
        archive.read("random", random);
        archive.read("global_random", globalRandom);
        s.random.set_state(random);
        at::Generator global = at::detail::getDefaultCPUGenerator();  // a handle to the same generator
        global.set_state(globalRandom);
        torch::Tensor cudaRandom;  // absent from CPU runs' checkpoints; a CPU run resumed on a GPU starts it fresh
        if (s.device.is_cuda() && archive.try_read("cuda_random", cudaRandom)) {
            at::Generator cuda = at::globalContext().defaultGenerator(s.device);
            std::lock_guard<std::mutex> lock(cuda.mutex());
            cuda.set_state(cudaRandom);
        }
        c10::IValue hasOrder;
        archive.read("has_order", hasOrder);
        s.order = torch::Tensor();
        if (hasOrder.toBool()) {
            torch::Tensor order;
            archive.read("order", order);
            s.order = order.to(s.dataDevice);
        }
        s.cursor = readInt(archive, "cursor");
        s.epoch = readInt(archive, "epoch");
        s.stepsDone = readInt(archive, "step");
        return readDouble(archive, "best_score");
    } catch (const c10::Error& error) {
        throw std::runtime_error("The checkpoint '" + file + "' does not fit this model (" +
                                 std::string(error.what_without_backtrace()) +
                                 "). Resume it with the experiment it was written with.");
    }
}

bool stateIsFinite(const TrainingState& s)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> sums;
    const auto add = [&](const torch::nn::Module& m) {
        for (const torch::Tensor& p : m.parameters())
            sums.push_back(p.detach().sum().to(torch::kFloat64).reshape({1}));
        for (const torch::Tensor& b : m.buffers())
            if (b.is_floating_point())
                sums.push_back(b.detach().sum().to(torch::kFloat64).reshape({1}));
    };
    for (const TrainedNetwork& n : s.networks)
        add(*n.module);
    if (s.average)
        add(*s.average);
    if (sums.empty())
        return true;
    return torch::isfinite(torch::cat(sums)).all().item<bool>();
}

CheckpointInfo readCheckpointInfo(const std::string& file)
{
    InputArchive archive;
    openChecked(archive, file);
    CheckpointInfo info;
    info.file = file;
    info.step = readInt(archive, "step");
    try {
        info.experiment = experimentFromJson(nlohmann::json::parse(readString(archive, "experiment")));
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error("The checkpoint's experiment is damaged (" + std::string(error.what()) + ").");
    }
    return info;
}

std::string latestCheckpoint(const std::string& runFolder)
{
    std::error_code error;
    if (!fs::is_directory(runFolder, error))
        throw std::runtime_error("There is no run folder '" + runFolder + "'.");
    const fs::path latest = fs::path(runFolder) / "checkpoints" / "latest.pt";
    if (!fs::is_regular_file(latest, error))
        throw std::runtime_error("The run folder '" + runFolder +
                                 "' has no checkpoint (checkpoints/latest.pt), so it cannot be resumed. Runs write "
                                 "checkpoints every N steps with --checkpoint-every N, and on pause and stop.");
    return latest.string();
}

}  // namespace medsynth::engine
