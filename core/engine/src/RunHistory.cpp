#include "medsynth/engine/RunHistory.h"

#include "medsynth/engine/Experiment.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <system_error>

namespace medsynth::engine {

namespace fs = std::filesystem;

namespace {

// Paths arrive as UTF-8 (from Qt or a command line); u8path keeps them intact on Windows too.
fs::path pathOf(const std::string& utf8) { return fs::u8path(utf8); }

// Reads a whole small JSON file; false with a reason when it cannot be read or parsed.
bool readJsonFile(const fs::path& file, nlohmann::json& out, std::string& reason)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        reason = "it cannot be opened";
        return false;
    }
    out = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (out.is_discarded()) {
        reason = "it is not valid JSON";
        return false;
    }
    return true;
}

std::string textField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int64_t integerField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return 0;
    const double value = it->get<double>();
    return std::isfinite(value) ? static_cast<int64_t>(std::llround(value)) : 0;
}

// Every number in a JSON object, nested objects flattened as "outer.inner". Strings, booleans,
// arrays and nulls (nlohmann writes NaN and infinity as null) carry no curve, so they are left out.
void collectNumbers(const nlohmann::json& object, const std::string& prefix, std::map<std::string, double>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string name = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_number()) {
            const double value = it->get<double>();
            if (std::isfinite(value))
                out[name] = value;
        } else if (it->is_object()) {
            collectNumbers(*it, name, out);
        }
    }
}

}  // namespace

bool RunHistory::looksLikeRunFolder(const std::string& folder)
{
    std::error_code error;
    return fs::is_regular_file(pathOf(folder) / "experiment.json", error);
}

bool RunHistory::open(const std::string& folder)
{
    const std::size_t budget = maxBytesPerPoll_;
    *this = RunHistory();
    maxBytesPerPoll_ = budget;
    folder_ = folder;
    const fs::path root = pathOf(folder);
    std::error_code error;
    if (folder.empty()) {
        error_ = "No folder was given. Choose a run folder: one that holds experiment.json and metrics.jsonl.";
        return false;
    }
    if (!fs::exists(root, error)) {
        error_ = "The folder '" + folder + "' does not exist (or cannot be reached). Check the path, and that a "
                 "network folder is connected.";
        return false;
    }
    if (!fs::is_directory(root, error)) {
        error_ = "'" + folder + "' is a file, not a folder. Choose the run folder itself: the one that holds "
                 "experiment.json and metrics.jsonl.";
        return false;
    }
    const fs::path experimentFile = root / "experiment.json";
    if (!fs::is_regular_file(experimentFile, error)) {
        error_ = "'" + folder + "' is not a training run folder: it has no experiment.json. Choose a folder that "
                 "medsynth-cli train or the Train page created (it holds experiment.json, metrics.jsonl and "
                 "samples/), not the folder above it.";
        return false;
    }
    nlohmann::json experiment;
    std::string reason;
    if (!readJsonFile(experimentFile, experiment, reason) || !experiment.is_object()) {
        error_ = "The experiment.json in '" + folder + "' cannot be read: " +
                 (reason.empty() ? std::string("it is not a JSON object") : reason) +
                 ". The run folder may be damaged or still being copied.";
        return false;
    }
    const std::string format = textField(experiment, "format");
    if (format != Experiment::kFormatName) {
        error_ = "The experiment.json in '" + folder + "' is not a MedSynth experiment (its format is '" + format +
                 "', expected '" + Experiment::kFormatName + "'). Choose a folder written by MedSynth Workbench.";
        return false;
    }
    const int64_t version = integerField(experiment, "version");
    if (version > Experiment::kFormatVersion) {
        error_ = "The run in '" + folder + "' was written by a newer MedSynth Workbench (experiment format version " +
                 std::to_string(version) + "; this version reads up to " +
                 std::to_string(Experiment::kFormatVersion) + "). Update MedSynth Workbench to follow it.";
        return false;
    }
    description_.name = textField(experiment, "name");
    description_.recipe = textField(experiment, "recipe");
    description_.templateId = textField(experiment, "template");
    description_.totalSteps = integerField(experiment, "steps");

    // environment.json is optional here: it only tells where the run trains.
    nlohmann::json environment;
    if (readJsonFile(root / "environment.json", environment, reason) && environment.is_object())
        description_.device = textField(environment, "device");

    open_ = true;
    return true;
}

void RunHistory::readOutcome()
{
    const fs::path file = pathOf(folder_) / "summary.json";
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        outcome_ = RunOutcome();  // not finished yet, or resumed since
        return;
    }
    nlohmann::json summary;
    std::string reason;
    outcome_.finished = true;
    if (readJsonFile(file, summary, reason) && summary.is_object()) {
        outcome_.steps = integerField(summary, "steps");
        const auto stopped = summary.find("stopped");
        outcome_.stopped = stopped != summary.end() && stopped->is_boolean() && stopped->get<bool>();
    }
}

