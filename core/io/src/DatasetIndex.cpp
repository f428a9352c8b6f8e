#include "medsynth/io/DatasetIndex.h"

#include "DicomHeader.h"
#include "FileError.h"
#include "ImageHeaderProbe.h"
#include "Privacy.h"
#include "SliceGeometry.h"
#include "medsynth/io/ImageReader.h"
#include "medsynth/io/MedicalImage.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <thread>
#include <unordered_map>

namespace medsynth::io {

namespace fs = std::filesystem;

struct DatasetIndex::Data {
    bool cancelled = false;
    int filesSeen = 0;
    std::vector<IndexedFile> files;
    std::vector<PatientGroup> groups;
    std::vector<StudyGroup> studies;
    std::vector<SeriesGroup> series;
    std::vector<SkippedFile> skipped;
    std::vector<std::string> classNames;
    std::vector<LabelProblem> labelProblems;
    std::map<std::string, IntensityHistogram> histograms;
    std::string histogramSource;
    std::vector<SkippedFile> decodeProblems;
    // Identifying values per file (empty for non-DICOM files). Never leave the index except
    // through identifyingValues().
    std::vector<std::vector<std::pair<int, std::string>>> identifying;
    std::vector<std::vector<std::pair<uint32_t, std::string>>> privateValues;
};

namespace {

// ---------------------------------------------------------------------------------------------
// Work shared over a few threads; progress and cancellation are handled on the calling thread.

int workerCount(const ScanOptions& options, size_t jobs) {
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const int wanted = options.threads > 0 ? options.threads : static_cast<int>(std::min(hardware, 8u));
    return static_cast<int>(std::max<size_t>(1, std::min<size_t>(static_cast<size_t>(wanted), jobs)));
}

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(); }

// Runs job(i, worker) for i in [0, count) on `threads` threads. Returns false when cancelled.
template <typename Job>
bool runParallel(size_t count, int threads, const std::atomic<bool>* cancel, ScanProgress::Stage stage,
                 const ScanProgressCallback& progress, Job job) {
    std::atomic<size_t> next{0};
    std::atomic<int> finished{0};
    std::atomic<bool> stop{false};
    auto work = [&](int worker, bool report) {
        for (;;) {
            if (stop.load() || isCancelled(cancel)) {
                stop = true;
                return;
            }
            const size_t i = next.fetch_add(1);
            if (i >= count) return;
            job(i, worker);
            const int done = ++finished;
            if (report && progress) progress({stage, done, static_cast<int>(count)});
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t) helpers.emplace_back(work, t, false);
    try {
        work(0, true);
    } catch (...) {  // a progress callback that throws: stop the helpers before leaving
        stop = true;
        for (std::thread& helper : helpers) helper.join();
        throw;
    }
    for (std::thread& helper : helpers) helper.join();
    if (!stop.load() && progress && finished.load() == static_cast<int>(count))
        progress({stage, static_cast<int>(count), static_cast<int>(count)});
    return !stop.load() && !isCancelled(cancel);
}

// ---------------------------------------------------------------------------------------------
// Listing

std::string relativeTo(const fs::path& root, const fs::path& path) {
    const std::string relative = path.lexically_relative(root).generic_string();
    return relative.empty() ? path.filename().generic_string() : relative;
}

bool hasImageExtension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    static const char* const kKnown[] = {".dcm", ".dicom", ".ima", ".nii", ".gz", ".png", ".jpg", ".jpeg",
                                         ".tif", ".tiff", ".bmp", ".npy", ".npz"};
    for (const char* known : kKnown)
        if (ext == known) return true;
    return false;
}

struct Listing {
    std::vector<fs::path> files;
    std::vector<SkippedFile> skipped;
    bool cancelled = false;
};

// Walks the folder depth first. Links to folders are not followed (they can form loops); an
// unreadable sub-folder is reported and the walk goes on.
Listing listFolder(const fs::path& root, const std::atomic<bool>* cancel, const ScanProgressCallback& progress) {
    Listing listing;
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
        const fs::path dir = pending.back();
        pending.pop_back();
        std::error_code error;
        fs::directory_iterator it(dir, error);
        if (error) {
            if (dir == root) throw fileError(root.string(), "the folder cannot be read (" + error.message() + ")");
            listing.skipped.push_back({relativeTo(root, dir), "the folder cannot be read (permissions?)"});
            continue;
        }
        for (; it != fs::directory_iterator(); it.increment(error)) {
            if (error) {
                listing.skipped.push_back({relativeTo(root, dir), "the folder could not be read to the end"});
                break;
            }
            if (isCancelled(cancel)) {
                listing.cancelled = true;
                return listing;
            }
            const fs::path& path = it->path();
            std::error_code statusError;
            const bool isLink = it->is_symlink(statusError);
            const fs::file_status status = fs::status(path, statusError);
            if (fs::is_directory(status)) {
                if (isLink) {
                    listing.skipped.push_back({relativeTo(root, path), "a link to a folder; links to folders are not followed"});
                    continue;
                }
                if (hasImageExtension(path))
                    listing.skipped.push_back({relativeTo(root, path), "is a folder, not an image file (anything inside it is scanned)"});
                pending.push_back(path);
            } else if (fs::is_regular_file(status)) {
                listing.files.push_back(path);
                if (progress && listing.files.size() % 256 == 0)
                    progress({ScanProgress::Stage::Listing, static_cast<int>(listing.files.size()), 0});
            } else if (!fs::exists(status)) {
                listing.skipped.push_back({relativeTo(root, path), "a broken link"});
            } else {
                listing.skipped.push_back({relativeTo(root, path), "not a regular file"});
            }
        }
    }
    std::sort(listing.files.begin(), listing.files.end(),
              [&](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); });
    return listing;
}

