#pragma once
// The members of a ZIP archive held in memory (what numpy.savez / savez_compressed write):
// stored and deflated members, CRC-checked. ZIP64 archives (over 4 GiB or 65535 members),
// encrypted members and other compression methods are refused with a message. Every size is
// checked against the archive's bounds before anything is allocated or inflated.

#include <cstdint>
#include <string>
#include <vector>

namespace medsynth::io {

struct ZipMember {
    std::string name;
    uint16_t method = 0;  // 0 stored, 8 deflated
    uint32_t crc = 0;
    uint64_t compressedSize = 0;
    uint64_t size = 0;
    uint64_t dataOffset = 0;  // of the member's data in the archive
};

class ZipArchive {
public:
    // Parses the central directory. `what` names the archive in messages. Throws std::runtime_error
    // ("what: reason").
    ZipArchive(std::string bytes, std::string what);

    const std::vector<ZipMember>& members() const { return members_; }
    // The member's bytes; refuses members larger than maxBytes. Throws std::runtime_error.
    std::string extract(const ZipMember& member, uint64_t maxBytes) const;

private:
    [[noreturn]] void fail(const std::string& reason) const;
    std::string bytes_;
    std::string what_;
    std::vector<ZipMember> members_;
};

}  // namespace medsynth::io
