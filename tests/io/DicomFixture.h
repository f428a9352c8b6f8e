#pragma once
// Test-only: builds DICOM files with DCMTK, in any transfer syntax its encoders write, from a
// plain description of the pixel data (so a test knows every value it should read back); or with
// compressed fragments encoded elsewhere (JPEG 2000 through OpenJPEG) as the pixel data.

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <functional>
#include <string>
#include <vector>

// Puts an attribute into a functional group macro of an enhanced multi-frame image: into the
// Shared Functional Groups item when frame < 0, else into the Per-frame item of that frame.
inline void putFunctionalGroup(DcmDataset& d, int frame, const DcmTagKey& macro, const DcmTagKey& tag, const char* value) {
    DcmItem* groups = nullptr;
    DcmItem* item = nullptr;
    d.findOrCreateSequenceItem(frame < 0 ? DCM_SharedFunctionalGroupsSequence : DCM_PerFrameFunctionalGroupsSequence, groups,
                               frame < 0 ? 0 : frame);
    groups->findOrCreateSequenceItem(macro, item, 0);
    item->putAndInsertString(tag, value);
}

struct DicomFixture {
    int rows = 4, columns = 4, frames = 1, samples = 1;
    int bitsAllocated = 16, bitsStored = 16, highBit = 15;
    bool isSigned = false;
    int planar = 0;
    std::string photometric = "MONOCHROME2";
    std::string modality = "OT";
    std::vector<uint16_t> words;   // 16-bit data (also 32-bit data as word pairs)
    std::vector<uint8_t> bytes;    // 8-bit and 1-bit data
    std::string slope, intercept;  // rescale, when not empty
    std::string windowCenter, windowWidth, numberOfFrames;
    std::function<void(DcmDataset&)> extra;  // more attributes
    // Encapsulated pixel data as it is (after an empty offset table), one item per fragment, for
    // an encapsulated syntax: words and bytes are then not used.
    std::vector<std::vector<uint8_t>> fragments;
    E_TransferSyntax syntax = EXS_LittleEndianExplicit;
    const DcmRepresentationParameter* parameter = nullptr;
    bool preamble = true;

    // A signed 16-bit CT, in HU by slope 1 and intercept -1024 (pixel data still to give).
    static DicomFixture signedCt(int rows, int columns) {
        DicomFixture f;
        f.rows = rows;
        f.columns = columns;
        f.isSigned = true;
        f.modality = "CT";
        f.slope = "1";
        f.intercept = "-1024";
        return f;
    }

    // Returns "" or what went wrong.
    std::string write(const std::string& path) const {
        DcmFileFormat file;
        DcmDataset* d = file.getDataset();
        char uid[100];
        d->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
        d->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
        d->putAndInsertString(DCM_Modality, modality.c_str());
        d->putAndInsertString(DCM_PatientName, "MARKER^SECRET");
        d->putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(samples));
        d->putAndInsertString(DCM_PhotometricInterpretation, photometric.c_str());
        if (samples > 1) d->putAndInsertUint16(DCM_PlanarConfiguration, static_cast<Uint16>(planar));
        d->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(rows));
        d->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(columns));
        d->putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(bitsAllocated));
        d->putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(bitsStored));
        d->putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(highBit));
        d->putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
        if (!numberOfFrames.empty()) d->putAndInsertString(DCM_NumberOfFrames, numberOfFrames.c_str());
        else if (frames > 1) d->putAndInsertString(DCM_NumberOfFrames, std::to_string(frames).c_str());
        if (!slope.empty()) d->putAndInsertString(DCM_RescaleSlope, slope.c_str());
        if (!intercept.empty()) d->putAndInsertString(DCM_RescaleIntercept, intercept.c_str());
        if (!windowCenter.empty()) {
            d->putAndInsertString(DCM_WindowCenter, windowCenter.c_str());
            d->putAndInsertString(DCM_WindowWidth, windowWidth.c_str());
        }
        if (extra) extra(*d);
        if (!fragments.empty()) {
            auto* sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
            sequence->insert(new DcmPixelItem(DCM_PixelItemTag));
            for (std::vector<uint8_t> fragment : fragments) {
                if (fragment.size() % 2) fragment.push_back(0);  // items have an even length
                auto* item = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
                item->putUint8Array(fragment.data(), static_cast<unsigned long>(fragment.size()));
                sequence->insert(item);
            }
            auto* pixelData = new DcmPixelData(DCM_PixelData);
            pixelData->putOriginalRepresentation(syntax, nullptr, sequence);
            d->insert(pixelData, true);
            const OFCondition saved = file.saveFile(path.c_str(), syntax);
            return saved.good() ? std::string() : std::string("save: ") + saved.text();
        }
        OFCondition status = bitsAllocated <= 8
            ? d->putAndInsertUint8Array(DCM_PixelData, bytes.data(), static_cast<unsigned long>(bytes.size()))
            : d->putAndInsertUint16Array(DCM_PixelData, words.data(), static_cast<unsigned long>(words.size()));
        if (status.bad()) return std::string("pixel data: ") + status.text();
        if (DcmXfer(syntax).isEncapsulated()) {
            status = d->chooseRepresentation(syntax, parameter);
            if (status.bad()) return std::string("compression: ") + status.text();
            if (!d->canWriteXfer(syntax)) return "cannot write the chosen transfer syntax";
        }
        status = preamble ? file.saveFile(path.c_str(), syntax) : d->saveFile(path.c_str(), syntax);
        return status.good() ? std::string() : std::string("save: ") + status.text();
    }
};
