// Writes the seed corpus of the fuzz targets into DIR/dicom, DIR/nifti and DIR/numpy: small valid
// files in the shapes the readers take (DICOM in several transfer syntaxes, multi-frame, colour,
// palette colour, float pixel data;
// a NIfTI volume; .npy arrays and a stored .npz archive).
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <nifti2_io.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

bool writeDicom(const std::string& path, E_TransferSyntax syntax, int samples, int frames, bool isSigned,
                bool enhanced = false) {
    DcmFileFormat file;
    DcmDataset* d = file.getDataset();
    d->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    d->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4");
    d->putAndInsertString(DCM_Modality, "CT");
    d->putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(samples));
    d->putAndInsertString(DCM_PhotometricInterpretation, samples == 3 ? "RGB" : "MONOCHROME2");
    if (samples == 3) d->putAndInsertUint16(DCM_PlanarConfiguration, 0);
    d->putAndInsertUint16(DCM_Rows, 8);
    d->putAndInsertUint16(DCM_Columns, 8);
    if (frames > 1) d->putAndInsertString(DCM_NumberOfFrames, std::to_string(frames).c_str());
    d->putAndInsertString(DCM_RescaleSlope, "1");
    d->putAndInsertString(DCM_RescaleIntercept, "-1024");
    d->putAndInsertString(DCM_WindowCenter, "40");
    d->putAndInsertString(DCM_WindowWidth, "400");
    const int bits = samples == 3 ? 8 : 16;
    d->putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(bits));
    d->putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(bits));
    d->putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(bits - 1));
    d->putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
    const size_t values = static_cast<size_t>(64) * samples * frames;
    if (bits == 8) {
        std::vector<Uint8> bytes(values);
        for (size_t i = 0; i < values; ++i) bytes[i] = static_cast<Uint8>(i * 7);
        d->putAndInsertUint8Array(DCM_PixelData, bytes.data(), static_cast<unsigned long>(values));
    } else {
        std::vector<Uint16> words(values);
        for (size_t i = 0; i < values; ++i) words[i] = static_cast<Uint16>(i * 37);
        d->putAndInsertUint16Array(DCM_PixelData, words.data(), static_cast<unsigned long>(values));
    }
    if (enhanced) {
        // Functional groups (an enhanced multi-frame image): shared rescale and orientation,
        // per-frame positions and windows.
        DcmItem* shared = nullptr;
        d->findOrCreateSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0);
        DcmItem* item = nullptr;
        shared->findOrCreateSequenceItem(DCM_PixelValueTransformationSequence, item, 0);
        item->putAndInsertString(DCM_RescaleSlope, "2");
        item->putAndInsertString(DCM_RescaleIntercept, "-1000");
        shared->findOrCreateSequenceItem(DCM_PlaneOrientationSequence, item, 0);
        item->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        for (int f = 0; f < frames; ++f) {
            DcmItem* perFrame = nullptr;
            d->findOrCreateSequenceItem(DCM_PerFrameFunctionalGroupsSequence, perFrame, f);
            perFrame->findOrCreateSequenceItem(DCM_PlanePositionSequence, item, 0);
            item->putAndInsertString(DCM_ImagePositionPatient, ("0\\0\\" + std::to_string(frames - f)).c_str());
            perFrame->findOrCreateSequenceItem(DCM_FrameVOILUTSequence, item, 0);
            item->putAndInsertString(DCM_WindowCenter, std::to_string(40 * f).c_str());
            item->putAndInsertString(DCM_WindowWidth, "400");
        }
    }
    if (syntax == EXS_RLELossless || syntax == EXS_JPEGLSLossless)
        if (d->chooseRepresentation(syntax, nullptr).bad()) return false;
    return file.saveFile(path.c_str(), syntax).good();
}

// A PALETTE COLOR image (8-bit indices, 16-bit palettes of 16 entries from 4) or a Float Pixel
// Data image (2 frames).
bool writeDicomKind(const std::string& path, bool palette) {
    DcmFileFormat file;
    DcmDataset* d = file.getDataset();
    d->putAndInsertString(DCM_SOPClassUID, palette ? UID_SecondaryCaptureImageStorage : UID_ParametricMapStorage);
    d->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.5");
    d->putAndInsertString(DCM_Modality, palette ? "US" : "MR");
    d->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    d->putAndInsertString(DCM_PhotometricInterpretation, palette ? "PALETTE COLOR" : "MONOCHROME2");
    d->putAndInsertUint16(DCM_Rows, 8);
    d->putAndInsertUint16(DCM_Columns, 8);
    if (palette) {
        d->putAndInsertUint16(DCM_BitsAllocated, 8);
        d->putAndInsertUint16(DCM_BitsStored, 8);
        d->putAndInsertUint16(DCM_HighBit, 7);
        d->putAndInsertUint16(DCM_PixelRepresentation, 0);
        std::vector<Uint8> bytes(64);
        for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<Uint8>(i % 24);
        d->putAndInsertUint8Array(DCM_PixelData, bytes.data(), 64);
        const DcmTagKey descriptors[3] = {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
                                          DCM_BluePaletteColorLookupTableDescriptor};
        const DcmTagKey data[3] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                                   DCM_BluePaletteColorLookupTableData};
        std::vector<Uint16> table(16);
        for (int c = 0; c < 3; ++c) {
            for (size_t i = 0; i < table.size(); ++i) table[i] = static_cast<Uint16>(i * 4096 + c * 100);
            d->putAndInsertUint16Array(descriptors[c], std::vector<Uint16>{16, 4, 16}.data(), 3);
            d->putAndInsertUint16Array(data[c], table.data(), 16);
        }
    } else {
        d->putAndInsertString(DCM_NumberOfFrames, "2");
        d->putAndInsertUint16(DCM_BitsAllocated, 32);
        std::vector<Float32> values(128);
        for (size_t i = 0; i < values.size(); ++i) values[i] = static_cast<Float32>(i) * 0.5f - 10.0f;
        d->putAndInsertFloat32Array(DCM_FloatPixelData, values.data(), 128);
    }
    return file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good();
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string npy(const std::string& descr, const std::string& shape, const std::string& data) {
    std::string header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    header += std::string(118 - header.size() - 1, ' ') + "\n";
    return std::string("\x93NUMPY\x01\x00", 8) + std::string{static_cast<char>(header.size()), 0} + header + data;
}

