#include "PreparedDatasetCache.h"

#include "medsynth/engine/Sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>

namespace medsynth::io {
namespace {

namespace fs = std::filesystem;
// Part of every key: raise it whenever reading or preparing gives other images for the same files
// or keeps them in another form (2: PALETTE COLOR and float DICOM read instead of skipped; NaN
// values prepared as black. 3: notes as particulars instead of English text; every frame of multi-frame files;
// colour kept for colour models).
constexpr const char* kMagic = "medsynth.prepared-dataset 3";

fs::path cacheFile(const std::string& folder, const std::string& key) {
    return fs::path(folder) / ("prepared-" + key + ".bin");
}

template <typename T>
void writeArray(std::ofstream& out, const std::vector<T>& values) {
    out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(T)));
}

template <typename T>
bool readArray(std::ifstream& in, std::vector<T>& values, size_t count) {
    values.resize(count);
    in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(count * sizeof(T)));
    return static_cast<size_t>(in.gcount()) == count * sizeof(T);
}

nlohmann::json noteToJson(const DatasetNote& n) {
    return {{"kind", static_cast<int>(n.kind)}, {"rows", static_cast<int>(n.rows)},
            {"seed", n.seed},          {"train", n.train},
            {"validation", n.validation}, {"test", n.test},
            {"groups", n.groups},      {"window", n.window},
            {"applied", n.applied},    {"other_modalities", n.otherModalities},
            {"unused_rows", n.unusedRows}, {"lines", n.lines},
            {"more_lines", n.moreLines}};
}

// nullopt for a note of an unknown kind; throws nlohmann::json::exception for a malformed one.
std::optional<DatasetNote> noteFromJson(const nlohmann::json& j) {
    DatasetNote n;
    const int kind = j.at("kind").get<int>(), rows = j.at("rows").get<int>();
    if (kind < 0 || kind > static_cast<int>(DatasetNote::Kind::LabelRowsUnused) || rows < 0 ||
        rows > static_cast<int>(DatasetNote::Rows::LabelsCsv))
        return std::nullopt;
    n.kind = static_cast<DatasetNote::Kind>(kind);
    n.rows = static_cast<DatasetNote::Rows>(rows);
    n.seed = j.at("seed").get<uint64_t>();
    n.train = j.at("train").get<int>();
    n.validation = j.at("validation").get<int>();
    n.test = j.at("test").get<int>();
    n.groups = j.at("groups").get<int>();
    n.window = j.at("window").get<std::string>();
    n.applied = j.at("applied").get<int>();
    n.otherModalities = j.at("other_modalities").get<std::map<std::string, int>>();
    n.unusedRows = j.at("unused_rows").get<int>();
    n.lines = j.at("lines").get<std::vector<int>>();
    n.moreLines = j.at("more_lines").get<bool>();
    return n;
}

}  // namespace

