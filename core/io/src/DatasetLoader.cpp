#include "medsynth/io/DatasetLoader.h"

#include "FileError.h"
#include "ImagePreparation.h"
#include "PreparedDatasetCache.h"
#include "ReaderSupport.h"
#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/io/DatasetIndex.h"
#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/ImageReader.h"
#include "medsynth/io/MedicalImage.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <thread>
#include <tuple>

namespace medsynth::io {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPhantomPrefix = "phantom:";
constexpr const char* kAccepted =
    "a dataset is \"phantom:brain\" or a folder of DICOM, NIfTI, PNG, JPEG, TIFF, BMP or NumPy (.npy, .npz) images";
constexpr int kDefaultPhantomCount = 2048;

// FNV-1a, 64 bit, fed 32-bit words byte by byte in little-endian order, so a hash is the same on
// every machine; written as 16 hex digits.
class Fnv1a {
public:
    void add(uint32_t word) {
        for (int shift = 0; shift < 32; shift += 8) {
            hash_ ^= (word >> shift) & 0xFF;
            hash_ *= 0x100000001B3ull;
        }
    }
    std::string hex() const {
        static const char* const kHex = "0123456789abcdef";
        std::string text(16, '0');
        uint64_t hash = hash_;
        for (int i = 15; i >= 0; --i, hash >>= 4) text[i] = kHex[hash & 0xF];
        return text;
    }

private:
    uint64_t hash_ = 0xCBF29CE484222325ull;
};

// The IEEE bits of each value.
std::string contentHash(const std::vector<float>& values) {
    Fnv1a hash;
    for (float v : values) {
        uint32_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        hash.add(bits);
    }
    return hash.hex();
}

LoadedDataset loadPhantom(const std::string& name, int channels, int imageSize, uint64_t seed, int maxImages,
                          const std::function<void(int, int)>& progress) {
    if (name != "brain")
        throw IoError("unknown built-in dataset \"phantom:" + name + "\"; " + kAccepted);
    const int count = maxImages > 0 ? maxImages : kDefaultPhantomCount;
    if (progress) progress(0, count);
    LoadedDataset loaded;
    loaded.images = engine::generatePhantomImageSet(count, imageSize, channels, seed);
    loaded.manifest.kind = "phantom";
    loaded.manifest.phantomName = name;
    loaded.manifest.imageCount = count;
    loaded.manifest.contentHash = contentHash(loaded.images.values);
    if (progress) progress(count, count);
    return loaded;
}

bool isDicomDirectoryFile(const fs::path& path) {
    std::string name = path.filename().string();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
    return name == "DICOMDIR";
}

// ---------------------------------------------------------------------------------------------
// Labels and splits of a folder's files, from its DatasetIndex.

struct FileFacts {
    bool indexed = false;
    int label = -1;                  // class value; -1 none
    std::vector<int> itemLabels;     // NumPy archives, per item; empty when none
    engine::ImageSplit split = engine::ImageSplit::Train;
};

struct FolderFacts {
    std::vector<FileFacts> files;    // by position in the listing
    bool labels = false;             // labels are wanted and some image has one
    bool fileLabels = false;         // a file's label (folders, CSV) rather than its items'
    int groups = 0;
    std::vector<DatasetNote> notes;  // rows of the labels CSV that could not be used
};

// The rows labels and splits come from: the given rows, else a named CSV, else labels.csv in the
// folder; null when there are none. Their labels count with labels "auto" and "csv" only (they
// are cleared otherwise); their splits always.
struct LabelSource {
    std::shared_ptr<const std::vector<LabelRow>> rows;
    std::vector<LabelProblem> problems;  // from reading the CSV
    DatasetNote::Rows name = DatasetNote::Rows::None;  // for notes, never a file name (they are cached; privacy)
    bool labels = false;                 // some row names a label that counts
};

LabelSource labelSourceFor(const fs::path& dir, const engine::Preprocessing& p, const LoadOptions& options) {
    LabelSource source;
    const bool useLabels = p.labels == "csv" || p.labels == "auto";
    std::error_code error;
    const fs::path beside = dir / "labels.csv";
    if (options.labelRows) {
        source.rows = options.labelRows;
        source.name = DatasetNote::Rows::DataPage;
    } else if (!options.labelsCsv.empty() || fs::is_regular_file(beside, error)) {
        const std::string csv = !options.labelsCsv.empty() ? options.labelsCsv : beside.string();
        source.rows = std::make_shared<const std::vector<LabelRow>>(readLabelCsv(csv, &source.problems));
        source.name = DatasetNote::Rows::LabelsCsv;
    } else if (p.labels == "csv") {
        throw fileError(dir.string(), "labels from a CSV were asked for, but there is no labels.csv in this folder; "
                                      "put one there (lines \"file,label\") or name another CSV");
    }
    if (!source.rows) return source;
    const bool anyLabel = std::any_of(source.rows->begin(), source.rows->end(),
                                      [](const LabelRow& row) { return !row.label.empty(); });
    if (anyLabel && !useLabels) {  // the splits only
        auto splitsOnly = std::make_shared<std::vector<LabelRow>>(*source.rows);
        for (LabelRow& row : *splitsOnly) row.label.clear();
        source.rows = std::move(splitsOnly);
    }
    source.labels = anyLabel && useLabels;
    return source;
}

bool anyArchive(const std::vector<std::string>& files) {
    return std::any_of(files.begin(), files.end(), [](const std::string& f) { return lowerExtension(f) == ".npz"; });
}

// The class values: the names themselves when every name is a whole number >= 0 ("0", "1"), so
// that a CSV's classes keep their numbers; else their position in the sorted names.
std::vector<int> classValues(const std::vector<std::string>& names) {
    std::vector<int> values(names.size());
    const bool numbers = std::all_of(names.begin(), names.end(), [](const std::string& n) {
        return !n.empty() && n.size() < 9 && std::all_of(n.begin(), n.end(), [](unsigned char c) { return std::isdigit(c); });
    });
    for (size_t c = 0; c < names.size(); ++c) values[c] = numbers ? std::stoi(names[c]) : static_cast<int>(c);
    return values;
}

// One note for the rows that could not be used. It names lines, never files or labels: notes are
// kept in the prepared-dataset cache, which holds no name (privacy); the Data page shows the rows.
std::optional<DatasetNote> labelProblemsNote(const LabelSource& source, const std::vector<LabelProblem>& problems) {
    if (problems.empty()) return std::nullopt;
    DatasetNote note;
    note.kind = DatasetNote::Kind::LabelRowsUnused;
    note.rows = source.name;
    note.unusedRows = static_cast<int>(problems.size());
    for (const LabelProblem& problem : problems) {
        if (problem.line <= 0) continue;
        if (note.lines.size() < 5) note.lines.push_back(problem.line);
        else note.moreLines = true;
    }
    return note;
}

FolderFacts folderFacts(const fs::path& dir, const std::vector<std::string>& files, const engine::Preprocessing& p,
                        const LabelSource& source) {
    FolderFacts facts;
    facts.files.resize(files.size());
    const bool archiveLabels = p.labels == "archive" || (p.labels == "auto" && !source.labels && anyArchive(files));
    const bool wantLabels = p.labels == "folders" || source.labels || archiveLabels;
    if (!p.splitByPatient && !wantLabels) return facts;

    ScanOptions scan;
    scan.labelsFromFolders = p.labels == "folders";
    scan.labelRows = source.rows;
    scan.split = {p.trainFraction, p.validationFraction, p.testFraction};
    scan.seed = p.splitSeed;
    scan.groupOtherFilesByFolder = p.groupByFolder;
    scan.histogramFiles = 0;
    const DatasetIndex index = DatasetIndex::scan(dir.string(), scan);
    std::vector<LabelProblem> problems = source.problems;
    for (const LabelProblem& problem : index.labelProblems())
        if (problem.row) problems.push_back(problem);
    if (std::optional<DatasetNote> note = labelProblemsNote(source, problems)) facts.notes.push_back(std::move(*note));
    facts.groups = static_cast<int>(index.groups().size());
    const std::vector<int> values = classValues(index.classNames());
    std::map<std::string, const IndexedFile*> byPath;
    for (const IndexedFile& file : index.files()) byPath[file.path] = &file;
    facts.fileLabels = !archiveLabels;
    for (size_t i = 0; i < files.size(); ++i) {
        const auto found = byPath.find(fs::path(files[i]).lexically_relative(dir).generic_string());
        if (found == byPath.end()) continue;  // the index could not read it; nor will the decoder, most likely
        const IndexedFile& file = *found->second;
        FileFacts& f = facts.files[i];
        f.indexed = true;
        f.split = static_cast<engine::ImageSplit>(static_cast<int>(file.split));
        if (!wantLabels) continue;
        if (facts.fileLabels && file.label >= 0) f.label = values[static_cast<size_t>(file.label)];
        if (!facts.fileLabels)
            for (int item : file.itemLabels) f.itemLabels.push_back(item >= 0 ? values[static_cast<size_t>(item)] : -1);
        facts.labels = facts.labels || f.label >= 0 ||
                       std::any_of(f.itemLabels.begin(), f.itemLabels.end(), [](int v) { return v >= 0; });
    }
    if (!facts.labels && p.labels != "auto" && p.labels != "none") {
        const std::string why = p.labels == "folders" ? "no image lies in a sub-folder of it (the first sub-folder names the class)"
                                : p.labels == "archive" ? "no NumPy archive in it has a *_labels array matching its images"
                                                        : "the labels CSV names none of its images";
        throw fileError(dir.string(), "labels from " + p.labels + " were asked for, but " + why);
    }
    return facts;
}

// ---------------------------------------------------------------------------------------------
// Decoding, on a few threads.

struct DecodedFile {
    bool done = false;
    PreparedFile prepared;           // no images when unreadable
    std::string failure;             // "name: reason"
};

// Decodes files in order on a few threads. Once maxImages images decoded well, no new file is
// claimed: the claimed files are a prefix of the list, so the first maxImages good ones in list
// order are all among them.
std::vector<DecodedFile> decodeFiles(const std::vector<std::string>& files, const engine::Preprocessing& p, int size,
                                     int channels, int maxImages, const std::function<void(int, int)>& progress) {
    std::vector<DecodedFile> decoded(files.size());
    std::atomic<size_t> nextFile{0};
    std::atomic<int> goodImages{0};
    std::atomic<int> finishedFiles{0};
    std::atomic<bool> abandoned{false};
    auto work = [&](bool reportProgress) {
        for (;;) {
            if (abandoned.load() || (maxImages > 0 && goodImages.load() >= maxImages)) return;
            const size_t i = nextFile.fetch_add(1);
            if (i >= files.size()) return;
            DecodedFile& slot = decoded[i];
            try {
                slot.prepared = prepareFile(files[i], p, size, channels);
                goodImages += static_cast<int>(slot.prepared.images.size());
            } catch (const IoError& e) {
                slot.failure = e.what();
            } catch (const std::exception& e) {  // cv::Exception, std::bad_alloc ...
                slot.failure = fileError(files[i], e.what()).what();
            }
            slot.done = true;
            const int finished = ++finishedFiles;
            if (reportProgress && progress) progress(finished, static_cast<int>(files.size()));
        }
    };
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const size_t threads = std::min<size_t>({hardware, 8, files.size()});
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work, false);
    try {
        work(true);  // progress is reported on the caller's thread only
    } catch (...) {  // a progress callback may throw to cancel: stop the helpers first
        abandoned = true;
        for (std::thread& helper : helpers) helper.join();
        throw;
    }
    for (std::thread& helper : helpers) helper.join();
    return decoded;
}

