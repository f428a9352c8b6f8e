#pragma once
// Turns a dataset spec into an in-memory training set: "phantom:brain" (the built-in demo,
// generated in memory) or a folder of DICOM / PNG / JPEG / TIFF / BMP files and NIfTI volumes
// and NumPy arrays (every frame, slice or image), searched recursively, each image
// prepared as the experiment's preprocessing says (window, MONOCHROME1 inversion, crop or pad to
// the model's size keeping aspect, [-1, 1]; see engine::Preprocessing; grey, except that a colour
// model, channels 3, gets colour images in colour and grey ones in all three), with labels and
// train/validation/test splits by patient from the folder's DatasetIndex (a labels CSV's or the
// given rows' splits win over the seeded ones, for whole patients). Unreadable files are
// skipped with a one-line reason each; the manifest carries only a hash of the pixels and
// counts, never paths or names (privacy, DESIGN.md).
//
// A prepared folder can be cached on disk (LoadOptions::cacheFolder): the next load of the same
// files with the same options reads it back instead of decoding every file. Cache entries are
// named by a SHA-256 key and hold no path, name or DICOM value.

#include "medsynth/engine/Experiment.h"
#include "medsynth/engine/ImageSet.h"
#include "medsynth/io/DatasetIndex.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace medsynth::io {

// A fact about a folder's preparation the user should know, as its particulars, so that the GUI
// can word it in the user's language; datasetNoteText() words it in English (the CLI). It holds
// counts, a seed, a window preset's and modalities' names, and line numbers: never a file's or a
// label's name (notes are kept in the prepared-dataset cache; privacy).
struct DatasetNote {
    enum class Kind {
        SplitByPatient,       // train, validation, test images; seed; rows when the rows place patients
        NoValidationListed,   // rows put no image in the validation split
        NoValidationFell,     // groups (patients or file groups) too few for a validation split
        WindowPartlyApplied,  // window applied to `applied` CT images; otherModalities kept their own
        LabelRowsUnused,      // unusedRows rows of `rows` could not be used; their first lines
    };
    enum class Rows { None, DataPage, LabelsCsv };  // where labels and splits came from
    Kind kind = Kind::SplitByPatient;
    Rows rows = Rows::None;
    uint64_t seed = 0;
    int train = 0, validation = 0, test = 0;
    int groups = 0;
    std::string window;                          // a preset's name ("ct-lung")
    int applied = 0;
    std::map<std::string, int> otherModalities;  // modality -> images
    int unusedRows = 0;
    std::vector<int> lines;                      // at most five
    bool moreLines = false;                      // more rows with a line than `lines` holds
};

bool operator==(const DatasetNote& a, const DatasetNote& b);
std::string datasetNoteText(const DatasetNote& note);

struct LoadedDataset {
    engine::ImageSet images;
    engine::DatasetManifest manifest;
    std::vector<std::string> skipped;  // "file name: reason", one per unreadable file
    // What the user should know about the preparation (e.g. how many images a CT preset did not
    // apply to, or an empty validation split).
    std::vector<DatasetNote> notes;
    bool fromCache = false;            // read from the prepared-dataset cache
};

struct LoadOptions {
    int maxImages = 0;                 // <= 0: all (phantoms: 2048)
    // A "file,label[,split]" CSV elsewhere than labels.csv in the folder; it is read, never
    // recorded. Its labels are used with labels "csv" or "auto", its splits with any labels.
    std::string labelsCsv;
    // The same rows given directly (the Data page's labels and splits, saved or not); used
    // instead of any CSV.
    std::shared_ptr<const std::vector<LabelRow>> labelRows;
    // Where prepared folders are cached between loads; empty: no disk cache. After a write, the
    // entries used longest ago are removed until the cache's entries take at most cacheLimitBytes
    // (the newest is kept even when it alone is larger).
    std::string cacheFolder;
    uint64_t cacheLimitBytes = uint64_t(10) << 30;  // 10 GiB
    std::function<void(int, int)> progress;  // (files done, files); may throw to cancel
};

// Every supported image file under dir, sorted by path.
std::vector<std::string> listImageFiles(const std::string& dir);

// The experiment's channels, image size, seed (phantoms) and preprocessing. Throws IoError when
// nothing usable is found (saying where it looked and what it accepts), for an unknown window
// preset, for a CT preset when no image is CT, or for labels asked for that the folder lacks.
LoadedDataset loadDataset(const std::string& spec, const engine::Experiment& experiment,
                          const LoadOptions& options = {});

// As before preprocessing options: the file's window, centre crop, labels.csv when present, no
// splits and no cache.
LoadedDataset loadDataset(const std::string& spec, int channels, int imageSize, uint64_t seed,
                          int maxImages = 0,
                          const std::function<void(int, int)>& progress = {});

// The images a checkpoint's run was trained on (resume, fork): a phantom run's phantoms again
// (same name, count and seed, so the same images); for a folder run, `folder`, which run folders
// never name (privacy), checked against the content hash the run recorded. Throws IoError with
// what to do: no folder given for a folder run, or a folder holding other images.
// The experiment's preprocessing applies (the checkpoint's own); options.maxImages is the count
// the run recorded. When the run recorded its labels' hash, the labels and splits must match too
// (labels.csv changed, or labels edited on the Data page: the message says so).
LoadedDataset loadCheckpointDataset(const engine::Experiment& experiment, const std::string& folder,
                                    LoadOptions options = {});

}  // namespace medsynth::io
