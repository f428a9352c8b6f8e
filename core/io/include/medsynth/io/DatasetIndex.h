#pragma once
// DatasetIndex: what a folder of medical and ordinary images holds, without decoding it all.
// A scan walks the folder recursively, names each file's format from its content (or says in one
// line why it was skipped), reads DICOM headers only (never the pixel data), groups DICOM files
// by patient, study and series, orders each series' slices along the slice normal, attaches
// labels (sub-folder names, a CSV, NumPy archives' label arrays), splits the data into train / validation / test by patient,
// and computes a summary with intensity histograms of a sample of decoded files.
//
// Privacy (DESIGN.md): identifying DICOM values (PS3.15 Annex E basic profile: names, IDs, birth
// dates, accession numbers, institutions, physicians, dates and times, UIDs, free-text
// descriptions, private tags) stay inside the index. Callers see patients, studies and series
// only as opaque per-scan keys ("Patient 1", "Study 1.2", "Series 3"): sequence numbers in path
// order, not derived from any value. The values themselves come out only through
// identifyingValues(), as MaskedValue objects whose text needs an explicit reveal() (the
// metadata panel's reveal button). No message, exception or skipped-file reason carries a DICOM
// value; files are named by their path relative to the scanned folder.
//
// Threading: scan() blocks and is meant to run on a worker thread; it uses a few threads of its
// own for reading headers and decoding. The progress callback runs on the thread that called
// scan(). A finished DatasetIndex is immutable and may be read from any thread.

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace medsynth::io {

enum class ImageFormat { Dicom, Nifti, Png, Jpeg, Tiff, Bmp, Npy, Npz };
const char* formatName(ImageFormat format);  // "dicom", "nifti", "png", "jpeg", "tiff", "bmp", "npy", "npz"

// The format of a file by its content (magic numbers; DICOM also without its 128-byte preamble),
// with the name's extension only as a tie-breaker (.npz among zip files, .nii.gz among gzip
// files). nullopt when it is none of the formats above or cannot be read.
std::optional<ImageFormat> detectImageFormat(const std::string& path);

enum class Split { Train, Validation, Test };
const char* splitName(Split split);  // "train", "validation", "test"

// Fractions of the files wanted in each split; they need not sum to 1 (they are normalised) but
// must be >= 0 with a positive sum.
struct SplitFractions {
    double train = 0.8;
    double validation = 0.1;
    double test = 0.1;
};

// How the slices of a series were ordered: along the slice normal (ImagePositionPatient projected
// on the cross product of ImageOrientationPatient's row and column directions), by
// InstanceNumber when some file lacks a usable position or orientation, else by file path.
enum class SliceOrder { Position, InstanceNumber, FilePath };
const char* sliceOrderName(SliceOrder order);  // "position", "instance number", "file path"

// A value that could identify a person. It prints nothing by itself: masked() is what a panel
// shows by default; reveal() returns the value and is meant only for a deliberate user request.
class MaskedValue {
public:
    MaskedValue() = default;
    explicit MaskedValue(std::string value) : value_(std::move(value)) {}
    bool empty() const { return value_.empty(); }
    std::string masked() const;                       // "••••••", or "" for an empty value
    const std::string& reveal() const { return value_; }

private:
    std::string value_;
};

struct IdentifyingAttribute {
    std::string tag;    // "(0010,0010)"
    std::string name;   // DICOM keyword, "PatientName"; "PrivateTag" for private elements
    MaskedValue value;
};

struct LabelRow;

struct ScanOptions {
    bool labelsFromFolders = false;  // label = the first sub-folder under the scanned folder
    // "file,label[,split]" CSV (paths relative to the folder); its labels win over folders and its
    // splits over the seeded ones (readLabelCsv).
    std::string labelsCsv;
    // The same rows given directly (the Data page's labels and splits); used instead of labelsCsv.
    std::shared_ptr<const std::vector<LabelRow>> labelRows;
    SplitFractions split;
    uint64_t seed = 1;               // same folder, options and seed: same splits
    // Non-DICOM files have no patient. By default each file is its own group for splitting;
    // with this set, all non-DICOM files in one folder form one group (one folder per patient).
    bool groupOtherFilesByFolder = false;
    // Intensity histograms come from decoding files with readGrayImage. histogramFiles > 0: that
    // many files, evenly spaced in path order; < 0: every indexed file; 0: none.
    int histogramFiles = 64;
    int histogramBins = 32;
    int threads = 0;                 // 0: one per core, at most 8
};

struct ScanProgress {
    enum class Stage { Listing, Reading, Decoding } stage = Stage::Listing;
    int done = 0;
    int total = 0;   // 0 while listing (the total is not known yet)
};
using ScanProgressCallback = std::function<void(const ScanProgress&)>;

struct IndexedFile {
    std::string path;                // relative to the scanned folder, '/' separated
    ImageFormat format = ImageFormat::Dicom;
    int width = 0;                   // 0 when the header does not say (.nii.gz, .npz)
    int height = 0;
    int frames = 1;                  // DICOM frames, NIfTI third dimension
    // DICOM only, none of them identifying:
    std::string modality;            // "MR", "CT" ...
    std::string photometric;         // "MONOCHROME2" ...
    int bitsStored = 0;
    std::string transferSyntax;      // DCMTK's name of it
    int label = -1;                  // index into classNames(); -1 when unlabelled
    // NumPy archives (MedMNIST style): a class per item, from the archive's *_labels arrays
    // (N or N x 1 integers, matched to the *_images array of the same prefix); -1 where none.
    std::vector<int> itemLabels;
    Split split = Split::Train;
    int group = -1;                  // index into groups()
    int series = -1;                 // index into series(); -1 when not DICOM
};

// The unit of splitting: a DICOM patient ("Patient 2"), or a non-DICOM file or folder ("Group 5").
struct PatientGroup {
    std::string key;
    bool dicom = false;
    Split split = Split::Train;
    std::vector<int> studies;        // indices into studies() (DICOM only)
    std::vector<int> files;          // indices into files()
};

struct StudyGroup {
    std::string key;                 // "Study 2.1": the patient's number, then the study's
    int group = -1;
    std::vector<int> series;
};

struct SeriesGroup {
    std::string key;                 // "Series 4", or "Series 4 (part 2 of 3)"
    int group = -1;
    int study = -1;
    std::string modality;
    int width = 0;
    int height = 0;
    SliceOrder order = SliceOrder::FilePath;
    std::vector<int> files;          // in slice order
    int part = 1;                    // a DICOM series whose image sizes or orientations differ is
    int parts = 1;                   // split into parts, each of one size and orientation
    std::string partReason;          // "image sizes differ", "orientations differ", or both
};

struct SkippedFile {
    std::string path;                // relative to the scanned folder
    std::string reason;              // one line, never a DICOM value
};

struct IntensityHistogram {
    double low = 0.0;                // bins cover [low, high] evenly
    double high = 1.0;
    std::vector<long long> counts;
    long long values = 0;
    int files = 0;                   // files decoded into it
};

struct LabelProblem {
    int line = 0;                    // CSV line, 1-based; 0 for problems without a line
    std::string message;
    bool row = false;                // about a labels row (a CSV line, or a row given directly);
                                     // false: a NumPy archive's note
};

struct DatasetSummary {
    int filesSeen = 0;               // regular files found under the folder
    int indexed = 0;
    int skipped = 0;
    int groups = 0;
    int patients = 0;                // DICOM patients
    int studies = 0;
    int series = 0;
    int unlabelled = 0;
    std::map<std::string, int> perFormat;
    std::map<std::string, int> perModality;   // DICOM Modality; other files count under their format
    std::map<std::string, int> perClass;      // class name -> files
    std::map<std::string, int> perClassInArchives;  // class name -> NumPy archive items
    std::map<std::string, int> perSplit;      // "train" ... -> files
    std::map<std::string, std::map<std::string, int>> classPerSplit;  // split -> class -> files
    std::map<std::string, int> perSize;       // "64x64" (or "unknown") -> files
    int minWidth = 0, maxWidth = 0, minHeight = 0, maxHeight = 0;
};

class DatasetIndex {
public:
    DatasetIndex();
    ~DatasetIndex();
    DatasetIndex(DatasetIndex&&) noexcept;
    DatasetIndex& operator=(DatasetIndex&&) noexcept;
    DatasetIndex(const DatasetIndex&) = delete;
    DatasetIndex& operator=(const DatasetIndex&) = delete;

    // Throws IoError when folder is missing, not a folder or cannot be listed, or when the options
    // are invalid (split fractions, an unreadable labels CSV). Individual bad files never throw:
    // they end up in skipped(). When cancel becomes true the scan stops soon and returns an index
    // with cancelled() set and nothing else in it.
    static DatasetIndex scan(const std::string& folder, const ScanOptions& options = {},
                             const std::atomic<bool>* cancel = nullptr,
                             const ScanProgressCallback& progress = {});

    bool cancelled() const;
    const std::vector<IndexedFile>& files() const;   // sorted by path
    const std::vector<PatientGroup>& groups() const;
    const std::vector<StudyGroup>& studies() const;
    const std::vector<SeriesGroup>& series() const;
    const std::vector<SkippedFile>& skipped() const;
    const std::vector<std::string>& classNames() const;
    const std::vector<LabelProblem>& labelProblems() const;  // CSV rows naming no indexed file ...
    DatasetSummary summary() const;

    // Histograms of the values readGrayImage returns ([0, 1], after the file's own window and
    // MONOCHROME1 inversion), per modality ("MR", or the format name for other files) and "all".
    const std::map<std::string, IntensityHistogram>& histograms() const;
    std::string histogramSource() const;                    // one line saying what was decoded
    const std::vector<SkippedFile>& decodeProblems() const;  // files that failed to decode for them

    // The identifying DICOM attributes present in a file, masked. Empty for non-DICOM files.
    // Only for showing to the user on request; never write these anywhere.
    std::vector<IdentifyingAttribute> identifyingValues(int fileIndex) const;

    struct Data;  // the index's state, defined in DatasetIndex.cpp

private:
    std::unique_ptr<Data> data_;
};

// One row of a labels CSV: the file as written (relative path), its label text ("" for none) and
// the split it is put in (none: the seeded split). A split is kept for whole patients: when rows
// put files of one patient (or file group) in different splits, the first row's split wins and
// the others become label problems.
struct LabelRow {
    int line = 0;
    std::string file;
    std::string label;
    std::optional<Split> split;
};
// "train", "validation" / "val" / "valid", "test", in any case; nullopt for anything else.
std::optional<Split> parseSplitName(const std::string& text);
// Reads "file,label" or "file,label,split" rows: a UTF-8 byte-order mark, CRLF line ends, quoted
// fields ("a,b.png", doubled quotes) and a header row ("file,label,split", "filename,class" ...)
// are tolerated; blank lines are ignored. A row may leave the label empty when it names a split.
// Rows with neither, and unknown split names, become problems. Throws IoError if the file cannot
// be read.
std::vector<LabelRow> readLabelCsv(const std::string& path, std::vector<LabelProblem>* problems = nullptr);
// The rows as CSV text that readLabelCsv reads back: a "file,label,split" header, then one line
// per row, fields quoted where they need it.
std::string formatLabelCsv(const std::vector<LabelRow>& rows);
// Writes formatLabelCsv(rows) to path through a temporary file renamed over it, so a failed write
// (a full disk, a read-only folder) leaves the old file as it was. Throws IoError saying why.
void writeLabelCsv(const std::string& path, const std::vector<LabelRow>& rows);

}  // namespace medsynth::io
