#include "ZipArchive.h"

#include <zlib.h>

#include <stdexcept>

namespace medsynth::io {
namespace {

constexpr uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr uint32_t kCentralEntry = 0x02014b50;
constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kZip64Locator = 0x07064b50;
constexpr size_t kMaxMembers = 4096;

uint32_t le(const std::string& b, uint64_t at, int bytes) {
    uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

}  // namespace

void ZipArchive::fail(const std::string& reason) const { throw std::runtime_error(what_ + ": " + reason); }

ZipArchive::ZipArchive(std::string bytes, std::string what) : bytes_(std::move(bytes)), what_(std::move(what)) {
    const uint64_t size = bytes_.size();
    if (size < 22) fail("too short to be a ZIP archive (.npz)");
    // The end record is in the last 22 + 65535 bytes (its comment is at most 65535 bytes).
    uint64_t end = size - 22;
    const uint64_t lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;
    while (le(bytes_, end, 4) != kEndOfCentralDirectory) {
        if (end == lowest) fail("not a ZIP archive (no end of central directory)");
        --end;
    }
    if (end >= 20 && le(bytes_, end - 20, 4) == kZip64Locator) fail("ZIP64 archives are not supported");
    const uint32_t disk = le(bytes_, end + 4, 2), cdDisk = le(bytes_, end + 6, 2);
    const uint32_t entriesHere = le(bytes_, end + 8, 2), entries = le(bytes_, end + 10, 2);
    const uint64_t cdSize = le(bytes_, end + 12, 4), cdOffset = le(bytes_, end + 16, 4);
    if (entries == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) fail("ZIP64 archives are not supported");
    if (disk != 0 || cdDisk != 0 || entriesHere != entries) fail("multi-part ZIP archives are not supported");
    if (entries > kMaxMembers) fail("more than " + std::to_string(kMaxMembers) + " members");
    if (cdOffset + cdSize > end) fail("the central directory lies outside the archive");

    uint64_t at = cdOffset;
    for (uint32_t i = 0; i < entries; ++i) {
        if (at + 46 > cdOffset + cdSize || le(bytes_, at, 4) != kCentralEntry) fail("damaged central directory");
        const uint32_t flags = le(bytes_, at + 8, 2);
        ZipMember m;
        m.method = static_cast<uint16_t>(le(bytes_, at + 10, 2));
        m.crc = le(bytes_, at + 16, 4);
        m.compressedSize = le(bytes_, at + 20, 4);
        m.size = le(bytes_, at + 24, 4);
        const uint32_t nameLength = le(bytes_, at + 28, 2), extraLength = le(bytes_, at + 30, 2),
                       commentLength = le(bytes_, at + 32, 2);
        const uint64_t localOffset = le(bytes_, at + 42, 4);
        if (at + 46 + nameLength + extraLength + commentLength > cdOffset + cdSize) fail("damaged central directory");
        m.name = bytes_.substr(at + 46, nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if (flags & 0x1) fail("member " + m.name + " is encrypted; encrypted archives are not supported");
        if (m.compressedSize == 0xFFFFFFFF || m.size == 0xFFFFFFFF || localOffset == 0xFFFFFFFF)
            fail("member " + m.name + " needs ZIP64; ZIP64 archives are not supported");
        if (m.method != 0 && m.method != 8)
            fail("member " + m.name + " uses compression method " + std::to_string(m.method) + "; stored or deflated are supported");
        // The local header: its sizes may be ZIP64 placeholders (numpy writes them so); the
        // central directory's are used, the local one only for where the data start.
        if (localOffset + 30 > cdOffset || le(bytes_, localOffset, 4) != kLocalHeader)
            fail("member " + m.name + " has a damaged local header");
        m.dataOffset = localOffset + 30 + le(bytes_, localOffset + 26, 2) + le(bytes_, localOffset + 28, 2);
        if (m.dataOffset + m.compressedSize > cdOffset) fail("member " + m.name + " lies outside the archive");
        if (m.method == 0 && m.compressedSize != m.size) fail("stored member " + m.name + " has inconsistent sizes");
        members_.push_back(std::move(m));
    }
}

std::string ZipArchive::extract(const ZipMember& member, uint64_t maxBytes) const {
    if (member.size > maxBytes)
        fail("member " + member.name + " is " + std::to_string(member.size >> 20) + " MiB; at most "
             + std::to_string(maxBytes >> 20) + " MiB are accepted");
    std::string out;
    if (member.method == 0) {
        out = bytes_.substr(member.dataOffset, member.size);
    } else {
        out.resize(member.size);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) fail("zlib cannot start inflating");
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes_.data() + member.dataOffset));
        z.avail_in = static_cast<uInt>(member.compressedSize);
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        int status = inflate(&z, Z_FINISH);
        const uint64_t produced = z.total_out;
        inflateEnd(&z);
        if (status != Z_STREAM_END || produced != member.size)
            fail("member " + member.name + " cannot be inflated (damaged or sizes wrong)");
    }
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size()));
    if (crc != member.crc) fail("member " + member.name + " fails its CRC check (damaged)");
    return out;
}

}  // namespace medsynth::io
