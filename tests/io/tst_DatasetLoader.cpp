// DatasetLoader: the built-in phantom, a folder with good and broken files, and the errors a
// user can cause. The manifest never carries a path. The preparation options: a CT preset on
// known Hounsfield units, MONOCHROME1 inversion, pad against crop, percentiles; labels from
// sub-folders, a CSV and NumPy archives; splits by patient; the prepared-dataset cache.
#include "DicomFixture.h"
#include "NiftiFixture.h"

#include "medsynth/engine/NpyArray.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/io/DatasetLoader.h"
#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/IoError.h"
#include "medsynth/io/PhantomWriter.h"

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

#include <QtTest/QtTest>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace medsynth;

namespace {

engine::PhantomSlice slice(int index, int size) {
    engine::PhantomOptions options;
    options.size = size;
    options.seed = 3;
    return engine::generatePhantomSlice(index, options);
}

// A folder with two DICOM phantoms (one in a subfolder), two PNGs (one not square), and the
// kinds of rubbish real folders hold: a truncated DICOM, an empty PNG, a folder named like a
// DICOM file, a DICOMDIR, a text file and a labels.csv.
void makeMixedFolder(const QString& root) {
    const std::string dir = root.toStdString();
    std::filesystem::create_directories(dir + "/series1");
    std::filesystem::create_directories(dir + "/x.dcm");
    io::writePhantomDicom(slice(0, 32), 0, 3, dir + "/series1/a.dcm");
    io::writePhantomDicom(slice(1, 32), 1, 3, dir + "/b.dcm");
    io::writePhantomPng(slice(2, 24), dir + "/c.png");
    cv::Mat wide(20, 40, CV_8U, cv::Scalar(0));
    wide(cv::Rect(10, 0, 20, 20)).setTo(255);  // the centre square is white
    QVERIFY(cv::imwrite(dir + "/d_wide.png", wide));

    std::ifstream whole(dir + "/b.dcm", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
    std::ofstream(dir + "/truncated.dcm", std::ios::binary).write(bytes.data(), bytes.size() / 2);
    std::ofstream(dir + "/DICOMDIR", std::ios::binary).write(bytes.data(), bytes.size());  // an index, never an image
    std::ofstream(dir + "/empty.png", std::ios::binary).flush();
    std::ofstream(dir + "/notes.txt") << "not an image\n";
    std::ofstream(dir + "/labels.csv") << "file,label\nseries1/a.dcm,1\nb.dcm,0\nd_wide.png,1\n";
}

// A 16 x 16 CT (slope 1, intercept -1024, its own window 40/400) whose columns 0-5 hold -600 HU,
// 6-10 hold 500 HU and 11-15 hold -1100 HU.
DicomFixture ctColumns(const std::string& patient = "P1") {
    DicomFixture f;
    f.rows = f.columns = 16;
    f.isSigned = true;
    f.modality = "CT";
    f.slope = "1";
    f.intercept = "-1024";
    f.windowCenter = "40";
    f.windowWidth = "400";
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) {
            const int hu = x < 6 ? -600 : x < 11 ? 500 : -1100;
            f.words.push_back(static_cast<uint16_t>(static_cast<int16_t>(hu + 1024)));
        }
    f.extra = [patient](DcmDataset& d) { d.putAndInsertString(DCM_PatientID, patient.c_str()); };
    return f;
}

// DICOM PS3.3 C.11.2.1.2.1, the LINEAR window, to [-1, 1]: what the lung preset must give.
float linearWindow(double x, double center, double width) {
    double v;
    if (x <= center - 0.5 - (width - 1) / 2) v = 0;
    else if (x > center - 0.5 + (width - 1) / 2) v = 1;
    else v = (x - (center - 0.5)) / (width - 1) + 0.5;
    return static_cast<float>(v) * 2.0f - 1.0f;
}

engine::Experiment experimentAt(int size, int channels = 1) {
    engine::Experiment e;
    e.imageSize = size;
    e.channels = channels;
    return e;
}

// A NumPy .npy file's bytes: one little-endian dtype ("<u1", "<i8") and a C-order shape.
std::string npyBytes(const std::string& dtype, const std::vector<int64_t>& shape, const std::string& data) {
    std::string dims;
    for (int64_t d : shape) dims += std::to_string(d) + ",";
    std::string header = "{'descr': '" + dtype + "', 'fortran_order': False, 'shape': (" + dims + "), }";
    header.append(64 - (10 + header.size() + 1) % 64, ' ');
    header += '\n';
    std::string out = "\x93NUMPY";
    out += '\x01';
    out += '\x00';
    out += static_cast<char>(header.size() & 0xFF);
    out += static_cast<char>(header.size() >> 8);
    return out + header + data;
}

// A .npz archive: a zip of .npy members, stored (no compression).
void writeNpz(const std::string& path, const std::vector<std::pair<std::string, std::string>>& members) {
    std::string zip, directory;
    auto u16 = [](uint32_t v) { return std::string{static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF)}; };
    auto u32 = [&](uint32_t v) { return u16(v & 0xFFFF) + u16(v >> 16); };
    for (const auto& [name, bytes] : members) {
        const std::string file = name + ".npy";
        const uint32_t crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
        const uint32_t offset = static_cast<uint32_t>(zip.size());
        const std::string common = u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc) + u32(static_cast<uint32_t>(bytes.size())) +
                                   u32(static_cast<uint32_t>(bytes.size())) + u16(static_cast<uint32_t>(file.size()));
        zip += u32(0x04034b50) + common + u16(0) + file + bytes;
        directory += u32(0x02014b50) + u16(20) + common + u16(0) + u16(0) + u16(0) + u16(0) + u32(0) + u32(offset) + file;
    }
    const uint32_t start = static_cast<uint32_t>(zip.size());
    zip += directory + u32(0x06054b50) + u16(0) + u16(0) + u16(static_cast<uint32_t>(members.size())) +
           u16(static_cast<uint32_t>(members.size())) + u32(static_cast<uint32_t>(directory.size())) + u32(start) + u16(0);
    std::ofstream(path, std::ios::binary).write(zip.data(), static_cast<std::streamsize>(zip.size()));
}