// ---------------------------------------------------------------------------------------------
// Probing one file: format, size, and for DICOM the header.

struct Probe {
    bool ok = false;
    std::string reason;
    ImageFormat format = ImageFormat::Dicom;
    int width = 0, height = 0, frames = 1;
    DicomHeader dicom;
    std::vector<std::optional<int64_t>> itemLabels;  // NumPy archives
    std::vector<std::string> labelNotes;             // why an archive's label array was not used
};

int16_t int16At(const unsigned char* p, bool swap) {
    return static_cast<int16_t>(swap ? (p[0] << 8) | p[1] : p[0] | (p[1] << 8));
}

int64_t int64At(const unsigned char* p, bool swap) {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(p[swap ? 7 - i : i]) << (8 * i);
    return static_cast<int64_t>(v);
}

// NIfTI, plain or gzip-compressed (.nii.gz; only the header's first bytes are inflated):
// dim[1] x dim[2] in plane, dim[3] slices.
void probeNifti(const std::string& path, Probe& probe) {
    unsigned char head[80] = {};
    int got = -1;
    if (gzFile file = gzopen(path.c_str(), "rb")) {  // reads plain files as they are
        got = gzread(file, head, sizeof head);
        gzclose(file);
    }
    if (got < static_cast<int>(sizeof head)) {
        probe.ok = false;
        probe.reason = got < 0 ? "NIfTI file could not be read" : "NIfTI file shorter than its header";
        return;
    }
    const uint32_t sizeofHdr = head[0] | (head[1] << 8) | (head[2] << 16) | (uint32_t(head[3]) << 24);
    const bool littleEndianFile = sizeofHdr == 348 || sizeofHdr == 540;
    const bool swap = !littleEndianFile;
    const bool nifti2 = sizeofHdr == 540 || sizeofHdr == 0x1C020000u;
    int64_t dims[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; ++i)
        dims[i] = nifti2 ? int64At(head + 16 + 8 * i, swap) : int16At(head + 40 + 2 * i, swap);
    if (dims[0] < 2 || dims[0] > 7 || dims[1] <= 0 || dims[2] <= 0) {
        probe.ok = false;
        probe.reason = "NIfTI header with invalid dimensions";
        return;
    }
    probe.width = static_cast<int>(std::min<int64_t>(dims[1], INT32_MAX));
    probe.height = static_cast<int>(std::min<int64_t>(dims[2], INT32_MAX));
    probe.frames = dims[0] >= 3 && dims[3] > 0 ? static_cast<int>(std::min<int64_t>(dims[3], INT32_MAX)) : 1;
}

// NumPy .npy: the shape from the header dict. 2-D (H, W); 3-D (H, W, C) when the last axis is 1,
// 3 or 4, else (N, H, W); 4-D (N, H, W, C).
void probeNpy(const std::string& path, Probe& probe) {
    std::ifstream in(path, std::ios::binary);
    unsigned char head[10] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    if (in.gcount() < 10) {
        probe.ok = false;
        probe.reason = "NumPy file shorter than its header";
        return;
    }
    size_t headerLength = head[8] | (head[9] << 8), offset = 10;
    if (head[6] >= 2) {
        unsigned char more[2] = {};
        in.read(reinterpret_cast<char*>(more), 2);
        headerLength |= (size_t(more[0]) << 16) | (size_t(more[1]) << 24);
        offset = 12;
    }
    if (headerLength > 65536) {
        probe.ok = false;
        probe.reason = "NumPy header too long";
        return;
    }
    std::string header(headerLength, '\0');
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(header.data(), static_cast<std::streamsize>(headerLength));
    const size_t shape = header.find("'shape'");
    const size_t open = header.find('(', shape), close = header.find(')', open);
    if (shape == std::string::npos || open == std::string::npos || close == std::string::npos) {
        probe.ok = false;
        probe.reason = "NumPy header without a shape";
        return;
    }
    std::vector<long long> dims;
    const std::string inside = header.substr(open + 1, close - open - 1);
    size_t pos = 0;
    while (pos < inside.size()) {
        while (pos < inside.size() && !std::isdigit(static_cast<unsigned char>(inside[pos]))) ++pos;
        if (pos >= inside.size()) break;
        dims.push_back(std::atoll(inside.c_str() + pos));
        while (pos < inside.size() && std::isdigit(static_cast<unsigned char>(inside[pos]))) ++pos;
    }
    auto clampInt = [](long long v) { return static_cast<int>(std::min<long long>(v, INT32_MAX)); };
    if (dims.size() == 2) {
        probe.height = clampInt(dims[0]);
        probe.width = clampInt(dims[1]);
    } else if (dims.size() == 3 && (dims[2] == 1 || dims[2] == 3 || dims[2] == 4)) {
        probe.height = clampInt(dims[0]);
        probe.width = clampInt(dims[1]);
    } else if (dims.size() == 3 || dims.size() == 4) {
        probe.frames = clampInt(dims[0]);
        probe.height = clampInt(dims[1]);
        probe.width = clampInt(dims[2]);
    }
}

