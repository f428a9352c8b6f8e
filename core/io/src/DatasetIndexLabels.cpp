// Labels CSV reading for the dataset index: forgiving about the ways spreadsheets write CSV.

#include "medsynth/io/DatasetIndex.h"

#include "FileError.h"

#include <algorithm>
#include <cctype>
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
    const std::string first = lower(fields[0]), second = lower(fields[1]);
    for (const char* w : kFileWords)
        if (first == w) return true;
    for (const char* w : kLabelWords)
        if (second == w) return true;
    return false;
}

}  // namespace

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
        if (problems) problems->push_back({number, message});
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
        if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) {
            firstRecord = false;
            problem("expected \"file,label\"");
            continue;
        }
        const bool first = firstRecord;
        firstRecord = false;
        if (first && isHeader(fields)) continue;  // only the first record may be a header
        std::string file = fields[0];
        std::replace(file.begin(), file.end(), '\\', '/');
        while (file.compare(0, 2, "./") == 0) file.erase(0, 2);
        rows.push_back({number, file, fields[1]});
    }
    return rows;
}

}  // namespace medsynth::io
