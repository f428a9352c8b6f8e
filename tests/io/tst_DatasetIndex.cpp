// DatasetIndex: grouping DICOM files into patients, studies and series by their headers (not
// their folders), slice order along the normal with its fallbacks, series split by size and
// orientation, labels from folders and CSV, patient-level splits, cancel and progress, and bad
// files skipped with a reason while the scan goes on. Fixtures are written here with DCMTK.
#include "medsynth/io/DatasetIndex.h"
#include "medsynth/io/IoError.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <opencv2/imgcodecs.hpp>

#include <QProcess>
#include <QtTest/QtTest>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

using namespace medsynth;
namespace fs = std::filesystem;

namespace {

struct Slice {
    std::string patientId = "P1";
    std::string patientName = "DOE^JANE";
    std::string studyUid = "1.2.3.1";
    std::string seriesUid = "1.2.3.1.1";
    std::string modality = "CT";
    int rows = 16, columns = 16;
    std::string orientation = "1\\0\\0\\0\\1\\0";   // empty: none
    std::string position;                           // empty: none
    std::string instanceNumber;                     // empty: none
    std::string numberOfFrames;                     // empty: none
    bool pixels = true;
    uint16_t fill = 100;
};

void writeDicom(const std::string& path, const Slice& s) {
    fs::create_directories(fs::path(path).parent_path());
    DcmFileFormat file;
    DcmDataset& d = *file.getDataset();
    char uid[100];
    d.putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
    d.putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    d.putAndInsertString(DCM_PatientID, s.patientId.c_str());
    d.putAndInsertString(DCM_PatientName, s.patientName.c_str());
    d.putAndInsertString(DCM_StudyInstanceUID, s.studyUid.c_str());
    d.putAndInsertString(DCM_SeriesInstanceUID, s.seriesUid.c_str());
    d.putAndInsertString(DCM_Modality, s.modality.c_str());
    if (!s.orientation.empty()) d.putAndInsertString(DCM_ImageOrientationPatient, s.orientation.c_str());
    if (!s.position.empty()) d.putAndInsertString(DCM_ImagePositionPatient, s.position.c_str());
    if (!s.instanceNumber.empty()) d.putAndInsertString(DCM_InstanceNumber, s.instanceNumber.c_str());
    if (!s.numberOfFrames.empty()) d.putAndInsertString(DCM_NumberOfFrames, s.numberOfFrames.c_str());
    d.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    d.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    d.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(s.rows));
    d.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(s.columns));
    d.putAndInsertUint16(DCM_BitsAllocated, 16);
    d.putAndInsertUint16(DCM_BitsStored, 16);
    d.putAndInsertUint16(DCM_HighBit, 15);
    d.putAndInsertUint16(DCM_PixelRepresentation, 0);
    if (s.pixels) {
        std::vector<Uint16> values(static_cast<size_t>(std::min(s.rows, 64)) * std::min(s.columns, 64), s.fill);
        for (size_t i = 0; i < values.size(); i += 3) values[i] = static_cast<Uint16>(s.fill * 2);
        d.putAndInsertUint16Array(DCM_PixelData, values.data(), static_cast<unsigned long>(values.size()));
    }
    QVERIFY(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
}

void writePng(const std::string& path, int size = 12, int value = 128) {
    fs::create_directories(fs::path(path).parent_path());
    cv::Mat image(size, size, CV_8U, cv::Scalar(value));
    QVERIFY(cv::imwrite(path, image));
}

void writeText(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
}

int fileIndex(const io::DatasetIndex& index, const std::string& path) {
    for (size_t i = 0; i < index.files().size(); ++i)
        if (index.files()[i].path == path) return static_cast<int>(i);
    return -1;
}

std::vector<std::string> seriesPaths(const io::DatasetIndex& index, const io::SeriesGroup& series) {
    std::vector<std::string> paths;
    for (int f : series.files) paths.push_back(index.files()[static_cast<size_t>(f)].path);
    return paths;
}

io::ScanOptions noHistograms() {
    io::ScanOptions options;
    options.histogramFiles = 0;
    return options;
}

}  // namespace

class DatasetIndexTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsByPatientStudyAndSeries() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        // Everything in one folder with unrelated names: the headers decide, not the folders.
        Slice a;  // patient P1, study 1: two series; study 2: one series
        const struct { const char* name; const char* patient; const char* study; const char* series; } files[] = {
            {"f01.dcm", "P1", "1.2.3.1", "1.2.3.1.1"}, {"f02.dcm", "P2", "1.2.3.9", "1.2.3.9.1"},
            {"f03.dcm", "P1", "1.2.3.1", "1.2.3.1.2"}, {"f04.dcm", "P1", "1.2.3.2", "1.2.3.2.1"},
            {"f05.dcm", "P1", "1.2.3.1", "1.2.3.1.1"}, {"f06.dcm", "P2", "1.2.3.9", "1.2.3.9.1"},
            {"sub/f07.dcm", "P1", "1.2.3.2", "1.2.3.2.1"},
        };
        for (const auto& f : files) {
            Slice s;
            s.patientId = f.patient;
            s.studyUid = f.study;
            s.seriesUid = f.series;
            writeDicom(root + "/" + f.name, s);
        }
        const io::DatasetIndex index = io::DatasetIndex::scan(root, noHistograms());
        const io::DatasetSummary summary = index.summary();
        QCOMPARE(summary.indexed, 7);
        QCOMPARE(summary.patients, 2);
        QCOMPARE(summary.studies, 3);
        QCOMPARE(summary.series, 4);
        QCOMPARE(index.groups().size(), size_t(2));
        // Keys are per-scan sequence numbers in path order: f01 is patient P1, the first seen.
        QCOMPARE(index.groups()[0].key, std::string("Patient 1"));
        QCOMPARE(index.groups()[1].key, std::string("Patient 2"));
        QCOMPARE(index.groups()[0].files.size(), size_t(5));
        QCOMPARE(index.groups()[0].studies.size(), size_t(2));
        QCOMPARE(index.studies()[index.groups()[0].studies[1]].key, std::string("Study 1.2"));
        QCOMPARE(index.studies()[index.groups()[1].studies[0]].key, std::string("Study 2.1"));
        // Series 1 of patient 1 holds f01 and f05.
        const io::SeriesGroup& first = index.series()[0];
        QCOMPARE(first.key, std::string("Series 1"));
        QCOMPARE(seriesPaths(index, first), (std::vector<std::string>{"f01.dcm", "f05.dcm"}));
        std::set<std::string> keys;
        for (const io::SeriesGroup& s : index.series()) {
            keys.insert(s.key);
            QVERIFY(s.key.find("1.2.3") == std::string::npos);
            QCOMPARE(s.modality, std::string("CT"));
        }
        QCOMPARE(keys.size(), size_t(4));
        const io::IndexedFile& f07 = index.files()[static_cast<size_t>(fileIndex(index, "sub/f07.dcm"))];
        QCOMPARE(f07.group, 0);
        QCOMPARE(index.studies()[static_cast<size_t>(index.series()[static_cast<size_t>(f07.series)].study)].key,
                 std::string("Study 1.2"));
    }

    void ordersSlicesAlongTheNormal() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        // Coronal slices: rows along x, columns along -z, so the normal is +y; z is the same for
        // all, so sorting by z (or by name, or by the deliberately wrong instance numbers) fails.
        const double y[] = {30, -10, 20, 0, 10, -20};
        const char* names[] = {"c.dcm", "f.dcm", "a.dcm", "e.dcm", "b.dcm", "d.dcm"};
        for (int i = 0; i < 6; ++i) {
            Slice s;
            s.orientation = "1\\0\\0\\0\\0\\-1";
            s.position = "-50\\" + std::to_string(y[i]) + "\\7";
            s.instanceNumber = std::to_string(i + 1);
            writeDicom(root + "/" + names[i], s);
        }
        const io::DatasetIndex index = io::DatasetIndex::scan(root, noHistograms());
        QCOMPARE(index.series().size(), size_t(1));
        const io::SeriesGroup& series = index.series()[0];
        QCOMPARE(series.order, io::SliceOrder::Position);
        // Ascending y: -20 d, -10 f, 0 e, 10 b, 20 a, 30 c
        QCOMPARE(seriesPaths(index, series), (std::vector<std::string>{"d.dcm", "f.dcm", "e.dcm", "b.dcm", "a.dcm", "c.dcm"}));
    }

    void fallsBackToInstanceNumberThenPath() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        const int instance[] = {3, 1, 4, 2};
        const char* names[] = {"a.dcm", "b.dcm", "c.dcm", "d.dcm"};
        for (int i = 0; i < 4; ++i) {
            Slice s;
            s.instanceNumber = std::to_string(instance[i]);
            s.position = i == 2 ? "" : "0\\0\\" + std::to_string(10 - i);  // one file without a position
            writeDicom(root + "/" + names[i], s);
        }
        for (int i = 0; i < 3; ++i) {  // a second series with neither position nor instance number
            Slice s;
            s.seriesUid = "1.2.3.1.7";
            s.instanceNumber = i == 1 ? "" : std::to_string(9 - i);
            writeDicom(root + "/n" + std::to_string(i) + ".dcm", s);
        }
        const io::DatasetIndex index = io::DatasetIndex::scan(root, noHistograms());
        QCOMPARE(index.series().size(), size_t(2));
        QCOMPARE(index.series()[0].order, io::SliceOrder::InstanceNumber);
        QCOMPARE(seriesPaths(index, index.series()[0]), (std::vector<std::string>{"b.dcm", "d.dcm", "a.dcm", "c.dcm"}));
        QCOMPARE(index.series()[1].order, io::SliceOrder::FilePath);
        QCOMPARE(seriesPaths(index, index.series()[1]), (std::vector<std::string>{"n0.dcm", "n1.dcm", "n2.dcm"}));
    }

    void splitsASeriesWhoseSizeOrOrientationDiffers() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        for (int i = 0; i < 7; ++i) {
            Slice s;
            s.position = "0\\0\\" + std::to_string(i);
            s.instanceNumber = std::to_string(i + 1);
            if (i >= 3 && i < 5) s.rows = s.columns = 24;                    // two bigger images
            if (i >= 5) s.orientation = "0\\1\\0\\0\\0\\-1";                  // two sagittal ones
            writeDicom(root + "/s" + std::to_string(i) + ".dcm", s);
        }
        Slice other;  // another series, uniform: not split
        other.seriesUid = "1.2.3.1.5";
        writeDicom(root + "/t.dcm", other);
        const io::DatasetIndex index = io::DatasetIndex::scan(root, noHistograms());
        QCOMPARE(index.series().size(), size_t(4));
        for (int part = 0; part < 3; ++part) {
            const io::SeriesGroup& s = index.series()[static_cast<size_t>(part)];
            QCOMPARE(s.parts, 3);
            QCOMPARE(s.part, part + 1);
            QCOMPARE(s.key, "Series 1 (part " + std::to_string(part + 1) + " of 3)");
            QVERIFY2(s.partReason.find("sizes") != std::string::npos, s.partReason.c_str());
            QVERIFY2(s.partReason.find("orientations") != std::string::npos, s.partReason.c_str());
        }
        QCOMPARE(seriesPaths(index, index.series()[0]), (std::vector<std::string>{"s0.dcm", "s1.dcm", "s2.dcm"}));
        QCOMPARE(index.series()[1].width, 24);
        QCOMPARE(seriesPaths(index, index.series()[1]), (std::vector<std::string>{"s3.dcm", "s4.dcm"}));
        QCOMPARE(seriesPaths(index, index.series()[2]), (std::vector<std::string>{"s5.dcm", "s6.dcm"}));
        QCOMPARE(index.series()[3].parts, 1);
        QCOMPARE(index.series()[3].key, std::string("Series 2"));
    }

    void labelsFromSubFolders() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        writePng(root + "/normal/a.png");
        writePng(root + "/normal/deeper/b.png");
        writePng(root + "/lesion/c.png");
        writePng(root + "/top.png");
        io::ScanOptions options = noHistograms();
        options.labelsFromFolders = true;
        const io::DatasetIndex index = io::DatasetIndex::scan(root, options);
        QCOMPARE(index.classNames(), (std::vector<std::string>{"lesion", "normal"}));
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "normal/deeper/b.png"))].label, 1);
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "lesion/c.png"))].label, 0);
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "top.png"))].label, -1);
        const io::DatasetSummary summary = index.summary();
        QCOMPARE(summary.perClass.at("normal"), 2);
        QCOMPARE(summary.unlabelled, 1);
        // Without the option there are no labels.
        QVERIFY(io::DatasetIndex::scan(root, noHistograms()).classNames().empty());
    }

    void labelsFromACsv() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        writePng(root + "/img/a.png");
        writePng(root + "/img/b,c.png");
        writePng(root + "/img/d.png");
        writePng(root + "/e.png");
        writeText(root + "/broken.png", "not a png");
        // A BOM, CRLF line ends, a header, a quoted name with a comma, backslashes, a blank line,
        // a row for a missing file, one for a skipped file, one without a label, a duplicate.
        writeText(root + "/labels.csv",
                  "\xEF\xBB\xBF" "File,Label\r\n"
                  "img/a.png,2\r\n"
                  "\"img/b,c.png\",10\r\n"
                  "img\\d.png, 2 \r\n"
                  "\r\n"
                  "img/missing.png,1\r\n"
                  "broken.png,1\r\n"
                  "e.png\r\n"
                  "img/a.png,3\r\n");
        io::ScanOptions options = noHistograms();
        options.labelsCsv = root + "/labels.csv";
        const io::DatasetIndex index = io::DatasetIndex::scan(root, options);
        // Numeric labels sort as numbers: 2 before 10.
        QCOMPARE(index.classNames(), (std::vector<std::string>{"2", "10"}));
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "img/a.png"))].label, 0);
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "img/b,c.png"))].label, 1);
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "img/d.png"))].label, 0);
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "e.png"))].label, -1);
        std::map<int, std::string> problems;
        for (const io::LabelProblem& p : index.labelProblems()) problems[p.line] = p.message;
        QCOMPARE(problems.size(), size_t(4));
        QVERIFY2(problems[6].find("missing.png") != std::string::npos && problems[6].find("not an image") != std::string::npos,
                 problems[6].c_str());
        QVERIFY2(problems[7].find("skipped") != std::string::npos, problems[7].c_str());
        QVERIFY(problems.count(8));
        QVERIFY2(problems[9].find("again") != std::string::npos, problems[9].c_str());

        // A first row that is data, not a header, is kept.
        writeText(root + "/plain.csv", "img/a.png,5\nimg/d.png,6\n");
        options.labelsCsv = root + "/plain.csv";
        QCOMPARE(io::DatasetIndex::scan(root, options).classNames(), (std::vector<std::string>{"5", "6"}));
        options.labelsCsv = root + "/nope.csv";
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::DatasetIndex::scan(root, options));
    }

    void csvSplitsWinForWholePatients() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        // Patient A with three slices, patient B with one, four PNGs.
        for (int k = 0; k < 3; ++k) {
            Slice s;
            s.patientId = "PATA";
            s.studyUid = "1.2.7.1";
            s.seriesUid = "1.2.7.1.1";
            writeDicom(root + "/a/" + std::to_string(k) + ".dcm", s);
        }
        Slice b;
        b.patientId = "PATB";
        b.studyUid = "1.2.7.2";
        b.seriesUid = "1.2.7.2.1";
        writeDicom(root + "/b/0.dcm", b);
        for (int i = 0; i < 4; ++i) writePng(root + "/png/" + std::to_string(i) + ".png");
        // Everything in train by fraction, then the CSV moves some: one slice of A to validation
        // (the whole patient follows), a second slice of A to test (refused: A stays in
        // validation), a PNG to test with no label, one with an unknown split (its label is kept).
        writeText(root + "/labels.csv",
                  "file,label,split\n"
                  "a/0.dcm,tumour,Validation\n"
                  "a/2.dcm,tumour,test\n"
                  "png/1.png,,test\n"
                  "png/2.png,healthy,holdout\n"
                  "png/3.png,,\n");
        io::ScanOptions options = noHistograms();
        options.split = {1.0, 0.0, 0.0};
        options.labelsCsv = root + "/labels.csv";
        const io::DatasetIndex index = io::DatasetIndex::scan(root, options);
        auto fileOf = [&](const char* path) { return index.files()[static_cast<size_t>(fileIndex(index, path))]; };
        for (const char* slice : {"a/0.dcm", "a/1.dcm", "a/2.dcm"}) QCOMPARE(fileOf(slice).split, io::Split::Validation);
        QCOMPARE(fileOf("b/0.dcm").split, io::Split::Train);
        QCOMPARE(fileOf("png/0.png").split, io::Split::Train);
        QCOMPARE(fileOf("png/1.png").split, io::Split::Test);
        QCOMPARE(fileOf("png/1.png").label, -1);
        QCOMPARE(fileOf("png/2.png").split, io::Split::Train);
        QCOMPARE(index.classNames(), (std::vector<std::string>{"healthy", "tumour"}));
        QCOMPARE(fileOf("png/2.png").label, 0);
        QCOMPARE(fileOf("a/2.dcm").label, 1);
        std::map<int, std::string> problems;
        for (const io::LabelProblem& p : index.labelProblems()) problems[p.line] = p.message;
        QCOMPARE(problems.size(), size_t(3));
        QVERIFY2(problems[3].find("stays in validation") != std::string::npos, problems[3].c_str());
        QVERIFY2(problems[3].find("PATA") == std::string::npos, problems[3].c_str());  // patients are opaque keys
        QVERIFY2(problems[5].find("holdout") != std::string::npos, problems[5].c_str());
        QVERIFY(problems.count(6));  // neither label nor split

        // The same rows given directly give the same index; rows without splits keep the seeded ones.
        std::vector<io::LabelProblem> ignored;
        auto rows = std::make_shared<std::vector<io::LabelRow>>(io::readLabelCsv(root + "/labels.csv", &ignored));
        io::ScanOptions given = noHistograms();
        given.split = {1.0, 0.0, 0.0};
        given.labelRows = rows;
        const io::DatasetIndex direct = io::DatasetIndex::scan(root, given);
        for (size_t f = 0; f < index.files().size(); ++f) {
            QCOMPARE(direct.files()[f].split, index.files()[f].split);
            QCOMPARE(direct.files()[f].label, index.files()[f].label);
        }
    }

    void labelCsvRoundTrips() {
        QTemporaryDir tmp;
        const std::string path = tmp.path().toStdString() + "/labels.csv";
        std::vector<io::LabelRow> rows = {{0, "a/plain.png", "1", io::Split::Train},
                                          {0, "b/with, comma.png", "say \"hi\"", io::Split::Validation},
                                          {0, " edge .png", "", io::Split::Test},
                                          {0, "c/\xC3\xA9t\xC3\xA9.dcm", "no split", std::nullopt}};
        io::writeLabelCsv(path, rows);
        std::vector<io::LabelProblem> problems;
        const std::vector<io::LabelRow> back = io::readLabelCsv(path, &problems);
        QVERIFY(problems.empty());
        QCOMPARE(back.size(), rows.size());
        for (size_t r = 0; r < rows.size(); ++r) {
            QCOMPARE(back[r].file, rows[r].file);
            QCOMPARE(back[r].label, rows[r].label);
            QVERIFY(back[r].split == rows[r].split);
        }
        QCOMPARE(io::formatLabelCsv(back), io::formatLabelCsv(rows));
        // A folder that cannot be written: an IoError, and the old file is left as it was.
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::writeLabelCsv(tmp.path().toStdString() + "/no/such/folder/labels.csv", rows));
        QCOMPARE(io::readLabelCsv(path).size(), rows.size());
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path + ".tmp")));
    }

    void splitsKeepPatientsTogetherAndFollowTheSeed() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        // 24 patients with 1 to 4 slices each (some with a second study in another folder) and 16
        // PNG files, each its own group.
        int slices = 0;
        for (int p = 0; p < 24; ++p) {
            for (int k = 0; k <= p % 4; ++k) {
                Slice s;
                s.patientId = "PAT" + std::to_string(p);
                s.studyUid = "1.2.5." + std::to_string(p);
                s.seriesUid = "1.2.5." + std::to_string(p) + ".1";
                writeDicom(root + "/p" + std::to_string(p) + "/" + std::to_string(k) + ".dcm", s);
                ++slices;
            }
            if (p % 5 == 0) {
                Slice s;
                s.patientId = "PAT" + std::to_string(p);
                s.studyUid = "1.2.6." + std::to_string(p);
                s.seriesUid = "1.2.6." + std::to_string(p) + ".1";
                writeDicom(root + "/later/p" + std::to_string(p) + ".dcm", s);
                ++slices;
            }
        }
        for (int i = 0; i < 16; ++i) writePng(root + "/png/" + std::to_string(i) + ".png");
        io::ScanOptions options = noHistograms();
        options.split = {0.6, 0.2, 0.2};
        options.seed = 7;
        const io::DatasetIndex index = io::DatasetIndex::scan(root, options);
        QCOMPARE(static_cast<int>(index.files().size()), slices + 16);
        QCOMPARE(index.summary().patients, 24);
        QCOMPARE(index.groups().size(), size_t(40));

        // Never one patient (by its ID, read back through the reveal accessor) in two splits.
        std::map<std::string, std::set<io::Split>> splitsOfPatient;
        for (size_t f = 0; f < index.files().size(); ++f) {
            for (const io::IdentifyingAttribute& a : index.identifyingValues(static_cast<int>(f)))
                if (a.name == "PatientID") splitsOfPatient[a.value.reveal()].insert(index.files()[f].split);
            QCOMPARE(index.files()[f].split, index.groups()[static_cast<size_t>(index.files()[f].group)].split);
        }
        QCOMPARE(splitsOfPatient.size(), size_t(24));
        for (const auto& [patient, splits] : splitsOfPatient) QVERIFY2(splits.size() == 1, patient.c_str());

        // Each split within one group (at most 5 files here) of its asked share.
        const double total = static_cast<double>(index.files().size());
        const io::DatasetSummary summary = index.summary();
        const std::map<std::string, double> asked = {{"train", 0.6}, {"validation", 0.2}, {"test", 0.2}};
        for (const auto& [split, fraction] : asked)
            QVERIFY2(std::abs(summary.perSplit.at(split) - fraction * total) <= 5.0,
                     qPrintable(QString("%1: %2 of %3").arg(split.c_str()).arg(summary.perSplit.at(split)).arg(total)));

        // Same seed: same splits. Another seed: other splits.
        auto splitsOf = [&](uint64_t seed) {
            io::ScanOptions o = options;
            o.seed = seed;
            const io::DatasetIndex again = io::DatasetIndex::scan(root, o);
            std::vector<io::Split> splits;
            for (const io::IndexedFile& f : again.files()) splits.push_back(f.split);
            return splits;
        };
        std::vector<io::Split> first;
        for (const io::IndexedFile& f : index.files()) first.push_back(f.split);
        QVERIFY(splitsOf(7) == first);
        QVERIFY(splitsOf(8) != first);

        // Grouping PNGs by folder makes them one group: all in one split.
        options.groupOtherFilesByFolder = true;
        const io::DatasetIndex byFolder = io::DatasetIndex::scan(root, options);
        QCOMPARE(byFolder.groups().size(), size_t(25));
        std::set<io::Split> pngSplits;
        for (const io::IndexedFile& f : byFolder.files())
            if (f.format == io::ImageFormat::Png) pngSplits.insert(f.split);
        QCOMPARE(pngSplits.size(), size_t(1));

        // A fraction of zero gets nothing; bad fractions are refused.
        options.split = {1.0, 0.0, 0.0};
        QCOMPARE(io::DatasetIndex::scan(root, options).summary().perSplit.at("train"), static_cast<int>(total));
        options.split = {-1.0, 0.5, 0.5};
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::DatasetIndex::scan(root, options));
    }

    void reportsProgressAndHistograms() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        for (int i = 0; i < 30; ++i) {
            Slice s;
            s.instanceNumber = std::to_string(i);
            writeDicom(root + "/" + std::to_string(i) + ".dcm", s);
        }
        writePng(root + "/x.png", 10);
        std::vector<io::ScanProgress> reports;
        io::ScanOptions options;
        options.histogramFiles = -1;
        options.histogramBins = 8;
        const io::DatasetIndex index = io::DatasetIndex::scan(root, options, nullptr,
                                                              [&](const io::ScanProgress& p) { reports.push_back(p); });
        QVERIFY(!index.cancelled());
        int lastReading = 0;
        bool readingComplete = false, decodingComplete = false;
        for (const io::ScanProgress& p : reports) {
            if (p.stage == io::ScanProgress::Stage::Reading) {
                QCOMPARE(p.total, 31);
                QVERIFY(p.done >= lastReading);
                lastReading = p.done;
                readingComplete = readingComplete || p.done == 31;
            }
            if (p.stage == io::ScanProgress::Stage::Decoding) decodingComplete = decodingComplete || p.done == p.total;
        }
        QVERIFY(readingComplete);
        QVERIFY(decodingComplete);
        const auto& histograms = index.histograms();
        QCOMPARE(histograms.at("all").files, 31);
        QCOMPARE(histograms.at("CT").files, 30);
        QCOMPARE(histograms.at("png").values, 100LL);
        QCOMPARE(histograms.at("all").values, 30LL * 256 + 100);
        long long sum = 0;
        for (long long c : histograms.at("all").counts) sum += c;
        QCOMPARE(sum, histograms.at("all").values);
        QCOMPARE(histograms.at("all").counts.size(), size_t(8));
        QVERIFY(index.histogramSource().find("every one of the 31") != std::string::npos);
    }

    void cancelStopsTheScan() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        for (int i = 0; i < 300; ++i) writeDicom(root + "/" + std::to_string(i) + ".dcm", Slice{});
        std::atomic<bool> cancel{false};
        int lastDone = 0, reportsAfterCancel = 0;
        const io::DatasetIndex index = io::DatasetIndex::scan(root, noHistograms(), &cancel, [&](const io::ScanProgress& p) {
            if (p.stage != io::ScanProgress::Stage::Reading) return;
            lastDone = p.done;
            if (cancel) ++reportsAfterCancel;
            if (p.done >= 20) cancel = true;
        });
        QVERIFY(index.cancelled());
        QVERIFY(index.files().empty());
        QVERIFY2(lastDone < 300, qPrintable(QString::number(lastDone)));
        QVERIFY(reportsAfterCancel <= 16);
        // Cancelled before it starts: nothing is read.
        std::atomic<bool> already{true};
        QVERIFY(io::DatasetIndex::scan(root, noHistograms(), &already).cancelled());
    }

    void skipsBadFilesWithAReasonAndGoesOn() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        writeDicom(root + "/good1.dcm", Slice{});
        writePng(root + "/good2.png");
        writeText(root + "/empty.dcm", "");
        {
            std::ifstream whole(root + "/good1.dcm", std::ios::binary);
            std::string bytes((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
            writeText(root + "/truncated.dcm", bytes.substr(0, bytes.size() - 100));
            writeText(root + "/headonly.dcm", bytes.substr(0, 140));
        }
        writeText(root + "/notes.txt", "hello");
        writeText(root + "/fake.png", "this is not a png file at all");
        fs::create_directories(root + "/folder.dcm");
        Slice noPixels;
        noPixels.pixels = false;
        writeDicom(root + "/nopixels.dcm", noPixels);
        Slice frames;
        frames.numberOfFrames = "abc";
        writeDicom(root + "/frames.dcm", frames);
        Slice huge;
        huge.rows = huge.columns = 65535;
        huge.numberOfFrames = "5000";
        writeDicom(root + "/huge.dcm", huge);
        writeDicom(root + "/sub/good3.dcm", Slice{});
        writeText(root + "/locked.dcm", "DICM");
        fs::permissions(root + "/locked.dcm", fs::perms::none);
        const bool canLock = ::geteuid() != 0;  // root reads anything

        const io::DatasetIndex index = io::DatasetIndex::scan(root, noHistograms());
        fs::permissions(root + "/locked.dcm", fs::perms::owner_all);
        std::set<std::string> indexed;
        for (const io::IndexedFile& f : index.files()) indexed.insert(f.path);
        QCOMPARE(indexed, (std::set<std::string>{"good1.dcm", "good2.png", "sub/good3.dcm"}));
        std::map<std::string, std::string> reasons;
        for (const io::SkippedFile& s : index.skipped()) {
            QVERIFY2(!s.reason.empty() && s.reason.find('\n') == std::string::npos, s.path.c_str());
            reasons[s.path] = s.reason;
        }
        auto reasonContains = [&](const char* path, const char* words) {
            const auto it = reasons.find(path);
            if (it == reasons.end()) return false;
            return it->second.find(words) != std::string::npos;
        };
        QVERIFY2(reasonContains("empty.dcm", "empty"), reasons["empty.dcm"].c_str());
        QVERIFY2(reasonContains("truncated.dcm", "damaged"), reasons["truncated.dcm"].c_str());
        QVERIFY2(reasonContains("headonly.dcm", "damaged"), reasons["headonly.dcm"].c_str());
        QVERIFY2(reasonContains("notes.txt", "not an image"), reasons["notes.txt"].c_str());
        QVERIFY2(reasonContains("fake.png", "not a readable image"), reasons["fake.png"].c_str());
        QVERIFY2(reasonContains("folder.dcm", "folder"), reasons["folder.dcm"].c_str());
        QVERIFY2(reasonContains("nopixels.dcm", "without pixel data"), reasons["nopixels.dcm"].c_str());
        QVERIFY2(reasonContains("frames.dcm", "NumberOfFrames"), reasons["frames.dcm"].c_str());
        QVERIFY2(reasonContains("huge.dcm", "at most"), reasons["huge.dcm"].c_str());
        if (canLock) QVERIFY2(reasonContains("locked.dcm", "permissions"), reasons["locked.dcm"].c_str());
        else QVERIFY(reasons.count("locked.dcm"));  // readable by root, but still not DICOM
        QCOMPARE(index.summary().skipped, static_cast<int>(reasons.size()));
    }

    void refusesWhatIsNotAFolder() {
        QTemporaryDir tmp;
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::DatasetIndex::scan(tmp.filePath("missing").toStdString()));
        writeText(tmp.filePath("file.dcm").toStdString(), "x");
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::DatasetIndex::scan(tmp.filePath("file.dcm").toStdString()));
        fs::create_directories(tmp.filePath("empty").toStdString());
        const io::DatasetIndex empty = io::DatasetIndex::scan(tmp.filePath("empty").toStdString());
        QVERIFY(!empty.cancelled());
        QCOMPARE(empty.summary().indexed, 0);
    }

    void labelsFromNumpyArchives() {
        QTemporaryDir tmp;
        const QString archive = tmp.filePath("organ.npz");
        // A MedMNIST-style archive, written by NumPy itself.
        QProcess python;
        python.start("/usr/bin/python3", {"-c",
            "import numpy as np, sys\n"
            "np.savez(sys.argv[1], train_images=np.zeros((5, 9, 7), np.uint8), train_labels=np.array([[0], [2], [2], [1], [0]]),\n"
            "         val_images=np.ones((2, 9, 7), np.uint8), val_labels=np.array([[1], [1]]),\n"
            "         test_images=np.ones((3, 9, 7), np.uint8), test_labels=np.ones((3, 4), np.int64))\n",
            archive});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) QSKIP("/usr/bin/python3 with numpy is needed to write the archive");
        const io::DatasetIndex index = io::DatasetIndex::scan(tmp.path().toStdString(), noHistograms());
        QCOMPARE(index.files().size(), size_t(1));
        const io::IndexedFile& file = index.files()[0];
        QCOMPARE(file.format, io::ImageFormat::Npz);
        QCOMPARE(file.frames, 10);
        QCOMPARE(file.width, 7);
        QCOMPARE(file.height, 9);
        QCOMPARE(index.classNames(), (std::vector<std::string>{"0", "1", "2"}));
        // train (5), val (2), test (3, multi-label: not used as classes).
        QCOMPARE(file.itemLabels, (std::vector<int>{0, 2, 2, 1, 0, 1, 1, -1, -1, -1}));
        const io::DatasetSummary summary = index.summary();
        QCOMPARE(summary.perClassInArchives.at("2"), 2);
        QCOMPARE(summary.perClassInArchives.at("(unlabelled)"), 3);
        QCOMPARE(index.labelProblems().size(), size_t(1));
        QVERIFY(index.labelProblems()[0].message.find("test_labels") != std::string::npos);
    }

    void detectsFormatsByContent() {
        QTemporaryDir tmp;
        const std::string root = tmp.path().toStdString();
        writeDicom(root + "/no_extension", Slice{});
        writePng(root + "/png_named.png");
        fs::rename(root + "/png_named.png", root + "/png_named.jpg");
        writeText(root + "/a.npy", std::string("\x93NUMPY\x01\x00", 8) + std::string("\x46\x00", 2)
                                       + "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 20, 10), }      \n");
        std::string nifti(352, '\0');
        nifti[0] = '\x5c';  // 348, little endian
        nifti[1] = '\x01';
        nifti[40] = 3;      // dim[0] = 3
        nifti[42] = 7;      // dim[1] = 7 (x)
        nifti[44] = 5;      // dim[2] = 5 (y)
        nifti[46] = 4;      // dim[3] = 4 slices
        nifti.replace(344, 4, std::string("n+1\0", 4));
        writeText(root + "/vol.nii", nifti);
        const io::DatasetIndex index = io::DatasetIndex::scan(root, noHistograms());
        QCOMPARE(index.files().size(), size_t(4));
        const io::IndexedFile& dicom = index.files()[static_cast<size_t>(fileIndex(index, "no_extension"))];
        QCOMPARE(dicom.format, io::ImageFormat::Dicom);
        QCOMPARE(index.files()[static_cast<size_t>(fileIndex(index, "png_named.jpg"))].format, io::ImageFormat::Png);
        const io::IndexedFile& npy = index.files()[static_cast<size_t>(fileIndex(index, "a.npy"))];
        QCOMPARE(npy.format, io::ImageFormat::Npy);
        QCOMPARE(npy.frames, 3);
        QCOMPARE(npy.height, 20);
        QCOMPARE(npy.width, 10);
        const io::IndexedFile& nii = index.files()[static_cast<size_t>(fileIndex(index, "vol.nii"))];
        QCOMPARE(nii.format, io::ImageFormat::Nifti);
        QCOMPARE(nii.width, 7);
        QCOMPARE(nii.height, 5);
        QCOMPARE(nii.frames, 4);
        QCOMPARE(index.summary().perFormat.at("nifti"), 1);
    }
};

QTEST_GUILESS_MAIN(DatasetIndexTest)
#include "tst_DatasetIndex.moc"
