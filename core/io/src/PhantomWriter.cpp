#include "medsynth/io/PhantomWriter.h"

#include "DicomToolkit.h"
#include "FileError.h"
#include "SyntheticUid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrcs.h>
#include <dcmtk/ofstd/ofstd.h>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace medsynth::io {
namespace {

// A 240 mm field of view whatever the matrix, 5 mm axial slices, T2 spin-echo timings.
constexpr double kFieldOfViewMm = 240.0;
constexpr double kSliceThicknessMm = 5.0;
constexpr int kBitsStored = 12;
constexpr int kMaxStored = (1 << kBitsStored) - 1;

// DICOM decimal strings, independent of the process locale (a Qt application sets LC_NUMERIC
// from the environment, where printf would write "1,875").
std::string decimal(double value) {
    char text[32];
    OFStandard::ftoa(text, sizeof text, value, 0, 0, 8);
    return text;
}

std::string decimals(std::initializer_list<double> values) {
    std::string joined;
    for (double v : values) joined += (joined.empty() ? "" : "\\") + decimal(v);
    return joined;
}

// FNV-1a over the slice's pixel values, for an instance UID that follows the content.
uint64_t pixelHash(const std::vector<Uint16>& pixels) {
    uint64_t hash = 0xCBF29CE484222325ull;
    for (Uint16 p : pixels)
        for (int shift = 0; shift < 16; shift += 8) {
            hash ^= (p >> shift) & 0xFF;
            hash *= 0x100000001B3ull;
        }
    return hash;
}

void checkSlice(const engine::PhantomSlice& slice, const std::string& path) {
    const size_t expected = static_cast<size_t>(slice.size) * std::max(slice.size, 0);
    if (slice.size <= 0 || slice.intensity.size() != expected)
        throw fileError(path, "cannot write an empty or inconsistent phantom slice");
}

class DatasetFiller {
public:
    DatasetFiller(DcmDataset& dataset, const std::string& path) : dataset_(dataset), path_(path) {}
    void put(const DcmTagKey& tag, const std::string& value) {
        check(dataset_.putAndInsertString(tag, value.c_str()));
    }
    void putUint16(const DcmTagKey& tag, Uint16 value) { check(dataset_.putAndInsertUint16(tag, value)); }
    void putPixels(const std::vector<Uint16>& pixels) {
        check(dataset_.putAndInsertUint16Array(DCM_PixelData, pixels.data(), static_cast<unsigned long>(pixels.size())));
    }
    // (0008,001C) Synthetic Data is newer than DCMTK 3.6.7's dictionary: create it with its VR.
    void putSyntheticDataYes() {
        auto* element = new DcmCodeString(DcmTag(0x0008, 0x001C, EVR_CS));
        check(element->putString("YES"));
        check(dataset_.insert(element, true));
    }

private:
    void check(const OFCondition& condition) {
        if (condition.bad()) throw fileError(path_, std::string("cannot build the DICOM data set (") + condition.text() + ")");
    }
    DcmDataset& dataset_;
    const std::string& path_;
};

std::string indexedName(int index, int count, const char* extension) {
    const int digits = std::max(4, static_cast<int>(std::to_string(std::max(count - 1, 0)).size()));
    std::string number = std::to_string(index);
    number.insert(0, static_cast<size_t>(std::max(0, digits - static_cast<int>(number.size()))), '0');
    return "phantom_" + number + extension;
}

}  // namespace