// ---------------------------------------------------------------------------------------------

std::string countsText(const std::map<std::string, int>& counts) {
    std::string text;
    for (const auto& [name, n] : counts) text += (text.empty() ? "" : ", ") + name + " " + std::to_string(n);
    return text;
}

// Everything the preparation depends on besides the files, for the cache key.
std::string optionsText(const engine::Experiment& e, int maxImages) {
    return engine::experimentToJson(e)["preprocessing"].dump() + "|channels " + std::to_string(e.channels) +
           "|size " + std::to_string(e.imageSize) + "|max " + std::to_string(maxImages);
}

std::map<std::string, int> splitCounts(const std::vector<engine::ImageSplit>& splits) {
    if (splits.empty()) return {};
    std::map<std::string, int> counts = {{"train", 0}, {"validation", 0}, {"test", 0}};
    for (engine::ImageSplit s : splits)
        ++counts[s == engine::ImageSplit::Train ? "train" : s == engine::ImageSplit::Validation ? "validation" : "test"];
    return counts;
}

std::vector<DatasetNote> splitNotes(std::map<std::string, int> counts, const engine::Preprocessing& p, int groups,
                                    const LabelSource& labels) {
    if (counts.empty()) return {};
    const bool listed = labels.rows && std::any_of(labels.rows->begin(), labels.rows->end(),
                                                   [](const LabelRow& row) { return row.split.has_value(); });
    DatasetNote split;
    split.kind = DatasetNote::Kind::SplitByPatient;
    split.rows = listed ? labels.name : DatasetNote::Rows::None;
    split.seed = p.splitSeed;
    split.train = counts["train"];
    split.validation = counts["validation"];
    split.test = counts["test"];
    std::vector<DatasetNote> notes = {split};
    if (counts["validation"] == 0 && listed) {
        DatasetNote none;
        none.kind = DatasetNote::Kind::NoValidationListed;
        none.rows = labels.name;
        notes.push_back(none);
    } else if (counts["validation"] == 0 && p.validationFraction > 0) {
        DatasetNote none;
        none.kind = DatasetNote::Kind::NoValidationFell;
        none.groups = groups;
        notes.push_back(none);
    }
    return notes;
}

