// DICOM reading through readMedicalImage: exact values after the modality transform for every
// transfer syntax DCMTK can write (lossless ones exactly, lossy ones closely), bit depths 1 to 32,
// signedness, multi-frame, modality and VOI LUTs, MONOCHROME1 kept for display, YBR to RGB, and
// metadata that carries nothing identifying.
#include "DicomFixture.h"

#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/ImageReader.h"
#include "medsynth/io/IoError.h"
#include "medsynth/io/MedicalImage.h"

#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmimage/diregist.h>  // colour support for DCMTK's encoders
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcvrus.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpeg/djrploss.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <QtTest/QtTest>

#include <cmath>

using namespace medsynth;

Q_DECLARE_METATYPE(E_TransferSyntax)

namespace {

// A 16-bit signed CT: stored values whose HU (slope 1, intercept -1024) are known.
DicomFixture ctFixture(int rows = 8, int columns = 9) {
    DicomFixture f = DicomFixture::signedCt(rows, columns);
    f.windowCenter = "40\\-600";
    f.windowWidth = "400\\1500";
    for (int i = 0; i < rows * columns; ++i) {
        const int stored = (i * 997) % 4096 - 1000;  // -1000 .. 3095, negative ones included
        f.words.push_back(static_cast<uint16_t>(static_cast<int16_t>(stored)));
    }
    return f;
}

float expectedHu(const DicomFixture& f, size_t i) { return static_cast<float>(static_cast<int16_t>(f.words[i]) - 1024); }

io::MedicalImage readFixture(const QTemporaryDir& dir, const DicomFixture& f, const char* name = "f.dcm") {
    const std::string path = dir.filePath(name).toStdString();
    const std::string problem = f.write(path);
    if (!problem.empty()) throw std::runtime_error("fixture: " + problem);
    return io::readMedicalImage(path);
}

QString errorOf(const std::string& path) {
    try {
        io::readMedicalImage(path);
    } catch (const io::IoError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class TestDicomReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        DcmRLEEncoderRegistration::registerCodecs();
        DJEncoderRegistration::registerCodecs();
        DJLSEncoderRegistration::registerCodecs();
    }
    void cleanupTestCase() {
        DJLSEncoderRegistration::cleanup();
        DJEncoderRegistration::cleanup();
        DcmRLEEncoderRegistration::cleanup();
    }

    void ctHounsfieldUnitsExactly_data() {
        QTest::addColumn<E_TransferSyntax>("syntax");
        QTest::addColumn<QString>("uid");
        QTest::newRow("implicit little endian") << EXS_LittleEndianImplicit << "1.2.840.10008.1.2";
        QTest::newRow("explicit little endian") << EXS_LittleEndianExplicit << "1.2.840.10008.1.2.1";
        QTest::newRow("explicit big endian") << EXS_BigEndianExplicit << "1.2.840.10008.1.2.2";
        QTest::newRow("deflated") << EXS_DeflatedLittleEndianExplicit << "1.2.840.10008.1.2.1.99";
        QTest::newRow("RLE") << EXS_RLELossless << "1.2.840.10008.1.2.5";
        QTest::newRow("JPEG lossless SV1") << EXS_JPEGProcess14SV1 << "1.2.840.10008.1.2.4.70";
        QTest::newRow("JPEG lossless") << EXS_JPEGProcess14 << "1.2.840.10008.1.2.4.57";
        QTest::newRow("JPEG-LS lossless") << EXS_JPEGLSLossless << "1.2.840.10008.1.2.4.80";
    }
    void ctHounsfieldUnitsExactly() {
        QFETCH(E_TransferSyntax, syntax);
        QFETCH(QString, uid);
        QTemporaryDir dir;
        DicomFixture f = ctFixture();
        f.syntax = syntax;
        const DJ_RPLossless lossless;
        if (syntax == EXS_JPEGProcess14SV1 || syntax == EXS_JPEGProcess14) f.parameter = &lossless;
        const io::MedicalImage image = readFixture(dir, f);
        const io::ImageMetadata& m = image.metadata;
        QCOMPARE(QString::fromStdString(m.transferSyntaxUid), uid);
        QVERIFY(!m.transferSyntaxName.empty());
        QCOMPARE(QString::fromStdString(m.format), QString("DICOM"));
        QCOMPARE(QString::fromStdString(m.modality), QString("CT"));
        QCOMPARE(QString::fromStdString(m.photometric), QString("MONOCHROME2"));
        QCOMPARE(m.rows, 8);
        QCOMPARE(m.columns, 9);
        QCOMPARE(m.frames, int64_t(1));
        QCOMPARE(m.bitsStored, 16);
        QVERIFY(m.isSigned);
        QCOMPARE(m.rescaleSlope, 1.0);
        QCOMPARE(m.rescaleIntercept, -1024.0);
        QCOMPARE(int(m.windows.size()), 2);
        QCOMPARE(m.windows[1].center, -600.0);
        QCOMPARE(m.windows[1].width, 1500.0);
        QCOMPARE(int(image.frames.size()), 1);
        const io::ImageFrame& frame = image.frames[0];
        QCOMPARE(frame.channels, 1);
        QCOMPARE(frame.values.size(), f.words.size());
        for (size_t i = 0; i < f.words.size(); ++i)
            QVERIFY2(frame.values[i] == expectedHu(f, i),
                     qPrintable(QString("pixel %1: %2, expected %3").arg(i).arg(frame.values[i]).arg(expectedHu(f, i))));
    }

    void lossyTransferSyntaxesStayClose_data() {
        QTest::addColumn<E_TransferSyntax>("syntax");
        QTest::addColumn<int>("bits");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("JPEG baseline 8-bit") << EXS_JPEGProcess1 << 8 << 12.0;
        QTest::newRow("JPEG extended 12-bit") << EXS_JPEGProcess2_4 << 12 << 80.0;
        QTest::newRow("JPEG-LS near-lossless") << EXS_JPEGLSLossy << 12 << 2.0;
    }
    void lossyTransferSyntaxesStayClose() {
        QFETCH(E_TransferSyntax, syntax);
        QFETCH(int, bits);
        QFETCH(double, tolerance);
        QTemporaryDir dir;
        DicomFixture f;
        f.rows = f.columns = 16;
        f.bitsAllocated = bits == 8 ? 8 : 16;
        f.bitsStored = bits;
        f.highBit = bits - 1;
        std::vector<double> expected;
        for (int r = 0; r < 16; ++r)
            for (int c = 0; c < 16; ++c) {
                const int v = ((r * 16 + c * 8) * ((1 << bits) - 1)) / (16 * 16 + 16 * 8);  // a smooth ramp
                expected.push_back(v);
                if (bits == 8) f.bytes.push_back(static_cast<uint8_t>(v));
                else f.words.push_back(static_cast<uint16_t>(v));
            }
        f.syntax = syntax;
        const DJ_RPLossy quality(95);
        const DJLSRepresentationParameter nearLossless(2, OFTrue);
        f.parameter = syntax == EXS_JPEGLSLossy ? static_cast<const DcmRepresentationParameter*>(&nearLossless) : &quality;
        const io::MedicalImage image = readFixture(dir, f);
        QCOMPARE(int(image.frames.size()), 1);
        double worst = 0;
        for (size_t i = 0; i < expected.size(); ++i) worst = std::max(worst, std::fabs(image.frames[0].values[i] - expected[i]));
        QVERIFY2(worst <= tolerance, qPrintable(QString("largest error %1").arg(worst)));
    }

    void bitDepthsAndSignedness() {
        QTemporaryDir dir;
        // 12 bits stored in 16, high bit 11, signed: -2048 .. 2047, upper bits garbage.
        DicomFixture twelve;
        twelve.rows = 1;
        twelve.columns = 4;
        twelve.bitsStored = 12;
        twelve.highBit = 11;
        twelve.isSigned = true;
        twelve.words = {0xF800, 0x07FF, 0xAFFF, 0x0001};  // -2048, 2047, -1, 1
        QCOMPARE(readFixture(dir, twelve, "12.dcm").frames[0].values, (std::vector<float>{-2048, 2047, -1, 1}));

        // High bit above bits stored: values sit in the upper bits.
        DicomFixture shifted;
        shifted.rows = 1;
        shifted.columns = 2;
        shifted.bitsStored = 12;
        shifted.highBit = 15;
        shifted.words = {0x0010, 0xFFF0};
        QCOMPARE(readFixture(dir, shifted, "shift.dcm").frames[0].values, (std::vector<float>{1, 4095}));

        DicomFixture eight;
        eight.rows = 1;
        eight.columns = 4;
        eight.bitsAllocated = eight.bitsStored = 8;
        eight.highBit = 7;
        eight.bytes = {0, 1, 128, 255};
        QCOMPARE(readFixture(dir, eight, "8.dcm").frames[0].values, (std::vector<float>{0, 1, 128, 255}));

        DicomFixture eightSigned = eight;
        eightSigned.isSigned = true;
        QCOMPARE(readFixture(dir, eightSigned, "8s.dcm").frames[0].values, (std::vector<float>{0, 1, -128, -1}));

        // 1 bit, two frames of 3 x 3 packed back to back (18 bits), least significant bit first.
        DicomFixture one;
        one.rows = one.columns = 3;
        one.frames = 2;
        one.bitsAllocated = one.bitsStored = 1;
        one.highBit = 0;
        one.bytes = {0b10100101, 0b01011010, 0b00000011, 0};
        const io::MedicalImage bits = readFixture(dir, one, "1.dcm");
        QCOMPARE(int(bits.frames.size()), 2);
        QCOMPARE(bits.frames[0].values, (std::vector<float>{1, 0, 1, 0, 0, 1, 0, 1, 0}));
        QCOMPARE(bits.frames[1].values, (std::vector<float>{1, 0, 1, 1, 0, 1, 0, 1, 1}));

        // 32 bits, signed and unsigned (little endian word pairs).
        DicomFixture wide;
        wide.rows = 1;
        wide.columns = 2;
        wide.bitsAllocated = wide.bitsStored = 32;
        wide.highBit = 31;
        wide.words = {0x0000, 0x0001, 0xFFFF, 0xFFFF};  // 65536, 2^32 - 1
        const io::MedicalImage u32 = readFixture(dir, wide, "u32.dcm");
        QCOMPARE(u32.frames[0].values[0], 65536.0f);
        QCOMPARE(u32.frames[0].values[1], 4294967295.0f);
        wide.isSigned = true;
        QCOMPARE(readFixture(dir, wide, "s32.dcm").frames[0].values[1], -1.0f);
    }

    void rescaleWithFractionalSlope() {
        QTemporaryDir dir;
        DicomFixture f;
        f.rows = 1;
        f.columns = 3;
        f.words = {0, 100, 1000};
        f.slope = "0.5";
        f.intercept = "-10.25";
        f.modality = "PT";
        QCOMPARE(readFixture(dir, f).frames[0].values, (std::vector<float>{-10.25f, 39.75f, 489.75f}));
    }

    void multiFrameCountsAndSelection() {
        QTemporaryDir dir;
        for (E_TransferSyntax syntax : {EXS_LittleEndianExplicit, EXS_RLELossless, EXS_JPEGLSLossless}) {
            DicomFixture f;  // 8 x 8: DCMTK's JPEG-LS encoder corrupts memory on tiny images
            f.rows = 8;
            f.columns = 8;
            f.frames = 5;
            for (int frame = 0; frame < 5; ++frame)
                for (int i = 0; i < 64; ++i) f.words.push_back(static_cast<uint16_t>(frame * 100 + i));
            f.syntax = syntax;
            const std::string path = dir.filePath("multi.dcm").toStdString();
            QCOMPARE(QString::fromStdString(f.write(path)), QString());
            const io::MedicalImage all = io::readMedicalImage(path);
            QCOMPARE(all.metadata.frames, int64_t(5));
            QCOMPARE(int(all.frames.size()), 5);
            QCOMPARE(all.frames[4].values[5], 405.0f);
            io::ReadOptions some;
            some.firstFrame = 2;
            some.maxFrames = 2;
            const io::MedicalImage part = io::readMedicalImage(path, some);
            QCOMPARE(part.firstFrame, int64_t(2));
            QCOMPARE(int(part.frames.size()), 2);
            QCOMPARE(part.frames[0].values[0], 200.0f);
            QCOMPARE(part.frames[1].values[1], 301.0f);
            io::ReadOptions header;
            header.pixels = false;
            const io::MedicalImage none = io::readMedicalImage(path, header);
            QVERIFY(none.frames.empty());
            QCOMPARE(none.metadata.frames, int64_t(5));
        }
    }

    void monochrome1IsInvertedOnlyAtDisplay() {
        QTemporaryDir dir;
        DicomFixture f;
        f.rows = 1;
        f.columns = 3;
        f.photometric = "MONOCHROME1";
        f.words = {0, 500, 1000};
        const io::MedicalImage image = readFixture(dir, f);
        QCOMPARE(image.frames[0].values, (std::vector<float>{0, 500, 1000}));  // as stored
        QVERIFY(io::isMonochrome1(image.metadata));
        const io::ImageFrame shown = io::toDisplay(image, 0);
        QCOMPARE(shown.values, (std::vector<float>{1.0f, 0.5f, 0.0f}));  // min-max, then inverted
    }

    // PALETTE COLOR: each index becomes the red, green and blue of its palette entries (16-bit
    // entries; 8-bit ones packed two to a word), indices outside the tables take their ends, an RLE
    // file reads the same, and what cannot be read is said.
    void paletteColourAsRgb() {
        QTemporaryDir dir;
        DicomFixture f;
        f.rows = 1;
        f.columns = 5;
        f.bitsAllocated = f.bitsStored = 8;
        f.highBit = 7;
        f.photometric = "PALETTE COLOR";
        f.bytes = {0, 10, 11, 12, 200};  // the tables map 10..12: 0 and 200 fall outside
        const auto putPalette = [](DcmDataset& d, int bits, const std::vector<std::vector<Uint16>>& tables) {
            const DcmTagKey descriptors[3] = {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
                                              DCM_BluePaletteColorLookupTableDescriptor};
            const DcmTagKey data[3] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                                       DCM_BluePaletteColorLookupTableData};
            for (int c = 0; c < 3; ++c) {
                const Uint16 descriptor[3] = {3, 10, static_cast<Uint16>(bits)};
                auto* element = new DcmUnsignedShort(DcmTag(descriptors[c], EVR_US));
                element->putUint16Array(descriptor, 3);
                d.insert(element, true);
                d.putAndInsertUint16Array(data[c], tables[c].data(), static_cast<unsigned long>(tables[c].size()));
            }
        };
        f.extra = [&](DcmDataset& d) {
            putPalette(d, 16, {{65535, 0, 0}, {0, 65535, 0}, {0, 0, 32768}});
        };
        const io::MedicalImage image = readFixture(dir, f, "palette.dcm");
        QCOMPARE(QString::fromStdString(image.metadata.photometric), QString("RGB"));
        QCOMPARE(image.metadata.samplesPerPixel, 3);
        QCOMPARE(image.metadata.bitsStored, 16);
        QCOMPARE(image.frames[0].channels, 3);
        const std::vector<float> expected = {65535, 0, 0, 65535, 0, 0, 0, 65535, 0, 0, 0, 32768, 0, 0, 32768};
        QCOMPARE(image.frames[0].values, expected);

        f.extra = [&](DcmDataset& d) {  // 8-bit entries, two to a 16-bit word, low byte first
            putPalette(d, 8, {{0x00FF, 0x0000}, {0xFF00, 0x0000}, {0x0000, 0x0080}});
        };
        const io::MedicalImage packed = readFixture(dir, f, "packed.dcm");
        QCOMPARE(packed.metadata.bitsStored, 8);
        QCOMPARE(packed.frames[0].values, (std::vector<float>{255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 128, 0, 0, 128}));

        DicomFixture rle = f;
        rle.syntax = EXS_RLELossless;
        const io::MedicalImage compressed = readFixture(dir, rle, "rle.dcm");
        QCOMPARE(compressed.frames[0].values, packed.frames[0].values);

        f.extra = [](DcmDataset&) {};
        QVERIFY(f.write(dir.filePath("none.dcm").toStdString()).empty());
        try {
            io::readMedicalImage(dir.filePath("none.dcm").toStdString());
            QFAIL("a palette image without its palette was read");
        } catch (const io::IoError& e) {
            QVERIFY2(QString(e.what()).contains("the red palette without a complete LUT descriptor"), e.what());
        }
    }