void RunHistory::scanSamples()
{
    static const std::regex pattern("step_([0-9]+)\\.png");
    std::vector<SampleGridFile> found;
    std::error_code error;
    for (fs::directory_iterator it(pathOf(folder_) / "samples", error), end; !error && it != end; it.increment(error)) {
        // A grid being written is still called step_N.png.tmp; only finished files match.
        const std::string name = it->path().filename().u8string();
        std::smatch match;
        if (!std::regex_match(name, match, pattern))
            continue;
        SampleGridFile file;
        file.step = std::stoll(match[1].str());
        file.path = it->path().u8string();
        found.push_back(std::move(file));
    }
    std::sort(found.begin(), found.end(),
              [](const SampleGridFile& a, const SampleGridFile& b) { return a.step < b.step; });
    samples_ = std::move(found);
}

void RunHistory::parseLine(const std::string& rawLine, std::vector<MetricRecord>& out)
{
    ++linesRead_;
    std::string line = rawLine;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();  // written on Windows
    if (line.find_first_not_of(" \t") == std::string::npos)
        return;  // blank lines carry nothing and are no error
    const nlohmann::json json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    const auto step = json.is_object() ? json.find("step") : json.end();
    if (json.is_discarded() || !json.is_object() || step == json.end() || !step->is_number() ||
        !std::isfinite(step->get<double>())) {
        if (malformedLines_++ == 0)
            firstMalformedLine_ = linesRead_;
        return;
    }
    MetricRecord record;
    record.step = static_cast<int64_t>(std::llround(step->get<double>()));
    collectNumbers(json, std::string(), record.values);
    record.values.erase("step");
    if (const auto label = json.find("feature_label"); label != json.end() && label->is_string())
        record.featureLabel = label->get<std::string>();
    out.push_back(std::move(record));
}

std::vector<MetricRecord> RunHistory::poll()
{
    std::vector<MetricRecord> records;
    rewound_ = false;
    moreToRead_ = false;
    if (!open_)
        return records;

    const fs::path root = pathOf(folder_);
    std::error_code error;
    if (!fs::is_directory(root, error)) {
        problem_ = "The run folder '" + folder_ + "' is no longer there: it was deleted or moved, or its network "
                   "folder is disconnected. What was read so far stays shown; reading resumes if it comes back.";
        return records;
    }
    // summary.json before metrics.jsonl: the writer writes it after the last line, so when it is
    // there, metrics.jsonl is complete and a line without its newline will never be finished.
    readOutcome();

    const fs::path metrics = root / "metrics.jsonl";
    const uintmax_t size = fs::file_size(metrics, error);
    if (error) {
        problem_ = metricsSeen_ ? "The metrics.jsonl in '" + folder_ + "' was deleted or cannot be read any more. "
                                  "What was read so far stays shown; reading resumes if it comes back."
                                : std::string();  // not written yet: a run that is just starting
        scanSamples();
        return records;
    }
    metricsSeen_ = true;
    problem_.clear();

    if (size < offset_) {
        // Shorter than what was read: the file was replaced (a run started again in this folder).
        offset_ = 0;
        linesRead_ = 0;
        malformedLines_ = 0;
        firstMalformedLine_ = 0;
        rewound_ = true;
    }
    if (size > offset_) {
        std::ifstream in(metrics, std::ios::binary);
        if (!in) {
            problem_ = "The metrics.jsonl in '" + folder_ + "' cannot be opened. Check that you may read it.";
            return records;
        }
        const uintmax_t left = size - offset_;
        std::string chunk(static_cast<std::size_t>(std::min<uintmax_t>(left, maxBytesPerPoll_)), '\0');
        in.seekg(static_cast<std::streamoff>(offset_));
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        chunk.resize(static_cast<std::size_t>(in.gcount()));
        std::size_t lastNewline = chunk.rfind('\n');
        if (lastNewline == std::string::npos && chunk.size() < left) {
            // One line longer than a poll's budget: read on to its end rather than stall.
            std::string rest;
            std::getline(in, rest);
            chunk += rest;
            if (in)
                chunk += '\n';
            lastNewline = chunk.rfind('\n');
        }
        std::size_t consumed = lastNewline == std::string::npos ? 0 : lastNewline + 1;
        std::size_t begin = 0;
        while (begin < consumed) {
            const std::size_t end = chunk.find('\n', begin);
            parseLine(chunk.substr(begin, end - begin), records);
            begin = end + 1;
        }
        // The rest is a line still being written: it is read again, whole, at a later poll, unless
        // the run has ended, in which case it is all there will ever be.
        const bool atEnd = offset_ + chunk.size() >= size;
        if (outcome_.finished && atEnd && consumed < chunk.size()) {
            parseLine(chunk.substr(consumed), records);
            consumed = chunk.size();
        }
        offset_ += consumed;
        moreToRead_ = offset_ < size && !atEnd;
    }
    scanSamples();
    return records;
}

}  // namespace medsynth::engine
