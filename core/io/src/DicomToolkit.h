#pragma once
// One-time, thread-safe preparation of DCMTK for this library: the decoders for compressed
// transfer syntaxes (JPEG, JPEG-LS, RLE) are registered, and DCMTK's own console logging is
// limited to fatal errors, since every failure reaches the caller as an IoError instead.
// Call before any DCMTK work.

namespace medsynth::io {

void ensureDicomToolkitReady();

}  // namespace medsynth::io
