#include "DicomReader.h"

#include "DicomFunctionalGroups.h"
#include "DicomToolkit.h"
#include "DicomValues.h"
#include "FileError.h"
#include "Jpeg2000Decoder.h"
#include "RleDecoder.h"
#include "ReaderSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace medsynth::io {
namespace {

// Raw frames larger than this are refused whatever ReadOptions says: DCMTK's frame API takes a
// 32-bit buffer size.
constexpr uint64_t kMaxRawFrameBytes = 1ull << 31;

uint16_t unsignedShort(const std::string& path, DcmItem& item, const DcmTagKey& tag, const char* name, bool required,
                       uint16_t fallback) {
    Uint16 value = 0;
    if (item.findAndGetUint16(tag, value).good()) return value;
    if (required) throw fileError(path, std::string("DICOM file without ") + name + " (not an image?)");
    return fallback;
}

// Pixel layout from the header, checked.
struct PixelLayout {
    int rows = 0, columns = 0, samples = 1;
    int bitsAllocated = 0, bitsStored = 0, highBit = 0;
    bool isSigned = false;
    int planar = 0;
    int64_t frames = 1;
    std::string photometric;
    uint64_t frameBits() const { return static_cast<uint64_t>(rows) * columns * samples * bitsAllocated; }
    bool subsampled() const { return photometric == "YBR_FULL_422"; }
    // Bytes of one frame as DCMTK's frame API delivers it (YBR_FULL_422 native: 2 values per pixel).
    uint64_t frameBytes() const {
        const uint64_t values = subsampled() ? static_cast<uint64_t>(rows) * columns * 2
                                             : static_cast<uint64_t>(rows) * columns * samples;
        return (values * bitsAllocated + 7) / 8;
    }
};

int64_t frameCount(const std::string& path, DcmDataset& dataset) {
    if (!dataset.tagExistsWithValue(DCM_NumberOfFrames)) return 1;
    const std::string value = trimmedText(dicomText(dataset, DCM_NumberOfFrames));
    if (value.empty()) return 1;
    int64_t frames = 0;
    for (char c : value) {
        if (c < '0' || c > '9' || frames > 100000000)
            throw fileError(path, "Number of Frames (0028,0008) is not a whole number (\"" + shownValue(value) + "\")");
        frames = frames * 10 + (c - '0');
    }
    if (frames == 0) throw fileError(path, "Number of Frames (0028,0008) is 0");
    return frames;
}

// Rows, columns and frames (bounded by the options) and samples per pixel.
PixelLayout readFrameShape(const std::string& path, DcmDataset& dataset, const ReadOptions& options) {
    PixelLayout p;
    p.rows = unsignedShort(path, dataset, DCM_Rows, "Rows (0028,0010)", true, 0);
    p.columns = unsignedShort(path, dataset, DCM_Columns, "Columns (0028,0011)", true, 0);
    p.frames = frameCount(path, dataset);
    checkGeometry(path, p.rows, p.columns, p.frames, options);
    p.samples = unsignedShort(path, dataset, DCM_SamplesPerPixel, "Samples per Pixel", false, 1);
    return p;
}

PixelLayout readLayout(const std::string& path, DcmDataset& dataset, const ReadOptions& options) {
    PixelLayout p = readFrameShape(path, dataset, options);
    p.bitsAllocated = unsignedShort(path, dataset, DCM_BitsAllocated, "Bits Allocated (0028,0100)", true, 0);
    p.bitsStored = unsignedShort(path, dataset, DCM_BitsStored, "Bits Stored", false, static_cast<uint16_t>(p.bitsAllocated));
    p.highBit = unsignedShort(path, dataset, DCM_HighBit, "High Bit", false, static_cast<uint16_t>(p.bitsStored - 1));
    p.isSigned = unsignedShort(path, dataset, DCM_PixelRepresentation, "Pixel Representation", false, 0) == 1;
    p.planar = unsignedShort(path, dataset, DCM_PlanarConfiguration, "Planar Configuration", false, 0);
    p.photometric = trimmedText(dicomText(dataset, DCM_PhotometricInterpretation));
    if (p.photometric.empty()) p.photometric = p.samples == 1 ? "MONOCHROME2" : "RGB";

    if (p.samples != 1 && p.samples != 3)
        throw fileError(path, std::to_string(p.samples) + " samples per pixel; 1 (gray) or 3 (colour) are supported");
    if (p.bitsAllocated != 1 && p.bitsAllocated != 8 && p.bitsAllocated != 16 && p.bitsAllocated != 32)
        throw fileError(path, "Bits Allocated is " + std::to_string(p.bitsAllocated) + "; 1, 8, 16 or 32 are supported");
    if (p.bitsStored < 1 || p.bitsStored > p.bitsAllocated)
        throw fileError(path, "Bits Stored (" + std::to_string(p.bitsStored) + ") must be 1 to Bits Allocated ("
                                  + std::to_string(p.bitsAllocated) + ")");
    if (p.highBit < p.bitsStored - 1 || p.highBit >= p.bitsAllocated)
        throw fileError(path, "High Bit (" + std::to_string(p.highBit) + ") does not fit Bits Stored "
                                  + std::to_string(p.bitsStored) + " in Bits Allocated " + std::to_string(p.bitsAllocated));
    const bool monochrome = p.photometric == "MONOCHROME1" || p.photometric == "MONOCHROME2";
    const bool palette = p.photometric == "PALETTE COLOR";
    if (monochrome != (p.samples == 1) && !(palette && p.samples == 1))
        throw fileError(path, "photometric interpretation " + p.photometric + " with " + std::to_string(p.samples)
                                  + " samples per pixel");
    static const char* const kColour[] = {"RGB",    "YBR_FULL",        "YBR_FULL_422",   "YBR_RCT",
                                          "YBR_ICT", "YBR_PARTIAL_422", "YBR_PARTIAL_420"};
    if (palette && p.bitsAllocated != 8 && p.bitsAllocated != 16)
        throw fileError(path, "PALETTE COLOR with " + std::to_string(p.bitsAllocated) + "-bit indices; 8 or 16 are supported");
    if (!monochrome && !palette) {
        if (std::none_of(std::begin(kColour), std::end(kColour), [&](const char* c) { return p.photometric == c; }))
            throw fileError(path, "photometric interpretation \"" + p.photometric.substr(0, 24) + "\" is not supported");
        if (p.bitsAllocated == 1 || p.bitsAllocated == 32)
            throw fileError(path, "colour images with " + std::to_string(p.bitsAllocated) + "-bit samples are not supported");
    }
    if (p.subsampled() && p.columns % 2 != 0) throw fileError(path, "YBR_FULL_422 with an odd number of columns");
    if (p.frameBytes() > kMaxRawFrameBytes)
        throw fileError(path, "one frame would take " + std::to_string(p.frameBytes() >> 20) + " MiB; at most "
                                  + std::to_string(kMaxRawFrameBytes >> 20) + " MiB are accepted");
    return p;
}

void readVoi(const std::string& path, DcmDataset& dataset, const PixelLayout& layout, ImageMetadata& m) {
    m.windows = readWindows(path, dataset);
    const std::string function = trimmedText(dicomText(dataset, DCM_VOILUTFunction));
    if (function == "LINEAR_EXACT" || function == "SIGMOID") m.voiLutFunction = function;
    DcmSequenceOfItems* sequence = nullptr;
    if (dataset.findAndGetSequence(DCM_VOILUTSequence, sequence).good() && sequence) {
        for (unsigned long i = 0; i < sequence->card() && i < 16; ++i)
            m.voiLuts.push_back(readDicomLut(path, *sequence->getItem(i), layout.isSigned, "VOI LUT"));
    }
}

// PALETTE COLOR (PS3.3 C.7.6.3.1.5): each stored index looks up its red, green and blue in three
// LUTs; indices below the first mapped take the first entry, above the last the last entry.
struct Palette {
    VoiLut channel[3];

