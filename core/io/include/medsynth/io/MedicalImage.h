#pragma once
// MedicalImage: what one file holds, as plain data. Metadata that cannot identify anybody
// (format, geometry, pixel encoding, modality transform, VOI) and, per frame, the values the
// pipeline starts from: AFTER the modality transform (rescale slope/intercept, modality LUT,
// NIfTI scl_slope/scl_inter), BEFORE windowing or MONOCHROME1 inversion; colour as RGB (YBR is
// converted). Display helpers (windows, presets, inversion to [0, 1]) are in DisplayWindow.h.
//
// Privacy (DESIGN.md): nothing here carries names, IDs, dates, instance UIDs, institutions or
// descriptions. The only UID is the transfer syntax, a constant of the standard.
//
// readMedicalImage() never crashes or hangs on a malformed file: it throws IoError whose what()
// is one line, "<file name>: <reason>". Sizes are checked against ReadOptions before any pixel
// is decoded. Thread-safe: separate calls may run on separate threads.

#include <functional>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace medsynth::io {

// A DICOM VOI window (C.11.2.1.2), in the units of the values after the modality transform.
struct VoiWindow {
    double center = 0;
    double width = 1;
    std::string explanation;  // (0028,1055), e.g. "LUNG"; may be empty
};

// A DICOM VOI LUT (0028,3010): entries map values firstMapped, firstMapped+1, ... to outputs
// 0 .. 2^bits - 1; values below/above the table take its first/last entry.
struct VoiLut {
    double firstMapped = 0;
    int bits = 16;
    std::vector<double> entries;
    std::string explanation;
};

// What an enhanced multi-frame DICOM image (Enhanced CT, MR, PET ...; PS3.3 C.7.6.16) says of one
// frame in its Shared and Per-frame Functional Groups Sequences (the per-frame item wins).
struct FrameFunctionalGroups {
    double rescaleSlope = 1;      // Pixel Value Transformation: already applied to the frame's values
    double rescaleIntercept = 0;
    std::vector<VoiWindow> windows;                          // Frame VOI LUT
    std::optional<std::array<double, 3>> imagePosition;      // Plane Position (Patient)
    std::optional<std::array<double, 6>> imageOrientation;   // Plane Orientation (Patient)
};

// A named array inside a NumPy archive (.npz).
struct ArchiveArray {
    std::string name;            // "train_images"
    std::vector<int64_t> shape;  // as stored
    std::string dtype;           // "uint8", "int64", "float32" ...
    bool images = false;         // its items are frames of this MedicalImage
    int64_t firstFrame = 0;      // index of its first item among the frames, when images
    int64_t framesPerItem = 1;   // frames of each item: the slices of a volume (3-D MedMNIST), else 1
};

// A label array of a NumPy archive ("train_labels", N x 1 or N x K), values as stored.
struct LabelArray {
    std::string name;
    std::vector<int64_t> shape;
    std::vector<int64_t> values;  // row-major
};

struct ImageMetadata {
    std::string format;           // "DICOM", "NIfTI-1", "NIfTI-2", "PNG", "JPEG", "TIFF", "BMP", "NumPy", "NumPy archive"
    std::string modality;         // DICOM (0008,0060): "CT", "MR" ...; "" when unknown
    std::string photometric;      // "MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "PALETTE COLOR" ... as stored
    int rows = 0;
    int columns = 0;
    int64_t frames = 0;           // in the file (not only those read)
    int samplesPerPixel = 1;      // of the decoded frames: 1 gray, 3 RGB
    int bitsAllocated = 0;
    int bitsStored = 0;
    bool isSigned = false;
    bool isFloat = false;         // float pixel data (NIfTI, NumPy, TIFF, DICOM float pixel data)
    std::string transferSyntaxUid;
    std::string transferSyntaxName;
    std::vector<VoiWindow> windows;
    std::vector<VoiLut> voiLuts;
    std::string voiLutFunction = "LINEAR";  // (0028,1056): LINEAR, LINEAR_EXACT or SIGMOID
    double rescaleSlope = 1;      // already applied to the frame values
    double rescaleIntercept = 0;  // already applied to the frame values
    bool modalityLutApplied = false;  // a modality LUT (0028,3000) replaced the rescale
    std::string rescaleType;      // "HU", "US" ... when stated
    std::optional<std::array<double, 2>> pixelSpacing;       // mm: between rows, between columns
    std::optional<std::array<double, 3>> imagePosition;      // mm, patient coordinates of the first pixel
    std::optional<std::array<double, 6>> imageOrientation;   // row and column direction cosines
    std::optional<double> sliceThickness;                    // mm
    int sliceAxis = -1;           // NIfTI: the volume axis the frames run along (0 i, 1 j, 2 k)
    // Enhanced multi-frame DICOM: one entry per frame in the file (empty for other files). The
    // single values above (rescale, windows, position, orientation) are then those of frame 1.
    std::vector<FrameFunctionalGroups> perFrame;
    // The file's frames in the order to show them, as indices of frames in the file: along the
    // slice normal when every frame has a plane position and all share one orientation (enhanced
    // DICOM). Empty: the stored order.
    std::vector<int64_t> frameOrder;
    std::vector<ArchiveArray> arrays;  // NumPy archive contents
};

