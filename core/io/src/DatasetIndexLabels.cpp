// Labels CSV reading for the dataset index: forgiving about the ways spreadsheets write CSV.

#include "medsynth/io/DatasetIndex.h"

#include "FileError.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace medsynth::io {
namespace {

std::string trim(const std::string& value) {
    const size_t first = value.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return value.substr(first, value.find_last_not_of(" \t") - first + 1);
}

std::string lower(std::string value) {
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
    return value;
}

// Splits one record into fields (RFC 4180: quoted fields may hold commas and doubled quotes).
// Returns false when a quote is left open.
bool splitRecord(const std::string& line, std::vector<std::string>& fields) {
    fields.clear();
    std::string field;
    bool quoted = false, wasQuoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { field += '"'; ++i; }
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"' && trim(field).empty()) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == ',') {
            fields.push_back(wasQuoted ? field : trim(field));
            field.clear();
            wasQuoted = false;
        } else if (!(wasQuoted && (c == ' ' || c == '\t'))) {
            field += c;
        }
    }
    fields.push_back(wasQuoted ? field : trim(field));
    return !quoted;
}

bool isHeader(const std::vector<std::string>& fields) {
    static const char* const kFileWords[] = {"file", "filename", "file_name", "path", "image", "name", "filepath"};
    static const char* const kLabelWords[] = {"label", "class", "category", "target", "y"};
    static const char* const kSplitWords[] = {"split", "subset", "set", "partition"};
    const std::string first = lower(fields[0]), second = lower(fields[1]);
    for (const char* w : kFileWords)
        if (first == w) return true;
    for (const char* w : kLabelWords)
        if (second == w) return true;
    if (fields.size() > 2)
        for (const char* w : kSplitWords)
            if (lower(fields[2]) == w) return true;
    return false;
}

// A field as CSV writes it: quoted when it holds a comma, a quote, a line end or edge spaces.
std::string csvField(const std::string& value) {
    const bool quote = value.find_first_of(",\"\r\n") != std::string::npos ||
                       (!value.empty() && (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' ||
                                           value.back() == '\t'));
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

}  // namespace

std::optional<Split> parseSplitName(const std::string& text) {
    const std::string name = lower(trim(text));
    if (name == "train" || name == "training") return Split::Train;
    if (name == "validation" || name == "val" || name == "valid") return Split::Validation;
    if (name == "test" || name == "testing") return Split::Test;
    return std::nullopt;
}

std::vector<LabelRow> readLabelCsv(const std::string& path, std::vector<LabelProblem>* problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw fileError(path, "the labels file cannot be opened");
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);

    std::vector<LabelRow> rows;
    std::vector<std::string> fields;
    std::istringstream lines(text);
    std::string line;
    int number = 0;
    bool firstRecord = true;
    auto problem = [&](const std::string& message) {
        if (problems) problems->push_back({number, message, true});
    };
    while (std::getline(lines, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty()) continue;
        if (!splitRecord(line, fields)) {
            firstRecord = false;
            problem("a quote is not closed");
            continue;
        }
        const bool hasSplit = fields.size() > 2 && !fields[2].empty();
        if (fields.size() < 2 || fields[0].empty() || (fields[1].empty() && !hasSplit)) {
            firstRecord = false;
            problem("expected \"file,label\" or \"file,label,split\"");
            continue;
        }
        const bool first = firstRecord;
        firstRecord = false;
        if (first && isHeader(fields)) continue;  // only the first record may be a header
        LabelRow row{number, fields[0], fields[1], std::nullopt};
        std::replace(row.file.begin(), row.file.end(), '\\', '/');
        while (row.file.compare(0, 2, "./") == 0) row.file.erase(0, 2);
        if (hasSplit) {
            row.split = parseSplitName(fields[2]);
            if (!row.split) {
                problem("the split '" + fields[2] + "' is not train, validation or test; the seeded split is kept");
                if (row.label.empty()) continue;
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string formatLabelCsv(const std::vector<LabelRow>& rows) {
    std::string text = "file,label,split\n";
    for (const LabelRow& row : rows)
        text += csvField(row.file) + ',' + csvField(row.label) + ',' + (row.split ? splitName(*row.split) : "") + '\n';
    return text;
}

void writeLabelCsv(const std::string& path, const std::vector<LabelRow>& rows) {
    namespace fs = std::filesystem;
    const std::string text = formatLabelCsv(rows);
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) throw fileError(path, "cannot be written here (the folder is read-only or missing); save it elsewhere");
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            out.close();
            std::remove(temporary.c_str());
            throw fileError(path, "could not be written completely (is the disk full?); the old file is unchanged");
        }
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
        fs::remove(temporary, error);
        throw fileError(path, "could not replace the old file; it is unchanged");
    }
}

}  // namespace medsynth::io
