#include "DicomValues.h"

#include "FileError.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>

namespace medsynth::io {

std::string dicomText(DcmItem& item, const DcmTagKey& tag, unsigned long index) {
    OFString value;
    if (item.findAndGetOFString(tag, value, index).bad()) return {};
    return std::string(value.c_str());
}

std::string trimmedText(std::string value) {
    const auto notSpace = [](unsigned char c) { return !std::isspace(c) && c != '\0'; };
    value.erase(value.begin(), std::find_if(value.begin(), value.end(), notSpace));
    value.erase(std::find_if(value.rbegin(), value.rend(), notSpace).base(), value.end());
    return value;
}

std::string shownValue(const std::string& value) {
    std::string shown = value.substr(0, 24);
    for (char& c : shown)
        if (!std::isprint(static_cast<unsigned char>(c))) c = '?';
    return shown;
}

std::optional<double> dicomNumber(const std::string& path, DcmItem& item, const DcmTagKey& tag, const char* name,
                                  unsigned long index) {
    if (!item.tagExistsWithValue(tag)) return std::nullopt;
    const std::string value = trimmedText(dicomText(item, tag, index));
    if (value.empty()) return std::nullopt;
    try {
        size_t used = 0;
        const double parsed = std::stod(value, &used);
        if (used == value.size() && std::isfinite(parsed)) return parsed;
    } catch (const std::exception&) {
    }
    throw fileError(path, std::string(name) + " is not a number (\"" + shownValue(value) + "\")");
}

std::vector<VoiWindow> readWindows(const std::string& path, DcmItem& item) {
    std::vector<VoiWindow> windows;
    DcmElement* centers = nullptr;
    DcmElement* widths = nullptr;
    if (item.findAndGetElement(DCM_WindowCenter, centers).bad() || item.findAndGetElement(DCM_WindowWidth, widths).bad()
        || !centers || !widths)
        return windows;
    const unsigned long count = std::min(centers->getVM(), widths->getVM());
    for (unsigned long i = 0; i < count && i < 64; ++i) {
        const auto c = dicomNumber(path, item, DCM_WindowCenter, "Window Center (0028,1050)", i);
        const auto w = dicomNumber(path, item, DCM_WindowWidth, "Window Width (0028,1051)", i);
        if (!c || !w || *w < 1) continue;  // C.11.2.1.2: width >= 1
        windows.push_back({*c, *w, trimmedText(dicomText(item, DCM_WindowCenterWidthExplanation, i))});
    }
    return windows;
}

VoiLut readDicomLut(const std::string& path, DcmItem& item, bool signedFirstMapped, const char* what,
                    const DcmTagKey& descriptorTag, const DcmTagKey& dataTag) {
    Uint16 count = 0, first = 0, bits = 0;
    if (item.findAndGetUint16(descriptorTag, count, 0).bad() || item.findAndGetUint16(descriptorTag, first, 1).bad()
        || item.findAndGetUint16(descriptorTag, bits, 2).bad())
        throw fileError(path, std::string(what) + " without a complete LUT descriptor");
    const size_t entries = count == 0 ? 65536 : count;
    if (bits < 1 || bits > 16) throw fileError(path, std::string(what) + " with " + std::to_string(bits) + "-bit entries");
    const Uint16* words = nullptr;
    unsigned long wordCount = 0;
    if (item.findAndGetUint16Array(dataTag, words, &wordCount).bad() || !words)
        throw fileError(path, std::string(what) + " without LUT data");
    VoiLut lut;
    lut.firstMapped = signedFirstMapped ? static_cast<double>(static_cast<int16_t>(first)) : first;
    lut.bits = bits;
    lut.explanation = trimmedText(dicomText(item, DCM_LUTExplanation));
    lut.entries.resize(entries);
    if (wordCount >= entries) {
        for (size_t i = 0; i < entries; ++i) lut.entries[i] = words[i];
    } else if (bits <= 8 && wordCount * 2 >= entries) {  // 8-bit entries packed two to a word
        for (size_t i = 0; i < entries; ++i) lut.entries[i] = (words[i / 2] >> (8 * (i % 2))) & 0xFF;
    } else {
        throw fileError(path, std::string(what) + " holds " + std::to_string(wordCount) + " entries, its descriptor says "
                                  + std::to_string(entries));
    }
    return lut;
}

double lookUp(const VoiLut& lut, double value) {
    if (lut.entries.empty()) return 0;
    const double index = std::floor(value - lut.firstMapped);
    if (!(index > 0)) return lut.entries.front();  // NaN too
    if (index >= static_cast<double>(lut.entries.size() - 1)) return lut.entries.back();
    return lut.entries[static_cast<size_t>(index)];
}

}  // namespace medsynth::io