// Each image's class and split, so a continued run can check that its labels did not change; ""
// when the images have neither.
std::string labelsHash(const engine::ImageSet& images) {
    if (images.labels.empty() && images.splits.empty()) return {};
    Fnv1a hash;
    hash.add(static_cast<uint32_t>(images.labels.size()));
    for (int label : images.labels) hash.add(static_cast<uint32_t>(label));
    hash.add(static_cast<uint32_t>(images.splits.size()));
    for (engine::ImageSplit split : images.splits) hash.add(static_cast<uint32_t>(split));
    return hash.hex();
}

void setManifest(LoadedDataset& loaded) {
    loaded.manifest.kind = "folder";
    loaded.manifest.phantomName.clear();
    loaded.manifest.imageCount = loaded.images.count;
    loaded.manifest.contentHash = contentHash(loaded.images.values);
    loaded.manifest.splitImages = splitCounts(loaded.images.splits);
    loaded.manifest.labelsHash = labelsHash(loaded.images);
}

// A prepared set (from the cache or just decoded) as the loader's result; the skipped files are
// named again from the listing.
LoadedDataset toLoaded(CachedDataset cached, const std::vector<std::string>& files, bool fromCache) {
    LoadedDataset loaded;
    loaded.fromCache = fromCache;
    loaded.images = std::move(cached.images);
    loaded.notes = std::move(cached.notes);
    for (const CachedDataset::Skipped& s : cached.skipped)
        loaded.skipped.push_back((s.file < files.size() ? fileBaseName(files[s.file]) : std::string("?")) + ": " + s.reason);
    return loaded;
}