void put(std::string& out, uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// A ZIP archive of stored members.
std::string zip(const std::vector<std::pair<std::string, std::string>>& members) {
    std::string out, central;
    for (const auto& [name, data] : members) {
        const uint32_t crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
        const uint32_t offset = static_cast<uint32_t>(out.size());
        put(out, 0x04034b50, 4), put(out, 20, 2), put(out, 0, 2), put(out, 0, 2), put(out, 0, 4), put(out, crc, 4);
        put(out, static_cast<uint32_t>(data.size()), 4), put(out, static_cast<uint32_t>(data.size()), 4);
        put(out, static_cast<uint32_t>(name.size()), 2), put(out, 0, 2);
        out += name + data;
        put(central, 0x02014b50, 4), put(central, 20, 2), put(central, 20, 2), put(central, 0, 2), put(central, 0, 2);
        put(central, 0, 4), put(central, crc, 4), put(central, static_cast<uint32_t>(data.size()), 4);
        put(central, static_cast<uint32_t>(data.size()), 4), put(central, static_cast<uint32_t>(name.size()), 2);
        put(central, 0, 2), put(central, 0, 2), put(central, 0, 2), put(central, 0, 2), put(central, 0, 4);
        put(central, offset, 4);
        central += name;
    }
    const uint32_t centralOffset = static_cast<uint32_t>(out.size());
    out += central;
    put(out, 0x06054b50, 4), put(out, 0, 2), put(out, 0, 2), put(out, static_cast<uint32_t>(members.size()), 2);
    put(out, static_cast<uint32_t>(members.size()), 2), put(out, static_cast<uint32_t>(central.size()), 4);
    put(out, centralOffset, 4), put(out, 0, 2);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds DIR\n");
        return 2;
    }
    const std::filesystem::path dir(argv[1]);
    for (const char* sub : {"dicom", "nifti", "numpy"}) std::filesystem::create_directories(dir / sub);
    DcmRLEEncoderRegistration::registerCodecs();
    DJLSEncoderRegistration::registerCodecs();
    bool ok = writeDicom((dir / "dicom/explicit.dcm").string(), EXS_LittleEndianExplicit, 1, 1, true)
              && writeDicom((dir / "dicom/implicit.dcm").string(), EXS_LittleEndianImplicit, 1, 1, false)
              && writeDicom((dir / "dicom/big.dcm").string(), EXS_BigEndianExplicit, 1, 1, true)
              && writeDicom((dir / "dicom/deflated.dcm").string(), EXS_DeflatedLittleEndianExplicit, 1, 1, true)
              && writeDicom((dir / "dicom/rle.dcm").string(), EXS_RLELossless, 1, 3, true)
              && writeDicom((dir / "dicom/jpegls.dcm").string(), EXS_JPEGLSLossless, 1, 1, false)
              && writeDicom((dir / "dicom/rgb.dcm").string(), EXS_LittleEndianExplicit, 3, 2, false)
              && writeDicom((dir / "dicom/enhanced.dcm").string(), EXS_LittleEndianExplicit, 1, 3, true, true)
              && writeDicomKind((dir / "dicom/palette.dcm").string(), true)
              && writeDicomKind((dir / "dicom/float.dcm").string(), false);

    const int64_t dims[8] = {3, 6, 5, 4, 1, 1, 1, 1};
    nifti_image* volume = nifti_make_new_nim(dims, DT_INT16, 1);
    if (volume) {
        for (int64_t i = 0; i < volume->nvox; ++i) static_cast<int16_t*>(volume->data)[i] = static_cast<int16_t>(i * 3 - 20);
        volume->scl_slope = 2;
        volume->scl_inter = 1;
        nifti_set_filenames(volume, (dir / "nifti/volume.nii").string().c_str(), 0, 1);
        nifti_image_write(volume);
        nifti_image_free(volume);
    }
    ok = ok && std::filesystem::exists(dir / "nifti/volume.nii");

    std::string bytes(2 * 4 * 5, '\0');
    for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 5);
    writeBytes((dir / "numpy/stack.npy").string(), npy("|u1", "(2, 4, 5)", bytes));
    std::string words(2 * 3 * 3 * 2, '\0');
    writeBytes((dir / "numpy/gray.npy").string(), npy("<i2", "(3, 3)", words.substr(0, 18)));
    const std::string labels = npy("|u1", "(2, 1)", std::string("\x01\x00", 2));
    writeBytes((dir / "numpy/medmnist.npz").string(),
               zip({{"train_images.npy", npy("|u1", "(2, 4, 5)", bytes)}, {"train_labels.npy", labels}}));
    return ok ? 0 : 1;
}
