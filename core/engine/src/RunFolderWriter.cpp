#include "RunFolderWriter.h"

#include "medsynth/engine/PngWriter.h"

#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <sstream>
#include <stdexcept>

#ifndef MEDSYNTH_VERSION
#define MEDSYNTH_VERSION "unknown"
#endif

namespace medsynth::engine {

namespace fs = std::filesystem;

RunFolderWriter::RunFolderWriter(std::string folder) : folder_(std::move(folder))
{
    std::error_code error;
    if (fs::exists(fs::path(folder_) / "experiment.json", error))
        throw std::runtime_error("The folder '" + folder_ + "' already holds a training run. Choose a new folder "
                                 "for this run, so that the earlier one is kept as it is.");
    fs::create_directories(fs::path(folder_) / "samples", error);
    if (error)
        throw std::runtime_error("Cannot create the run folder '" + folder_ + "' (" + error.message() +
                                 "). Choose a folder you can write to.");
    metrics_.open(fs::path(folder_) / "metrics.jsonl", std::ios::app);
    if (!metrics_)
        throw std::runtime_error("Cannot write metrics.jsonl in '" + folder_ + "'. Check permissions and free space.");
}

RunFolderWriter::RunFolderWriter(std::string folder, int64_t continueAfterStep) : folder_(std::move(folder))
{
    std::error_code error;
    if (!fs::exists(fs::path(folder_) / "experiment.json", error))
        throw std::runtime_error("The folder '" + folder_ + "' holds no training run (no experiment.json).");
    fs::create_directories(fs::path(folder_) / "samples", error);
    keepMetricsUpTo(continueAfterStep);
}

void RunFolderWriter::keepMetricsUpTo(int64_t step)
{
    if (metrics_.is_open())
        metrics_.close();
    const fs::path file = fs::path(folder_) / "metrics.jsonl";
    const fs::path temporary = fs::path(folder_) / "metrics.jsonl.tmp";
    {
        std::ifstream in(file);
        std::ofstream out(temporary, std::ios::trunc);
        std::string line;
        // Records are in step order; the first one past `step`, or one a crash cut short, ends them.
        while (std::getline(in, line)) {
            const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
            if (record.is_discarded() || !record.is_object() || !record.contains("step") ||
                record["step"].get<int64_t>() > step)
                break;
            out << line << '\n';
        }
        if (!out.flush())
            throw std::runtime_error("Cannot rewrite metrics.jsonl in '" + folder_ + "': the disk may be full.");
    }
    std::error_code error;
    fs::rename(temporary, file, error);
    if (error)
        throw std::runtime_error("Cannot rewrite metrics.jsonl in '" + folder_ + "' (" + error.message() + ").");
    metrics_.open(file, std::ios::app);
    if (!metrics_)
        throw std::runtime_error("Cannot write metrics.jsonl in '" + folder_ + "'. Check permissions and free space.");
}

void RunFolderWriter::writeJson(const std::string& name, const nlohmann::json& value)
{
    const fs::path target = fs::path(folder_) / name;
    const fs::path temporary = fs::path(folder_) / (name + ".tmp");
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << value.dump(2) << '\n';
        if (!out.flush())
            throw std::runtime_error("Cannot write " + name + " in '" + folder_ + "': the disk may be full.");
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error)
        throw std::runtime_error("Cannot write " + name + " in '" + folder_ + "' (" + error.message() + ").");
}

void RunFolderWriter::writeStart(const Experiment& experiment, const nlohmann::json& runEnvironment)
{
    writeJson("experiment.json", experimentToJson(experiment));
    const EngineEnvironment env = engineEnvironment();
    nlohmann::json environment = {{"medsynth", MEDSYNTH_VERSION},
                                  {"libtorch", env.torchVersion},
                                  {"cuda_available", env.cudaAvailable},
                                  {"cuda_devices", env.cudaDevices},
                                  {"cores", env.cores}};
    environment.update(runEnvironment);
    writeJson("environment.json", environment);
}

nlohmann::json summaryToJson(const RunSummary& s)
{
    nlohmann::json values = nlohmann::json::object();
    for (const NamedValue& v : s.finalValues)
        values[v.name] = v.value;
    return {{"steps", s.steps},
            {"stopped", s.stopped},
            {"images_per_second", s.imagesPerSecond},
            {"seconds", s.seconds},
            {"loss_g", s.finalGeneratorLoss},
            {"loss_d", s.finalDiscriminatorLoss},
            {"final", values},
            {"run_folder", s.runFolder}};
}

void RunFolderWriter::appendMetrics(const StepReport& r)
{
    // Every value of the step under its own name (GAN recipes: loss_g, loss_d, d_real, d_fake).
    nlohmann::json line = {{"step", r.step}, {"epoch", r.epoch}};
    for (const NamedValue& v : r.values)
        line[v.name] = v.value;
    line["seconds"] = r.seconds;
    line["images_per_second"] = r.imagesPerSecond;
    appendLine(line);
}

void RunFolderWriter::appendLine(const nlohmann::json& line)
{
    metrics_ << line.dump() << '\n';
    metrics_.flush();
    if (!metrics_)
        throw std::runtime_error("Cannot append to metrics.jsonl in '" + folder_ + "': the disk may be full.");
}

std::string RunFolderWriter::writeSamples(int64_t step, const ImageBuffer& grid)
{
    std::ostringstream name;
    name << "step_" << std::setw(7) << std::setfill('0') << step << ".png";
    const std::string file = (fs::path(folder_) / "samples" / name.str()).string();
    writePngFile(grid, file);
    return file;
}

void RunFolderWriter::writeSummary(const RunSummary& summary)
{
    writeJson("summary.json", summaryToJson(summary));
}

}  // namespace medsynth::engine