// One frame: rows x columns pixels, channels values per pixel, interleaved (RGB), row-major.
struct ImageFrame {
    int rows = 0;
    int columns = 0;
    int channels = 1;
    std::vector<float> values;
};

struct MedicalImage {
    ImageMetadata metadata;
    int64_t firstFrame = 0;            // index in the file of frames[0]
    std::vector<ImageFrame> frames;    // the frames read (see ReadOptions)
    std::vector<LabelArray> labels;    // NumPy archives: the *_labels arrays
};

struct ReadOptions {
    bool pixels = true;            // false: metadata only (nothing decoded)
    int64_t firstFrame = 0;
    int64_t maxFrames = -1;        // < 0: every frame from firstFrame on
    int sliceAxis = 2;             // NIfTI: frames along i (0, sagittal), j (1, coronal) or k (2, axial)
    // Bounds, checked from the header before decoding. A file beyond them is refused.
    int64_t maxSide = 16384;                           // rows or columns
    int64_t maxFileFrames = 1000000;   // frames (slices, archive items) a file may declare
    uint64_t maxDecodedBytes = 2ull * 1024 * 1024 * 1024;  // of the float values returned
    // NIfTI: a volume whose stored data take at most this many bytes is read whole (quickest for
    // many frames); a larger one frame by frame, reading only the bytes of the frames asked for,
    // so a viewer can browse a volume of any size the bounds above allow, one slice at a time.
    uint64_t wholeVolumeBytes = 256ull * 1024 * 1024;
    // NIfTI read whole: keep its stored data in memory after this read (one volume, the last one
    // kept; replaced by the next), so that reading its other frames one call at a time, as a viewer
    // does, does not read and, for a .nii.gz, decompress the whole file for each frame. A kept
    // volume is used while its file keeps its size and modification time.
    bool keepVolume = false;
};

// Throws IoError ("<file name>: <reason>", one line).
MedicalImage readMedicalImage(const std::string& path, const ReadOptions& options = {});

// Decoded values read at a time by readFramesInChunks' callers: a long cine or a CT volume is
// read in a few chunks, well inside the decode bound.
inline constexpr int64_t kFrameChunkBytes = int64_t(256) << 20;

// Every frame of a file, a chunk of frames at a time (at most chunkBytes of decoded values, at
// least one frame): chunk is called with each MedicalImage read, in frame order; the first holds
// frame 1 and the metadata. So a long series or a large volume is read within the decode bound
// and without holding all of it. options' firstFrame and maxFrames are ignored.
void readFramesInChunks(const std::string& path, const ReadOptions& options, int64_t chunkBytes,
                        const std::function<void(const MedicalImage&)>& chunk);

struct FrameStatistics {
    double min = 0;
    double max = 0;
    double mean = 0;
};
// Over every finite value of the frame (all channels): NaN (a masked voxel of a map) and infinities
// are left out. A frame without finite values gives zeros.
FrameStatistics frameStatistics(const ImageFrame& frame);

// The formats readMedicalImage accepts, by content or extension (a quick check, no decoding).
bool isMedicalImageFile(const std::string& path);

}  // namespace medsynth::io
