// ImageReader: DICOM windows and polarity, 8/16-bit image scaling, refusal of absurd sizes,
// thumbnails, and one-line errors that name the file only.
#include "medsynth/io/ImageReader.h"
#include "medsynth/io/IoError.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <opencv2/imgcodecs.hpp>

#include <QtTest/QtTest>

#include <fstream>

using namespace medsynth;

namespace {

struct DicomSpec {
    int rows = 2, columns = 2;
    std::vector<Uint16> pixels = {0, 1000, 2000, 4000};
    const char* photometric = "MONOCHROME2";
    double windowCenter = -1, windowWidth = -1;  // none when negative
    E_TransferSyntax transferSyntax = EXS_LittleEndianExplicit;
    bool withPreamble = true;
};

void writeDicom(const std::string& path, const DicomSpec& spec) {
    DcmFileFormat file;
    DcmDataset* d = file.getDataset();
    char uid[100];
    d->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    d->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    d->putAndInsertString(DCM_Modality, "OT");
    d->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    d->putAndInsertString(DCM_PhotometricInterpretation, spec.photometric);
    d->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(spec.rows));
    d->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(spec.columns));
    d->putAndInsertUint16(DCM_BitsAllocated, 16);
    d->putAndInsertUint16(DCM_BitsStored, 16);
    d->putAndInsertUint16(DCM_HighBit, 15);
    d->putAndInsertUint16(DCM_PixelRepresentation, 0);
    if (spec.windowWidth > 0) {
        d->putAndInsertString(DCM_WindowCenter, std::to_string(static_cast<int>(spec.windowCenter)).c_str());
        d->putAndInsertString(DCM_WindowWidth, std::to_string(static_cast<int>(spec.windowWidth)).c_str());
    }
    d->putAndInsertUint16Array(DCM_PixelData, spec.pixels.data(), static_cast<unsigned long>(spec.pixels.size()));
    if (spec.transferSyntax != EXS_LittleEndianExplicit) {
        QVERIFY(d->chooseRepresentation(spec.transferSyntax, nullptr).good());
    }
    const OFCondition saved = spec.withPreamble
        ? file.saveFile(path.c_str(), spec.transferSyntax)
        : d->saveFile(path.c_str(), spec.transferSyntax);
    QVERIFY2(saved.good(), saved.text());
}