// NumPy archive: its image arrays' geometry and, per item, the class from the label array of
// the same prefix ("train_labels" for "train_images", "labels" for "images").
void probeNpz(const std::string& path, Probe& probe) {
    ReadOptions options;
    options.pixels = false;
    MedicalImage archive;
    try {
        archive = readMedicalImage(path, options);
    } catch (const std::exception& e) {
        const std::string what = e.what();
        const size_t colon = what.find(": ");  // "name: reason" -> the reason
        probe.ok = false;
        probe.reason = colon == std::string::npos ? what : what.substr(colon + 2);
        return;
    }
    probe.width = archive.metadata.columns;
    probe.height = archive.metadata.rows;
    probe.frames = static_cast<int>(std::min<int64_t>(archive.metadata.frames, INT32_MAX));
    probe.itemLabels.assign(static_cast<size_t>(std::max(probe.frames, 0)), std::nullopt);
    auto prefix = [](const std::string& name, const char* suffix) {
        const size_t n = std::strlen(suffix);
        if (name == suffix + 1) return std::string();  // "images" / "labels"
        return name.size() > n && name.compare(name.size() - n, n, suffix) == 0 ? name.substr(0, name.size() - n) : std::string("\x1f");
    };
    for (const LabelArray& labels : archive.labels) {
        const std::string key = prefix(labels.name, "_labels");
        const ArchiveArray* images = nullptr;
        for (const ArchiveArray& a : archive.metadata.arrays)
            if (a.images && prefix(a.name, "_images") == key) images = &a;
        if (!images || images->shape.empty()) {
            probe.labelNotes.push_back("label array " + labels.name + " has no image array of the same name");
            continue;
        }
        const int64_t count = images->shape[0];
        const int64_t columns = labels.shape.size() >= 2 ? labels.shape[1] : 1;
        if (columns != 1 || static_cast<int64_t>(labels.values.size()) != count) {
            probe.labelNotes.push_back("label array " + labels.name + " is not one class per image (multi-label or another length); not used");
            continue;
        }
        for (int64_t i = 0; i < count; ++i)  // a volume's label is each of its slices' label
            for (int64_t slice = 0; slice < images->framesPerItem; ++slice) {
                const int64_t frame = images->firstFrame + i * images->framesPerItem + slice;
                if (frame >= 0 && frame < static_cast<int64_t>(probe.itemLabels.size()))
                    probe.itemLabels[static_cast<size_t>(frame)] = labels.values[static_cast<size_t>(i)];
            }
    }
}

Probe probeFile(const fs::path& path) {
    Probe probe;
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) {
        probe.reason = "the file cannot be read (" + error.message() + ")";
        return probe;
    }
    if (size == 0) {
        probe.reason = "the file is empty";
        return probe;
    }
    const std::string file = path.string();
    {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            probe.reason = "the file cannot be opened (permissions?)";
            return probe;
        }
    }
    const std::optional<ImageFormat> format = detectImageFormat(file);
    if (!format) {
        probe.reason = hasImageExtension(path) ? "not a readable image: damaged, or its content is not what its name says"
                                               : "not an image file (no known format)";
        return probe;
    }
    probe.format = *format;
    probe.ok = true;
    switch (*format) {
    case ImageFormat::Dicom: {
        DicomHeaderResult header = readDicomHeader(file);
        if (!header.ok) {
            probe.ok = false;
            probe.reason = std::move(header.reason);
            return probe;
        }
        probe.dicom = std::move(header.header);
        probe.width = probe.dicom.columns;
        probe.height = probe.dicom.rows;
        probe.frames = probe.dicom.frames;
        break;
    }
    case ImageFormat::Png:
    case ImageFormat::Jpeg:
    case ImageFormat::Tiff:
    case ImageFormat::Bmp:
        if (const auto declared = probeImageDimensions(file)) {
            if (declared->width <= 0 || declared->height <= 0) {
                probe.ok = false;
                probe.reason = "the image has no pixels (0 rows or columns)";
                return probe;
            }
            probe.width = static_cast<int>(std::min<long long>(declared->width, INT32_MAX));
            probe.height = static_cast<int>(std::min<long long>(declared->height, INT32_MAX));
        }
        break;
    case ImageFormat::Nifti: probeNifti(file, probe); break;
    case ImageFormat::Npy: probeNpy(file, probe); break;
    case ImageFormat::Npz: probeNpz(file, probe); break;
    }
    return probe;
}

// ---------------------------------------------------------------------------------------------
// Grouping DICOM files by patient, study and series (keys stay in this function's memory).

std::string folderOf(const std::string& relativePath) {
    const size_t slash = relativePath.rfind('/');
    return slash == std::string::npos ? std::string() : relativePath.substr(0, slash);
}

