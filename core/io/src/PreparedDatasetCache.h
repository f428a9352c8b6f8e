#pragma once
// PreparedDatasetCache: a prepared folder (its images as the model's input, labels, splits) kept
// on disk, so that a second run on the same files with the same options reads one file instead
// of decoding every image again. Private to medsynth_io.
//
// The key is a SHA-256 over what decides the prepared set: each image file's path relative to
// the folder, size and modification time (nanoseconds); the labels and splits rows when there
// are any (a CSV's, or the Data page's); the options (channels, size, image limit, preprocessing) and the preparation code's
// version. A changed, added or removed file, or another option, gives another key: a miss, never
// stale data. The cache file is named "prepared-<key>.bin" and holds the key, the shape, the
// values, labels and splits, and for unreadable files their position in the sorted listing and
// the reader's reason, and the notes' particulars: never a path, a file name, a class name or a DICOM value (DESIGN.md,
// Privacy). Written to a temporary file and renamed; a cache that cannot be written or read
// only costs time. The folder is kept under a size limit: after a write, the entries used
// longest ago go first (a hit marks an entry used by touching it).

#include "medsynth/engine/ImageSet.h"
#include "medsynth/io/DatasetLoader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medsynth::io {

struct CachedDataset {
    engine::ImageSet images;
    struct Skipped {
        size_t file = 0;      // index into the sorted file listing
        std::string reason;   // the reader's reason, without the file's name
    };
    std::vector<Skipped> skipped;
    std::vector<DatasetNote> notes;
};

// files: the sorted listing of the folder; labelsText: the labels and splits as formatLabelCsv
// writes them (from a CSV or given), or "".
// optionsText: everything else the preparation depends on, as text.
std::string preparedDatasetKey(const std::string& folder, const std::vector<std::string>& files,
                               const std::string& labelsText, const std::string& optionsText);

// false when there is no valid file for this key.
bool readPreparedDataset(const std::string& cacheFolder, const std::string& key, CachedDataset& out);
// Writes the entry, then removes the least recently used other entries until the cache's
// entries take at most limitBytes (the new one is kept even when it alone is larger).
void writePreparedDataset(const std::string& cacheFolder, const std::string& key, const CachedDataset& data,
                          uint64_t limitBytes);

}  // namespace medsynth::io
