// libFuzzer target: the bytes become a file with the format's extension, which readMedicalImage
// reads under tight bounds. An IoError is the expected answer to bad input; a crash, a sanitizer
// report, a hang or any other exception is a bug. Built three times (DICOM, NIfTI, NumPy).
#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/IoError.h"
#include "medsynth/io/MedicalImage.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#if defined(MEDSYNTH_FUZZ_FORMAT_dicom)
static const char* const kExtension = ".dcm";
#elif defined(MEDSYNTH_FUZZ_FORMAT_nifti)
static const char* const kExtension = ".nii";
#else
static const char* const kExtension = ".npz";
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string path = "/tmp/medsynth-fuzz-" + std::to_string(::getpid()) + kExtension;
#if defined(MEDSYNTH_FUZZ_FORMAT_numpy)
    // Half the inputs as .npy, half as .npz, chosen by the first byte (kept in the file).
    const std::string file = size > 0 && (data[0] & 1) ? path.substr(0, path.size() - 4) + ".npy" : path;
#else
    const std::string& file = path;
#endif
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    medsynth::io::ReadOptions options;
    options.maxSide = 512;
    options.maxFileFrames = 64;
    options.maxDecodedBytes = 16u << 20;
    // Half the volumes read slice by slice (as the viewer reads large ones), by the last byte.
    if (size > 0 && (data[size - 1] & 1)) options.wholeVolumeBytes = 0;
    try {
        const medsynth::io::MedicalImage image = medsynth::io::readMedicalImage(file, options);
        for (size_t f = 0; f < image.frames.size(); ++f) {
            (void)medsynth::io::frameStatistics(image.frames[f]);
            (void)medsynth::io::toDisplay(image, f);
        }
    } catch (const medsynth::io::IoError&) {
    }
    std::remove(file.c_str());
    return 0;
}