void writeBytes(const std::string& path, const std::vector<unsigned char>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

QString errorOf(const std::string& path) {
    try {
        io::readGrayImage(path);
    } catch (const io::IoError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class TestImageReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { DcmRLEEncoderRegistration::registerCodecs(); }
    void cleanupTestCase() { DcmRLEEncoderRegistration::cleanup(); }

    void monochrome2UsesMinMaxWithoutWindow() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m2.dcm").toStdString();
        writeDicom(path, {});
        QVERIFY(io::isDicomFile(path));
        const io::GrayImage image = io::readGrayImage(path);
        QCOMPARE(image.width, 2);
        QCOMPARE(image.height, 2);
        QVERIFY(image.values[0] < 0.01f);
        QVERIFY(std::fabs(image.values[1] - 0.25f) < 0.01f);
        QVERIFY(image.values[3] > 0.99f);
    }

    void monochrome1IsInverted() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m1.dcm").toStdString();
        DicomSpec spec;
        spec.photometric = "MONOCHROME1";
        writeDicom(path, spec);
        const io::GrayImage image = io::readGrayImage(path);
        QVERIFY2(image.values[0] > 0.99f, qPrintable(QString::number(image.values[0])));
        QVERIFY(std::fabs(image.values[1] - 0.75f) < 0.01f);
        QVERIFY(image.values[3] < 0.01f);
    }

    void fileWindowIsApplied() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("w.dcm").toStdString();
        DicomSpec spec;
        spec.pixels = {500, 1000, 1500, 4000};
        spec.windowCenter = 1000;
        spec.windowWidth = 1000;
        writeDicom(path, spec);
        const io::GrayImage image = io::readGrayImage(path);
        QVERIFY(image.values[0] < 0.01f);
        QVERIFY(std::fabs(image.values[1] - 0.5f) < 0.01f);
        QVERIFY(image.values[2] > 0.99f);
        QVERIFY(image.values[3] > 0.99f);
    }

    void compressedAndPreamblelessDicom() {
        QTemporaryDir dir;
        DicomSpec spec;
        spec.transferSyntax = EXS_RLELossless;
        const std::string rle = dir.filePath("rle.dcm").toStdString();
        writeDicom(rle, spec);
        QVERIFY(std::fabs(io::readGrayImage(rle).values[1] - 0.25f) < 0.01f);

        DicomSpec bare;
        bare.withPreamble = false;
        const std::string raw = dir.filePath("IM0001").toStdString();  // no extension either
        writeDicom(raw, bare);
        QVERIFY(io::isDicomFile(raw));
        QVERIFY(io::isSupportedImageFile(raw));
        QVERIFY(io::readGrayImage(raw).values[3] > 0.99f);
    }

    void pngIsScaledByItsDepth() {
        QTemporaryDir dir;
        cv::Mat deep(1, 4, CV_16U);
        deep.at<uint16_t>(0, 0) = 0;
        deep.at<uint16_t>(0, 1) = 65535;
        deep.at<uint16_t>(0, 2) = 32768;
        deep.at<uint16_t>(0, 3) = 1000;
        const std::string path16 = dir.filePath("deep.png").toStdString();
        QVERIFY(cv::imwrite(path16, deep));
        const io::GrayImage image16 = io::readGrayImage(path16);
        QCOMPARE(image16.width, 4);
        QCOMPARE(image16.height, 1);
        QCOMPARE(image16.values[1], 1.0f);
        QVERIFY(std::fabs(image16.values[2] - 32768.0f / 65535.0f) < 1e-6f);
        QVERIFY(std::fabs(image16.values[3] - 1000.0f / 65535.0f) < 1e-6f);  // not stretched

        cv::Mat shallow(1, 2, CV_8U);
        shallow.at<uint8_t>(0, 0) = 51;
        shallow.at<uint8_t>(0, 1) = 255;
        const std::string path8 = dir.filePath("shallow.bmp").toStdString();
        QVERIFY(cv::imwrite(path8, shallow));
        const io::GrayImage image8 = io::readGrayImage(path8);
        QVERIFY(std::fabs(image8.values[0] - 0.2f) < 1e-6f);
        QCOMPARE(image8.values[1], 1.0f);
        QVERIFY(!io::isDicomFile(path8));
        QVERIFY(io::isSupportedImageFile(path8));
    }

    void hugeDimensionsAreRefusedBeforeDecoding() {
        QTemporaryDir dir;
        // A PNG whose header claims 100000 x 100000 pixels, and nothing else.
        const std::string png = dir.filePath("huge.png").toStdString();
        writeBytes(png, {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                         0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 0, 0, 0, 0, 0, 0, 0, 0});
        QVERIFY(errorOf(png).contains("16384"));

        DicomSpec spec;
        spec.rows = 20000;
        spec.columns = 20000;  // pixel data far too short: must not even be looked at
        const std::string dcm = dir.filePath("huge.dcm").toStdString();
        writeDicom(dcm, spec);
        const QString message = errorOf(dcm);
        QVERIFY2(message.startsWith("huge.dcm: ") && message.contains("16384"), qPrintable(message));
    }

    void failuresAreOneLineNamingTheFileOnly() {
        QTemporaryDir dir;
        const std::string missing = dir.filePath("missing.png").toStdString();
        QString message = errorOf(missing);
        QVERIFY2(message.startsWith("missing.png: "), qPrintable(message));
        QVERIFY(!message.contains(dir.path()));

        const std::string empty = dir.filePath("empty.dcm").toStdString();
        writeBytes(empty, {});
        QVERIFY(errorOf(empty).startsWith("empty.dcm: "));

        const std::string junk = dir.filePath("junk.jpg").toStdString();
        writeBytes(junk, {'n', 'o', 't', ' ', 'a', 'n', ' ', 'i', 'm', 'a', 'g', 'e'});
        message = errorOf(junk);
        QVERIFY2(message.startsWith("junk.jpg: "), qPrintable(message));
        QVERIFY(!message.contains('\n'));

        QVERIFY(errorOf(dir.path().toStdString()).contains("folder"));
    }

    void thumbnailFitsMaxSide() {
        QTemporaryDir dir;
        cv::Mat wide(150, 300, CV_8U, cv::Scalar(128));
        const std::string path = dir.filePath("wide.png").toStdString();
        QVERIFY(cv::imwrite(path, wide));
        const engine::ImageBuffer thumb = io::readThumbnail(path, 64);
        QCOMPARE(thumb.width, 64);
        QCOMPARE(thumb.height, 32);
        QCOMPARE(thumb.channels, 1);
        QCOMPARE(thumb.pixels.size(), size_t(64 * 32));
        QCOMPARE(int(thumb.pixels[100]), 128);

        const engine::ImageBuffer same = io::readThumbnail(path, 1000);  // never enlarged
        QCOMPARE(same.width, 300);
        QCOMPARE(same.height, 150);
    }
};

QTEST_APPLESS_MAIN(TestImageReader)
#include "tst_ImageReader.moc"