    // Float Pixel Data and Double Float Pixel Data (Parametric Maps): values as stored, negative
    // and fractional ones too, in either byte order, one frame alone as read among all.
    void floatPixelDataAsStored() {
        QTemporaryDir dir;
        const std::vector<float> values = {-1.5f, 0.25f, 3.0e6f, 7.0f, -0.001f, 42.0f,   // frame 1
                                           1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.5f};          // frame 2
        for (bool doubles : {false, true})
            for (E_TransferSyntax syntax : {EXS_LittleEndianExplicit, EXS_BigEndianExplicit}) {
                DcmFileFormat file;
                DcmDataset* d = file.getDataset();
                char uid[100];
                d->putAndInsertString(DCM_SOPClassUID, UID_ParametricMapStorage);
                d->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
                d->putAndInsertString(DCM_Modality, "MR");
                d->putAndInsertUint16(DCM_SamplesPerPixel, 1);
                d->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
                d->putAndInsertUint16(DCM_Rows, 2);
                d->putAndInsertUint16(DCM_Columns, 3);
                d->putAndInsertString(DCM_NumberOfFrames, "2");
                d->putAndInsertUint16(DCM_BitsAllocated, doubles ? 64 : 32);
                if (doubles) {
                    const std::vector<Float64> wide(values.begin(), values.end());
                    QVERIFY(d->putAndInsertFloat64Array(DCM_DoubleFloatPixelData, wide.data(), wide.size()).good());
                } else {
                    QVERIFY(d->putAndInsertFloat32Array(DCM_FloatPixelData, values.data(), values.size()).good());
                }
                const std::string path = dir.filePath(QString("map-%1-%2.dcm").arg(doubles).arg(int(syntax))).toStdString();
                QVERIFY(file.saveFile(path.c_str(), syntax).good());
                const io::MedicalImage image = io::readMedicalImage(path);
                QVERIFY(image.metadata.isFloat);
                QCOMPARE(image.metadata.bitsAllocated, doubles ? 64 : 32);
                QCOMPARE(image.frames.size(), size_t(2));
                QCOMPARE(image.frames[0].values, std::vector<float>(values.begin(), values.begin() + 6));
                QCOMPARE(image.frames[1].values, std::vector<float>(values.begin() + 6, values.end()));
                io::ReadOptions second;
                second.firstFrame = 1;
                second.maxFrames = 1;
                QCOMPARE(io::readMedicalImage(path, second).frames.at(0).values, image.frames[1].values);
            }
    }