    static Palette read(const std::string& path, DcmDataset& dataset, const PixelLayout& layout) {
        if (dataset.tagExists(DCM_SegmentedRedPaletteColorLookupTableData) && !dataset.tagExists(DCM_RedPaletteColorLookupTableData))
            throw fileError(path, "PALETTE COLOR with segmented lookup tables is not supported");
        static const DcmTagKey kDescriptors[3] = {DCM_RedPaletteColorLookupTableDescriptor,
                                                  DCM_GreenPaletteColorLookupTableDescriptor,
                                                  DCM_BluePaletteColorLookupTableDescriptor};
        static const DcmTagKey kData[3] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                                           DCM_BluePaletteColorLookupTableData};
        static const char* const kNames[3] = {"the red palette", "the green palette", "the blue palette"};
        Palette out;
        for (int c = 0; c < 3; ++c)
            out.channel[c] = readDicomLut(path, dataset, layout.isSigned, kNames[c], kDescriptors[c], kData[c]);
        if (out.channel[1].bits != out.channel[0].bits || out.channel[2].bits != out.channel[0].bits)
            throw fileError(path, "PALETTE COLOR lookup tables with different entry sizes");
        return out;
    }
    int bits() const { return channel[0].bits; }
    // Indices -> interleaved RGB.
    std::vector<float> apply(const std::vector<float>& indices) const {
        std::vector<float> rgb(indices.size() * 3);
        for (size_t i = 0; i < indices.size(); ++i)
            for (int c = 0; c < 3; ++c) rgb[i * 3 + c] = static_cast<float>(lookUp(channel[c], indices[i]));
        return rgb;
    }
};

