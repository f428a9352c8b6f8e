// DatasetLoader: the built-in phantom, a folder with good and broken files, and the errors a
// user can cause. The manifest never carries a path.
#include "medsynth/engine/NpyArray.h"
#include "medsynth/io/DatasetLoader.h"
#include "medsynth/io/IoError.h"
#include "medsynth/io/PhantomWriter.h"

#include <opencv2/imgcodecs.hpp>

#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>

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

        // Sorted order: b.dcm, c.png, d_wide.png, series1/a.dcm. labels.csv applies, 0 when absent.
        QCOMPARE(set.images.labels, std::vector<int>({0, 0, 1, 1}));
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
};

QTEST_APPLESS_MAIN(TestDatasetLoader)
#include "tst_DatasetLoader.moc"
