#pragma once
// Writes the engine's procedural brain-MR phantoms to disk: as DICOM (MR Image Storage, 16-bit
// unsigned, window centre/width, synthetic identifiers only, Synthetic Data = YES) or as 8-bit PNG.

#include "medsynth/engine/PhantomGenerator.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace medsynth::io {

enum class PhantomFormat { Dicom, Png };

// Throws IoError.
void writePhantomDicom(const engine::PhantomSlice& slice, int index, uint64_t seed, const std::string& path);
void writePhantomPng(const engine::PhantomSlice& slice, const std::string& path);

// Writes count slices (phantom_0000.dcm / .png ...) into dir, creating it. Returns the files
// written. progress, when set, is called after each file with (done, count).
std::vector<std::string> writePhantomDataset(const std::string& dir, int count, int size, uint64_t seed,
                                             PhantomFormat format,
                                             const std::function<void(int, int)>& progress = {});

}  // namespace medsynth::io