// Stored values -> modality values, for one gray frame (values already sign-extended): a modality
// LUT, else rescale slope and intercept, the same for every frame unless an enhanced image's
// functional groups give each frame its own.
struct ModalityTransform {
    std::optional<VoiLut> lut;
    double slope = 1, intercept = 0;
    std::vector<std::pair<double, double>> perFrame;  // slope, intercept of each frame in the file
    void apply(std::vector<float>& values, int64_t frame) const {
        if (lut) {
            for (float& v : values) v = static_cast<float>(lookUp(*lut, v));
            return;
        }
        const auto [a, b] = static_cast<size_t>(frame) < perFrame.size() ? perFrame[static_cast<size_t>(frame)]
                                                                            : std::make_pair(slope, intercept);
        if (a != 1 || b != 0)
            for (float& v : values) v = static_cast<float>(static_cast<double>(v) * a + b);
    }
};

ModalityTransform readModality(const std::string& path, DcmDataset& dataset, const PixelLayout& layout, ImageMetadata& m) {
    ModalityTransform t;
    if (layout.samples != 1) return t;  // the modality transform is for gray images only
    DcmSequenceOfItems* sequence = nullptr;
    if (dataset.findAndGetSequence(DCM_ModalityLUTSequence, sequence).good() && sequence && sequence->card() > 0) {
        t.lut = readDicomLut(path, *sequence->getItem(0), layout.isSigned, "modality LUT");
        m.modalityLutApplied = true;
        m.rescaleType = trimmedText(dicomText(*sequence->getItem(0), DCM_ModalityLUTType));
        return t;
    }
    t.slope = dicomNumber(path, dataset, DCM_RescaleSlope, "Rescale Slope (0028,1053)").value_or(1.0);
    t.intercept = dicomNumber(path, dataset, DCM_RescaleIntercept, "Rescale Intercept (0028,1052)").value_or(0.0);
    if (t.slope == 0) throw fileError(path, "Rescale Slope is 0");
    m.rescaleSlope = t.slope;
    m.rescaleIntercept = t.intercept;
    m.rescaleType = trimmedText(dicomText(dataset, DCM_RescaleType));
    return t;
}

// One raw sample of bitsAllocated bits (8, 16, 32) at index, native byte order in the buffer.
inline uint32_t rawSample(const uint8_t* data, size_t index, int bitsAllocated) {
    switch (bitsAllocated) {
    case 8: return data[index];
    case 16: {
        uint16_t v;
        std::memcpy(&v, data + index * 2, 2);
        return v;
    }
    default: {
        uint32_t v;
        std::memcpy(&v, data + index * 4, 4);
        return v;
    }
    }
}

// Raw bits -> stored value: shift out the bits below the stored ones, mask, sign-extend.
struct StoredValue {
    int shift = 0;
    uint32_t mask = 0;
    uint32_t signBit = 0;
    bool isSigned = false;
    explicit StoredValue(const PixelLayout& p)
        : shift(p.highBit + 1 - p.bitsStored),
          mask(p.bitsStored >= 32 ? 0xFFFFFFFFu : ((1u << p.bitsStored) - 1)),
          signBit(1u << (p.bitsStored - 1)),
          isSigned(p.isSigned) {}
    double operator()(uint32_t raw) const {
        const uint32_t v = (raw >> shift) & mask;
        if (isSigned && (v & signBit)) return static_cast<double>(static_cast<int64_t>(v) - (static_cast<int64_t>(mask) + 1));
        return static_cast<double>(v);
    }
};

void ybrToRgb(std::vector<float>& values, int bits) {
    const double half = std::ldexp(1.0, bits - 1);
    const double top = std::ldexp(1.0, bits) - 1;
    for (size_t i = 0; i + 2 < values.size(); i += 3) {
        const double y = values[i], cb = values[i + 1] - half, cr = values[i + 2] - half;
        const double rgb[3] = {y + 1.402 * cr, y - 0.344136 * cb - 0.714136 * cr, y + 1.772 * cb};
        for (int c = 0; c < 3; ++c) values[i + c] = static_cast<float>(std::clamp(std::round(rgb[c]), 0.0, top));
    }
}