void writePhantomDicom(const engine::PhantomSlice& slice, int index, uint64_t seed, const std::string& path) {
    checkSlice(slice, path);
    ensureDicomToolkitReady();
    std::vector<Uint16> pixels(slice.intensity.size());
    for (size_t i = 0; i < pixels.size(); ++i) {
        const double v = std::clamp(static_cast<double>(slice.intensity[i]), 0.0, 1.0);
        pixels[i] = static_cast<Uint16>(std::lround(v * kMaxStored));
    }
    const auto [lowest, highest] = std::minmax_element(pixels.begin(), pixels.end());
    const double windowWidth = std::max(1, *highest - *lowest + 1);
    const double windowCenter = *lowest + (windowWidth - 1) / 2.0;

    const double spacing = kFieldOfViewMm / slice.size;
    const double corner = -kFieldOfViewMm / 2.0 + spacing / 2.0;  // centre of the first pixel
    const double z = index * kSliceThicknessMm;
    const uint64_t size = static_cast<uint64_t>(slice.size);

    DcmFileFormat file;
    DcmDataset& dataset = *file.getDataset();
    DatasetFiller d(dataset, path);
    // Identity: synthetic values only. Type 2 attributes that could identify a person are
    // present and empty, as the standard allows.
    d.put(DCM_SOPClassUID, UID_MRImageStorage);
    d.put(DCM_SOPInstanceUID, syntheticUid({seed, size, static_cast<uint64_t>(index), pixelHash(pixels)}));
    d.put(DCM_StudyInstanceUID, syntheticUid({seed, 0x5354554459ull}));
    d.put(DCM_SeriesInstanceUID, syntheticUid({seed, size, 0x534552494553ull}));
    d.put(DCM_FrameOfReferenceUID, syntheticUid({seed, size, 0x464F52ull}));
    d.putSyntheticDataYes();
    d.put(DCM_ImageType, "DERIVED\\SECONDARY");
    d.put(DCM_Modality, "MR");
    d.put(DCM_Manufacturer, "MedSynth Workbench");
    d.put(DCM_PatientName, "PHANTOM^DEMO");
    d.put(DCM_PatientID, "PHANTOM-" + std::to_string(seed));
    d.put(DCM_PatientBirthDate, "");
    d.put(DCM_PatientSex, "");
    d.put(DCM_StudyDate, "");
    d.put(DCM_StudyTime, "");
    d.put(DCM_ReferringPhysicianName, "");
    d.put(DCM_StudyID, "");
    d.put(DCM_AccessionNumber, "");
    d.put(DCM_SeriesNumber, "1");
    d.put(DCM_InstanceNumber, std::to_string(index + 1));
    d.put(DCM_PositionReferenceIndicator, "");
    d.put(DCM_BurnedInAnnotation, "NO");

    // MR acquisition (a T2-weighted 2D spin echo, for viewers that expect the MR module).
    d.put(DCM_ScanningSequence, "SE");
    d.put(DCM_SequenceVariant, "NONE");
    d.put(DCM_ScanOptions, "");
    d.put(DCM_MRAcquisitionType, "2D");
    d.put(DCM_RepetitionTime, "4000");
    d.put(DCM_EchoTime, "100");
    d.put(DCM_EchoTrainLength, "");

    // Geometry: axial slices stacked along z by index.
    d.put(DCM_PixelSpacing, decimals({spacing, spacing}));
    d.put(DCM_SliceThickness, decimal(kSliceThicknessMm));
    d.put(DCM_SpacingBetweenSlices, decimal(kSliceThicknessMm));
    d.put(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    d.put(DCM_ImagePositionPatient, decimals({corner, corner, z}));
    d.put(DCM_SliceLocation, decimal(z));

    d.putUint16(DCM_SamplesPerPixel, 1);
    d.put(DCM_PhotometricInterpretation, "MONOCHROME2");
    d.putUint16(DCM_Rows, static_cast<Uint16>(slice.size));
    d.putUint16(DCM_Columns, static_cast<Uint16>(slice.size));
    d.putUint16(DCM_BitsAllocated, 16);
    d.putUint16(DCM_BitsStored, kBitsStored);
    d.putUint16(DCM_HighBit, kBitsStored - 1);
    d.putUint16(DCM_PixelRepresentation, 0);
    d.put(DCM_WindowCenter, decimal(windowCenter));
    d.put(DCM_WindowWidth, decimal(windowWidth));
    d.putPixels(pixels);

    const OFCondition saved = file.saveFile(path.c_str(), EXS_LittleEndianExplicit);
    if (saved.bad()) throw fileError(path, std::string("cannot write the DICOM file (") + saved.text() + ")");
}

void writePhantomPng(const engine::PhantomSlice& slice, const std::string& path) {
    checkSlice(slice, path);
    cv::Mat bytes(slice.size, slice.size, CV_8U);
    for (int row = 0; row < slice.size; ++row)
        for (int col = 0; col < slice.size; ++col) {
            const float v = std::clamp(slice.intensity[static_cast<size_t>(row) * slice.size + col], 0.0f, 1.0f);
            bytes.at<uint8_t>(row, col) = static_cast<uint8_t>(std::lround(v * 255.0f));
        }
    bool written = false;
    std::string reason = "cannot write the PNG file";
    try {
        written = cv::imwrite(path, bytes);
    } catch (const cv::Exception& e) {
        reason += " (" + e.msg + ")";
    }
    if (!written) throw fileError(path, reason);
}

std::vector<std::string> writePhantomDataset(const std::string& dir, int count, int size, uint64_t seed,
                                             PhantomFormat format,
                                             const std::function<void(int, int)>& progress) {
    if (count < 1) throw fileError(dir, "a phantom dataset needs at least one image");
    if (size < 8 || size > 1024) throw fileError(dir, "phantom images must be 8 to 1024 pixels wide");
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error || !std::filesystem::is_directory(dir)) throw fileError(dir, "cannot create the folder (" + error.message() + ")");

    engine::PhantomOptions options;
    options.size = size;
    options.seed = seed;
    const char* extension = format == PhantomFormat::Dicom ? ".dcm" : ".png";
    std::vector<std::string> files;
    std::string labels = "file,label\n";
    for (int i = 0; i < count; ++i) {
        const engine::PhantomSlice slice = engine::generatePhantomSlice(i, options);
        const std::string name = indexedName(i, count, extension);
        const std::string path = (std::filesystem::path(dir) / name).string();
        if (format == PhantomFormat::Dicom) writePhantomDicom(slice, i, seed, path);
        else writePhantomPng(slice, path);
        files.push_back(path);
        labels += name + "," + std::to_string(slice.label) + "\n";
        if (progress) progress(i + 1, count);
    }

    // Labels beside the images, in the "file,label" form DatasetLoader reads back.
    const std::string labelsPath = (std::filesystem::path(dir) / "labels.csv").string();
    std::ofstream out(labelsPath, std::ios::binary | std::ios::trunc);
    out << labels;
    out.close();
    if (!out) throw fileError(labelsPath, "cannot write the labels file");
    return files;
}

}  // namespace medsynth::io
