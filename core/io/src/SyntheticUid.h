#pragma once
// DICOM UIDs for synthetic data, derived deterministically from numbers (seed, size, index, a
// content hash): "2.25." followed by a 128-bit UUID (version 8, RFC 9562) written in decimal, the
// UUID-derived form of ISO/IEC 9834-8 that needs no registered root. The same inputs give the same
// UID, so writing the same phantom twice gives identical files; different inputs practically never
// collide.

#include <cstdint>
#include <initializer_list>
#include <string>

namespace medsynth::io {

std::string syntheticUid(std::initializer_list<uint64_t> parts);

}  // namespace medsynth::io
