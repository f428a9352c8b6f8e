#pragma once
// The identifying DICOM attributes the dataset index keeps to itself: the PS3.15 Annex E basic
// confidentiality profile's names, IDs, dates and times, addresses, institutions, physicians,
// operators, devices, UIDs and free-text descriptions that can appear at the top level of an
// image's data set (private elements are handled apart, by their odd group). The index reads
// these for grouping and for the metadata panel's reveal button, and never lets them out
// otherwise (DESIGN.md, Privacy).

#include <dcmtk/dcmdata/dctagkey.h>

#include <vector>

namespace medsynth::io {

struct IdentifyingTag {
    DcmTagKey key;
    const char* keyword;  // DICOM keyword, "PatientName"
};

// In tag order; the position in this list is the id DicomHeader uses.
const std::vector<IdentifyingTag>& identifyingTags();

}  // namespace medsynth::io