// A decoded frame buffer (native layout of bitsAllocated samples) to values, colour interleaved.
std::vector<float> unpackFrame(const uint8_t* data, const PixelLayout& p, int planar, const std::string& colourModel) {
    const size_t pixels = static_cast<size_t>(p.rows) * p.columns;
    const StoredValue stored(p);
    std::vector<float> values(pixels * p.samples);
    if (colourModel == "YBR_FULL_422") {  // Y1 Y2 Cb Cr for each pair of pixels
        for (size_t pair = 0; pair < pixels / 2; ++pair) {
            const double y1 = stored(rawSample(data, pair * 4, p.bitsAllocated));
            const double y2 = stored(rawSample(data, pair * 4 + 1, p.bitsAllocated));
            const double cb = stored(rawSample(data, pair * 4 + 2, p.bitsAllocated));
            const double cr = stored(rawSample(data, pair * 4 + 3, p.bitsAllocated));
            float* out = values.data() + pair * 6;
            out[0] = static_cast<float>(y1), out[1] = static_cast<float>(cb), out[2] = static_cast<float>(cr);
            out[3] = static_cast<float>(y2), out[4] = static_cast<float>(cb), out[5] = static_cast<float>(cr);
        }
        ybrToRgb(values, p.bitsStored);
        return values;
    }
    for (size_t i = 0; i < pixels; ++i)
        for (int s = 0; s < p.samples; ++s) {
            const size_t source = planar == 1 ? s * pixels + i : i * p.samples + s;
            values[i * p.samples + s] = static_cast<float>(stored(rawSample(data, source, p.bitsAllocated)));
        }
    if (colourModel == "YBR_FULL") ybrToRgb(values, p.bitsStored);
    return values;
}

// 1-bit data: frames follow each other bit by bit, least significant bit first.
std::vector<float> unpackBits(const uint8_t* data, uint64_t firstBit, const PixelLayout& p) {
    const size_t pixels = static_cast<size_t>(p.rows) * p.columns;
    std::vector<float> values(pixels);
    for (size_t i = 0; i < pixels; ++i) {
        const uint64_t bit = firstBit + i;
        values[i] = static_cast<float>((data[bit / 8] >> (bit % 8)) & 1);
    }
    return values;
}

// JPEG 2000 fragments of each frame: a fragment that starts a code stream (SOC marker, or a JP2
// signature box) starts a frame; with one frame, every fragment belongs to it.
std::vector<std::vector<uint8_t>> jpeg2000Frames(const std::string& path, DcmPixelSequence& sequence, int64_t frames,
                                                  int64_t wanted) {
    std::vector<std::vector<uint8_t>> out;
    for (unsigned long i = 1; i < sequence.card(); ++i) {
        DcmPixelItem* item = nullptr;
        if (sequence.getItem(item, i).bad() || !item) break;
        Uint8* bytes = nullptr;
        if (item->getUint8Array(bytes).bad()) throw fileError(path, "a JPEG 2000 fragment cannot be read");
        const size_t length = item->getLength();
        if (length == 0 || !bytes) continue;
        const bool starts = length >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0x4F && bytes[2] == 0xFF && bytes[3] == 0x51)
                                            || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0x0C));
        if (out.empty() || (starts && frames > 1)) {
            if (static_cast<int64_t>(out.size()) == wanted) break;
            out.emplace_back();
        }
        out.back().insert(out.back().end(), bytes, bytes + length);
    }
    return out;
}

ImageMetadata baseMetadata(DcmDataset& dataset, const PixelLayout& p, const DcmXfer& xfer) {
    ImageMetadata m;
    m.format = "DICOM";
    m.modality = trimmedText(dicomText(dataset, DCM_Modality)).substr(0, 16);
    m.photometric = p.photometric;
    m.rows = p.rows;
    m.columns = p.columns;
    m.frames = p.frames;
    m.samplesPerPixel = p.samples;
    m.bitsAllocated = p.bitsAllocated;
    m.bitsStored = p.bitsStored;
    m.isSigned = p.isSigned;
    m.transferSyntaxUid = xfer.getXferID();
    m.transferSyntaxName = xfer.getXferName();
    return m;
}

// Where the image lies: pixel spacing, position, orientation, slice thickness (top level).
void readGeometry(const std::string& path, DcmDataset& dataset, ImageMetadata& m) {
    m.pixelSpacing = dicomNumbers<2>(path, dataset, DCM_PixelSpacing, "Pixel Spacing (0028,0030)");
    m.imagePosition = dicomNumbers<3>(path, dataset, DCM_ImagePositionPatient, "Image Position (0020,0032)");
    m.imageOrientation = dicomNumbers<6>(path, dataset, DCM_ImageOrientationPatient, "Image Orientation (0020,0037)");
    m.sliceThickness = dicomNumber(path, dataset, DCM_SliceThickness, "Slice Thickness (0018,0050)");
}