std::string patientIdentity(const DicomHeader& h, const std::string& folder) {
    if (!h.patientId.empty()) return "id\x1f" + h.issuerOfPatientId + "\x1f" + h.patientId;
    if (!h.patientName.empty()) return "name\x1f" + h.patientName;
    if (!h.studyUid.empty()) return "study\x1f" + h.studyUid;  // one study, one presumed patient
    return "folder\x1f" + folder;
}

// Orders one (sub-)series: by position along the slice normal when every file has a position
// and an orientation, else by instance number when every file has one, else by path. Ties keep
// instance number, then path order.
SliceOrder orderSlices(std::vector<int>& members, const std::vector<const DicomHeader*>& headers) {
    const bool positions = std::all_of(members.begin(), members.end(), [&](int f) {
        return headers[f]->position && headers[f]->orientation;
    });
    const bool instances = std::all_of(members.begin(), members.end(), [&](int f) { return headers[f]->instanceNumber.has_value(); });
    auto instance = [&](int f) { return headers[f]->instanceNumber.value_or(0); };
    if (positions) {
        const std::array<double, 3> normal = sliceNormal(*headers[members.front()]->orientation);
        auto along = [&](int f) { return distanceAlongNormal(normal, *headers[f]->position); };
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            const double da = along(a), db = along(b);
            if (std::fabs(da - db) > 1e-6) return da < db;
            return instance(a) < instance(b);
        });
        return SliceOrder::Position;
    }
    if (instances) {
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return instance(a) < instance(b); });
        return SliceOrder::InstanceNumber;
    }
    return SliceOrder::FilePath;  // members are already in path order
}

