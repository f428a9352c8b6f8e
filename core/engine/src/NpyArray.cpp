#include "medsynth/engine/NpyArray.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <limits>
#include <stdexcept>

namespace medsynth::engine {
namespace {

bool hostIsLittleEndian()
{
    const uint16_t one = 1;
    uint8_t first = 0;
    std::memcpy(&first, &one, 1);
    return first == 1;
}

[[noreturn]] void fail(const std::string& what, const std::string& reason)
{
    throw std::runtime_error(what + ": " + reason);
}

// The header is a Python dict literal written by numpy's repr, for example
// {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }. This reads exactly that grammar
// (string keys; string, True/False and tuple-of-integers values) and nothing more.
class HeaderParser {
public:
    HeaderParser(const std::string& text, const std::string& what) : s_(text), what_(what) {}

    void parse(std::string& descr, bool& fortran, std::vector<int64_t>& shape)
    {
        bool haveDescr = false, haveFortran = false, haveShape = false;
        skipSpace();
        expect('{');
        for (;;) {
            skipSpace();
            if (peek() == '}')
                break;
            const std::string key = stringLiteral();
            skipSpace();
            expect(':');
            skipSpace();
            if (key == "descr") {
                if (peek() != '\'' && peek() != '"')
                    fail(what_, "structured dtypes are not supported (descr is not a simple type string)");
                descr = stringLiteral();
                haveDescr = true;
            } else if (key == "fortran_order") {
                fortran = boolean();
                haveFortran = true;
            } else if (key == "shape") {
                shape = tuple();
                haveShape = true;
            } else {
                fail(what_, "unexpected key '" + key + "' in the header");
            }
            skipSpace();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            skipSpace();
            if (peek() != '}')
                fail(what_, "malformed header: expected ',' or '}' at offset " + std::to_string(pos_));
        }
        ++pos_;
        skipSpace();
        if (pos_ != s_.size())
            fail(what_, "malformed header: text after the closing '}'");
        if (!haveDescr || !haveFortran || !haveShape)
            fail(what_, "header lacks one of 'descr', 'fortran_order' or 'shape'");
    }

private:
    char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
    void skipSpace()
    {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    void expect(char c)
    {
        if (peek() != c)
            fail(what_, std::string("malformed header: expected '") + c + "' at offset " + std::to_string(pos_));
        ++pos_;
    }
    std::string stringLiteral()
    {
        const char quote = peek();
        if (quote != '\'' && quote != '"')
            fail(what_, "malformed header: expected a quoted string at offset " + std::to_string(pos_));
        ++pos_;
        const size_t end = s_.find(quote, pos_);
        if (end == std::string::npos)
            fail(what_, "malformed header: unterminated string");
        std::string value = s_.substr(pos_, end - pos_);
        if (value.find('\\') != std::string::npos)
            fail(what_, "malformed header: escapes in strings are not supported");
        pos_ = end + 1;
        return value;
    }
    bool boolean()
    {
        if (s_.compare(pos_, 4, "True") == 0) {
            pos_ += 4;
            return true;
        }
        if (s_.compare(pos_, 5, "False") == 0) {
            pos_ += 5;
            return false;
        }
        fail(what_, "malformed header: fortran_order must be True or False");
    }
    std::vector<int64_t> tuple()
    {
        std::vector<int64_t> values;
        expect('(');
        for (;;) {
            skipSpace();
            if (peek() == ')')
                break;
            if (!(peek() >= '0' && peek() <= '9'))
                fail(what_, "malformed header: shape must be a tuple of non-negative integers");
            int64_t v = 0;
            while (peek() >= '0' && peek() <= '9') {
                const int digit = peek() - '0';
                if (v > (std::numeric_limits<int64_t>::max() - digit) / 10)
                    fail(what_, "shape dimension too large");
                v = v * 10 + digit;
                ++pos_;
            }
            if (peek() == 'L')  // Python 2 long literals
                ++pos_;
            values.push_back(v);
            skipSpace();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            skipSpace();
            if (peek() != ')')
                fail(what_, "malformed header: expected ',' or ')' in shape");
        }
        ++pos_;
        return values;
    }

    const std::string& s_;
    const std::string& what_;
    size_t pos_ = 0;
};

// descr such as '<f8', '>i2', '|u1', '|b1', '=f4'. Sets the type and whether bytes need swapping.
void decodeDescr(const std::string& descr, const std::string& what, NpyType& type, bool& swap)
{
    if (descr.size() < 2)
        fail(what, "unsupported dtype '" + descr + "'");
    const char order = descr[0];
    std::string code = descr.substr(1);
    if (order != '<' && order != '>' && order != '|' && order != '=')
        fail(what, "unsupported dtype '" + descr + "'");
    static const struct {
        const char* code;
        NpyType type;
    } known[] = {{"b1", NpyType::Bool},    {"?", NpyType::Bool},     {"i1", NpyType::Int8},
                 {"u1", NpyType::UInt8},   {"i2", NpyType::Int16},   {"u2", NpyType::UInt16},
                 {"i4", NpyType::Int32},   {"u4", NpyType::UInt32},  {"i8", NpyType::Int64},
                 {"u8", NpyType::UInt64},  {"f4", NpyType::Float32}, {"f8", NpyType::Float64}};
    for (const auto& k : known) {
        if (code == k.code) {
            type = k.type;
            const bool little = order == '<' || (order == '=' && hostIsLittleEndian());
            const bool big = order == '>' || (order == '=' && !hostIsLittleEndian());
            swap = npyItemSize(type) > 1 && ((little && !hostIsLittleEndian()) || (big && hostIsLittleEndian()));
            if (npyItemSize(type) > 1 && order == '|')
                fail(what, "dtype '" + descr + "' has no byte order");
            return;
        }
    }
    std::string kind;
    switch (code[0]) {
    case 'O': kind = "object arrays"; break;
    case 'S': case 'a': case 'U': kind = "string arrays"; break;
    case 'c': kind = "complex numbers"; break;
    case 'V': kind = "structured or void dtypes"; break;
    case 'M': case 'm': kind = "dates and time deltas"; break;
    case 'f': kind = "floats of this size"; break;
    default: kind = "this dtype";
    }
    fail(what, "unsupported dtype '" + descr + "' (" + kind + " are not supported; use integers, float32 or float64)");
}

template <typename T>
void convertAll(const NpyArray& a, std::vector<T>& out)
{
    const size_t n = a.count();
    out.resize(n);
    const uint8_t* p = a.bytes.data();
    auto each = [&](auto sample) {
        using S = decltype(sample);
        for (size_t i = 0; i < n; ++i) {
            S v;
            std::memcpy(&v, p + i * sizeof(S), sizeof(S));
            out[i] = static_cast<T>(v);
        }
    };
    switch (a.type) {
    case NpyType::Bool:
        for (size_t i = 0; i < n; ++i)
            out[i] = p[i] ? T(1) : T(0);
        break;
    case NpyType::Int8: each(int8_t{}); break;
    case NpyType::UInt8: each(uint8_t{}); break;
    case NpyType::Int16: each(int16_t{}); break;
    case NpyType::UInt16: each(uint16_t{}); break;
    case NpyType::Int32: each(int32_t{}); break;
    case NpyType::UInt32: each(uint32_t{}); break;
    case NpyType::Int64: each(int64_t{}); break;
    case NpyType::UInt64: each(uint64_t{}); break;
    case NpyType::Float32: each(float{}); break;
    case NpyType::Float64: each(double{}); break;
    }
}

template <typename T>
void writeValues(const std::string& path, const std::vector<int64_t>& shape, const std::vector<T>& values,
                 const char* typeCode)
{
    size_t n = 1;
    for (int64_t d : shape) {
        if (d < 0)
            fail(path, "negative dimension in the shape to write");
        n *= static_cast<size_t>(d);
    }
    if (n != values.size())
        fail(path, "shape holds " + std::to_string(n) + " values but " + std::to_string(values.size()) + " were given");
    std::string dict = std::string("{'descr': '") + (hostIsLittleEndian() ? '<' : '>') + typeCode +
                       "', 'fortran_order': False, 'shape': (";
    for (size_t i = 0; i < shape.size(); ++i)
        dict += std::to_string(shape[i]) + (shape.size() == 1 || i + 1 < shape.size() ? "," : "") +
                (i + 1 < shape.size() ? " " : "");
    dict += "), }";
    // The data starts at a multiple of 64 bytes; the header ends with a newline (numpy's own layout).
    const bool v2 = dict.size() + 1 + 10 > 65535;
    const size_t prefix = v2 ? 12 : 10;
    size_t total = prefix + dict.size() + 1;
    total = (total + 63) / 64 * 64;
    dict.append(total - prefix - dict.size() - 1, ' ');
    dict += '\n';
    std::string head("\x93NUMPY", 6);
    head += char(v2 ? 2 : 1);
    head += char(0);
    const uint32_t len = static_cast<uint32_t>(dict.size());
    head += char(len & 0xff);
    head += char((len >> 8) & 0xff);
    if (v2) {
        head += char((len >> 16) & 0xff);
        head += char((len >> 24) & 0xff);
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        fail(path, "cannot open for writing");
    out.write(head.data(), static_cast<std::streamsize>(head.size()));
    out.write(dict.data(), static_cast<std::streamsize>(dict.size()));
    out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(T)));
    out.close();
    if (!out)
        fail(path, "write failed (disk full?)");
}

}  // namespace

size_t npyItemSize(NpyType type)
{
    switch (type) {
    case NpyType::Bool: case NpyType::Int8: case NpyType::UInt8: return 1;
    case NpyType::Int16: case NpyType::UInt16: return 2;
    case NpyType::Int32: case NpyType::UInt32: case NpyType::Float32: return 4;
    case NpyType::Int64: case NpyType::UInt64: case NpyType::Float64: return 8;
    }
    return 1;
}

const char* npyTypeName(NpyType type)
{
    switch (type) {
    case NpyType::Bool: return "bool";
    case NpyType::Int8: return "int8";
    case NpyType::UInt8: return "uint8";
    case NpyType::Int16: return "int16";
    case NpyType::UInt16: return "uint16";
    case NpyType::Int32: return "int32";
    case NpyType::UInt32: return "uint32";
    case NpyType::Int64: return "int64";
    case NpyType::UInt64: return "uint64";
    case NpyType::Float32: return "float32";
    case NpyType::Float64: return "float64";
    }
    return "?";
}

size_t NpyArray::count() const
{
    size_t n = 1;
    for (int64_t d : shape)
        n *= static_cast<size_t>(d);
    return n;
}

std::vector<double> NpyArray::toDouble() const
{
    std::vector<double> out;
    convertAll(*this, out);
    return out;
}

std::vector<float> NpyArray::toFloat() const
{
    std::vector<float> out;
    convertAll(*this, out);
    return out;
}

NpyArray parseNpy(const uint8_t* data, size_t size, const std::string& what, size_t maxBytes)
{
    static const uint8_t magic[6] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
    if (size < 8 || std::memcmp(data, magic, 6) != 0)
        fail(what, "not a NumPy .npy file (bad magic)");
    const int major = data[6];
    if (major < 1 || major > 3)
        fail(what, "unsupported .npy format version " + std::to_string(major) + "." + std::to_string(data[7]));
    const size_t lengthBytes = major == 1 ? 2 : 4;
    if (size < 8 + lengthBytes)
        fail(what, "truncated header");
    size_t headerLength = 0;
    for (size_t i = 0; i < lengthBytes; ++i)
        headerLength |= static_cast<size_t>(data[8 + i]) << (8 * i);
    const size_t dataOffset = 8 + lengthBytes + headerLength;
    if (headerLength > size || dataOffset > size)
        fail(what, "truncated header (" + std::to_string(headerLength) + " header bytes announced, file has " +
                       std::to_string(size) + ")");
    // Version 3.0 allows UTF-8 in the header; the keys and values we accept are ASCII anyway.
    const std::string header(reinterpret_cast<const char*>(data + 8 + lengthBytes), headerLength);

    std::string descr;
    bool fortran = false;
    NpyArray array;
    HeaderParser(header, what).parse(descr, fortran, array.shape);
    bool swap = false;
    decodeDescr(descr, what, array.type, swap);

    const size_t item = npyItemSize(array.type);
    size_t count = 1;
    for (int64_t d : array.shape) {
        const auto ud = static_cast<size_t>(d);
        if (ud != 0 && count > std::numeric_limits<size_t>::max() / ud)
            fail(what, "shape product overflows");
        count *= ud;
    }
    if (count > maxBytes / item)
        fail(what, "data of " + std::to_string(count) + " elements exceeds the limit of " + std::to_string(maxBytes) +
                       " bytes");
    const size_t nbytes = count * item;
    if (size - dataOffset < nbytes)
        fail(what, "truncated data (" + std::to_string(nbytes) + " bytes expected, " +
                       std::to_string(size - dataOffset) + " present)");

    const uint8_t* src = data + dataOffset;
    array.bytes.resize(nbytes);
    if (fortran && array.shape.size() > 1 && count > 0) {
        // Walk the C-order index and read from its Fortran-order position.
        const size_t rank = array.shape.size();
        std::vector<size_t> fstride(rank, 1);
        for (size_t k = 1; k < rank; ++k)
            fstride[k] = fstride[k - 1] * static_cast<size_t>(array.shape[k - 1]);
        std::vector<int64_t> index(rank, 0);
        size_t foffset = 0;
        for (size_t c = 0; c < count; ++c) {
            std::memcpy(array.bytes.data() + c * item, src + foffset * item, item);
            for (size_t k = rank; k-- > 0;) {
                if (++index[k] < array.shape[k]) {
                    foffset += fstride[k];
                    break;
                }
                foffset -= fstride[k] * static_cast<size_t>(array.shape[k] - 1);
                index[k] = 0;
            }
        }
    } else {
        std::memcpy(array.bytes.data(), src, nbytes);
    }
    if (swap)
        for (size_t i = 0; i < count; ++i)
            std::reverse(array.bytes.begin() + static_cast<std::ptrdiff_t>(i * item),
                         array.bytes.begin() + static_cast<std::ptrdiff_t>((i + 1) * item));
    return array;
}

NpyArray readNpy(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(path, "cannot open for reading");
    in.seekg(0, std::ios::end);
    const std::streamoff end = in.tellg();
    if (end < 0)
        fail(path, "cannot read (not a regular file?)");
    in.seekg(0, std::ios::beg);
    std::vector<uint8_t> bytes(static_cast<size_t>(end));
    if (!bytes.empty() && !in.read(reinterpret_cast<char*>(bytes.data()), end))
        fail(path, "read failed");
    return parseNpy(bytes.data(), bytes.size(), path);
}

void writeNpy(const std::string& path, const std::vector<int64_t>& shape, const std::vector<float>& values)
{
    writeValues(path, shape, values, "f4");
}

void writeNpy(const std::string& path, const std::vector<int64_t>& shape, const std::vector<double>& values)
{
    writeValues(path, shape, values, "f8");
}

}  // namespace medsynth::engine