QString ioErrorOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const io::IoError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class TestDatasetLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void phantomSpec() {
        const io::LoadedDataset a = io::loadDataset("phantom:brain", 1, 32, 5, 10);
        QCOMPARE(a.images.count, 10);
        QCOMPARE(a.images.channels, 1);
        QCOMPARE(a.images.width, 32);
        QCOMPARE(a.images.values.size(), size_t(10 * 32 * 32));
        QCOMPARE(a.images.labels.size(), size_t(10));
        for (float v : a.images.values) QVERIFY(v >= -1.0f && v <= 1.0f);
        QCOMPARE(a.manifest.kind, std::string("phantom"));
        QCOMPARE(a.manifest.phantomName, std::string("brain"));
        QCOMPARE(a.manifest.imageCount, 10);
        QCOMPARE(a.manifest.contentHash.size(), size_t(16));
        QVERIFY(a.skipped.empty());

        const io::LoadedDataset again = io::loadDataset("phantom:brain", 1, 32, 5, 10);
        QCOMPARE(again.manifest.contentHash, a.manifest.contentHash);
        QVERIFY(io::loadDataset("phantom:brain", 1, 32, 6, 10).manifest.contentHash != a.manifest.contentHash);
    }

    void phantomDefaultsTo2048Images() {
        int lastDone = -1, lastTotal = -1;
        const io::LoadedDataset set = io::loadDataset("phantom:brain", 3, 8, 1, 0, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(set.images.count, 2048);
        QCOMPARE(set.images.channels, 3);
        QCOMPARE(lastDone, 2048);
        QCOMPARE(lastTotal, 2048);
    }

    // A colour model (3 channels) trains on a colour image's colours; a grey model on its grey,
    // and a grey image gives a colour model the same grey in all three channels.
    void colourImagesKeepTheirColoursForAColourModel() {
        QTemporaryDir dir;
        cv::Mat colour(16, 16, CV_8UC3, cv::Scalar(255, 0, 0));  // OpenCV order: blue
        colour(cv::Rect(0, 0, 8, 16)).setTo(cv::Scalar(0, 0, 255));  // left half red
        QVERIFY(cv::imwrite(dir.filePath("a_colour.png").toStdString(), colour));
        QVERIFY(cv::imwrite(dir.filePath("b_grey.png").toStdString(), cv::Mat(16, 16, CV_8U, cv::Scalar(128))));
        engine::Experiment e = experimentAt(16, 3);
        e.preprocessing.splitByPatient = false;
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), e);
        QCOMPARE(set.images.count, 2);
        const float* c = set.images.values.data();
        const size_t plane = 16 * 16;
        const auto at = [&](const float* image, int channel, int x) { return image[channel * plane + 8 * 16 + x]; };
        QCOMPARE(at(c, 0, 2), 1.0f);   // red on the left: R high, G and B low
        QCOMPARE(at(c, 1, 2), -1.0f);
        QCOMPARE(at(c, 2, 2), -1.0f);
        QCOMPARE(at(c, 0, 12), -1.0f);  // blue on the right
        QCOMPARE(at(c, 2, 12), 1.0f);
        const float* g = c + 3 * plane;
        QCOMPARE(at(g, 0, 5), at(g, 1, 5));
        QCOMPARE(at(g, 0, 5), at(g, 2, 5));
        // A grey model sees the colour image in grey: the same value in its one channel as luminance.
        const io::LoadedDataset grey = io::loadDataset(dir.path().toStdString(), [&] {
            engine::Experiment one = e;
            one.channels = 1;
            return one;
        }());
        QVERIFY(std::fabs(grey.images.values[8 * 16 + 2] - (0.299f * 2 - 1)) < 0.01f);
    }

    // Every frame of a multi-frame DICOM (a cine, an enhanced series) is a training image, in the
    // file's split, as every slice of a volume is; a single-frame file gives its one image.
    void everyFrameOfAMultiFrameFileTrains() {
        QTemporaryDir dir;
        DicomFixture cine;
        cine.rows = cine.columns = 16;
        cine.frames = 3;
        cine.modality = "US";
        for (int f = 0; f < 3; ++f)
            for (int i = 0; i < 256; ++i)
                cine.words.push_back(static_cast<uint16_t>(i % 16 < 5 * (f + 1) ? 4000 : 0));  // wider each frame
        QVERIFY(cine.write(dir.filePath("cine.dcm").toStdString()).empty());
        io::writePhantomDicom(slice(0, 16), 0, 3, dir.filePath("single.dcm").toStdString());
        engine::Experiment e = experimentAt(16);
        e.preprocessing.window = "percentile";
        e.preprocessing.lowPercentile = 0;
        e.preprocessing.highPercentile = 100;
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), e);
        QCOMPARE(set.images.count, 4);
        const auto bright = [&](int image) {
            int n = 0;
            for (int i = 0; i < 256; ++i) n += set.images.values[size_t(image) * 256 + i] > 0;
            return n;
        };
        QCOMPARE(bright(0), 16 * 5);  // cine.dcm's frames, in order
        QCOMPARE(bright(1), 16 * 10);
        QCOMPARE(bright(2), 16 * 15);
        QCOMPARE(set.images.splits[0], set.images.splits[1]);
        QCOMPARE(set.images.splits[0], set.images.splits[2]);
    }

    // A NIfTI volume is cut along the axis the preprocessing names: 16 x 8 x 4 gives 4 axial, 8
    // coronal or 16 sagittal images; an unknown axis is refused with what to choose.
    void volumesAreCutAlongTheChosenAxis() {
        QTemporaryDir dir;
        QVERIFY(writeSparseNifti(dir.filePath("vol.nii"), 16, 8, 4, {1, 2}));
        engine::Experiment e = experimentAt(16);
        e.preprocessing.splitByPatient = false;
        for (const auto& [axis, count] : std::vector<std::pair<std::string, int>>{{"k", 4}, {"j", 8}, {"i", 16}}) {
            e.preprocessing.sliceAxis = axis;
            QCOMPARE(io::loadDataset(dir.path().toStdString(), e).images.count, count);
        }
        QCOMPARE(engine::experimentToJson(e)["preprocessing"]["slice_axis"].get<std::string>(), std::string("i"));
        engine::Experiment fromFile = engine::experimentForTemplate("dcgan", 1, 32);
        fromFile.preprocessing.sliceAxis = "j";
        QCOMPARE(engine::experimentFromJson(engine::experimentToJson(fromFile)).preprocessing.sliceAxis, std::string("j"));
        e.preprocessing.sliceAxis = "x";
        QVERIFY(engine::validateExperiment(e).find("slice axis") != std::string::npos);
    }

    void unknownSpecsSayWhatIsAccepted() {
        QVERIFY(ioErrorOf([] { io::loadDataset("phantom:knee", 1, 32, 1); }).contains("phantom:brain"));
        QVERIFY(ioErrorOf([] { io::loadDataset("", 1, 32, 1); }).contains("phantom:brain"));
        QVERIFY(!ioErrorOf([] { io::loadDataset("phantom:brain", 1, 4, 1); }).isEmpty());
        QVERIFY(!ioErrorOf([] { io::loadDataset("phantom:brain", 0, 32, 1); }).isEmpty());
    }

    void nonexistentFolderIsAnIoError() {
        QTemporaryDir dir;
        const QString message = ioErrorOf([&] { io::loadDataset(dir.filePath("nothing-here").toStdString(), 1, 32, 1); });
        QVERIFY2(message.startsWith("nothing-here: "), qPrintable(message));
        QVERIFY(message.contains("phantom:brain"));
        QVERIFY(!message.contains(dir.path()));
    }

    void listsSupportedFilesSorted() {
        QTemporaryDir dir;
        makeMixedFolder(dir.path());
        const std::vector<std::string> files = io::listImageFiles(dir.path().toStdString());
        QStringList names;
        for (const std::string& f : files)
            names << QString::fromStdString(std::filesystem::path(f).lexically_relative(dir.path().toStdString()).generic_string());
        QCOMPARE(names, QStringList({"b.dcm", "c.png", "d_wide.png", "empty.png", "series1/a.dcm", "truncated.dcm"}));
        QVERIFY(io::listImageFiles(dir.filePath("absent").toStdString()).empty());
    }

    void folderLoadsGoodFilesAndSkipsBadOnes() {
        QTemporaryDir dir;
        makeMixedFolder(dir.path());
        int lastDone = 0, lastTotal = 0;
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), 2, 16, 0, 0, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(set.images.count, 4);
        QCOMPARE(set.images.channels, 2);
        QCOMPARE(set.images.width, 16);
        QCOMPARE(set.images.height, 16);
        QCOMPARE(set.images.values.size(), size_t(4 * 2 * 16 * 16));
        for (float v : set.images.values) QVERIFY(v >= -1.0f && v <= 1.0f);
        QCOMPARE(lastDone, 6);
        QCOMPARE(lastTotal, 6);

        // Sorted order: b.dcm, c.png, d_wide.png, series1/a.dcm. labels.csv applies; an image it
        // does not name has no class (-1), which recipes that need classes refuse with a message.
        QCOMPARE(set.images.labels, std::vector<int>({0, -1, 1, 1}));
        QVERIFY(set.images.splits.empty());  // the old entry point: no splits
        // d_wide.png: the centre crop is its white square.
        const float* wide = set.images.values.data() + set.images.imageSize() * 2;
        QCOMPARE(wide[8 * 16 + 8], 1.0f);
        QCOMPARE(wide[16 * 16 + 8 * 16 + 8], 1.0f);  // second channel repeats

        QCOMPARE(set.skipped.size(), size_t(2));
        QVERIFY2(QString::fromStdString(set.skipped[0]).startsWith("empty.png: "), set.skipped[0].c_str());
        QVERIFY2(QString::fromStdString(set.skipped[1]).startsWith("truncated.dcm: "), set.skipped[1].c_str());
        for (const std::string& line : set.skipped) QVERIFY(!QString::fromStdString(line).contains(dir.path()));

        QCOMPARE(set.manifest.kind, std::string("folder"));
        QCOMPARE(set.manifest.imageCount, 4);
        QCOMPARE(set.manifest.contentHash.size(), size_t(16));
        const QString dirName = QFileInfo(dir.path()).fileName();
        for (const std::string& field : {set.manifest.kind, set.manifest.phantomName, set.manifest.contentHash})
            QVERIFY(!QString::fromStdString(field).contains(dirName));

        // The hash follows the pixels, not the place: a copy elsewhere hashes the same.
        QTemporaryDir other;
        std::filesystem::copy(dir.path().toStdString(), other.filePath("copy").toStdString(),
                              std::filesystem::copy_options::recursive);
        QCOMPARE(io::loadDataset(other.filePath("copy").toStdString(), 2, 16, 0).manifest.contentHash,
                 set.manifest.contentHash);
    }

    void numpyArraysGiveOneImagePerItem() {
        // A NumPy stack of 3 images (3 x 20 x 24, float32) beside a PNG: 4 training images. Each
        // array image shows at its value range; the first is a left-to-right ramp.
        QTemporaryDir dir;
        std::vector<float> values(3 * 20 * 24);
        for (int n = 0; n < 3; ++n)
            for (int y = 0; y < 20; ++y)
                for (int x = 0; x < 24; ++x)
                    values[(n * 20 + y) * 24 + x] = n == 0 ? float(x) : float(n * 100 + y);
        engine::writeNpy(dir.filePath("stack.npy").toStdString(), {3, 20, 24}, values);
        cv::Mat white(10, 10, CV_8U, cv::Scalar(255));
        QVERIFY(cv::imwrite(dir.filePath("z.png").toStdString(), white));
        const auto files = io::listImageFiles(dir.path().toStdString());
        QCOMPARE(files.size(), size_t(2));
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), 1, 8, 0);
        QCOMPARE(set.images.count, 4);
        QVERIFY(set.skipped.empty());
        const float* ramp = set.images.values.data();
        QVERIFY2(ramp[4 * 8 + 0] < ramp[4 * 8 + 7], "the ramp rises left to right after the crop");
        QVERIFY(ramp[0] >= -1.0f && ramp[7] <= 1.0f);
        QCOMPARE(set.images.values[3 * 64 + 10], 1.0f);  // the PNG comes last (sorted), white
        // maxImages counts images, not files.
        QCOMPARE(io::loadDataset(dir.path().toStdString(), 1, 8, 0, 2).images.count, 2);
    }

    // Maps hold NaN where they have no value (and sometimes infinities): statistics and windows
    // are of the finite values, a NaN shows and trains as black (the window's bottom), and no NaN
    // reaches the prepared images, whatever the window.
    void nanValuesAreNoValue() {
        QTemporaryDir dir;
        std::vector<float> values(2 * 8 * 8);
        for (size_t i = 0; i < values.size(); ++i) values[i] = 10.0f + float(i % 64);  // 10 .. 73
        const float nan = std::numeric_limits<float>::quiet_NaN();
        values[0] = nan;  // first, where running minima start
        values[9] = nan;
        values[20] = std::numeric_limits<float>::infinity();
        for (size_t i = 64; i < 128; ++i) values[i] = nan;  // a frame with no value at all
        const std::string path = dir.filePath("map.npy").toStdString();
        engine::writeNpy(path, {2, 8, 8}, values);
        const io::MedicalImage image = io::readMedicalImage(path);
        QVERIFY(std::isnan(image.frames[0].values[0]));  // read as stored
        const io::FrameStatistics s = io::frameStatistics(image.frames[0]);
        QCOMPARE(s.min, 11.0);
        QCOMPARE(s.max, 73.0);
        QVERIFY(std::isfinite(s.mean));
        const io::FrameStatistics empty = io::frameStatistics(image.frames[1]);
        QVERIFY(empty.min == 0 && empty.max == 0 && empty.mean == 0);
        for (io::VoiChoice::Kind kind : {io::VoiChoice::Kind::Automatic, io::VoiChoice::Kind::MinMax,
                                         io::VoiChoice::Kind::Percentile, io::VoiChoice::Kind::Explicit}) {
            io::VoiChoice choice;
            choice.kind = kind;
            choice.window = {40, 80, "LINEAR"};
            for (size_t f = 0; f < 2; ++f) {
                const io::ImageFrame shown = io::toDisplay(image, f, choice);
                for (float v : shown.values) QVERIFY2(std::isfinite(v) && v >= 0 && v <= 1, qPrintable(QString::number(v)));
                QCOMPARE(shown.values[f == 0 ? 9 : 0], 0.0f);
            }
        }
        const io::DisplayWindow percentile = io::percentileWindow(image.frames[0], 1, 99);
        QVERIFY(std::isfinite(percentile.center) && std::isfinite(percentile.width));
        for (const char* window : {"file", "percentile"}) {
            engine::Experiment e;
            e.channels = 1;
            e.imageSize = 8;
            e.preprocessing.window = window;
            e.preprocessing.splitByPatient = false;
            const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), e);
            QCOMPARE(set.images.count, 2);
            for (float v : set.images.values) QVERIFY2(std::isfinite(v), window);
        }
    }

    void maxImagesStopsEarly() {
        QTemporaryDir dir;
        makeMixedFolder(dir.path());
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), 1, 16, 0, 2);
        QCOMPARE(set.images.count, 2);
        QCOMPARE(set.images.values.size(), size_t(2 * 16 * 16));
        QCOMPARE(set.manifest.imageCount, 2);
    }

    void progressCallbackMayCancelByThrowing() {
        QTemporaryDir dir;
        makeMixedFolder(dir.path());
        QString what;
        try {
            io::loadDataset(dir.path().toStdString(), 1, 16, 0, 0, [](int, int) { throw std::runtime_error("cancelled"); });
        } catch (const std::runtime_error& e) {
            what = e.what();
        }
        QCOMPARE(what, QString("cancelled"));
    }

    void folderWithoutUsableImagesIsAnIoError() {
        QTemporaryDir dir;
        std::ofstream(dir.filePath("broken.png").toStdString()) << "garbage";
        QString message = ioErrorOf([&] { io::loadDataset(dir.path().toStdString(), 1, 16, 0); });
        QVERIFY2(message.contains("broken.png"), qPrintable(message));

        QTemporaryDir empty;
        message = ioErrorOf([&] { io::loadDataset(empty.path().toStdString(), 1, 16, 0); });
        QVERIFY2(message.contains("DICOM"), qPrintable(message));
    }

    void ctLungPresetGivesTheLungWindowOfKnownHounsfieldUnits() {
        QTemporaryDir dir;
        QCOMPARE(QString::fromStdString(ctColumns().write(dir.filePath("ct.dcm").toStdString())), QString());
        engine::Experiment e = experimentAt(16);
        e.preprocessing.window = "ct-lung";  // centre -600, width 1500
        const io::LoadedDataset lung = io::loadDataset(dir.path().toStdString(), e);
        QCOMPARE(lung.images.count, 1);
        const float* v = lung.images.values.data();
        QVERIFY(std::fabs(v[8 * 16 + 2] - linearWindow(-600, -600, 1500)) < 1e-5f);  // ~0: the middle of the window
        QVERIFY(std::fabs(v[8 * 16 + 2]) < 0.01f);
        QCOMPARE(v[8 * 16 + 8], 1.0f);                                                  // 500 HU: above it
        QVERIFY(std::fabs(v[8 * 16 + 13] - linearWindow(-1100, -600, 1500)) < 1e-5f);  // -1100 HU: -0.67
        QVERIFY(v[8 * 16 + 13] < -0.6f && v[8 * 16 + 13] > -0.7f);

        // The file's own window (40/400) shows lung as black.
        const io::LoadedDataset own = io::loadDataset(dir.path().toStdString(), experimentAt(16));
        QCOMPARE(own.images.values[8 * 16 + 2], -1.0f);
        QCOMPARE(own.images.values[8 * 16 + 13], -1.0f);
        QVERIFY(own.manifest.contentHash != lung.manifest.contentHash);

        // Percentiles 0 to 100: the value range, whatever the file says.
        e.preprocessing.window = "percentile";
        e.preprocessing.lowPercentile = 0;
        e.preprocessing.highPercentile = 100;
        const io::LoadedDataset range = io::loadDataset(dir.path().toStdString(), e);
        QCOMPARE(range.images.values[8 * 16 + 13], -1.0f);  // the lowest value
        QCOMPARE(range.images.values[8 * 16 + 8], 1.0f);    // the highest
        QVERIFY(std::fabs(range.images.values[8 * 16 + 2] - (2.0f * 500 / 1600 - 1)) < 1e-5f);
    }

    void ctPresetLeavesOtherModalitiesAndSaysSo() {
        QTemporaryDir dir;
        QVERIFY(ctColumns().write(dir.filePath("ct.dcm").toStdString()).empty());
        io::writePhantomDicom(slice(0, 16), 0, 3, dir.filePath("mr.dcm").toStdString());  // MR
        engine::Experiment e = experimentAt(16);
        e.preprocessing.window = "ct-lung";
        const io::LoadedDataset mixed = io::loadDataset(dir.path().toStdString(), e);
        QCOMPARE(mixed.images.count, 2);
        const io::LoadedDataset own = io::loadDataset(dir.path().toStdString(), experimentAt(16));
        // mr.dcm (second in path order) is as with its own window.
        QVERIFY(std::equal(own.images.values.begin() + 256, own.images.values.end(), mixed.images.values.begin() + 256));
        QString notes;
        for (const io::DatasetNote& n : mixed.notes) notes += QString::fromStdString(io::datasetNoteText(n));
        QVERIFY2(notes.contains("applied to 1 CT image") && notes.contains("MR 1"), qPrintable(notes));

        // Only MR: the preset applies to nothing, which is an error that says what to choose.
        QTemporaryDir mrOnly;
        io::writePhantomDicom(slice(0, 16), 0, 3, mrOnly.filePath("mr.dcm").toStdString());
        const QString message = ioErrorOf([&] { io::loadDataset(mrOnly.path().toStdString(), e); });
        QVERIFY2(message.contains("none of the 1 images is CT (MR 1)") && message.contains("own window"), qPrintable(message));
        e.preprocessing.window = "ct-kidney";
        QVERIFY(ioErrorOf([&] { io::loadDataset(mrOnly.path().toStdString(), e); }).contains("ct-soft-tissue"));
    }

    void monochrome1IsInverted() {
        QTemporaryDir dir;
        DicomFixture plain;
        plain.rows = plain.columns = 8;
        plain.windowCenter = "100";
        plain.windowWidth = "200";
        for (int i = 0; i < 64; ++i) plain.words.push_back(static_cast<uint16_t>(i * 3));
        DicomFixture inverted = plain;
        inverted.photometric = "MONOCHROME1";
        QDir().mkpath(dir.filePath("a"));
        QDir().mkpath(dir.filePath("b"));
        QVERIFY(plain.write(dir.filePath("a/plain.dcm").toStdString()).empty());
        QVERIFY(inverted.write(dir.filePath("b/inverted.dcm").toStdString()).empty());
        const io::LoadedDataset a = io::loadDataset(dir.filePath("a").toStdString(), experimentAt(8));
        const io::LoadedDataset b = io::loadDataset(dir.filePath("b").toStdString(), experimentAt(8));
        QVERIFY(a.images.values.front() < -0.9f);  // 0 is dark in MONOCHROME2 ...
        QVERIFY(b.images.values.front() > 0.9f);   // ... and bright in MONOCHROME1
        for (size_t i = 0; i < 64; ++i) QVERIFY(std::fabs(a.images.values[i] + b.images.values[i]) < 1e-5f);
    }

    void padKeepsTheWholeImageAndCropCutsIt() {
        // 40 x 20: black, white, black in quarters, halves and quarters of its width.
        QTemporaryDir dir;
        cv::Mat wide(20, 40, CV_8U, cv::Scalar(0));
        wide(cv::Rect(10, 0, 20, 20)).setTo(255);
        QVERIFY(cv::imwrite(dir.filePath("wide.png").toStdString(), wide));
        engine::Experiment e = experimentAt(16);
        const std::vector<float> crop = io::loadDataset(dir.path().toStdString(), e).images.values;
        QVERIFY(std::all_of(crop.begin(), crop.end(), [](float v) { return v == 1.0f; }));  // only the white centre
        e.preprocessing.fit = "pad";
        const std::vector<float> pad = io::loadDataset(dir.path().toStdString(), e).images.values;
        // 16 x 8 in rows 4-11: black columns 0-3 and 12-15, white 4-11; rows 0-3, 12-15 the border.
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x) {
                const bool white = y >= 4 && y < 12 && x >= 4 && x < 12;
                QVERIFY2(pad[y * 16 + x] == (white ? 1.0f : -1.0f), qPrintable(QString("%1,%2").arg(x).arg(y)));
            }
    }

    void labelsFromSubFolderNames() {
        QTemporaryDir dir;
        for (const char* folder : {"normal", "lesion"}) {
            QDir().mkpath(dir.filePath(folder));
            for (int i = 0; i < 2; ++i)
                io::writePhantomPng(slice(i, 16), dir.filePath(QString("%1/%2.png").arg(folder).arg(i)).toStdString());
        }
        io::writePhantomPng(slice(5, 16), dir.filePath("top.png").toStdString());  // in no sub-folder
        engine::Experiment e = experimentAt(16);
        e.preprocessing.labels = "folders";
        e.preprocessing.splitByPatient = false;
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), e);
        // Path order: lesion/0, lesion/1, normal/0, normal/1, top.png; classes in name order.
        QCOMPARE(set.images.labels, std::vector<int>({0, 0, 1, 1, -1}));
        // Without them, no labels; with none in sub-folders, an error that says why.
        e.preprocessing.labels = "none";
        QVERIFY(io::loadDataset(dir.path().toStdString(), e).images.labels.empty());
        QTemporaryDir flat;
        io::writePhantomPng(slice(0, 16), flat.filePath("a.png").toStdString());
        e.preprocessing.labels = "folders";
        QVERIFY(ioErrorOf([&] { io::loadDataset(flat.path().toStdString(), e); }).contains("sub-folder"));
    }

    void labelsFromACsvKeepTheirNumbers() {
        QTemporaryDir dir, elsewhere;
        for (const char* name : {"a.png", "b.png", "c.png"})
            io::writePhantomPng(slice(0, 16), dir.filePath(name).toStdString());
        std::ofstream(elsewhere.filePath("classes.csv").toStdString()) << "filename,class\na.png,2\nb.png,5\n";
        engine::Experiment e = experimentAt(16);
        e.preprocessing.labels = "csv";
        io::LoadOptions options;
        options.labelsCsv = elsewhere.filePath("classes.csv").toStdString();
        QCOMPARE(io::loadDataset(dir.path().toStdString(), e, options).images.labels, std::vector<int>({2, 5, -1}));
        // "csv" without a CSV says where it looked.
        QVERIFY(ioErrorOf([&] { io::loadDataset(dir.path().toStdString(), e); }).contains("labels.csv"));
    }

    void numpyArchivesBringTheirLabelsAndSplits() {
        // MedMNIST's layout: train/val/test image arrays with label arrays of the same prefix.
        QTemporaryDir dir;
        auto images = [](int count, int base) {
            std::string bytes;
            for (int i = 0; i < count * 8 * 8; ++i) bytes += static_cast<char>((base + i) % 256);
            return npyBytes("|u1", {count, 8, 8}, bytes);
        };
        auto labels = [](std::vector<int64_t> values) {
            std::string bytes(reinterpret_cast<const char*>(values.data()), values.size() * 8);
            return npyBytes("<i8", {static_cast<int64_t>(values.size()), 1}, bytes);
        };
        writeNpz(dir.filePath("mnist.npz").toStdString(),
                 {{"train_images", images(3, 0)}, {"train_labels", labels({0, 1, 2})},
                  {"val_images", images(2, 50)}, {"val_labels", labels({3, 4})},
                  {"test_images", images(1, 90)}, {"test_labels", labels({5})}});
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), experimentAt(8));
        QCOMPARE(set.images.count, 6);
        QCOMPARE(set.images.labels, std::vector<int>({0, 1, 2, 3, 4, 5}));
        using S = engine::ImageSplit;
        QCOMPARE(set.images.splits, std::vector<S>({S::Train, S::Train, S::Train, S::Validation, S::Validation, S::Test}));
        QCOMPARE(set.manifest.splitImages.at("validation"), 2);
    }

    // 3-D MedMNIST: N x D x H x W volumes (and N x D x H x W x 1). Each volume gives its D slices,
    // each with the volume's label and its array's split; the index counts the slices.
    void numpyArchivesOfVolumesGiveTheirSlices() {
        QTemporaryDir dir;
        auto volumes = [](int count, int depth, int base, bool channelAxis) {
            std::string bytes;
            for (int i = 0; i < count * depth * 8 * 8; ++i) bytes += static_cast<char>((base + i / 64) % 256);
            std::vector<int64_t> shape = {count, depth, 8, 8};
            if (channelAxis) shape.push_back(1);
            return npyBytes("|u1", shape, bytes);
        };
        auto labels = [](std::vector<int64_t> values) {
            std::string bytes(reinterpret_cast<const char*>(values.data()), values.size() * 8);
            return npyBytes("<i8", {static_cast<int64_t>(values.size()), 1}, bytes);
        };
        writeNpz(dir.filePath("organ3d.npz").toStdString(),
                 {{"train_images", volumes(2, 5, 0, false)}, {"train_labels", labels({3, 7})},
                  {"test_images", volumes(1, 5, 100, true)}, {"test_labels", labels({9})}});
        const io::DatasetIndex index = io::DatasetIndex::scan(dir.path().toStdString());
        QCOMPARE(index.files().size(), size_t(1));
        QCOMPARE(index.files()[0].frames, 15);
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), experimentAt(8));
        QCOMPARE(set.images.count, 15);
        std::vector<int> expected(5, 3);
        expected.insert(expected.end(), 5, 7);
        expected.insert(expected.end(), 5, 9);
        QCOMPARE(set.images.labels, expected);
        using S = engine::ImageSplit;
        QCOMPARE(set.images.splits[9], S::Train);
        QCOMPARE(set.images.splits[10], S::Test);
        QCOMPARE(set.images.splits[14], S::Test);
        // The slices of a volume differ (they are not one image repeated).
        QVERIFY(!std::equal(set.images.values.begin(), set.images.values.begin() + 64, set.images.values.begin() + 64));
    }

    void noPatientIsInTwoSplits() {
        // 8 patients of 3 slices each, files named by patient so the test knows whose each image is.
        QTemporaryDir dir;
        for (int p = 0; p < 8; ++p)
            for (int s = 0; s < 3; ++s) {
                DicomFixture f = ctColumns("PATIENT-" + std::to_string(p));
                f.words[0] = static_cast<uint16_t>(p * 10 + s);  // distinct images
                QVERIFY(f.write(dir.filePath(QString("p%1_s%2.dcm").arg(p).arg(s)).toStdString()).empty());
            }
        engine::Experiment e = experimentAt(16);
        e.preprocessing.trainFraction = 0.5;
        e.preprocessing.validationFraction = 0.25;
        e.preprocessing.testFraction = 0.25;
        e.preprocessing.splitSeed = 7;
        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), e);
        QCOMPARE(set.images.count, 24);
        QCOMPARE(set.images.splits.size(), size_t(24));
        std::map<int, std::set<engine::ImageSplit>> perPatient;
        std::set<engine::ImageSplit> used;
        for (int i = 0; i < 24; ++i) {
            perPatient[i / 3].insert(set.images.splits[static_cast<size_t>(i)]);
            used.insert(set.images.splits[static_cast<size_t>(i)]);
        }
        for (const auto& [patient, splits] : perPatient) QVERIFY2(splits.size() == 1, qPrintable(QString::number(patient)));
        QCOMPARE(used.size(), size_t(3));
        QCOMPARE(set.manifest.splitImages.at("train") + set.manifest.splitImages.at("validation") +
                     set.manifest.splitImages.at("test"), 24);
        // Seeded: the same seed splits the same way, another seed (here) another way.
        QCOMPARE(io::loadDataset(dir.path().toStdString(), e).images.splits, set.images.splits);
        e.preprocessing.splitSeed = 8;
        QVERIFY(io::loadDataset(dir.path().toStdString(), e).images.splits != set.images.splits);
        // Off: no splits (the whole folder trains, as before).
        e.preprocessing.splitByPatient = false;
        QVERIFY(io::loadDataset(dir.path().toStdString(), e).images.splits.empty());
    }

    void givenRowsDecideLabelsAndSplitsAndAContinuedRunChecksThem() {
        // The Data page's labels and splits, given as rows: they win over labels.csv, split whole
        // patients, miss the cache when they change, and a run's recorded labels hash catches a
        // continuation with other labels.
        QTemporaryDir dir, cache;
        for (int p = 0; p < 4; ++p)
            for (int s = 0; s < 2; ++s) {
                DicomFixture f = ctColumns("PATIENT-" + std::to_string(p));
                f.words[0] = static_cast<uint16_t>(p * 10 + s);
                QVERIFY(f.write(dir.filePath(QString("p%1_s%2.dcm").arg(p).arg(s)).toStdString()).empty());
            }
        std::ofstream(dir.filePath("labels.csv").toStdString()) << "file,label\np0_s0.dcm,7\n";
        engine::Experiment e = experimentAt(16);
        io::LoadOptions options;
        options.cacheFolder = cache.path().toStdString();
        const io::LoadedDataset fromCsv = io::loadDataset(dir.path().toStdString(), e, options);
        QCOMPARE(fromCsv.images.labels[0], 7);

        using S = engine::ImageSplit;
        auto rows = std::make_shared<std::vector<io::LabelRow>>();
        for (int p = 0; p < 4; ++p)
            for (int s = 0; s < 2; ++s)
                rows->push_back({0, QString("p%1_s%2.dcm").arg(p).arg(s).toStdString(), p < 2 ? "normal" : "lesion",
                                 p == 3 ? io::Split::Test : p == 2 ? io::Split::Validation : io::Split::Train});
        (*rows)[1].split = io::Split::Test;  // p0's second slice elsewhere: p0 stays in train
        options.labelRows = rows;
        const io::LoadedDataset given = io::loadDataset(dir.path().toStdString(), e, options);
        QVERIFY(!given.fromCache);
        QCOMPARE(given.images.labels, std::vector<int>({1, 1, 1, 1, 0, 0, 0, 0}));
        QCOMPARE(given.images.splits,
                 std::vector<S>({S::Train, S::Train, S::Train, S::Train, S::Validation, S::Validation, S::Test, S::Test}));
        const std::string notes = [&] { std::string t; for (const auto& n : given.notes) t += io::datasetNoteText(n) + "\n"; return t; }();
        QVERIFY2(notes.find("as set in the Data page") != std::string::npos, notes.c_str());
        QVERIFY2(notes.find("1 row(s) of the Data page could not be used") != std::string::npos, notes.c_str());
        QVERIFY2(notes.find("p0_s1") == std::string::npos, notes.c_str());  // notes are cached: no names
        const io::LoadedDataset again = io::loadDataset(dir.path().toStdString(), e, options);
        QVERIFY(again.fromCache);
        QVERIFY(again.notes == given.notes);  // the rows' note and its line numbers come back from the cache
        QVERIFY(given.manifest.labelsHash != fromCsv.manifest.labelsHash);
        QCOMPARE(given.manifest.contentHash, fromCsv.manifest.contentHash);

        // A run recorded with these rows continues with them, and not without them.
        engine::Experiment recorded = e;
        recorded.dataset = given.manifest;
        QCOMPARE(io::loadCheckpointDataset(recorded, dir.path().toStdString(), options).images.labels, given.images.labels);
        io::LoadOptions plain;
        const QString changed = ioErrorOf([&] { io::loadCheckpointDataset(recorded, dir.path().toStdString(), plain); });
        QVERIFY2(changed.contains("labels or splits"), qPrintable(changed));
        // Written to labels.csv (as the Data page saves them), they come back without the rows.
        io::writeLabelCsv(dir.filePath("labels.csv").toStdString(), *rows);
        QCOMPARE(io::loadCheckpointDataset(recorded, dir.path().toStdString(), plain).manifest.labelsHash,
                 given.manifest.labelsHash);
        // Labels "none" keeps a CSV's splits but not its labels.
        e.preprocessing.labels = "none";
        const io::LoadedDataset splitsOnly = io::loadDataset(dir.path().toStdString(), e, plain);
        QVERIFY(splitsOnly.images.labels.empty());
        QVERIFY(splitsOnly.images.splits == given.images.splits);
    }

    // Compressed NIfTI volumes (.nii.gz, as most public datasets ship them) are indexed like plain
    // ones: each volume is a file group of its own for the splits, its slices stay together.
    void compressedNiftiVolumesAreIndexedAndSplit() {
        QTemporaryDir dir;
        std::mt19937 noise(5);  // noisy voxels, so the compressed file is longer than a header
        for (int v = 0; v < 10; ++v) {
            QByteArray bytes = niftiInt16Header(16, 16, 3);
            for (int i = 0; i < 16 * 16 * 3; ++i) {
                const int16_t value = static_cast<int16_t>(noise() % 1000);
                bytes.append(reinterpret_cast<const char*>(&value), 2);
            }
            const std::string path = dir.filePath(QString("vol%1.nii.gz").arg(v)).toStdString();
            gzFile file = gzopen(path.c_str(), "wb");
            QVERIFY(file && gzwrite(file, bytes.constData(), static_cast<unsigned>(bytes.size())) == bytes.size());
            gzclose(file);
            QVERIFY(std::filesystem::file_size(path) > 80);
        }
        const io::DatasetIndex index = io::DatasetIndex::scan(dir.path().toStdString());
        QCOMPARE(index.files().size(), size_t(10));
        for (const io::IndexedFile& file : index.files()) {
            QCOMPARE(file.format, io::ImageFormat::Nifti);
            QCOMPARE(file.frames, 3);
            QCOMPARE(file.width, 16);
        }
        QVERIFY(index.skipped().empty());

        const io::LoadedDataset set = io::loadDataset(dir.path().toStdString(), experimentAt(16));
        QCOMPARE(set.images.count, 30);
        QCOMPARE(set.images.splits.size(), size_t(30));
        std::map<engine::ImageSplit, int> perSplit;
        for (int v = 0; v < 10; ++v) {
            for (int k = 1; k < 3; ++k)  // a volume's slices share its split
                QCOMPARE(set.images.splits[size_t(v * 3 + k)], set.images.splits[size_t(v * 3)]);
            ++perSplit[set.images.splits[size_t(v * 3)]];
        }
        QVERIFY2(perSplit[engine::ImageSplit::Train] < 10, "every volume fell in the training split");
    }

    void secondLoadHitsTheCacheUntilAFileOrAnOptionChanges() {
        QTemporaryDir dir, cache;
        makeMixedFolder(dir.path());
        engine::Experiment e = experimentAt(16);
        io::LoadOptions options;
        options.cacheFolder = cache.path().toStdString();
        int lastDone = 0;
        options.progress = [&](int done, int) { lastDone = done; };
        const io::LoadedDataset cold = io::loadDataset(dir.path().toStdString(), e, options);
        QVERIFY(!cold.fromCache);
        const QStringList entries = QDir(cache.path()).entryList(QDir::Files);
        QCOMPARE(entries.size(), 1);
        QVERIFY2(QRegularExpression("^prepared-[0-9a-f]{64}\\.bin$").match(entries.front()).hasMatch(), qPrintable(entries.front()));

        lastDone = 0;
        const io::LoadedDataset warm = io::loadDataset(dir.path().toStdString(), e, options);
        QVERIFY(warm.fromCache);
        QCOMPARE(lastDone, 6);
        QVERIFY(warm.images.values == cold.images.values);
        QCOMPARE(warm.images.labels, cold.images.labels);
        QVERIFY(warm.images.splits == cold.images.splits);
        QCOMPARE(warm.manifest.contentHash, cold.manifest.contentHash);
        QCOMPARE(warm.manifest.splitImages, cold.manifest.splitImages);
        QCOMPARE(warm.skipped, cold.skipped);
        QVERIFY(!cold.notes.empty());
        QVERIFY(warm.notes == cold.notes);

        // The cache holds no path, no file name and no DICOM value.
        QFile file(cache.filePath(entries.front()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray& text : {dir.path().toUtf8(), QByteArray("series1"), QByteArray("b.dcm"), QByteArray("empty.png"),
                                       QByteArray("truncated.dcm"), QByteArray("PHANTOM")})
            QVERIFY2(!bytes.contains(text), text.constData());

        // Another option misses; so does a changed file.
        e.preprocessing.fit = "pad";
        QVERIFY(!io::loadDataset(dir.path().toStdString(), e, options).fromCache);
        QVERIFY(io::loadDataset(dir.path().toStdString(), e, options).fromCache);
        e.preprocessing.fit = "crop";
        QVERIFY(io::loadDataset(dir.path().toStdString(), e, options).fromCache);
        cv::Mat gray(24, 24, CV_8U, cv::Scalar(77));
        QVERIFY(cv::imwrite(dir.filePath("c.png").toStdString(), gray));
        const io::LoadedDataset changed = io::loadDataset(dir.path().toStdString(), e, options);
        QVERIFY(!changed.fromCache);
        QVERIFY(changed.images.values != cold.images.values);
        // The cache keeps to its limit (here room for two and a half entries), dropping the
        // entries used longest ago: first the two made stale by the change of c.png.
        QCOMPARE(QDir(cache.path()).entryList({QStringLiteral("prepared-*.bin")}).size(), 3);
        const qint64 entryBytes = QFileInfo(cache.filePath(entries.front())).size();
        io::LoadOptions limited = options;
        limited.cacheLimitBytes = static_cast<uint64_t>(entryBytes * 5 / 2);
        e.preprocessing.fit = "pad";
        QVERIFY(!io::loadDataset(dir.path().toStdString(), e, limited).fromCache);
        QCOMPARE(QDir(cache.path()).entryList({QStringLiteral("prepared-*.bin")}).size(), 2);  // crop and pad
        e.preprocessing.fit = "crop";
        QVERIFY(io::loadDataset(dir.path().toStdString(), e, limited).fromCache);  // crop is used now
        e.preprocessing.fit = "pad";
        e.preprocessing.window = "percentile";
        QVERIFY(!io::loadDataset(dir.path().toStdString(), e, limited).fromCache);  // a third: pad goes
        QCOMPARE(QDir(cache.path()).entryList({QStringLiteral("prepared-*.bin")}).size(), 2);
        e.preprocessing.window = "file";
        e.preprocessing.fit = "crop";
        QVERIFY(io::loadDataset(dir.path().toStdString(), e, limited).fromCache);
        e.preprocessing.fit = "pad";
        QVERIFY(!io::loadDataset(dir.path().toStdString(), e, options).fromCache);
        e.preprocessing.fit = "crop";
        // A changed labels.csv misses too (the labels come from it).
        std::ofstream(dir.filePath("labels.csv").toStdString(), std::ios::app) << "c.png,1\n";
        const io::LoadedDataset relabelled = io::loadDataset(dir.path().toStdString(), e, options);
        QVERIFY(!relabelled.fromCache);
        QCOMPARE(relabelled.images.labels[1], 1);
    }
};

QTEST_APPLESS_MAIN(TestDatasetLoader)
#include "tst_DatasetLoader.moc"