// Enhanced multi-frame images: each frame's rescale, windows and plane from the functional groups
// (DicomFunctionalGroups.h); the single values of the metadata become frame 1's where the top level
// had none, and the frames get their order along the slice normal.
void readEnhancedFrames(const std::string& path, DcmDataset& dataset, const PixelLayout& layout, ModalityTransform& modality,
                        ImageMetadata& m) {
    FrameFunctionalGroups topLevel;
    topLevel.rescaleSlope = modality.slope;
    topLevel.rescaleIntercept = modality.intercept;
    topLevel.windows = m.windows;
    topLevel.imagePosition = m.imagePosition;
    topLevel.imageOrientation = m.imageOrientation;
    FunctionalGroups groups = readFunctionalGroups(path, dataset, layout.frames, topLevel);
    if (groups.frames.empty()) return;
    m.perFrame = std::move(groups.frames);
    const FrameFunctionalGroups& first = m.perFrame.front();
    if (layout.samples != 1 || modality.lut) {
        // Colour is never rescaled, and a modality LUT replaces any rescale.
        for (FrameFunctionalGroups& f : m.perFrame) f.rescaleSlope = 1, f.rescaleIntercept = 0;
    } else {
        modality.perFrame.reserve(m.perFrame.size());
        for (const FrameFunctionalGroups& f : m.perFrame) modality.perFrame.emplace_back(f.rescaleSlope, f.rescaleIntercept);
        m.rescaleSlope = first.rescaleSlope;
        m.rescaleIntercept = first.rescaleIntercept;
        if (!groups.rescaleType.empty()) m.rescaleType = groups.rescaleType;
    }
    if (m.windows.empty()) m.windows = first.windows;
    if (!m.imagePosition) m.imagePosition = first.imagePosition;
    if (!m.imageOrientation) m.imageOrientation = first.imageOrientation;
    if (!m.pixelSpacing) m.pixelSpacing = groups.pixelSpacing;
    if (!m.sliceThickness) m.sliceThickness = groups.sliceThickness;
    m.frameOrder = framesAlongNormal(m.perFrame);
}

// Frame f of native (not encapsulated) pixel data, whose frames follow each other frameBytes
// apart, into target: only its bytes are read, in this machine's byte order.
void readNativeFrame(const std::string& path, DcmElement& element, uint64_t frameBytes, int64_t f, uint8_t* target,
                     DcmFileCache& cache, const char* what) {
    const uint64_t offset = frameBytes * static_cast<uint64_t>(f);
    if (offset + frameBytes > 0xFFFFFFFFull) throw fileError(path, std::string(what) + " is larger than 4 GiB");
    const OFCondition got =
        element.getPartialValue(target, static_cast<Uint32>(offset), static_cast<Uint32>(frameBytes), &cache);
    if (got.bad()) throw fileError(path, "frame " + std::to_string(f + 1) + " cannot be read (" + got.text() + ")");
}

