// medsynth-cli dataset scan: the dataset index's summary of a folder, as text or JSON. Only in
// full builds (it needs medsynth_io). Nothing it prints carries an identifying DICOM value:
// patients, studies and series appear by their opaque per-scan keys.

#ifdef MEDSYNTH_WITH_IO

#include "CommandLine.h"
#include "Commands.h"

#include "medsynth/io/DatasetIndex.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iomanip>
#include <iostream>

namespace medsynth::cli {
namespace {

const char* kDatasetHelp = R"(Usage: medsynth-cli dataset scan DIR [OPTIONS]

Indexes a folder and everything below it: each file's format (DICOM, NIfTI, PNG, JPEG, TIFF,
BMP, NumPy) or the reason it was skipped; DICOM files grouped by patient, study and series (shown
as "Patient 1", "Study 1.1", "Series 1": no names, IDs or UIDs), slices ordered along the slice
normal; labels; train/validation/test splits that never share a patient; counts per class, split,
modality and size; intensity histograms of decoded files.

Non-DICOM files have no patient: each file is its own group when splitting, or with
--group-by-folder each folder is one group.

Options:
  --json               print one JSON object instead of text
  --labels CSV         labels from a "file,label[,split]" CSV (paths relative to DIR); its
                       split column (train, validation, test) places whole patients
  --folder-labels      labels from the first sub-folder name under DIR
  --split T,V,E        train, validation and test fractions (default 0.8,0.1,0.1)
  --seed K             seed of the split (default 1)
  --group-by-folder    non-DICOM files of one folder form one group
  --histogram-files N  decode N evenly spaced files for the histograms (default 64; 0: none)
  --decode             decode every file for the histograms (what the index benchmark times)
  --bins B             histogram bins (default 32)
  --threads T          threads for reading and decoding (default: one per core, at most 8)

Exit status: 0 scanned, 1 the folder cannot be scanned, 2 usage error.
)";

io::SplitFractions parseSplit(const CommandLine& cl) {
    const std::vector<double> v = cl.reals("split", 3, 0, 1, "0.8,0.1,0.1");
    if (v.empty()) return {};
    if (v[0] + v[1] + v[2] <= 0)
        throw UsageError("--split takes three fractions (train, validation, test) with a positive sum, like 0.8,0.1,0.1.");
    return {v[0], v[1], v[2]};
}

std::string counts(const std::map<std::string, int>& table) {
    std::string line;
    for (const auto& [name, n] : table) line += (line.empty() ? "" : ", ") + name + " " + std::to_string(n);
    return line.empty() ? "none" : line;
}

nlohmann::json toJson(const io::DatasetIndex& index, const io::ScanOptions& options, double seconds) {
    using nlohmann::json;
    const io::DatasetSummary s = index.summary();
    json out;
    out["files_seen"] = s.filesSeen;
    out["indexed"] = s.indexed;
    out["skipped_count"] = s.skipped;
    out["formats"] = s.perFormat;
    out["modalities"] = s.perModality;
    out["patients"] = s.patients;
    out["studies"] = s.studies;
    out["groups"] = s.groups;
    out["splits"] = s.perSplit;
    out["split_fractions"] = {options.split.train, options.split.validation, options.split.test};
    out["seed"] = options.seed;
    out["classes"] = s.perClass;
    out["archive_item_classes"] = s.perClassInArchives;
    out["class_per_split"] = s.classPerSplit;
    out["unlabelled"] = s.unlabelled;
    out["sizes"] = s.perSize;
    out["series_count"] = s.series;
    json series = json::array();
    for (const io::SeriesGroup& g : index.series()) {
        json item = {{"key", g.key}, {"patient", index.groups()[g.group].key}, {"study", index.studies()[g.study].key},
                     {"modality", g.modality}, {"width", g.width}, {"height", g.height},
                     {"slices", g.files.size()}, {"order", io::sliceOrderName(g.order)},
                     {"split", io::splitName(index.groups()[g.group].split)}};
        if (g.parts > 1) {
            item["part"] = g.part;
            item["parts"] = g.parts;
            item["part_reason"] = g.partReason;
        }
        series.push_back(item);
    }
    out["series"] = series;
    json skipped = json::array();
    for (const io::SkippedFile& f : index.skipped()) skipped.push_back({{"path", f.path}, {"reason", f.reason}});
    out["skipped"] = skipped;
    json labelProblems = json::array();
    for (const io::LabelProblem& p : index.labelProblems()) labelProblems.push_back({{"line", p.line}, {"message", p.message}});
    out["label_problems"] = labelProblems;
    json histograms = json::object();
    for (const auto& [key, h] : index.histograms())
        histograms[key] = {{"low", h.low}, {"high", h.high}, {"counts", h.counts}, {"values", h.values}, {"files", h.files}};
    out["histograms"] = histograms;
    out["histogram_source"] = index.histogramSource();
    json decodeProblems = json::array();
    for (const io::SkippedFile& f : index.decodeProblems()) decodeProblems.push_back({{"path", f.path}, {"reason", f.reason}});
    out["decode_problems"] = decodeProblems;
    out["seconds"] = seconds;
    return out;
}

