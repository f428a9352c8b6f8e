#pragma once
// Reads what the dataset index needs from a DICOM file's header, leaving the pixel data on disk:
// DCMTK parses the whole file but does not load any value longer than a few hundred bytes, so a
// truncated or mislabelled pixel element is still noticed without reading it. Identifying values
// are returned for the index to keep; every failure reason is one line without any DICOM value.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace medsynth::io {

struct DicomHeader {
    // Not identifying.
    std::string modality;
    std::string photometric;
    std::string transferSyntax;
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int samplesPerPixel = 1;
    std::optional<std::array<double, 6>> orientation;  // ImageOrientationPatient
    std::optional<std::array<double, 3>> position;     // ImagePositionPatient
    std::optional<long> instanceNumber;
    // Identifying: kept by the index, never written anywhere.
    std::string patientId;
    std::string issuerOfPatientId;
    std::string patientName;
    std::string studyUid;
    std::string seriesUid;
    std::vector<std::pair<int, std::string>> identifying;      // id in identifyingTags(), value
    std::vector<std::pair<uint32_t, std::string>> privateValues;  // (group << 16 | element), value
};

struct DicomHeaderResult {
    bool ok = false;
    std::string reason;  // when !ok: one line, no DICOM values
    DicomHeader header;
};

DicomHeaderResult readDicomHeader(const std::string& path);

}  // namespace medsynth::io