    void colourAsRgb() {
        QTemporaryDir dir;
        // YBR_FULL, pixel interleaved: (Y, Cb, Cr) of pure red, green, blue, gray.
        DicomFixture ybr;
        ybr.rows = 1;
        ybr.columns = 4;
        ybr.samples = 3;
        ybr.bitsAllocated = ybr.bitsStored = 8;
        ybr.highBit = 7;
        ybr.photometric = "YBR_FULL";
        ybr.bytes = {76, 85, 255, 150, 44, 21, 29, 255, 107, 128, 128, 128};
        const io::MedicalImage image = readFixture(dir, ybr, "ybr.dcm");
        QCOMPARE(QString::fromStdString(image.metadata.photometric), QString("RGB"));
        QCOMPARE(image.frames[0].channels, 3);
        const std::vector<float> expected = {254, 0, 0, 0, 255, 1, 0, 0, 255, 128, 128, 128};
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::fabs(image.frames[0].values[i] - expected[i]) <= 1.0f,
                     qPrintable(QString("value %1: %2").arg(i).arg(image.frames[0].values[i])));

        // YBR_FULL_422 (uncompressed): Y1 Y2 Cb Cr per pair of pixels.
        DicomFixture sub = ybr;
        sub.columns = 2;
        sub.photometric = "YBR_FULL_422";
        sub.bytes = {76, 150, 128, 128};  // two grays
        const io::MedicalImage two = readFixture(dir, sub, "422.dcm");
        QCOMPARE(two.frames[0].values, (std::vector<float>{76, 76, 76, 150, 150, 150}));