void printText(const io::DatasetIndex& index, const io::ScanOptions& options, double seconds) {
    const io::DatasetSummary s = index.summary();
    std::cout << "Files: " << s.filesSeen << " found, " << s.indexed << " indexed, " << s.skipped << " skipped ("
              << std::fixed << std::setprecision(2) << seconds << " s)\n";
    std::cout << "Formats: " << counts(s.perFormat) << "\n";
    std::cout << "Modalities: " << counts(s.perModality) << "\n";
    std::cout << "DICOM: " << s.patients << " patients, " << s.studies << " studies, " << s.series << " series\n";
    for (const io::SeriesGroup& g : index.series()) {
        std::cout << "  " << g.key << " (" << index.groups()[g.group].key << ", " << index.studies()[g.study].key << "): "
                  << (g.modality.empty() ? "no modality" : g.modality) << ", " << g.files.size() << " slices of "
                  << g.width << "x" << g.height << ", ordered by " << io::sliceOrderName(g.order);
        if (g.parts > 1) std::cout << "; split because " << g.partReason;
        std::cout << "\n";
    }
    std::cout << "Groups for splitting: " << s.groups << " (" << s.patients << " DICOM patients, " << s.groups - s.patients
              << " file or folder groups)\n";
    std::cout << std::defaultfloat << std::setprecision(3) << "Splits by group (seed " << options.seed << ", asked "
              << options.split.train << "/" << options.split.validation << "/" << options.split.test << "):";
    for (io::Split split : {io::Split::Train, io::Split::Validation, io::Split::Test})
        std::cout << " " << io::splitName(split) << " " << s.perSplit.at(io::splitName(split));
    std::cout << "\n";
    std::cout << "Classes: " << counts(s.perClass) << "; unlabelled " << s.unlabelled << "\n";
    for (const auto& [split, classes] : s.classPerSplit) std::cout << "  " << split << ": " << counts(classes) << "\n";
    if (!s.perClassInArchives.empty()) std::cout << "Classes of NumPy archive items: " << counts(s.perClassInArchives) << "\n";
    std::cout << "Sizes: " << counts(s.perSize) << "\n";
    std::cout << "Histograms: " << index.histogramSource() << "\n";
    for (const auto& [key, h] : index.histograms()) {
        std::cout << "  " << key << " (" << h.files << " files):";
        for (long long c : h.counts) std::cout << " " << c;
        std::cout << "\n";
    }
    if (!index.skipped().empty()) {
        std::cout << "Skipped:\n";
        for (const io::SkippedFile& f : index.skipped()) std::cout << "  " << f.path << ": " << f.reason << "\n";
    }
    if (!index.decodeProblems().empty()) {
        std::cout << "Not decoded for the histograms:\n";
        for (const io::SkippedFile& f : index.decodeProblems()) std::cout << "  " << f.path << ": " << f.reason << "\n";
    }
    if (!index.labelProblems().empty()) {
        std::cout << "Label problems:\n";
        for (const io::LabelProblem& p : index.labelProblems())
            std::cout << "  " << (p.line > 0 ? "line " + std::to_string(p.line) + ": " : "") << p.message << "\n";
    }
}

int scan(const Arguments& args) {
    const CommandLine cl(args, {"labels", "split", "seed", "histogram-files", "bins", "threads"},
                         {"json", "folder-labels", "group-by-folder", "decode"});
    if (cl.positional().size() != 1) throw UsageError("Give exactly one folder to scan.");
    io::ScanOptions options;
    options.labelsCsv = cl.text("labels", "");
    options.labelsFromFolders = cl.has("folder-labels");
    options.split = parseSplit(cl);
    options.seed = static_cast<uint64_t>(cl.integer("seed", 1, 0, INT64_MAX));
    options.groupOtherFilesByFolder = cl.has("group-by-folder");
    options.histogramFiles = static_cast<int>(cl.integer("histogram-files", 64, 0, 100000000));
    if (cl.has("decode")) options.histogramFiles = -1;
    options.histogramBins = static_cast<int>(cl.integer("bins", 32, 1, 65536));
    options.threads = static_cast<int>(cl.integer("threads", 0, 0, 256));

    const auto start = std::chrono::steady_clock::now();
    const io::DatasetIndex index = io::DatasetIndex::scan(cl.positional().front(), options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (cl.has("json"))  // names that are not UTF-8 keep a U+FFFD
        std::cout << toJson(index, options, seconds).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else printText(index, options, seconds);
    return 0;
}

}  // namespace

int datasetCommand(const Arguments& args) {
    if (args.empty() || wantsHelp(args) || (args.front() == "scan" && wantsHelp({args.begin() + 1, args.end()}))) {
        std::cout << kDatasetHelp;
        return args.empty() ? 2 : 0;
    }
    if (args.front() != "scan") throw UsageError("Unknown dataset action '" + args.front() + "'; the action is 'scan'.");
    return scan({args.begin() + 1, args.end()});
}

}  // namespace medsynth::cli

#endif  // MEDSYNTH_WITH_IO
