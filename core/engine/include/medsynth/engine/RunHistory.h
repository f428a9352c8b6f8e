#pragma once
// RunHistory: reads a run folder (DESIGN.md) that another process may still be writing, for
// example medsynth-cli on a server whose runs folder is shared over the network. open() checks
// that the folder is a run folder and reads experiment.json; each poll() returns the metric
// records appended to metrics.jsonl since the previous poll. A last line still being written is
// left for the next poll; malformed lines are skipped and counted. Each record keeps every
// numeric field of its line by name (nested objects as "outer.inner"), so values that a newer
// writer adds show up without a change here. Only experiment.json, metrics.jsonl, samples/ and
// summary.json are read; nothing is written. Plain C++ (no Qt, no LibTorch); not thread-safe:
// one thread uses an instance.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace medsynth::engine {

// One line of metrics.jsonl.
struct MetricRecord {
    int64_t step = 0;
    std::map<std::string, double> values;  // every numeric field but "step": "epoch", "loss_g", ...
    std::string featureLabel;  // evaluation lines: the features FID and KID were measured with
};

// A fixed-seed sample grid written by the run: samples/step_NNNNNNN.png.
struct SampleGridFile {
    int64_t step = 0;
    std::string path;
};

// What experiment.json says about the run.
struct RunDescription {
    std::string name;        // the experiment's name, e.g. "dcgan"
    std::string recipe;      // "gan", "wgan-gp", ...
    std::string templateId;  // the architecture template
    int64_t totalSteps = 0;  // steps the run was started for; 0 when unknown
    std::string device;      // from environment.json when present, e.g. "cpu", "cuda:0"
};

// What summary.json says once the run has ended.
struct RunOutcome {
    bool finished = false;   // summary.json exists
    bool stopped = false;    // stopped by the user before its last step
    int64_t steps = 0;       // steps done
};

class RunHistory {
public:
    RunHistory() = default;

    // Checks that folder is a run folder and reads its description; starts reading metrics.jsonl
    // from its first line. False with errorMessage() saying what is wrong and what to do.
    bool open(const std::string& folder);
    bool isOpen() const { return open_; }
    const std::string& folder() const { return folder_; }
    const std::string& errorMessage() const { return error_; }
    const RunDescription& description() const { return description_; }

    // The records appended to metrics.jsonl since the last poll, in file order; also rescans
    // samples/ and summary.json. A missing or deleted file is no exception: problem() then says
    // what happened, and a later poll carries on when the file is back.
    std::vector<MetricRecord> poll();
    // True when the last poll found metrics.jsonl shorter than what was read (the file was
    // replaced) and read it again from its first line: its records replace all earlier ones.
    bool rewound() const { return rewound_; }
    // True when the last poll stopped at maxBytesPerPoll() with more of the file left to read.
    bool moreToRead() const { return moreToRead_; }
    void setMaxBytesPerPoll(std::size_t bytes) { maxBytesPerPoll_ = bytes < 1024 ? 1024 : bytes; }
    std::size_t maxBytesPerPoll() const { return maxBytesPerPoll_; }

    // Empty while all is well; otherwise a user-facing sentence (the folder or metrics.jsonl went
    // missing). Set and cleared by poll().
    const std::string& problem() const { return problem_; }
    // Lines skipped because they are not a JSON object with a numeric "step", and the 1-based
    // number of the first one (0 when none).
    int malformedLineCount() const { return malformedLines_; }
    int64_t firstMalformedLine() const { return firstMalformedLine_; }
    int64_t linesRead() const { return linesRead_; }

    // The sample grids found by the last poll, by step ascending.
    const std::vector<SampleGridFile>& sampleGrids() const { return samples_; }
    const RunOutcome& outcome() const { return outcome_; }
    bool finished() const { return outcome_.finished; }

    // Whether folder holds experiment.json (a cheap test, e.g. to list the runs in a folder).
    static bool looksLikeRunFolder(const std::string& folder);

private:
    void scanSamples();
    void readOutcome();
    void parseLine(const std::string& line, std::vector<MetricRecord>& out);

    std::string folder_;
    std::string error_;
    std::string problem_;
    RunDescription description_;
    RunOutcome outcome_;
    std::vector<SampleGridFile> samples_;
    uint64_t offset_ = 0;        // bytes of metrics.jsonl consumed (complete lines only)
    bool metricsSeen_ = false;   // metrics.jsonl existed at some poll
    bool open_ = false;
    bool rewound_ = false;
    bool moreToRead_ = false;
    std::size_t maxBytesPerPoll_ = 8u << 20;
    int malformedLines_ = 0;
    int64_t firstMalformedLine_ = 0;
    int64_t linesRead_ = 0;
};

}  // namespace medsynth::engine