// Float Pixel Data (7FE0,0008) or Double Float Pixel Data (7FE0,0009), as in Parametric Maps:
// gray values as they are (no rescale; a Real World Value Mapping is not applied), native data only.
MedicalImage readFloatPixelData(const std::string& path, DcmDataset& dataset, const DcmXfer& xfer, const ReadOptions& options) {
    const bool doubles = dataset.tagExists(DCM_DoubleFloatPixelData);
    PixelLayout layout = readFrameShape(path, dataset, options);
    if (layout.samples != 1) throw fileError(path, "float pixel data with " + std::to_string(layout.samples) + " samples per pixel; 1 is supported");
    layout.bitsAllocated = layout.bitsStored = doubles ? 64 : 32;
    layout.isSigned = true;
    layout.photometric = "MONOCHROME2";
    if (xfer.isEncapsulated()) throw fileError(path, "float pixel data in a compressed transfer syntax");

    MedicalImage image;
    image.metadata = baseMetadata(dataset, layout, xfer);
    ImageMetadata& m = image.metadata;
    m.isFloat = true;
    m.windows = readWindows(path, dataset);
    readGeometry(path, dataset, m);
    ModalityTransform none;
    readEnhancedFrames(path, dataset, layout, none, m);
    for (FrameFunctionalGroups& f : m.perFrame) f.rescaleSlope = 1, f.rescaleIntercept = 0;
    m.rescaleSlope = 1, m.rescaleIntercept = 0;

    const FrameRange range = chooseFrames(path, layout.rows, layout.columns, 1, layout.frames, options);
    if (range.count == 0) return image;
    image.firstFrame = range.first;
    // Only the frames asked for are read, as with native integer data.
    const uint64_t pixels = static_cast<uint64_t>(layout.rows) * layout.columns;
    const uint64_t valueBytes = doubles ? 8 : 4, frameBytes = pixels * valueBytes;
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(doubles ? DCM_DoubleFloatPixelData : DCM_FloatPixelData, element).bad() || !element)
        throw fileError(path, "the float pixel data cannot be found");
    const uint64_t length = element->getLength(), neededBytes = frameBytes * static_cast<uint64_t>(layout.frames);
    if (length < neededBytes)
        throw fileError(path, "the float pixel data holds " + std::to_string(length) + " bytes; " + std::to_string(layout.rows)
                                  + " rows x " + std::to_string(layout.columns) + " columns x " + std::to_string(layout.frames)
                                  + " frames x " + std::to_string(valueBytes * 8) + " bits need " + std::to_string(neededBytes));
    DcmFileCache cache;
    std::vector<uint8_t> buffer(static_cast<size_t>(frameBytes));
    for (int64_t f = range.first; f < range.first + range.count; ++f) {
        readNativeFrame(path, *element, frameBytes, f, buffer.data(), cache, "the float pixel data");
        ImageFrame frame;
        frame.rows = layout.rows;
        frame.columns = layout.columns;
        frame.channels = 1;
        frame.values.resize(static_cast<size_t>(pixels));
        for (size_t i = 0; i < pixels; ++i) {
            if (doubles) {
                double v;
                std::memcpy(&v, buffer.data() + i * 8, 8);
                frame.values[i] = static_cast<float>(v);
            } else {
                std::memcpy(&frame.values[i], buffer.data() + i * 4, 4);
            }
        }
        image.frames.push_back(std::move(frame));
    }
    return image;
}

void checkPreambleAndMeta(const std::string& path, DcmFileFormat& file) {
    std::ifstream in(path, std::ios::binary);
    char head[132] = {};
    in.read(head, sizeof head);
    const bool preamble = in.gcount() == 132 && std::memcmp(head + 128, "DICM", 4) == 0;
    DcmMetaInfo* meta = file.getMetaInfo();
    const bool hasMeta = meta && meta->card() > 0;
    if (preamble && !hasMeta) throw fileError(path, "no file meta information after the DICM preamble");
    if (hasMeta && !meta->tagExistsWithValue(DCM_TransferSyntaxUID))
        throw fileError(path, "the file meta information has no transfer syntax (0002,0010)");
}

}  // namespace