LoadedDataset loadFolder(const std::string& spec, const engine::Experiment& e, const LoadOptions& options) {
    const engine::Preprocessing& p = e.preprocessing;
    const fs::path dir(spec);
    std::error_code error;
    if (!fs::exists(dir, error)) throw fileError(spec, std::string("no such folder; ") + kAccepted);
    if (!fs::is_directory(dir, error)) throw fileError(spec, std::string("is a file, not a folder; ") + kAccepted);

    const std::vector<std::string> files = listImageFiles(spec);
    if (files.empty())
        throw fileError(spec, "no image files in this folder or below; it should hold DICOM, NIfTI, PNG, JPEG, TIFF, "
                              "BMP or NumPy files");
    const LabelSource labels = labelSourceFor(dir, p, options);
    const int total = static_cast<int>(files.size());

    std::string key;
    if (!options.cacheFolder.empty()) {
        key = preparedDatasetKey(spec, files, labels.rows ? formatLabelCsv(*labels.rows) : std::string(),
                                 optionsText(e, options.maxImages));
        CachedDataset cached;
        if (readPreparedDataset(options.cacheFolder, key, cached)) {
            LoadedDataset loaded = toLoaded(std::move(cached), files, /*fromCache=*/true);
            setManifest(loaded);
            if (options.progress) options.progress(total, total);
            return loaded;
        }
    }

    const FolderFacts facts = folderFacts(dir, files, p, labels);
    std::vector<DecodedFile> decoded = decodeFiles(files, p, e.imageSize, e.channels, options.maxImages, options.progress);

    CachedDataset prepared;
    engine::ImageSet& images = prepared.images;
    images.channels = e.channels;
    images.height = e.imageSize;
    images.width = e.imageSize;
    const size_t plane = static_cast<size_t>(e.imageSize) * e.imageSize;
    const int maxImages = options.maxImages;
    int presetApplied = 0;
    std::map<std::string, int> presetSkipped;  // modality -> images the preset did not apply to
    for (size_t i = 0; i < files.size() && decoded[i].done; ++i) {
        if (maxImages > 0 && images.count >= maxImages) break;
        PreparedFile& file = decoded[i].prepared;
        if (file.images.empty()) {
            const std::string& failure = decoded[i].failure;
            const std::string name = fileBaseName(files[i]) + ": ";
            prepared.skipped.push_back({i, failure.rfind(name, 0) == 0 ? failure.substr(name.size()) : failure});
            continue;
        }
        const FileFacts& f = facts.files[i];
        for (size_t item = 0; item < file.images.size(); ++item) {
            if (maxImages > 0 && images.count >= maxImages) break;
            const std::vector<float>& pixels = file.images[item];
            const size_t offset = images.values.size();
            images.values.resize(offset + plane * e.channels);
            float* image = images.values.data() + offset;
            std::transform(pixels.begin(), pixels.end(), image,
                           [](float v) { return std::clamp(v * 2.0f - 1.0f, -1.0f, 1.0f); });
            if (pixels.size() < plane * e.channels)  // a grey image for a colour model: grey in every channel
                for (int c = 1; c < e.channels; ++c) std::copy(image, image + plane, image + plane * c);
            if (facts.labels)
                images.labels.push_back(facts.fileLabels ? f.label
                                                         : item < f.itemLabels.size() ? f.itemLabels[item] : -1);
            if (p.splitByPatient)
                images.splits.push_back(item < file.itemSplits.size() ? file.itemSplits[item] : f.split);
            if (p.window != "file" && p.window != "percentile") {
                if (file.presetApplied) ++presetApplied;
                else ++presetSkipped[file.modality];
            }
            ++images.count;
        }
        decoded[i].prepared = {};  // keep the peak memory near one copy of the set
    }
    if (images.count == 0)
        throw fileError(spec, "none of the " + std::to_string(files.size()) + " image files could be read (first: " +
                                  fileBaseName(files[prepared.skipped.front().file]) + ": " +
                                  prepared.skipped.front().reason + ")");
    if (p.window != "file" && p.window != "percentile") {
        if (presetApplied == 0)
            throw fileError(spec, "the " + p.window + " window is for CT images (Hounsfield units), but none of the " +
                                      std::to_string(images.count) + " images is CT (" + countsText(presetSkipped) +
                                      "); choose the file's own window or percentiles");
        if (!presetSkipped.empty()) {
            DatasetNote note;
            note.kind = DatasetNote::Kind::WindowPartlyApplied;
            note.window = p.window;
            note.applied = presetApplied;
            note.otherModalities = presetSkipped;
            prepared.notes.push_back(std::move(note));
        }
    }

    for (DatasetNote& note : splitNotes(splitCounts(images.splits), p, facts.groups, labels))
        prepared.notes.push_back(std::move(note));
    for (const DatasetNote& note : facts.notes) prepared.notes.push_back(note);
    if (!key.empty()) writePreparedDataset(options.cacheFolder, key, prepared, options.cacheLimitBytes);
    LoadedDataset loaded = toLoaded(std::move(prepared), files, /*fromCache=*/false);
    setManifest(loaded);
    if (options.progress) options.progress(total, total);
    return loaded;
}

}  // namespace

