// PhantomWriter: the DICOM reads back with DCMTK as a synthetic MR image that carries the slice's
// pixels and nothing identifying; PNGs and whole datasets read back too.
#include "medsynth/io/ImageReader.h"
#include "medsynth/io/IoError.h"
#include "medsynth/io/PhantomWriter.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <opencv2/imgcodecs.hpp>

#include <QtTest/QtTest>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace medsynth;

namespace {

engine::PhantomSlice slice(int index, int size = 48, uint64_t seed = 77) {
    engine::PhantomOptions options;
    options.size = size;
    options.seed = seed;
    return engine::generatePhantomSlice(index, options);
}

std::string text(DcmItem* dataset, const DcmTagKey& tag) {
    OFString value;
    dataset->findAndGetOFStringArray(tag, value);
    return value.c_str();
}

}  // namespace

class TestPhantomWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dicomReadsBackAsSyntheticMr() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("slice.dcm").toStdString();
        const engine::PhantomSlice s = slice(2);
        io::writePhantomDicom(s, 2, 77, path);

        DcmFileFormat file;
        QVERIFY(file.loadFile(path.c_str()).good());
        DcmDataset* d = file.getDataset();
        QCOMPARE(d->getOriginalXfer(), EXS_LittleEndianExplicit);
        QCOMPARE(text(d, DCM_SOPClassUID), std::string(UID_MRImageStorage));
        QCOMPARE(text(d, DCM_Modality), std::string("MR"));
        QCOMPARE(text(d, DcmTagKey(0x0008, 0x001C)), std::string("YES"));
        QCOMPARE(text(d, DCM_PhotometricInterpretation), std::string("MONOCHROME2"));
        QCOMPARE(text(d, DCM_PatientName), std::string("PHANTOM^DEMO"));
        QCOMPARE(text(d, DCM_PatientID), std::string("PHANTOM-77"));
        QCOMPARE(text(d, DCM_InstanceNumber), std::string("3"));
        Uint16 bitsAllocated = 0, bitsStored = 0, representation = 9, rows = 0, columns = 0;
        d->findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
        d->findAndGetUint16(DCM_BitsStored, bitsStored);
        d->findAndGetUint16(DCM_PixelRepresentation, representation);
        d->findAndGetUint16(DCM_Rows, rows);
        d->findAndGetUint16(DCM_Columns, columns);
        QCOMPARE(bitsAllocated, Uint16(16));
        QVERIFY(bitsStored == 12 || bitsStored == 16);
        QCOMPARE(representation, Uint16(0));
        QCOMPARE(int(rows), 48);
        QCOMPARE(int(columns), 48);

        Float64 center = 0, width = 0, thickness = 0, z = -1, spacing = 0;
        QVERIFY(d->findAndGetFloat64(DCM_WindowCenter, center).good());
        QVERIFY(d->findAndGetFloat64(DCM_WindowWidth, width).good());
        QVERIFY(width >= 1);
        QVERIFY(d->findAndGetFloat64(DCM_SliceThickness, thickness).good());
        QVERIFY(d->findAndGetFloat64(DCM_PixelSpacing, spacing, 1).good());
        QVERIFY(spacing > 0);
        QVERIFY(d->findAndGetFloat64(DCM_ImagePositionPatient, z, 2).good());
        QCOMPARE(z, 2 * thickness);  // stacked along z by index
        QVERIFY(!text(d, DCM_ImageOrientationPatient).empty());

        const Uint16* pixels = nullptr;
        unsigned long count = 0;
        QVERIFY(d->findAndGetUint16Array(DCM_PixelData, pixels, &count).good());
        QCOMPARE(count, static_cast<unsigned long>(s.intensity.size()));
        const double fullScale = (1 << bitsStored) - 1;
        for (size_t i = 0; i < count; ++i)
            QVERIFY(std::fabs(pixels[i] / fullScale - s.intensity[i]) <= 0.5 / fullScale + 1e-6);
    }

    void dicomCarriesNoIdentifyingValue() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("slice.dcm").toStdString();
        io::writePhantomDicom(slice(0), 0, 5, path);
        DcmFileFormat file;
        QVERIFY(file.loadFile(path.c_str()).good());
        DcmDataset* d = file.getDataset();
        const DcmTagKey mustBeEmpty[] = {
            DCM_PatientBirthDate, DCM_PatientSex, DCM_PatientAddress, DCM_OtherPatientIDsSequence,
            DCM_InstitutionName, DCM_InstitutionAddress, DCM_ReferringPhysicianName, DCM_PerformingPhysicianName,
            DCM_OperatorsName, DCM_AccessionNumber, DCM_StudyDescription, DCM_SeriesDescription,
            DCM_StationName, DCM_DeviceSerialNumber, DCM_StudyDate, DCM_StudyTime, DCM_ImageComments,
            DCM_PatientComments, DCM_StudyID};
        for (const DcmTagKey& tag : mustBeEmpty)
            QVERIFY2(text(d, tag).empty(), tag.toString().c_str());
        // Every UID is a synthetic one made here, not the DCMTK default root plus host and time.
        for (const DcmTagKey& tag : {DCM_SOPInstanceUID, DCM_StudyInstanceUID, DCM_SeriesInstanceUID,
                                     DCM_FrameOfReferenceUID}) {
            const std::string uid = text(d, tag);
            QVERIFY2(uid.rfind("2.25.", 0) == 0, uid.c_str());
            QVERIFY(uid.size() <= 64);
        }
        QVERIFY(text(file.getMetaInfo(), DCM_MediaStorageSOPInstanceUID) == text(d, DCM_SOPInstanceUID));
    }

    void uidsAreSharedBySeedAndDistinctByInstance() {
        QTemporaryDir dir;
        const std::string a = dir.filePath("a.dcm").toStdString(), b = dir.filePath("b.dcm").toStdString(),
                          c = dir.filePath("c.dcm").toStdString();
        io::writePhantomDicom(slice(0), 0, 5, a);
        io::writePhantomDicom(slice(1), 1, 5, b);
        io::writePhantomDicom(slice(0, 48, 6), 0, 6, c);
        DcmFileFormat fa, fb, fc;
        QVERIFY(fa.loadFile(a.c_str()).good() && fb.loadFile(b.c_str()).good() && fc.loadFile(c.c_str()).good());
        QCOMPARE(text(fa.getDataset(), DCM_StudyInstanceUID), text(fb.getDataset(), DCM_StudyInstanceUID));
        QCOMPARE(text(fa.getDataset(), DCM_SeriesInstanceUID), text(fb.getDataset(), DCM_SeriesInstanceUID));
        QVERIFY(text(fa.getDataset(), DCM_SOPInstanceUID) != text(fb.getDataset(), DCM_SOPInstanceUID));
        QVERIFY(text(fa.getDataset(), DCM_StudyInstanceUID) != text(fc.getDataset(), DCM_StudyInstanceUID));
    }

    void dicomReadsBackThroughImageReaderWithItsWindow() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("slice.dcm").toStdString();
        const engine::PhantomSlice s = slice(1, 32);
        io::writePhantomDicom(s, 1, 77, path);
        const io::GrayImage gray = io::readGrayImage(path);
        QCOMPARE(gray.width, 32);
        QCOMPARE(gray.height, 32);
        const auto [low, high] = std::minmax_element(s.intensity.begin(), s.intensity.end());
        for (size_t i = 0; i < gray.values.size(); ++i) {
            const double expected = (s.intensity[i] - *low) / (*high - *low);  // the window is the data range
            QVERIFY2(std::fabs(gray.values[i] - expected) < 0.01,
                     qPrintable(QString("%1 vs %2").arg(gray.values[i]).arg(expected)));
        }
    }

    void pngReadsBack() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("slice.png").toStdString();
        const engine::PhantomSlice s = slice(4, 40);
        io::writePhantomPng(s, path);
        const cv::Mat png = cv::imread(path, cv::IMREAD_UNCHANGED);
        QCOMPARE(png.type(), CV_8UC1);
        QCOMPARE(png.cols, 40);
        QCOMPARE(png.rows, 40);
        for (int r = 0; r < 40; ++r)
            for (int c = 0; c < 40; ++c)
                QVERIFY(std::abs(png.at<uint8_t>(r, c) - std::lround(s.intensity[r * 40 + c] * 255.0f)) <= 1);
    }

    void datasetWritesFilesLabelsAndProgress() {
        QTemporaryDir dir;
        const std::string target = dir.filePath("out/phantoms").toStdString();
        std::vector<std::pair<int, int>> calls;
        const auto files = io::writePhantomDataset(target, 3, 24, 9, io::PhantomFormat::Dicom,
                                                   [&](int done, int total) { calls.emplace_back(done, total); });
        QCOMPARE(files.size(), size_t(3));
        QVERIFY(QString::fromStdString(files[0]).endsWith("phantom_0000.dcm"));
        QVERIFY(QString::fromStdString(files[2]).endsWith("phantom_0002.dcm"));
        QCOMPARE(calls.size(), size_t(3));
        QCOMPARE(calls.back(), std::make_pair(3, 3));
        for (const std::string& f : files) QVERIFY(io::isDicomFile(f));

        std::ifstream labels(target + "/labels.csv");
        std::stringstream content;
        content << labels.rdbuf();
        std::string expected = "file,label\n";
        engine::PhantomOptions options;
        options.size = 24;
        options.seed = 9;
        for (int i = 0; i < 3; ++i)
            expected += "phantom_000" + std::to_string(i) + ".dcm," + std::to_string(engine::generatePhantomSlice(i, options).label) + "\n";
        QCOMPARE(content.str(), expected);

        const auto pngs = io::writePhantomDataset(target + "_png", 2, 16, 9, io::PhantomFormat::Png);
        QCOMPARE(pngs.size(), size_t(2));
        QCOMPARE(cv::imread(pngs[1], cv::IMREAD_UNCHANGED).cols, 16);
    }

    void failuresAreIoErrorsNamingTheFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("missing/deeper/slice.dcm").toStdString();
        try {
            io::writePhantomDicom(slice(0), 0, 1, path);
            QFAIL("no exception");
        } catch (const io::IoError& e) {
            const QString message = e.what();
            QVERIFY2(message.startsWith("slice.dcm: "), e.what());
            QVERIFY(!message.contains(dir.path()));
            QVERIFY(!message.contains('\n'));
        }
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::writePhantomPng(slice(0), dir.filePath("nowhere/x.png").toStdString()));
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::writePhantomDataset(dir.filePath("d").toStdString(), 0, 16, 1, io::PhantomFormat::Png));
    }
};

QTEST_APPLESS_MAIN(TestPhantomWriter)
#include "tst_PhantomWriter.moc"