void groupDicom(DatasetIndex::Data& d, const std::vector<const DicomHeader*>& headers) {
    std::unordered_map<std::string, int> patientOf, studyOf, seriesOf;
    struct RawSeries {
        int study;
        std::vector<int> files;
    };
    std::vector<RawSeries> rawSeries;
    int patientNumber = 0;
    std::map<int, int> studiesPerPatient, numberOf;  // by group index
    for (size_t f = 0; f < d.files.size(); ++f) {
        const DicomHeader* h = headers[f];
        if (!h) continue;
        const std::string folder = folderOf(d.files[f].path);
        const std::string patient = patientIdentity(*h, folder);
        auto [p, newPatient] = patientOf.emplace(patient, static_cast<int>(d.groups.size()));
        if (newPatient) {
            PatientGroup group;
            group.key = "Patient " + std::to_string(++patientNumber);
            group.dicom = true;
            numberOf[p->second] = patientNumber;
            d.groups.push_back(group);
        }
        const std::string study = patient + "\x1e" + (h->studyUid.empty() ? "folder\x1f" + folder : h->studyUid);
        auto [s, newStudy] = studyOf.emplace(study, static_cast<int>(d.studies.size()));
        if (newStudy) {
            StudyGroup group;
            group.group = p->second;
            group.key = "Study " + std::to_string(numberOf[p->second]) + "." + std::to_string(++studiesPerPatient[p->second]);
            d.studies.push_back(group);
            d.groups[p->second].studies.push_back(s->second);
        }
        const std::string series = study + "\x1e" + (h->seriesUid.empty() ? "folder\x1f" + folder : h->seriesUid);
        auto [r, newSeries] = seriesOf.emplace(series, static_cast<int>(rawSeries.size()));
        if (newSeries) rawSeries.push_back({s->second, {}});
        rawSeries[r->second].files.push_back(static_cast<int>(f));
        d.files[f].group = p->second;
        d.groups[p->second].files.push_back(static_cast<int>(f));
    }

    // Series numbers follow patient, then study, then first appearance.
    std::vector<int> seriesOrder(rawSeries.size());
    for (size_t i = 0; i < seriesOrder.size(); ++i) seriesOrder[i] = static_cast<int>(i);
    std::stable_sort(seriesOrder.begin(), seriesOrder.end(), [&](int a, int b) {
        const StudyGroup& sa = d.studies[rawSeries[a].study];
        const StudyGroup& sb = d.studies[rawSeries[b].study];
        if (sa.group != sb.group) return sa.group < sb.group;
        return rawSeries[a].study < rawSeries[b].study;
    });
    int seriesNumber = 0;
    for (int raw : seriesOrder) {
        const RawSeries& source = rawSeries[raw];
        ++seriesNumber;
        // Parts: one per distinct (size, orientation), in order of first appearance.
        std::vector<std::vector<int>> parts;
        bool sizesDiffer = false, orientationsDiffer = false;
        for (int f : source.files) {
            const DicomHeader& h = *headers[f];
            bool placed = false;
            for (std::vector<int>& part : parts) {
                const DicomHeader& first = *headers[part.front()];
                if (first.rows == h.rows && first.columns == h.columns && sameOrientation(first.orientation, h.orientation)) {
                    part.push_back(f);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                const DicomHeader& first = *headers[source.files.front()];
                sizesDiffer = sizesDiffer || first.rows != h.rows || first.columns != h.columns;
                orientationsDiffer = orientationsDiffer || !sameOrientation(first.orientation, h.orientation);
                parts.push_back({f});
            }
        }
        std::string reason;
        if (sizesDiffer) reason = "image sizes differ";
        if (orientationsDiffer) reason += std::string(reason.empty() ? "" : " and ") + "orientations differ";
        for (size_t part = 0; part < parts.size(); ++part) {
            SeriesGroup group;
            group.key = "Series " + std::to_string(seriesNumber);
            if (parts.size() > 1)
                group.key += " (part " + std::to_string(part + 1) + " of " + std::to_string(parts.size()) + ")";
            group.study = source.study;
            group.group = d.studies[source.study].group;
            group.part = static_cast<int>(part + 1);
            group.parts = static_cast<int>(parts.size());
            group.partReason = parts.size() > 1 ? reason : std::string();
            group.files = parts[part];
            const DicomHeader& first = *headers[group.files.front()];
            group.modality = first.modality;
            group.width = first.columns;
            group.height = first.rows;
            group.order = orderSlices(group.files, headers);
            const int index = static_cast<int>(d.series.size());
            for (int f : group.files) d.files[f].series = index;
            d.studies[source.study].series.push_back(index);
            d.series.push_back(std::move(group));
        }
    }
}

// Non-DICOM files: each file its own group, or one group per folder.
void groupOtherFiles(DatasetIndex::Data& d, bool byFolder) {
    std::unordered_map<std::string, int> groupOf;
    int number = 0;
    for (size_t f = 0; f < d.files.size(); ++f) {
        if (d.files[f].format == ImageFormat::Dicom) continue;
        const std::string key = byFolder ? folderOf(d.files[f].path) : d.files[f].path;
        auto [g, added] = groupOf.emplace(key, static_cast<int>(d.groups.size()));
        if (added) {
            PatientGroup group;
            group.key = "Group " + std::to_string(++number);
            d.groups.push_back(group);
        }
        d.files[f].group = g->second;
        d.groups[g->second].files.push_back(static_cast<int>(f));
    }
}

// ---------------------------------------------------------------------------------------------
// Labels

bool isInteger(const std::string& text) {
    if (text.empty() || text.size() > 18) return false;
    size_t i = text[0] == '-' ? 1 : 0;
    if (i == text.size()) return false;
    for (; i < text.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

// The file each row names (its relative path, or a bare file name that is unique in the folder),
// -1 (and a problem) for rows naming no indexed file.
std::vector<int> matchLabelRows(DatasetIndex::Data& d, const std::vector<LabelRow>& rows) {
    std::vector<int> fileOfRow(rows.size(), -1);
    if (rows.empty()) return fileOfRow;
    std::unordered_map<std::string, int> byPath, byName;
    std::unordered_map<std::string, int> nameCount;
    for (size_t f = 0; f < d.files.size(); ++f) {
        byPath[d.files[f].path] = static_cast<int>(f);
        const std::string name = d.files[f].path.substr(d.files[f].path.rfind('/') + 1);
        byName[name] = static_cast<int>(f);
        ++nameCount[name];
    }
    std::unordered_map<std::string, const SkippedFile*> skipped;
    for (const SkippedFile& s : d.skipped) skipped[s.path] = &s;
    for (size_t r = 0; r < rows.size(); ++r) {
        const LabelRow& row = rows[r];
        int f = -1;
        if (auto it = byPath.find(row.file); it != byPath.end()) f = it->second;
        else if (row.file.find('/') == std::string::npos && nameCount[row.file] == 1) f = byName[row.file];
        if (f < 0) {
            const auto s = skipped.find(row.file);
            d.labelProblems.push_back({row.line, s != skipped.end() ? "'" + row.file + "' was skipped: " + s->second->reason
                                                                     : "'" + row.file + "' is not an image in the folder",
                                       true});
        }
        fileOfRow[r] = f;
    }
    return fileOfRow;
}

void assignLabels(DatasetIndex::Data& d, bool labelsFromFolders, const std::vector<LabelRow>& rows,
                  const std::vector<int>& fileOfRow,
                  const std::vector<std::vector<std::optional<int64_t>>>& archiveLabels) {
    std::vector<std::string> labelText(d.files.size());
    if (labelsFromFolders)
        for (size_t f = 0; f < d.files.size(); ++f) {
            const size_t slash = d.files[f].path.find('/');
            if (slash != std::string::npos) labelText[f] = d.files[f].path.substr(0, slash);
        }
    std::vector<bool> fromCsv(d.files.size(), false);
    for (size_t r = 0; r < rows.size(); ++r) {
        const LabelRow& row = rows[r];
        const int f = fileOfRow[r];
        if (f < 0 || row.label.empty()) continue;
        if (fromCsv[f]) {
            if (labelText[f] != row.label)
                d.labelProblems.push_back({row.line, "'" + row.file + "' is listed again with another label; the first is kept", true});
            continue;
        }
        fromCsv[f] = true;
        labelText[f] = row.label;
    }
    std::set<std::string> names;
    for (const std::string& t : labelText)
        if (!t.empty()) names.insert(t);
    for (const auto& items : archiveLabels)
        for (const auto& value : items)
            if (value) names.insert(std::to_string(*value));
    d.classNames.assign(names.begin(), names.end());
    if (std::all_of(d.classNames.begin(), d.classNames.end(), isInteger))
        std::sort(d.classNames.begin(), d.classNames.end(),
                  [](const std::string& a, const std::string& b) { return std::stoll(a) < std::stoll(b); });
    std::unordered_map<std::string, int> classIndex;
    for (size_t c = 0; c < d.classNames.size(); ++c) classIndex[d.classNames[c]] = static_cast<int>(c);
    for (size_t f = 0; f < d.files.size(); ++f) {
        d.files[f].label = labelText[f].empty() ? -1 : classIndex[labelText[f]];
        if (std::none_of(archiveLabels[f].begin(), archiveLabels[f].end(), [](const auto& v) { return v.has_value(); }))
            continue;
        for (const auto& value : archiveLabels[f])
            d.files[f].itemLabels.push_back(value ? classIndex[std::to_string(*value)] : -1);
    }
}

// ---------------------------------------------------------------------------------------------
// Splits: whole groups, shuffled by the seed, filled in order; a group goes to the split whose
// share of the files its middle falls into, so each split is within one group of its fraction.

void assignSplits(DatasetIndex::Data& d, const SplitFractions& fractions, uint64_t seed) {
    std::vector<int> order(d.groups.size());
    for (size_t g = 0; g < order.size(); ++g) order[g] = static_cast<int>(g);
    // Fisher-Yates with mt19937_64 (fully specified by the standard, unlike std::shuffle's use of
    // it), so a seed gives the same splits with every compiler.
    std::mt19937_64 random(seed);
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);

    const double sum = fractions.train + fractions.validation + fractions.test;
    const double total = static_cast<double>(d.files.size());
    const double trainEnd = total * fractions.train / sum;
    const double validationEnd = total * (fractions.train + fractions.validation) / sum;
    double before = 0;
    for (int g : order) {
        PatientGroup& group = d.groups[g];
        const double middle = before + group.files.size() / 2.0;
        group.split = middle < trainEnd ? Split::Train : middle < validationEnd ? Split::Validation : Split::Test;
        before += static_cast<double>(group.files.size());
        for (int f : group.files) d.files[f].split = group.split;
    }
}

// Splits the rows name win over the seeded ones, for whole groups: the first row naming a file of
// a group decides; rows putting the same group elsewhere become problems.
void applyListedSplits(DatasetIndex::Data& d, const std::vector<LabelRow>& rows, const std::vector<int>& fileOfRow) {
    std::vector<std::optional<Split>> listed(d.groups.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        const LabelRow& row = rows[r];
        if (fileOfRow[r] < 0 || !row.split) continue;
        const int g = d.files[static_cast<size_t>(fileOfRow[r])].group;
        if (g < 0) continue;
        std::optional<Split>& chosen = listed[static_cast<size_t>(g)];
        if (!chosen) chosen = row.split;
        else if (*chosen != *row.split)
            d.labelProblems.push_back({row.line, "'" + row.file + "' is listed in the " + splitName(*row.split) +
                                                     " split, but other images of " + d.groups[static_cast<size_t>(g)].key +
                                                     " are in " + splitName(*chosen) +
                                                     "; a patient stays in one split, so it stays in " + splitName(*chosen),
                                       true});
    }
    for (size_t g = 0; g < d.groups.size(); ++g) {
        if (!listed[g]) continue;
        d.groups[g].split = *listed[g];
        for (int f : d.groups[g].files) d.files[static_cast<size_t>(f)].split = *listed[g];
    }
}

// ---------------------------------------------------------------------------------------------
// Histograms of decoded values.

std::string histogramKey(const IndexedFile& file) {
    if (file.format != ImageFormat::Dicom) return formatName(file.format);
    return file.modality.empty() ? "dicom (no modality)" : file.modality;
}

bool computeHistograms(DatasetIndex::Data& d, const fs::path& root, const ScanOptions& options,
                       const std::atomic<bool>* cancel, const ScanProgressCallback& progress) {
    const size_t count = d.files.size();
    std::vector<int> sample;
    if (options.histogramFiles < 0 || static_cast<size_t>(options.histogramFiles) >= count) {
        for (size_t f = 0; f < count; ++f) sample.push_back(static_cast<int>(f));
    } else {
        for (int i = 0; i < options.histogramFiles; ++i)
            sample.push_back(static_cast<int>(static_cast<size_t>(i) * count / static_cast<size_t>(options.histogramFiles)));
    }
    const int bins = options.histogramBins;
    const int threads = workerCount(options, sample.size());
    // One table per worker, merged at the end: no locking while decoding.
    std::vector<std::map<std::string, IntensityHistogram>> partial(static_cast<size_t>(threads));
    std::vector<std::string> failures(sample.size());
    const bool finished = runParallel(sample.size(), threads, cancel, ScanProgress::Stage::Decoding, progress,
        [&](size_t i, int worker) {
            const IndexedFile& file = d.files[static_cast<size_t>(sample[i])];
            GrayImage image;
            try {
                image = readGrayImage((root / fs::path(file.path)).string());
            } catch (const std::exception& e) {
                const std::string what = e.what();
                const size_t colon = what.find(": ");  // "name: reason" -> the reason
                failures[i] = colon == std::string::npos ? what : what.substr(colon + 2);
                if (failures[i].empty()) failures[i] = "cannot be decoded";
                return;
            }
            for (const std::string& key : {histogramKey(file), std::string("all")}) {
                IntensityHistogram& h = partial[static_cast<size_t>(worker)][key];
                if (h.counts.empty()) h.counts.assign(static_cast<size_t>(bins), 0);
                for (float v : image.values) {
                    if (!std::isfinite(v)) continue;
                    const int bin = std::clamp(static_cast<int>(v * bins), 0, bins - 1);
                    ++h.counts[static_cast<size_t>(bin)];
                }
                h.values += static_cast<long long>(image.values.size());
                ++h.files;
            }
        });
    if (!finished) return false;
    for (const auto& table : partial)
        for (const auto& [key, h] : table) {
            IntensityHistogram& merged = d.histograms[key];
            if (merged.counts.empty()) merged.counts.assign(static_cast<size_t>(bins), 0);
            for (int b = 0; b < bins; ++b) merged.counts[static_cast<size_t>(b)] += h.counts[static_cast<size_t>(b)];
            merged.values += h.values;
            merged.files += h.files;
        }
    int decoded = 0;
    for (size_t i = 0; i < sample.size(); ++i) {
        if (failures[i].empty()) ++decoded;
        else d.decodeProblems.push_back({d.files[static_cast<size_t>(sample[i])].path, failures[i]});
    }
    d.histogramSource = sample.empty() ? std::string("no files decoded for histograms")
        : "values in [0, 1] as decoded for display (the file's own window applied) of "
              + std::string(sample.size() == count ? "every one" : std::to_string(sample.size()) + " evenly spaced")
              + " of the " + std::to_string(count) + " indexed files; " + std::to_string(decoded) + " decoded";
    return true;
}

}  // namespace

// -------------------------------------------------------------------------------------------------

DatasetIndex::DatasetIndex() : data_(std::make_unique<Data>()) {}
DatasetIndex::~DatasetIndex() = default;
DatasetIndex::DatasetIndex(DatasetIndex&&) noexcept = default;
DatasetIndex& DatasetIndex::operator=(DatasetIndex&&) noexcept = default;

DatasetIndex DatasetIndex::scan(const std::string& folder, const ScanOptions& options, const std::atomic<bool>* cancel,
                                const ScanProgressCallback& progress) {
    const SplitFractions& s = options.split;
    for (double v : {s.train, s.validation, s.test})
        if (!std::isfinite(v) || v < 0) throw IoError("split fractions must be zero or positive numbers");
    if (!(s.train + s.validation + s.test > 0)) throw IoError("split fractions must not all be zero");
    if (options.histogramBins < 1 || options.histogramBins > 65536)
        throw IoError("histograms need 1 to 65536 bins");
    const fs::path root(folder);
    std::error_code error;
    if (!fs::exists(root, error)) throw fileError(folder, "no such folder");
    if (!fs::is_directory(root, error)) throw fileError(folder, "is a file, not a folder");

    DatasetIndex index;
    Data& d = *index.data_;
    auto stopped = [&] {
        DatasetIndex cancelled;
        cancelled.data_->cancelled = true;
        return cancelled;
    };

    if (progress) progress({ScanProgress::Stage::Listing, 0, 0});
    Listing listing = listFolder(root, cancel, progress);
    if (listing.cancelled) return stopped();
    d.filesSeen = static_cast<int>(listing.files.size());

    std::vector<Probe> probes(listing.files.size());
    if (!runParallel(listing.files.size(), workerCount(options, listing.files.size()), cancel,
                     ScanProgress::Stage::Reading, progress,
                     [&](size_t i, int) { probes[i] = probeFile(listing.files[i]); }))
        return stopped();

    std::vector<const DicomHeader*> headers;
    std::vector<std::vector<std::optional<int64_t>>> archiveLabels;
    d.skipped = std::move(listing.skipped);
    for (size_t i = 0; i < probes.size(); ++i) {
        Probe& probe = probes[i];
        const std::string path = relativeTo(root, listing.files[i]);
        if (!probe.ok) {
            std::error_code error;  // the labels CSV in use is not a skipped image
            if (options.labelsCsv.empty() || !fs::equivalent(listing.files[i], fs::path(options.labelsCsv), error))
                d.skipped.push_back({path, probe.reason});
            continue;
        }
        IndexedFile file;
        file.path = path;
        file.format = probe.format;
        file.width = probe.width;
        file.height = probe.height;
        file.frames = probe.frames;
        const bool dicom = probe.format == ImageFormat::Dicom;
        if (dicom) {
            file.modality = probe.dicom.modality;
            file.photometric = probe.dicom.photometric;
            file.bitsStored = probe.dicom.bitsStored;
            file.transferSyntax = probe.dicom.transferSyntax;
        }
        archiveLabels.push_back(std::move(probe.itemLabels));
        for (const std::string& note : probe.labelNotes) d.labelProblems.push_back({0, path + ": " + note});
        d.files.push_back(std::move(file));
        headers.push_back(dicom ? &probe.dicom : nullptr);
        d.identifying.push_back(dicom ? std::move(probe.dicom.identifying) : decltype(probe.dicom.identifying){});
        d.privateValues.push_back(dicom ? std::move(probe.dicom.privateValues) : decltype(probe.dicom.privateValues){});
    }
    std::stable_sort(d.skipped.begin(), d.skipped.end(),
                     [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; });

    groupDicom(d, headers);
    groupOtherFiles(d, options.groupOtherFilesByFolder);
    std::vector<LabelRow> csvRows;
    if (!options.labelRows && !options.labelsCsv.empty()) csvRows = readLabelCsv(options.labelsCsv, &d.labelProblems);
    const std::vector<LabelRow>& rows = options.labelRows ? *options.labelRows : csvRows;
    const std::vector<int> fileOfRow = matchLabelRows(d, rows);
    assignLabels(d, options.labelsFromFolders, rows, fileOfRow, archiveLabels);
    assignSplits(d, options.split, options.seed);
    applyListedSplits(d, rows, fileOfRow);
    if (options.histogramFiles != 0 && !d.files.empty()) {
        if (!computeHistograms(d, root, options, cancel, progress)) return stopped();
    } else {
        d.histogramSource = "no files decoded for histograms";
    }
    return index;
}

bool DatasetIndex::cancelled() const { return data_->cancelled; }
const std::vector<IndexedFile>& DatasetIndex::files() const { return data_->files; }
const std::vector<PatientGroup>& DatasetIndex::groups() const { return data_->groups; }
const std::vector<StudyGroup>& DatasetIndex::studies() const { return data_->studies; }
const std::vector<SeriesGroup>& DatasetIndex::series() const { return data_->series; }
const std::vector<SkippedFile>& DatasetIndex::skipped() const { return data_->skipped; }
const std::vector<std::string>& DatasetIndex::classNames() const { return data_->classNames; }
const std::vector<LabelProblem>& DatasetIndex::labelProblems() const { return data_->labelProblems; }
const std::map<std::string, IntensityHistogram>& DatasetIndex::histograms() const { return data_->histograms; }
std::string DatasetIndex::histogramSource() const { return data_->histogramSource; }
const std::vector<SkippedFile>& DatasetIndex::decodeProblems() const { return data_->decodeProblems; }

std::vector<IdentifyingAttribute> DatasetIndex::identifyingValues(int fileIndex) const {
    std::vector<IdentifyingAttribute> values;
    if (fileIndex < 0 || static_cast<size_t>(fileIndex) >= data_->files.size()) return values;
    const std::vector<IdentifyingTag>& tags = identifyingTags();
    char tag[16];
    for (const auto& [id, value] : data_->identifying[static_cast<size_t>(fileIndex)]) {
        const DcmTagKey& key = tags[static_cast<size_t>(id)].key;
        std::snprintf(tag, sizeof tag, "(%04X,%04X)", key.getGroup(), key.getElement());
        values.push_back({tag, tags[static_cast<size_t>(id)].keyword, MaskedValue(value)});
    }
    for (const auto& [key, value] : data_->privateValues[static_cast<size_t>(fileIndex)]) {
        std::snprintf(tag, sizeof tag, "(%04X,%04X)", key >> 16, key & 0xFFFF);
        values.push_back({tag, "PrivateTag", MaskedValue(value)});
    }
    return values;
}

DatasetSummary DatasetIndex::summary() const {
    const Data& d = *data_;
    DatasetSummary s;
    s.filesSeen = d.filesSeen;
    s.indexed = static_cast<int>(d.files.size());
    s.skipped = static_cast<int>(d.skipped.size());
    s.groups = static_cast<int>(d.groups.size());
    s.patients = static_cast<int>(std::count_if(d.groups.begin(), d.groups.end(), [](const PatientGroup& g) { return g.dicom; }));
    s.studies = static_cast<int>(d.studies.size());
    s.series = static_cast<int>(d.series.size());
    for (Split split : {Split::Train, Split::Validation, Split::Test}) s.perSplit[splitName(split)] = 0;
    bool first = true;
    for (const IndexedFile& f : d.files) {
        ++s.perFormat[formatName(f.format)];
        ++s.perModality[f.format == ImageFormat::Dicom ? (f.modality.empty() ? "unknown" : f.modality) : formatName(f.format)];
        const std::string className = f.label >= 0 ? d.classNames[static_cast<size_t>(f.label)] : std::string("(unlabelled)");
        if (f.label >= 0) ++s.perClass[className];
        else ++s.unlabelled;
        for (int item : f.itemLabels)
            ++s.perClassInArchives[item >= 0 ? d.classNames[static_cast<size_t>(item)] : std::string("(unlabelled)")];
        ++s.perSplit[splitName(f.split)];
        ++s.classPerSplit[splitName(f.split)][className];
        ++s.perSize[f.width > 0 && f.height > 0 ? std::to_string(f.width) + "x" + std::to_string(f.height) : "unknown"];
        if (f.width > 0 && f.height > 0) {
            s.minWidth = first ? f.width : std::min(s.minWidth, f.width);
            s.maxWidth = std::max(s.maxWidth, f.width);
            s.minHeight = first ? f.height : std::min(s.minHeight, f.height);
            s.maxHeight = std::max(s.maxHeight, f.height);
            first = false;
        }
    }
    return s;
}

}  // namespace medsynth::io