bool operator==(const DatasetNote& a, const DatasetNote& b) {
    const auto fields = [](const DatasetNote& n) {
        return std::tie(n.kind, n.rows, n.seed, n.train, n.validation, n.test, n.groups, n.window, n.applied,
                        n.otherModalities, n.unusedRows, n.lines, n.moreLines);
    };
    return fields(a) == fields(b);
}

std::string datasetNoteText(const DatasetNote& note) {
    const auto rows = [&] { return note.rows == DatasetNote::Rows::DataPage ? std::string("the Data page")
                                                                            : std::string("the labels CSV"); };
    switch (note.kind) {
    case DatasetNote::Kind::SplitByPatient: {
        const std::string how = note.rows != DatasetNote::Rows::None
                                    ? "as set in " + rows() + ", seed " + std::to_string(note.seed) +
                                          " for patients it does not place"
                                    : "seed " + std::to_string(note.seed);
        return "Split by patient (" + how + "): " + std::to_string(note.train) + " training, " +
               std::to_string(note.validation) + " validation and " + std::to_string(note.test) + " test images.";
    }
    case DatasetNote::Kind::NoValidationListed:
        return "No image is in the validation split (" + rows() +
               " puts none there), so held-out metrics are not measured.";
    case DatasetNote::Kind::NoValidationFell:
        return "No image fell in the validation split (the folder has " + std::to_string(note.groups) +
               " patient(s) or file group(s)), so held-out metrics are not measured; they need more patients.";
    case DatasetNote::Kind::WindowPartlyApplied:
        return "The " + note.window + " window was applied to " + std::to_string(note.applied) + " CT image(s); " +
               countsText(note.otherModalities) + " image(s) of other modalities keep their own window.";
    case DatasetNote::Kind::LabelRowsUnused: {
        std::string lines;
        for (int line : note.lines) lines += (lines.empty() ? "" : ", ") + std::to_string(line);
        return std::to_string(note.unusedRows) + " row(s) of " + rows() +
               " could not be used: they name no image in the folder, or put a patient in two splits, or are not "
               "\"file,label,split\"" +
               (lines.empty() ? std::string() : " (line " + lines + (note.moreLines ? ", ..." : "") + ")") +
               ". Open the folder on the Data page to see each one.";
    }
    }
    return {};
}

