#pragma once
// NpyArray: NumPy .npy files (format versions 1.0, 2.0 and 3.0) as plain data, for feature
// matrices and arrays exchanged with Python tools. Pure C++, no LibTorch.
//
// Reading accepts booleans, signed and unsigned integers of 1, 2, 4 and 8 bytes and 32/64-bit
// floats, in either byte order and in C or Fortran order; the result is always native byte order
// and C (row-major) order. Everything else (object arrays, strings, complex, half floats,
// structured dtypes) is refused with a message, never guessed. Writing produces version 1.0 files
// (2.0 when the header does not fit), native byte order, C order, that numpy.load reads.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace medsynth::engine {

enum class NpyType { Bool, Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Float32, Float64 };

struct NpyArray {
    std::vector<int64_t> shape;
    NpyType type = NpyType::Float64;
    std::vector<uint8_t> bytes;  // native byte order, C (row-major) order, already converted from big-endian / Fortran order

    size_t count() const;                  // product of shape (1 for a 0-d array)
    std::vector<double> toDouble() const;  // every element as double
    std::vector<float> toFloat() const;
};

// Bytes per element of a type (1 for Bool).
size_t npyItemSize(NpyType type);
// NumPy's name of a type: "bool", "int8", ..., "float64".
const char* npyTypeName(NpyType type);

// Parses the bytes of a whole .npy file (format versions 1.0, 2.0, 3.0). `what` names the source in messages.
// Throws std::runtime_error with a one-line reason ("what: ..."): bad magic, truncated header or data,
// unsupported dtype (object, strings, complex, structured), shape product overflow or data larger than maxBytes.
NpyArray parseNpy(const uint8_t* data, size_t size, const std::string& what, size_t maxBytes = size_t(4) << 30);
// Reads the file, then parseNpy. Throws std::runtime_error ("path: ...") when it cannot be read.
NpyArray readNpy(const std::string& path);
// Write values (product of shape of them, C order) as '<f4' / '<f8' (native order on a big-endian
// machine). Throws std::runtime_error when the count does not match the shape or the file cannot be written.
void writeNpy(const std::string& path, const std::vector<int64_t>& shape, const std::vector<float>& values);
void writeNpy(const std::string& path, const std::vector<int64_t>& shape, const std::vector<double>& values);

}  // namespace medsynth::engine