        // RGB by plane, and RGB through RLE and JPEG lossless: the same values come back.
        DicomFixture rgb;
        rgb.rows = 2;
        rgb.columns = 2;
        rgb.samples = 3;
        rgb.bitsAllocated = rgb.bitsStored = 8;
        rgb.highBit = 7;
        rgb.photometric = "RGB";
        rgb.planar = 1;
        rgb.bytes = {10, 20, 30, 40, /*G*/ 50, 60, 70, 80, /*B*/ 90, 100, 110, 120};
        const std::vector<float> interleaved = {10, 50, 90, 20, 60, 100, 30, 70, 110, 40, 80, 120};
        QCOMPARE(readFixture(dir, rgb, "planar.dcm").frames[0].values, interleaved);
        DicomFixture byPixel = rgb;
        byPixel.planar = 0;
        byPixel.bytes.clear();
        for (float v : interleaved) byPixel.bytes.push_back(static_cast<uint8_t>(v));
        const DJ_RPLossless lossless;
        // (JPEG-LS colour is left out: DCMTK's JPEG-LS encoder is unsafe on a 2 x 2 image.)
        for (E_TransferSyntax syntax : {EXS_RLELossless, EXS_JPEGProcess14SV1}) {
            DicomFixture compressed = byPixel;
            compressed.syntax = syntax;
            compressed.parameter = syntax == EXS_JPEGProcess14SV1 ? &lossless : nullptr;
            const std::string path = dir.filePath("rgbc.dcm").toStdString();
            QCOMPARE(QString::fromStdString(compressed.write(path)), QString());
            const io::MedicalImage decoded = io::readMedicalImage(path);
            QVERIFY2(decoded.frames[0].values == interleaved, DcmXfer(syntax).getXferName());
        }
        // JPEG baseline stores YBR_FULL_422: close to the RGB put in.
        DicomFixture lossy = byPixel;
        lossy.rows = lossy.columns = 16;
        lossy.bytes.assign(16 * 16 * 3, 0);
        for (size_t i = 0; i < lossy.bytes.size(); i += 3) lossy.bytes[i] = 200, lossy.bytes[i + 1] = 60, lossy.bytes[i + 2] = 30;
        lossy.syntax = EXS_JPEGProcess1;
        const DJ_RPLossy quality(95);
        lossy.parameter = &quality;
        const io::MedicalImage jpeg = readFixture(dir, lossy, "rgbj.dcm");
        QCOMPARE(QString::fromStdString(jpeg.metadata.photometric), QString("RGB"));
        const io::FrameStatistics s = io::frameStatistics(jpeg.frames[0]);
        QVERIFY(std::fabs(jpeg.frames[0].values[0] - 200) <= 6 && std::fabs(jpeg.frames[0].values[1] - 60) <= 6
                && std::fabs(jpeg.frames[0].values[2] - 30) <= 6);
        QVERIFY(s.max <= 210);
        // The same stream declared YBR_PARTIAL_422 (as some PACS exports say of JPEG baseline):
        // read as colour too, where it was refused; uncompressed, that interpretation is refused.
        for (const char* partial : {"YBR_PARTIAL_422", "YBR_PARTIAL_420"}) {
            DcmFileFormat file;
            QVERIFY(file.loadFile(dir.filePath("rgbj.dcm").toStdString().c_str()).good());
            QVERIFY(file.getDataset()->putAndInsertString(DCM_PhotometricInterpretation, partial).good());
            const std::string path = dir.filePath("partial.dcm").toStdString();
            QVERIFY(file.saveFile(path.c_str(), EXS_JPEGProcess1).good());
            const io::MedicalImage declared = io::readMedicalImage(path);
            QVERIFY2(std::fabs(declared.frames[0].values[0] - jpeg.frames[0].values[0]) <= 1 &&
                         std::fabs(declared.frames[0].values[2] - jpeg.frames[0].values[2]) <= 1,
                     partial);
        }
        DicomFixture nativePartial = ybr;
        nativePartial.photometric = "YBR_PARTIAL_422";
        const std::string nativePath = dir.filePath("native_partial.dcm").toStdString();
        QCOMPARE(QString::fromStdString(nativePartial.write(nativePath)), QString());
        try {
            io::readMedicalImage(nativePath);
            QFAIL("native YBR_PARTIAL_422 was read");
        } catch (const io::IoError& e) {
            QVERIFY2(QString(e.what()).contains("outside a JPEG"), e.what());
        }
    }

    void modalityAndVoiLuts() {
        QTemporaryDir dir;
        DicomFixture f;
        f.rows = 1;
        f.columns = 5;
        f.bitsAllocated = 16;
        f.words = {0, 10, 11, 12, 100};
        f.extra = [](DcmDataset& d) {
            DcmItem* modality = nullptr;
            d.findOrCreateSequenceItem(DCM_ModalityLUTSequence, modality, 0);
            const Uint16 descriptor[3] = {3, 10, 16};
            modality->putAndInsertUint16Array(DCM_LUTDescriptor, descriptor, 3);
            const Uint16 table[3] = {1000, 2000, 3000};
            modality->putAndInsertUint16Array(DCM_LUTData, table, 3);
            modality->putAndInsertString(DCM_ModalityLUTType, "OD");
            DcmItem* voi = nullptr;
            d.findOrCreateSequenceItem(DCM_VOILUTSequence, voi, 0);
            const Uint16 voiDescriptor[3] = {2, 2000, 8};
            voi->putAndInsertUint16Array(DCM_LUTDescriptor, voiDescriptor, 3);
            const Uint16 voiTable[2] = {0, 255};
            voi->putAndInsertUint16Array(DCM_LUTData, voiTable, 2);
            voi->putAndInsertString(DCM_LUTExplanation, "HARD");
        };
        const io::MedicalImage image = readFixture(dir, f);
        QVERIFY(image.metadata.modalityLutApplied);
        QCOMPARE(image.frames[0].values, (std::vector<float>{1000, 1000, 2000, 3000, 3000}));
        QCOMPARE(int(image.metadata.voiLuts.size()), 1);
        QCOMPARE(QString::fromStdString(image.metadata.voiLuts[0].explanation), QString("HARD"));
        QCOMPARE(io::toDisplay(image, 0).values, (std::vector<float>{0, 0, 0, 1, 1}));
    }

    void windowsPresetsAndPercentiles() {
        QTemporaryDir dir;
        DicomFixture f = ctFixture(1, 4);
        f.words = {static_cast<uint16_t>(1024 - 1000), 1024 - 600 + 0, 1024 + 40, 1024 + 1000};  // -1000, -600, 40, 1000 HU
        const io::MedicalImage image = readFixture(dir, f);
        QCOMPARE(image.frames[0].values, (std::vector<float>{-1000, -600, 40, 1000}));
        // Automatic: the file's first window (40/400): -160 .. 240 HU.
        const io::ImageFrame soft = io::toDisplay(image, 0);
        QCOMPARE(soft.values[0], 0.0f);
        QVERIFY(std::fabs(soft.values[2] - 0.5f) < 0.01f);
        QCOMPARE(soft.values[3], 1.0f);
        io::VoiChoice lung;
        lung.kind = io::VoiChoice::Kind::Explicit;
        lung.window = io::windowPreset("ct-lung");
        const io::ImageFrame lungs = io::toDisplay(image, 0, lung);
        QVERIFY(std::fabs(lungs.values[1] - 0.5f) < 0.01f);
        io::VoiChoice second;
        second.kind = io::VoiChoice::Kind::FileWindow;
        second.index = 1;
        QCOMPARE(io::toDisplay(image, 0, second).values, lungs.values);
        QVERIFY(io::windowPresetNames().size() >= 4);
        QVERIFY_THROWS_EXCEPTION(io::IoError, io::windowPreset("ct-nonsense"));
        io::VoiChoice spread;
        spread.kind = io::VoiChoice::Kind::Percentile;
        spread.lowPercent = 0;
        spread.highPercent = 100;
        const io::ImageFrame full = io::toDisplay(image, 0, spread);
        QCOMPARE(full.values.front(), 0.0f);
        QCOMPARE(full.values.back(), 1.0f);
        QVERIFY(std::fabs(full.values[1] - 0.2f) < 1e-4f);  // (-600 + 1000) / 2000
    }

    void metadataCarriesNothingIdentifying() {
        QTemporaryDir dir;
        DicomFixture f = ctFixture();
        f.extra = [](DcmDataset& d) {
            d.putAndInsertString(DCM_PixelSpacing, "0.5\\0.75");
            d.putAndInsertString(DCM_ImagePositionPatient, "-100\\-120.5\\30");
            d.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
            d.putAndInsertString(DCM_SliceThickness, "2.5");
            d.putAndInsertString(DCM_InstitutionName, "MARKER HOSPITAL");
        };
        const io::MedicalImage image = readFixture(dir, f);
        QCOMPARE((*image.metadata.pixelSpacing)[1], 0.75);
        QCOMPARE((*image.metadata.imagePosition)[1], -120.5);
        QCOMPARE((*image.metadata.imageOrientation)[4], 1.0);
        QCOMPARE(*image.metadata.sliceThickness, 2.5);
        // Every string of the metadata: none carries a planted value.
        const io::ImageMetadata& m = image.metadata;
        for (const std::string& s : {m.format, m.modality, m.photometric, m.transferSyntaxUid, m.transferSyntaxName, m.rescaleType})
            QVERIFY(s.find("MARKER") == std::string::npos);
        for (const io::VoiWindow& w : m.windows) QVERIFY(w.explanation.find("MARKER") == std::string::npos);
    }

    // Enhanced CT (PS3.3 C.7.6.16): Shared Functional Groups give the orientation, pixel measures
    // and a rescale; the Per-frame items give each frame its position, some their own rescale
    // (Pixel Value Transformation) and their own window (Frame VOI LUT). Positions are stored out
    // of order, so the frames' order along the normal differs from the stored one.
    void enhancedMultiFrameFunctionalGroups() {
        QTemporaryDir dir;
        const int frames = 4;
        const double z[frames] = {10, 0, 30, 20};
        DicomFixture f;
        f.rows = 2;
        f.columns = 3;
        f.frames = frames;
        f.isSigned = true;
        f.modality = "CT";
        for (int frame = 0; frame < frames; ++frame)
            for (int i = 0; i < 6; ++i) f.words.push_back(static_cast<uint16_t>(static_cast<int16_t>(frame * 100 + i - 50)));
        f.extra = [&](DcmDataset& d) {
            d.putAndInsertString(DCM_SOPClassUID, UID_EnhancedCTImageStorage);
            putFunctionalGroup(d, -1, DCM_PixelMeasuresSequence, DCM_PixelSpacing, "0.5\\0.625");
            putFunctionalGroup(d, -1, DCM_PixelMeasuresSequence, DCM_SliceThickness, "2.5");
            putFunctionalGroup(d, -1, DCM_PlaneOrientationSequence, DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
            putFunctionalGroup(d, -1, DCM_PixelValueTransformationSequence, DCM_RescaleSlope, "1");
            putFunctionalGroup(d, -1, DCM_PixelValueTransformationSequence, DCM_RescaleIntercept, "-1024");
            putFunctionalGroup(d, -1, DCM_PixelValueTransformationSequence, DCM_RescaleType, "HU");
            putFunctionalGroup(d, -1, DCM_FrameVOILUTSequence, DCM_WindowCenter, "40");
            putFunctionalGroup(d, -1, DCM_FrameVOILUTSequence, DCM_WindowWidth, "400");
            for (int frame = 0; frame < frames; ++frame)
                putFunctionalGroup(d, frame, DCM_PlanePositionSequence, DCM_ImagePositionPatient,
                                   ("-100\\-80\\" + std::to_string(z[frame])).c_str());
            // Frame 3: its own rescale and two windows.
            putFunctionalGroup(d, 2, DCM_PixelValueTransformationSequence, DCM_RescaleSlope, "2");
            putFunctionalGroup(d, 2, DCM_PixelValueTransformationSequence, DCM_RescaleIntercept, "-1000");
            putFunctionalGroup(d, 2, DCM_FrameVOILUTSequence, DCM_WindowCenter, "-600\\400");
            putFunctionalGroup(d, 2, DCM_FrameVOILUTSequence, DCM_WindowWidth, "1500\\1800");
            putFunctionalGroup(d, 2, DCM_FrameVOILUTSequence, DCM_WindowCenterWidthExplanation, "LUNG\\BONE");
        };
        const io::MedicalImage image = readFixture(dir, f, "enhanced.dcm");
        const io::ImageMetadata& m = image.metadata;
        QCOMPARE(int(image.frames.size()), frames);
        QCOMPARE(int(m.perFrame.size()), frames);
        // Values: stored * slope + intercept, with frame 3's own rescale.
        for (int frame = 0; frame < frames; ++frame) {
            const double slope = frame == 2 ? 2 : 1, intercept = frame == 2 ? -1000 : -1024;
            for (int i = 0; i < 6; ++i)
                QCOMPARE(image.frames[size_t(frame)].values[size_t(i)], float((frame * 100 + i - 50) * slope + intercept));
            QCOMPARE(m.perFrame[size_t(frame)].rescaleSlope, slope);
            QCOMPARE(m.perFrame[size_t(frame)].rescaleIntercept, intercept);
            QCOMPARE((*m.perFrame[size_t(frame)].imagePosition)[2], z[frame]);
            QCOMPARE((*m.perFrame[size_t(frame)].imageOrientation)[4], 1.0);
        }
        // Frame 1's values stand for the file; the shared macros fill the rest.
        QCOMPARE(m.rescaleSlope, 1.0);
        QCOMPARE(m.rescaleIntercept, -1024.0);
        QCOMPARE(QString::fromStdString(m.rescaleType), QString("HU"));
        QCOMPARE((*m.pixelSpacing)[1], 0.625);
        QCOMPARE(*m.sliceThickness, 2.5);
        QCOMPARE((*m.imagePosition)[2], 10.0);
        QCOMPARE(int(m.windows.size()), 1);
        QCOMPARE(m.windows[0].center, 40.0);
        // Windows per frame: the shared one, and frame 3's own two.
        QCOMPARE(int(m.perFrame[0].windows.size()), 1);
        QCOMPARE(int(m.perFrame[2].windows.size()), 2);
        QCOMPARE(m.perFrame[2].windows[0].center, -600.0);
        QCOMPARE(QString::fromStdString(m.perFrame[2].windows[1].explanation), QString("BONE"));
        QCOMPARE(io::frameWindows(image, 2).front().width, 1500.0);
        QCOMPARE(io::frameWindows(image, 0).front().width, 400.0);
        // Order along the normal (z): frames 2, 1, 4, 3 (0-based 1, 0, 3, 2).
        QCOMPARE(m.frameOrder, (std::vector<int64_t>{1, 0, 3, 2}));
        // The display of frame 3 uses its own first window (lung: -1350 .. 150 HU).
        const io::ImageFrame shown = io::toDisplay(image, 2);
        const float value = image.frames[2].values[0];  // (200 - 50) * 2 - 1000 = -700 HU
        QCOMPARE(value, -700.0f);
        QVERIFY(std::fabs(shown.values[0] - float((-700.0 + 1350.0) / 1500.0)) < 0.01f);

        // One frame read alone keeps its own rescale, and toDisplay finds its window by its place in the file.
        io::ReadOptions one;
        one.firstFrame = 2;
        one.maxFrames = 1;
        const io::MedicalImage third = io::readMedicalImage(dir.filePath("enhanced.dcm").toStdString(), one);
        QCOMPARE(third.frames[0].values[0], -700.0f);
        QCOMPARE(io::frameWindows(third, 0).front().center, -600.0);

        // Without positions for every frame, the stored order stands.
        DicomFixture partial = f;
        const auto extra = f.extra;
        partial.extra = [extra](DcmDataset& d) {
            extra(d);
            DcmItem* perFrame = nullptr;
            d.findOrCreateSequenceItem(DCM_PerFrameFunctionalGroupsSequence, perFrame, 1);
            perFrame->findAndDeleteElement(DCM_PlanePositionSequence);
        };
        const io::MedicalImage unordered = readFixture(dir, partial, "partial.dcm");
        QVERIFY(unordered.metadata.frameOrder.empty());
        QVERIFY(!unordered.metadata.perFrame[1].imagePosition);
    }

    void readGrayImageStillShowsTheFileWindow() {
        QTemporaryDir dir;
        DicomFixture f = ctFixture(1, 4);
        f.words = {static_cast<uint16_t>(1024 - 1000), 1024 - 160, 1024 + 40, 1024 + 1000};
        const std::string path = dir.filePath("gray.dcm").toStdString();
        QCOMPARE(QString::fromStdString(f.write(path)), QString());
        const io::GrayImage gray = io::readGrayImage(path);
        QCOMPARE(gray.width, 4);
        QCOMPARE(gray.values[0], 0.0f);
        QVERIFY(gray.values[1] < 0.01f);
        QVERIFY(std::fabs(gray.values[2] - 0.5f) < 0.01f);
        QCOMPARE(gray.values[3], 1.0f);
    }

    void absurdSizesAreRefusedBeforeDecoding() {
        QTemporaryDir dir;
        DicomFixture f;
        f.rows = 60000;
        f.columns = 60000;
        f.words = {1, 2, 3, 4};
        const std::string path = dir.filePath("huge.dcm").toStdString();
        QCOMPARE(QString::fromStdString(f.write(path)), QString());
        QVERIFY(errorOf(path).contains("16384"));

        DicomFixture many;
        many.rows = many.columns = 10000;
        many.frames = 1000;  // 100 GB of floats
        many.words = {1, 2, 3, 4};
        const std::string manyPath = dir.filePath("many.dcm").toStdString();
        QCOMPARE(QString::fromStdString(many.write(manyPath)), QString());
        const QString message = errorOf(manyPath);
        QVERIFY2(message.startsWith("many.dcm: ") && message.contains("MiB"), qPrintable(message));
    }
};

QTEST_APPLESS_MAIN(TestDicomReader)
#include "tst_DicomReader.moc"
