// Privacy (DESIGN.md, issue 4): identifying DICOM values planted as markers in fixture files
// must never come out of the IO layer: not from the dataset index's public data, messages or
// skipped reasons, not from loadDataset, and not from any file or console output of
// medsynth-cli (dataset scan, inspect when present, train on the folder). The suite first proves
// that its search finds the markers in the fixtures themselves, so a leak cannot go unseen, and
// that the index does hold them behind its explicit reveal accessor.
#include "medsynth/io/DatasetIndex.h"
#include "medsynth/io/DatasetLoader.h"
#include "medsynth/io/IoError.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDirIterator>
#include <QProcess>
#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>

using namespace medsynth;
namespace fs = std::filesystem;

namespace {

// Every value is unusual enough not to appear by chance, and starts with 8 characters that are
// searched for too (a marker cut short still leaks).
const char* const kMarkers[] = {
    "MARKERNAME^ZZQ",        // PatientName
    "MRN-ZZQ-4711",          // PatientID
    "ACC-ZZQ-99",            // AccessionNumber
    "ZZQINSTITUTE-GENERAL",  // InstitutionName
    "ZZQPHYSICIAN^REFERRING",// ReferringPhysicianName
    "ZZQPERFORMER^DOC",      // PerformingPhysicianName
    "ZZQOPERATOR^TECH",      // OperatorsName
    "ZZQSTATION-CT9",        // StationName
    "19010101",              // PatientBirthDate
    "18991231",              // StudyDate / SeriesDate
    "ZZQSTUDY-DESCRIPTION",  // StudyDescription
    "ZZQSERIES-DESCRIPTION", // SeriesDescription
    "ZZQIMAGE-COMMENT",      // ImageComments
    "ZZQPRIVATE-CREATOR",    // private creator (0029,0010)
    "ZZQPRIVATE-VALUE-5",    // private element (0029,1010)
    "1.3.999.424242.",       // root of every instance UID
};

constexpr int kImages = 8;

void writeMarkedDicom(const std::string& path, int index, const char* numberOfFrames = nullptr) {
    DcmFileFormat file;
    DcmDataset& d = *file.getDataset();
    const std::string root = "1.3.999.424242.";
    d.putAndInsertString(DCM_SOPClassUID, UID_MRImageStorage);
    d.putAndInsertString(DCM_SOPInstanceUID, (root + "1.2." + std::to_string(index + 1)).c_str());
    d.putAndInsertString(DCM_StudyInstanceUID, (root + "1").c_str());
    d.putAndInsertString(DCM_SeriesInstanceUID, (root + "1.2").c_str());
    d.putAndInsertString(DCM_FrameOfReferenceUID, (root + "9").c_str());
    d.putAndInsertString(DCM_PatientName, "MARKERNAME^ZZQ");
    d.putAndInsertString(DCM_PatientID, "MRN-ZZQ-4711");
    d.putAndInsertString(DCM_PatientBirthDate, "19010101");
    d.putAndInsertString(DCM_AccessionNumber, "ACC-ZZQ-99");
    d.putAndInsertString(DCM_InstitutionName, "ZZQINSTITUTE-GENERAL");
    d.putAndInsertString(DCM_ReferringPhysicianName, "ZZQPHYSICIAN^REFERRING");
    d.putAndInsertString(DCM_PerformingPhysicianName, "ZZQPERFORMER^DOC");
    d.putAndInsertString(DCM_OperatorsName, "ZZQOPERATOR^TECH");
    d.putAndInsertString(DCM_StationName, "ZZQSTATION-CT9");
    d.putAndInsertString(DCM_StudyDate, "18991231");
    d.putAndInsertString(DCM_SeriesDate, "18991231");
    d.putAndInsertString(DCM_StudyDescription, "ZZQSTUDY-DESCRIPTION");
    d.putAndInsertString(DCM_SeriesDescription, "ZZQSERIES-DESCRIPTION");
    d.putAndInsertString(DCM_ImageComments, "ZZQIMAGE-COMMENT");
    d.putAndInsertString(DcmTag(0x0029, 0x0010, EVR_LO), "ZZQPRIVATE-CREATOR");
    d.putAndInsertString(DcmTag(0x0029, 0x1010, EVR_LO), "ZZQPRIVATE-VALUE-5");
    d.putAndInsertString(DCM_Modality, "MR");
    d.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    d.putAndInsertString(DCM_ImagePositionPatient, ("0\\0\\" + std::to_string(index * 5)).c_str());
    d.putAndInsertString(DCM_InstanceNumber, std::to_string(index + 1).c_str());
    if (numberOfFrames) d.putAndInsertString(DCM_NumberOfFrames, numberOfFrames);
    d.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    d.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    d.putAndInsertUint16(DCM_Rows, 32);
    d.putAndInsertUint16(DCM_Columns, 32);
    d.putAndInsertUint16(DCM_BitsAllocated, 16);
    d.putAndInsertUint16(DCM_BitsStored, 12);
    d.putAndInsertUint16(DCM_HighBit, 11);
    d.putAndInsertUint16(DCM_PixelRepresentation, 0);
    std::vector<Uint16> pixels(32 * 32);
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x)
            pixels[static_cast<size_t>(y * 32 + x)] = static_cast<Uint16>(((x - 16) * (x - 16) + (y - 16) * (y - 16) < 100 + 20 * index) ? 3000 : 200 + 40 * x);
    d.putAndInsertUint16Array(DCM_PixelData, pixels.data(), static_cast<unsigned long>(pixels.size()));
    QVERIFY(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray utf16(const char* text) {
    QByteArray bytes;
    for (const char* c = text; *c; ++c) {
        bytes.append(*c);
        bytes.append('\0');
    }
    return bytes;
}

// The markers (whole, their first 8 characters, and whole in UTF-16LE) found in bytes.
QStringList leaks(const QByteArray& bytes) {
    QStringList found;
    for (const char* marker : kMarkers) {
        const QByteArray whole(marker);
        if (bytes.contains(whole)) found << QString::fromLatin1(whole);
        else if (bytes.contains(whole.left(8))) found << QString::fromLatin1(whole.left(8)) + " (first 8 characters)";
        else if (bytes.contains(utf16(marker))) found << QString::fromLatin1(whole) + " (UTF-16)";
    }
    return found;
}

// Every regular file under dir, recursively.
QStringList filesUnder(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    return files;
}

struct Captured {
    int exitCode = -1;
};

// Runs medsynth-cli, writing its stdout and stderr into outputs/<name>.out / .err.
Captured runCli(const QString& outputs, const QString& name, const QStringList& args) {
    QProcess p;
    p.setStandardOutputFile(outputs + "/" + name + ".out");
    p.setStandardErrorFile(outputs + "/" + name + ".err");
    p.start(QStringLiteral(MEDSYNTH_CLI_PATH), args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1};
}

}  // namespace

class PrivacyTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_;     // the fixture folder
    QString outputs_;  // everything the programs wrote
    QStringList fixtureDicoms_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        data_ = tmp_.filePath("data");
        outputs_ = tmp_.filePath("outputs");
        QVERIFY(QDir().mkpath(data_ + "/series"));
        QVERIFY(QDir().mkpath(outputs_));
        std::string labels = "file,label\n";
        for (int i = 0; i < kImages; ++i) {
            const QString name = QString("series/img_%1.dcm").arg(i);
            writeMarkedDicom((data_ + "/" + name).toStdString(), i);
            fixtureDicoms_ << data_ + "/" + name;
            labels += name.toStdString() + "," + std::to_string(i % 2) + "\n";
        }
        // Bad files that carry the same markers: their skipped reasons must not.
        writeMarkedDicom((data_ + "/bad_frames.dcm").toStdString(), 20, "many");
        fixtureDicoms_ << data_ + "/bad_frames.dcm";
        const QByteArray whole = readAll(fixtureDicoms_.first());
        QFile truncated(data_ + "/truncated.dcm");
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(whole.left(whole.size() - 700));
        truncated.close();
        std::ofstream(data_.toStdString() + "/labels.csv") << labels;
    }

    // The search finds every marker in the fixtures: a leak would be seen.
    void markersAreInTheFixtures() {
        QByteArray all;
        for (const QString& f : fixtureDicoms_) all += readAll(f);
        QCOMPARE(leaks(all).size(), int(std::size(kMarkers)));
        for (const char* marker : kMarkers) QVERIFY2(all.contains(marker), marker);
        // ... and its partial and UTF-16 forms work too.
        QCOMPARE(leaks(QByteArray("xx MARKERNA yy")).size(), 1);
        QCOMPARE(leaks(utf16("ACC-ZZQ-99")).size(), 1);
        QVERIFY(leaks(QByteArray("nothing here: Patient 1, Study 1.1, Series 1")).isEmpty());
    }

    void indexKeepsValuesBehindTheRevealAccessor() {
        io::ScanOptions options;
        options.labelsCsv = (data_ + "/labels.csv").toStdString();
        options.histogramFiles = -1;
        const io::DatasetIndex index = io::DatasetIndex::scan(data_.toStdString(), options);
        QCOMPARE(static_cast<int>(index.files().size()), kImages);
        QCOMPARE(index.skipped().size(), size_t(2));  // bad_frames.dcm, truncated.dcm (labels.csv is in use)

        // Everything the index shows without reveal(), as one text.
        std::string shown;
        for (const io::IndexedFile& f : index.files())
            shown += f.path + f.modality + f.photometric + f.transferSyntax + io::formatName(f.format) + io::splitName(f.split) + "\n";
        for (const io::PatientGroup& g : index.groups()) shown += g.key + "\n";
        for (const io::StudyGroup& s : index.studies()) shown += s.key + "\n";
        for (const io::SeriesGroup& s : index.series()) shown += s.key + s.modality + s.partReason + io::sliceOrderName(s.order) + "\n";
        for (const io::SkippedFile& s : index.skipped()) shown += s.path + ": " + s.reason + "\n";
        for (const io::SkippedFile& s : index.decodeProblems()) shown += s.path + ": " + s.reason + "\n";
        for (const io::LabelProblem& p : index.labelProblems()) shown += p.message + "\n";
        for (const std::string& c : index.classNames()) shown += c + "\n";
        shown += index.histogramSource();
        for (const auto& [key, h] : index.histograms()) shown += key + "\n";
        const io::DatasetSummary s = index.summary();
        for (const auto* table : {&s.perFormat, &s.perModality, &s.perClass, &s.perSplit, &s.perSize})
            for (const auto& [key, n] : *table) shown += key + "\n";
        std::string masked;
        for (size_t f = 0; f < index.files().size(); ++f)
            for (const io::IdentifyingAttribute& a : index.identifyingValues(static_cast<int>(f)))
                masked += a.tag + a.name + a.value.masked() + "\n";
        QVERIFY2(leaks(QByteArray::fromStdString(shown)).isEmpty(), qPrintable(leaks(QByteArray::fromStdString(shown)).join(", ")));
        QVERIFY2(leaks(QByteArray::fromStdString(masked)).isEmpty(), qPrintable(leaks(QByteArray::fromStdString(masked)).join(", ")));
        QCOMPARE(index.groups().front().key, std::string("Patient 1"));
        QCOMPARE(index.series().front().order, io::SliceOrder::Position);

        // The values are there, for a deliberate reveal.
        std::string revealed;
        for (const io::IdentifyingAttribute& a : index.identifyingValues(0)) {
            QVERIFY(!a.value.masked().empty());
            QVERIFY(a.value.masked().find(a.value.reveal()) == std::string::npos);
            revealed += a.name + "=" + a.value.reveal() + "\n";
        }
        for (const char* marker : kMarkers) QVERIFY2(revealed.find(marker) != std::string::npos, marker);
        QVERIFY(revealed.find("PatientName=MARKERNAME^ZZQ") != std::string::npos);
        QVERIFY(revealed.find("PrivateTag=ZZQPRIVATE-VALUE-5") != std::string::npos);
    }

    void loadDatasetSaysNothingIdentifying() {
        const io::LoadedDataset loaded = io::loadDataset(data_.toStdString(), 1, 32, 1);
        QCOMPARE(loaded.images.count, kImages);
        std::string text = loaded.manifest.kind + loaded.manifest.contentHash + loaded.manifest.phantomName;
        for (const std::string& s : loaded.skipped) text += s + "\n";
        QVERIFY2(leaks(QByteArray::fromStdString(text)).isEmpty(), qPrintable(leaks(QByteArray::fromStdString(text)).join(", ")));
        // A folder that cannot be loaded: its error says nothing identifying either.
        try {
            io::loadDataset((data_ + "/series/img_0.dcm").toStdString(), 1, 32, 1);
            QFAIL("a file is not a dataset folder");
        } catch (const io::IoError& e) {
            QVERIFY(leaks(QByteArray(e.what())).isEmpty());
        }
    }

    void programOutputsCarryNoMarker() {
        const QString run = tmp_.filePath("run");
        Captured r = runCli(outputs_, "scan-json", {"dataset", "scan", data_, "--json", "--decode", "--labels", data_ + "/labels.csv"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(outputs_ + "/scan-json.out").contains("\"Patient 1\""));
        r = runCli(outputs_, "scan-text", {"dataset", "scan", data_, "--folder-labels"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(outputs_ + "/scan-text.out").contains("bad_frames.dcm"));  // named, with its reason

        r = runCli(outputs_, "help", {"--help"});
        if (readAll(outputs_ + "/help.out").contains("inspect")) {
            QStringList args{"inspect", "--json"};
            args << fixtureDicoms_ << data_ + "/truncated.dcm";
            r = runCli(outputs_, "inspect", args);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, "inspect crashed or hung");
            QVERIFY(!readAll(outputs_ + "/inspect.out").isEmpty());
        }

        const QString cache = tmp_.filePath("dataset-cache");
        r = runCli(outputs_, "train", {"train", "--data", data_, "--steps", "2", "--image-size", "32", "--batch", "4",
                                       "--threads", "2", "--sample-every", "1", "--dataset-cache", cache, "--out", run});
        QVERIFY2(r.exitCode == 0, readAll(outputs_ + "/train.err").constData());
        QVERIFY(QFile::exists(run + "/experiment.json"));
        QVERIFY(QFile::exists(run + "/metrics.jsonl"));
        // The prepared-dataset cache: named by a key, holding no path or file name either.
        const QStringList cached = filesUnder(cache);
        QCOMPARE(cached.size(), 1);
        for (const QByteArray& name : {data_.toUtf8(), QByteArray("img_0"), QByteArray("truncated.dcm")})
            QVERIFY2(!readAll(cached.front()).contains(name), name.constData());

        QStringList searched = filesUnder(run) + filesUnder(outputs_) + cached;
        QVERIFY(searched.size() >= 8);
        QStringList problems;
        for (const QString& file : searched) {
            const QStringList found = leaks(readAll(file));
            if (!found.isEmpty()) problems << QDir(tmp_.path()).relativeFilePath(file) + ": " + found.join(", ");
            // File names written by the programs carry nothing either.
            if (!leaks(file.toUtf8()).isEmpty()) problems << "file name " + file;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));
    }
};

QTEST_GUILESS_MAIN(PrivacyTest)
#include "tst_Privacy.moc"