std::vector<std::string> listImageFiles(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code error;
    // Entries that cannot be read (permissions, vanished while listing) are passed over.
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
    for (const fs::recursive_directory_iterator end; !error && it != end; it.increment(error)) {
        std::error_code kindError;
        if (!it->is_regular_file(kindError) || kindError) continue;  // folders named x.dcm included
        const std::string path = it->path().string();
        if (isDicomDirectoryFile(it->path())) continue;  // an index of the files, not an image
        if (isSupportedImageFile(path) || (isVolumeFile(path) && isMedicalImageFile(path))) files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

LoadedDataset loadDataset(const std::string& spec, const engine::Experiment& e, const LoadOptions& options) {
    if (e.channels < 1 || e.channels > 4)
        throw IoError("dataset: channels must be 1 to 4 (got " + std::to_string(e.channels) + ")");
    if (e.imageSize < 8 || e.imageSize > 1024)
        throw IoError("dataset: image size must be 8 to 1024 pixels (got " + std::to_string(e.imageSize) + ")");
    if (const std::string problem = engine::validatePreprocessing(e.preprocessing); !problem.empty())
        throw IoError("dataset: " + problem);
    if (e.preprocessing.window != "file" && e.preprocessing.window != "percentile")
        windowPreset(e.preprocessing.window);  // an unknown name fails here, listing the known ones
    if (spec.rfind(kPhantomPrefix, 0) == 0)
        return loadPhantom(spec.substr(std::strlen(kPhantomPrefix)), e.channels, e.imageSize, e.seed,
                           options.maxImages, options.progress);
    if (spec.empty()) throw IoError(std::string("no dataset chosen; ") + kAccepted);
    return loadFolder(spec, e, options);
}

LoadedDataset loadDataset(const std::string& spec, int channels, int imageSize, uint64_t seed, int maxImages,
                          const std::function<void(int, int)>& progress) {
    engine::Experiment e;
    e.channels = channels;
    e.imageSize = imageSize;
    e.seed = seed;
    e.preprocessing.splitByPatient = false;
    LoadOptions options;
    options.maxImages = maxImages;
    options.progress = progress;
    return loadDataset(spec, e, options);
}

LoadedDataset loadCheckpointDataset(const engine::Experiment& e, const std::string& folder, LoadOptions options)
{
    const engine::DatasetManifest& recorded = e.dataset;
    options.maxImages = static_cast<int>(recorded.imageCount);
    if (recorded.kind == "phantom")
        return loadDataset(kPhantomPrefix + recorded.phantomName, e, options);
    if (folder.empty() || folder.rfind(kPhantomPrefix, 0) == 0)
        throw IoError("This run was trained on a folder of images, which run folders do not name (privacy). "
                      "Choose the same folder as the dataset.");
    LoadedDataset loaded = loadDataset(folder, e, options);
    if (loaded.manifest.contentHash != recorded.contentHash)
        throw IoError("The images in '" + folder + "' are not the ones this run was trained on (their content hash "
                      "differs). Choose the same folder, or start a new run.");
    if (!recorded.labelsHash.empty() && loaded.manifest.labelsHash != recorded.labelsHash)
        throw IoError("The images in '" + folder + "' are the ones this run was trained on, but their labels or "
                      "splits are not: labels.csv was changed, or labels and splits were set on the Data page. "
                      "Put them back as they were (or save the Data page's edits), or start a new run.");
    return loaded;
}

}  // namespace medsynth::io
