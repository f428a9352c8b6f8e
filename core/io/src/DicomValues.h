#pragma once
// Private: DICOM values read with DCMTK the way the pixel reader wants them. Text is trimmed; a DS
// or IS value that is not a number is refused with a one-line reason naming the attribute (and at
// most a short, printable piece of the value: these attributes are numbers, never identifying);
// LUTs (modality, VOI) have their descriptors checked against their data.

#include "medsynth/io/MedicalImage.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace medsynth::io {

std::string dicomText(DcmItem& item, const DcmTagKey& tag, unsigned long index = 0);
std::string trimmedText(std::string value);
// A short, printable piece of a value for a message ("12a?").
std::string shownValue(const std::string& value);

// A DS or IS value as a number; nullopt when absent or empty. Throws IoError naming the attribute
// when it is not a finite number.
std::optional<double> dicomNumber(const std::string& path, DcmItem& item, const DcmTagKey& tag, const char* name,
                                  unsigned long index = 0);

// N numbers of a multi-valued DS (Image Position, Orientation, Pixel Spacing); nullopt when fewer
// than N are present. Throws IoError like dicomNumber.
template <size_t N>
std::optional<std::array<double, N>> dicomNumbers(const std::string& path, DcmItem& item, const DcmTagKey& tag,
                                                  const char* name) {
    DcmElement* element = nullptr;
    if (item.findAndGetElement(tag, element).bad() || !element || element->getVM() < N) return std::nullopt;
    std::array<double, N> values{};
    for (size_t i = 0; i < N; ++i) {
        const auto v = dicomNumber(path, item, tag, name, static_cast<unsigned long>(i));
        if (!v) return std::nullopt;
        values[i] = *v;
    }
    return values;
}

// The item's Window Center / Width pairs (C.11.2.1.2) with their explanations, at most 64; pairs
// with a width below 1 are left out. The item is a data set's top level or a Frame VOI LUT item.
std::vector<VoiWindow> readWindows(const std::string& path, DcmItem& item);

// A LUT (modality or VOI) from an item of its sequence. Throws IoError (what: "VOI LUT" ...).
VoiLut readDicomLut(const std::string& path, DcmItem& item, bool signedFirstMapped, const char* what,
                    const DcmTagKey& descriptorTag = DCM_LUTDescriptor, const DcmTagKey& dataTag = DCM_LUTData);
// The LUT's output for a value: below / above the table, its first / last entry.
double lookUp(const VoiLut& lut, double value);

}  // namespace medsynth::io