std::string preparedDatasetKey(const std::string& folder, const std::vector<std::string>& files,
                               const std::string& labelsText, const std::string& optionsText) {
    std::string text = std::string(kMagic) + "\n" + optionsText + "\n";
    for (const std::string& file : files) {
        std::error_code error;
        const auto size = fs::file_size(file, error);
        const auto time = fs::last_write_time(file, error);
        text += fs::path(file).lexically_relative(folder).generic_string() + '\x1f' +
                std::to_string(error ? -1 : static_cast<long long>(size)) + '\x1f' +
                std::to_string(static_cast<long long>(time.time_since_epoch().count())) + '\n';
    }
    if (!labelsText.empty())
        text += "labels " + engine::sha256Hex(reinterpret_cast<const uint8_t*>(labelsText.data()), labelsText.size()) + "\n";
    return engine::sha256Hex(reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

bool readPreparedDataset(const std::string& cacheFolder, const std::string& key, CachedDataset& out) {
    std::ifstream in(cacheFile(cacheFolder, key), std::ios::binary);
    std::string magic, headerLine;
    if (!in || !std::getline(in, magic) || magic != kMagic || !std::getline(in, headerLine)) return false;
    const nlohmann::json header = nlohmann::json::parse(headerLine, nullptr, /*allow_exceptions=*/false);
    if (!header.is_object() || header.value("key", "") != key) return false;
    CachedDataset data;
    engine::ImageSet& images = data.images;
    try {
        images.count = header.at("count").get<int>();
        images.channels = header.at("channels").get<int>();
        images.height = header.at("height").get<int>();
        images.width = header.at("width").get<int>();
        for (const auto& skipped : header.at("skipped"))
            data.skipped.push_back({skipped.at(0).get<size_t>(), skipped.at(1).get<std::string>()});
        for (const auto& entry : header.at("notes")) {
            std::optional<DatasetNote> note = noteFromJson(entry);
            if (!note) return false;
            data.notes.push_back(std::move(*note));
        }
    } catch (const nlohmann::json::exception&) {
        return false;
    }
    if (images.count < 0 || images.channels < 1 || images.height < 1 || images.width < 1) return false;
    const size_t count = static_cast<size_t>(images.count);
    if (!readArray(in, images.values, images.imageSize() * count)) return false;
    if (header.value("labels", false) && !readArray(in, images.labels, count)) return false;
    if (header.value("splits", false) && !readArray(in, images.splits, count)) return false;
    out = std::move(data);
    std::error_code error;  // used now: the last to be evicted
    fs::last_write_time(cacheFile(cacheFolder, key), fs::file_time_type::clock::now(), error);
    return true;
}

namespace {

// Removes the entries used longest ago (oldest modification time) until the rest fit in limitBytes;
// keep is never removed. Entries another program is writing (".tmp") are left alone.
void evictLeastRecentlyUsed(const std::string& cacheFolder, const fs::path& keep, uint64_t limitBytes) {
    struct Entry {
        fs::path path;
        fs::file_time_type used;
        uint64_t bytes = 0;
    };
    std::vector<Entry> entries;
    uint64_t total = 0;
    std::error_code error;
    for (fs::directory_iterator it(cacheFolder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("prepared-", 0) != 0 || it->path().extension() != ".bin") continue;
        std::error_code entryError;
        Entry entry{it->path(), fs::last_write_time(it->path(), entryError), 0};
        entry.bytes = fs::file_size(it->path(), entryError);
        if (entryError) continue;
        total += entry.bytes;
        if (it->path() != keep) entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& entry : entries) {
        if (total <= limitBytes) break;
        std::error_code removeError;
        if (fs::remove(entry.path, removeError)) total -= entry.bytes;
    }
}

}  // namespace

void writePreparedDataset(const std::string& cacheFolder, const std::string& key, const CachedDataset& data,
                          uint64_t limitBytes) {
    std::error_code error;
    fs::create_directories(cacheFolder, error);
    const fs::path file = cacheFile(cacheFolder, key);
    // A name of its own, so two programs filling the same cache do not write into one file.
    const fs::path temporary = file.string() + "." + std::to_string(std::random_device{}()) + ".tmp";
    const engine::ImageSet& images = data.images;
    nlohmann::json skipped = nlohmann::json::array(), notes = nlohmann::json::array();
    for (const CachedDataset::Skipped& s : data.skipped) skipped.push_back({s.file, s.reason});
    for (const DatasetNote& note : data.notes) notes.push_back(noteToJson(note));
    const nlohmann::json header = {{"key", key},
                                   {"count", images.count},
                                   {"channels", images.channels},
                                   {"height", images.height},
                                   {"width", images.width},
                                   {"labels", !images.labels.empty()},
                                   {"splits", !images.splits.empty()},
                                   {"skipped", skipped},
                                   {"notes", notes}};
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << kMagic << '\n' << header.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        writeArray(out, images.values);
        writeArray(out, images.labels);
        writeArray(out, images.splits);
        if (!out.flush()) {
            out.close();
            fs::remove(temporary, error);
            return;
        }
    }
    fs::rename(temporary, file, error);
    if (error) {
        fs::remove(temporary, error);
        return;
    }
    evictLeastRecentlyUsed(cacheFolder, file, limitBytes);
}

}  // namespace medsynth::io
