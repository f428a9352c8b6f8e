#include "DicomHeader.h"

#include "DicomToolkit.h"
#include "Privacy.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <cmath>
#include <cstdlib>

namespace medsynth::io {
namespace {

// Values longer than this stay on disk (the pixel data above all).
constexpr Uint32 kMaxLoadedValue = 256;
// Rows x columns x frames x samples x bytes per sample beyond this is refused before anything is
// decoded: a header that promises more is damaged or hostile.
constexpr double kMaxPixelBytes = 4.0 * 1024 * 1024 * 1024;
constexpr size_t kMaxPrivateValueChars = 128;

std::string text(DcmItem& item, const DcmTagKey& key) {
    OFString value;
    if (item.findAndGetOFStringArray(key, value).bad()) return {};
    return value.c_str();
}

std::string trimmed(std::string value) {
    const size_t first = value.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
}

// Numbers from a DS/IS value ("1\0\0\0\1\0"), locale-independent; nullopt when any is missing
// or not a finite number.
template <size_t N>
std::optional<std::array<double, N>> decimals(DcmItem& item, const DcmTagKey& key) {
    std::array<double, N> values{};
    for (size_t i = 0; i < N; ++i) {
        Float64 v = 0;
        if (item.findAndGetFloat64(key, v, static_cast<unsigned long>(i)).bad() || !std::isfinite(v)) return std::nullopt;
        values[i] = v;
    }
    return values;
}

std::optional<long> integer(const std::string& value) {
    const std::string t = trimmed(value);
    if (t.empty()) return std::nullopt;
    char* end = nullptr;
    const long parsed = std::strtol(t.c_str(), &end, 10);
    if (!end || *end != '\0') return std::nullopt;
    return parsed;
}

DicomHeaderResult failed(std::string reason) {
    DicomHeaderResult result;
    for (char& c : reason)
        if (c == '\n' || c == '\r') c = ' ';
    result.reason = std::move(reason);
    return result;
}

}  // namespace

DicomHeaderResult readDicomHeader(const std::string& path) {
    ensureDicomToolkitReady();
    DcmFileFormat file;
    const OFCondition status = file.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, kMaxLoadedValue, ERM_autoDetect);
    // DCMTK's condition texts describe the stream ("Premature end of stream"), never values.
    if (status.bad()) return failed(std::string("damaged or not a DICOM file (") + status.text() + ")");
    DcmDataset& data = *file.getDataset();
    DcmMetaInfo& meta = *file.getMetaInfo();

    DicomHeaderResult result;
    DicomHeader& h = result.header;
    Uint16 rows = 0, columns = 0, bitsAllocated = 0, bitsStored = 0, samples = 1;
    if (data.findAndGetUint16(DCM_Rows, rows).bad() || data.findAndGetUint16(DCM_Columns, columns).bad())
        return failed("DICOM file without an image (no Rows/Columns: a DICOMDIR, report or other non-image object)");
    if (!data.tagExists(DCM_PixelData) && !data.tagExists(DCM_FloatPixelData) && !data.tagExists(DCM_DoubleFloatPixelData))
        return failed("DICOM file without pixel data");
    if (rows == 0 || columns == 0) return failed("the image has no pixels (0 rows or columns)");
    data.findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
    data.findAndGetUint16(DCM_BitsStored, bitsStored);
    data.findAndGetUint16(DCM_SamplesPerPixel, samples);
    h.rows = rows;
    h.columns = columns;
    h.bitsAllocated = bitsAllocated;
    h.bitsStored = bitsStored;
    h.samplesPerPixel = samples == 0 ? 1 : samples;

    if (data.tagExists(DCM_NumberOfFrames)) {
        const std::optional<long> frames = integer(text(data, DCM_NumberOfFrames));
        if (!frames) return failed("NumberOfFrames is not a whole number");
        if (*frames < 1) return failed("NumberOfFrames is " + std::to_string(*frames) + "; at least 1 is needed");
        if (*frames > 100000) return failed("NumberOfFrames is " + std::to_string(*frames) + "; at most 100000 is accepted");
        h.frames = static_cast<int>(*frames);
    }
    const double bytesPerSample = bitsAllocated > 8 ? std::ceil(bitsAllocated / 8.0) : 1.0;
    const double pixelBytes = double(rows) * columns * h.frames * h.samplesPerPixel * bytesPerSample;
    if (pixelBytes > kMaxPixelBytes)
        return failed("declares " + std::to_string(rows) + " x " + std::to_string(columns) + " pixels x "
                      + std::to_string(h.frames) + " frames (" + std::to_string(static_cast<long long>(pixelBytes / 1048576))
                      + " MiB); at most 4096 MiB is accepted");

    h.modality = trimmed(text(data, DCM_Modality));
    h.photometric = trimmed(text(data, DCM_PhotometricInterpretation));
    h.transferSyntax = DcmXfer(data.getOriginalXfer()).getXferName();
    h.orientation = decimals<6>(data, DCM_ImageOrientationPatient);
    h.position = decimals<3>(data, DCM_ImagePositionPatient);
    h.instanceNumber = integer(text(data, DCM_InstanceNumber));

    // Identifying values: for grouping and for the reveal button, nothing else.
    const std::vector<IdentifyingTag>& tags = identifyingTags();
    for (size_t id = 0; id < tags.size(); ++id) {
        DcmItem& item = tags[id].key.getGroup() == 0x0002 ? static_cast<DcmItem&>(meta) : static_cast<DcmItem&>(data);
        std::string value = trimmed(text(item, tags[id].key));
        if (!value.empty()) h.identifying.emplace_back(static_cast<int>(id), std::move(value));
    }
    h.patientId = trimmed(text(data, DCM_PatientID));
    h.issuerOfPatientId = trimmed(text(data, DCM_IssuerOfPatientID));
    h.patientName = trimmed(text(data, DCM_PatientName));
    h.studyUid = trimmed(text(data, DCM_StudyInstanceUID));
    h.seriesUid = trimmed(text(data, DCM_SeriesInstanceUID));

    for (unsigned long i = 0; i < data.card(); ++i) {
        DcmElement* element = data.getElement(i);
        if (!element || !element->getTag().isPrivate() || element->ident() == EVR_SQ) continue;
        std::string kept;
        if (element->getLength() > 4096) {  // a private blob: its size is enough to show
            kept = "(" + std::to_string(element->getLength()) + " bytes)";
        } else {
            OFString value;
            if (element->getOFStringArray(value).bad()) continue;
            kept = value.c_str();
        }
        if (kept.size() > kMaxPrivateValueChars) kept.resize(kMaxPrivateValueChars);
        const DcmTagKey& key = element->getTag();
        h.privateValues.emplace_back((static_cast<uint32_t>(key.getGroup()) << 16) | key.getElement(), std::move(kept));
    }
    result.ok = true;
    return result;
}

}  // namespace medsynth::io