MedicalImage readDicomImage(const std::string& path, const ReadOptions& options) {
    ensureDicomToolkitReady();
    DcmFileFormat file;
    // Values longer than 4 KiB (the pixel data) stay on disk until needed: the header is checked
    // before any large allocation, and only the frames asked for are read.
    const OFCondition loaded = file.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, 4096, ERM_autoDetect);
    if (loaded.bad()) throw fileError(path, std::string("damaged or not a DICOM file (") + loaded.text() + ")");
    checkPreambleAndMeta(path, file);
    DcmDataset& dataset = *file.getDataset();
    const E_TransferSyntax xferId = dataset.getOriginalXfer();
    const DcmXfer xfer(xferId);
    if (xferId == EXS_Unknown) throw fileError(path, "unknown transfer syntax");

    if (!dataset.tagExists(DCM_PixelData)) {
        if (dataset.tagExists(DCM_FloatPixelData) || dataset.tagExists(DCM_DoubleFloatPixelData))
            return readFloatPixelData(path, dataset, xfer, options);
        if (!dataset.tagExists(DCM_Rows)) throw fileError(path, "DICOM file without an image (no Rows, no pixel data)");
        throw fileError(path, "DICOM file without pixel data");
    }
    const PixelLayout layout = readLayout(path, dataset, options);
    MedicalImage image;
    image.metadata = baseMetadata(dataset, layout, xfer);
    ImageMetadata& m = image.metadata;
    std::optional<Palette> palette;
    if (layout.photometric == "PALETTE COLOR") {  // read as the RGB it stands for
        palette = Palette::read(path, dataset, layout);
        m.samplesPerPixel = 3;
        m.bitsAllocated = m.bitsStored = palette->bits();
        m.isSigned = false;
    }
    ModalityTransform modality = readModality(path, dataset, layout, m);
    readVoi(path, dataset, layout, m);
    readGeometry(path, dataset, m);
    readEnhancedFrames(path, dataset, layout, modality, m);

    const bool jpeg2000 = xferId == EXS_JPEG2000LosslessOnly || xferId == EXS_JPEG2000 || xferId == EXS_JPEG2000MulticomponentLosslessOnly
                          || xferId == EXS_JPEG2000Multicomponent;
    if (xfer.isEncapsulated() && !jpeg2000 && !DcmCodecList::canChangeCoding(xferId, EXS_LittleEndianExplicit))
        throw fileError(path, std::string("compressed as ") + xfer.getXferName() + ": no decoder for it");
    if (m.photometric == "YBR_RCT" || m.photometric == "YBR_ICT") {
        if (!jpeg2000) throw fileError(path, m.photometric + " outside a JPEG 2000 transfer syntax");
        m.photometric = "RGB";  // OpenJPEG undoes the component transform
    }
    // Partial-range subsampled YCbCr exists only inside lossy JPEG (and MPEG) streams, which
    // DCMTK's decoders turn into full-resolution colour.
    if ((m.photometric == "YBR_PARTIAL_422" || m.photometric == "YBR_PARTIAL_420") &&
        (!xfer.isEncapsulated() || jpeg2000 || xferId == EXS_RLELossless))
        throw fileError(path, m.photometric + " outside a JPEG transfer syntax");

    const FrameRange range = chooseFrames(path, layout.rows, layout.columns, layout.samples, layout.frames, options);
    if (range.count == 0) return image;
    image.firstFrame = range.first;

    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        throw fileError(path, "the pixel data cannot be found");
    auto* pixelData = dynamic_cast<DcmPixelData*>(element);
    if (!pixelData) throw fileError(path, "the pixel data element has an unexpected type");

    auto finishFrame = [&](int64_t f, std::vector<float> values) {
        if (palette) {
            values = palette->apply(values);
            m.photometric = "RGB";
        } else if (layout.samples == 1) {
            modality.apply(values, f);
        }
        ImageFrame frame;
        frame.rows = layout.rows;
        frame.columns = layout.columns;
        frame.channels = palette ? 3 : layout.samples;
        frame.values = std::move(values);
        image.frames.push_back(std::move(frame));
    };

    if (jpeg2000) {
        DcmPixelSequence* sequence = nullptr;
        if (pixelData->getEncapsulatedRepresentation(xferId, nullptr, sequence).bad() || !sequence)
            throw fileError(path, "the JPEG 2000 pixel data is not encapsulated as the transfer syntax says");
        const auto streams = jpeg2000Frames(path, *sequence, layout.frames, range.first + range.count);
        if (static_cast<int64_t>(streams.size()) < range.first + range.count)
            throw fileError(path, "the JPEG 2000 pixel data holds " + std::to_string(streams.size()) + " frames, "
                                      + std::to_string(range.first + range.count) + " needed");
        for (int64_t f = range.first; f < range.first + range.count; ++f) {
            Jpeg2000Frame decoded;
            try {
                decoded = decodeJpeg2000(streams[f].data(), streams[f].size(), layout.rows, layout.columns, layout.samples);
            } catch (const std::exception& e) {
                throw fileError(path, "frame " + std::to_string(f + 1) + ": " + e.what());
            }
            std::vector<float> values(decoded.samples.begin(), decoded.samples.end());
            if (m.photometric == "YBR_FULL") ybrToRgb(values, layout.bitsStored);
            finishFrame(f, std::move(values));
        }
        if (layout.samples == 3) m.photometric = "RGB";
        return image;
    }

    if (xferId == EXS_RLELossless) {
        // One fragment per frame (PS3.5 A.4.2), after the offset table.
        DcmPixelSequence* sequence = nullptr;
        if (pixelData->getEncapsulatedRepresentation(xferId, nullptr, sequence).bad() || !sequence)
            throw fileError(path, "the RLE pixel data is not encapsulated as the transfer syntax says");
        const size_t pixels = static_cast<size_t>(layout.rows) * layout.columns;
        const int bytesPerSample = layout.bitsAllocated / 8;
        if (bytesPerSample < 1) throw fileError(path, "RLE with 1-bit samples is not supported");
        for (int64_t f = range.first; f < range.first + range.count; ++f) {
            DcmPixelItem* item = nullptr;
            if (static_cast<int64_t>(sequence->card()) <= f + 1 || sequence->getItem(item, static_cast<unsigned long>(f + 1)).bad()
                || !item)
                throw fileError(path, "the RLE pixel data holds " + std::to_string(sequence->card() > 0 ? sequence->card() - 1 : 0)
                                          + " fragments; frame " + std::to_string(f + 1) + " is missing");
            Uint8* bytes = nullptr;
            if (item->getUint8Array(bytes).bad() || (!bytes && item->getLength() > 0))
                throw fileError(path, "frame " + std::to_string(f + 1) + " cannot be read");
            std::vector<uint8_t> planes;
            try {
                planes = decodeRleFrame(bytes, item->getLength(), pixels, layout.samples, bytesPerSample);
            } catch (const std::exception& e) {
                throw fileError(path, "frame " + std::to_string(f + 1) + " cannot be decoded (" + e.what() + ")");
            }
            finishFrame(f, unpackFrame(planes.data(), layout, 1, layout.photometric));
        }
        if (layout.samples == 3) m.photometric = "RGB";
        return image;
    }

    if (!xfer.isEncapsulated()) {
        // Native data: its length must hold every frame the header declares.
        const uint64_t needed = (layout.frameBits() * static_cast<uint64_t>(layout.frames) + 7) / 8;
        const uint64_t neededFrames = layout.subsampled() ? layout.frameBytes() * layout.frames : needed;
        const uint64_t length = pixelData->getLength();
        if (length < neededFrames)
            throw fileError(path, "the pixel data holds " + std::to_string(length) + " bytes; " + std::to_string(layout.rows)
                                      + " rows x " + std::to_string(layout.columns) + " columns x "
                                      + std::to_string(layout.frames) + " frames x " + std::to_string(layout.samples)
                                      + " samples x " + std::to_string(layout.bitsAllocated) + " bits need "
                                      + std::to_string(neededFrames));
        if (layout.bitsAllocated == 1) {
            Uint8* bytes = nullptr;
            if (pixelData->getUint8Array(bytes).bad() || !bytes) throw fileError(path, "the pixel data cannot be read");
            const uint64_t frameBits = static_cast<uint64_t>(layout.rows) * layout.columns;
            for (int64_t f = range.first; f < range.first + range.count; ++f)
                finishFrame(f, unpackBits(bytes, frameBits * f, layout));
            return image;
        }
    }

    DcmFileCache cache;
    if (!xfer.isEncapsulated()) {
        // Frames follow each other at the size the header gives; read only those asked for.
        const uint64_t frameBytes = layout.frameBytes();
        std::vector<uint8_t> buffer(static_cast<size_t>(frameBytes + 1));
        for (int64_t f = range.first; f < range.first + range.count; ++f) {
            readNativeFrame(path, *pixelData, frameBytes, f, buffer.data(), cache, "the pixel data");
            finishFrame(f, unpackFrame(buffer.data(), layout, layout.planar, layout.photometric));
        }
        if (layout.samples == 3) m.photometric = "RGB";
        return image;
    }

    Uint32 frameSize = 0;
    if (pixelData->getUncompressedFrameSize(&dataset, frameSize).bad() || frameSize == 0)
        throw fileError(path, "cannot work out the size of a frame");
    const uint64_t decodedBytes = static_cast<uint64_t>(layout.rows) * layout.columns * layout.samples * (layout.bitsAllocated / 8);
    std::vector<uint8_t> buffer(std::max<uint64_t>(frameSize, decodedBytes) + 2);
    Uint32 startFragment = 0;
    for (int64_t f = 0; f < range.first + range.count; ++f) {
        // Compressed frames are found in order, so earlier ones are walked over.
        OFString colourModel;
        const OFCondition got = pixelData->getUncompressedFrame(&dataset, static_cast<Uint32>(f), startFragment, buffer.data(),
                                                                static_cast<Uint32>(buffer.size() & ~size_t(1)), colourModel, &cache);
        if (got.bad())
            throw fileError(path, "frame " + std::to_string(f + 1) + " cannot be decoded (" + got.text() + ")");
        if (f < range.first) continue;
        // Decoders may change the colour model (JPEG: YBR to RGB) and the planar configuration;
        // the dataset then says what the frame buffer holds.
        std::string model = layout.samples == 1 ? layout.photometric : trimmedText(colourModel.c_str());
        if (model.empty()) model = layout.photometric;
        if (model == "YBR_FULL_422" || model == "YBR_PARTIAL_422" || model == "YBR_PARTIAL_420")
            model = "YBR_FULL";  // decoders deliver full resolution
        const int planar = layout.samples == 1 ? 0
                                               : unsignedShort(path, dataset, DCM_PlanarConfiguration, "Planar Configuration",
                                                               false, static_cast<uint16_t>(layout.planar));
        PixelLayout full = layout;
        full.photometric = model;
        finishFrame(f, unpackFrame(buffer.data(), full, planar, model));
    }
    if (layout.samples == 3) m.photometric = "RGB";
    return image;
}

}  // namespace medsynth::io
