// Malformed input: every broken file gives a one-line reason that names the file by its base
// name, never a crash or a hang. One row per case, each with the reason it must give.
#include "DicomFixture.h"
#include "NiftiFixture.h"

#include "medsynth/io/IoError.h"
#include "medsynth/io/MedicalImage.h"

#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>

#include <QtTest/QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <functional>

using namespace medsynth;

namespace {

using Bytes = std::string;

Bytes readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

void writeBytes(const std::string& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

DicomFixture plain(int rows = 32, int columns = 32) {
    DicomFixture f;
    f.rows = rows;
    f.columns = columns;
    for (int i = 0; i < rows * columns; ++i) f.words.push_back(static_cast<uint16_t>(i));
    return f;
}

// A good file's bytes, to break afterwards.
Bytes goodDicom(const QTemporaryDir& dir, const DicomFixture& f = plain()) {
    const std::string path = dir.filePath("good.tmp").toStdString();
    const std::string problem = f.write(path);
    if (!problem.empty()) qFatal("fixture: %s", problem.c_str());
    return readBytes(path);
}

// Replaces the first occurrence of what; fails the test when missing.
Bytes replaced(Bytes bytes, const Bytes& what, const Bytes& with) {
    const size_t at = bytes.find(what);
    if (at == Bytes::npos) qFatal("pattern not found");
    bytes.replace(at, what.size(), with);
    return bytes;
}

Bytes tag(uint16_t group, uint16_t element) {
    return Bytes{static_cast<char>(group & 0xFF), static_cast<char>(group >> 8), static_cast<char>(element & 0xFF),
                 static_cast<char>(element >> 8)};
}

bool runPython(const QString& dir, const QString& script) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start("/usr/bin/python3", {"-c", script});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Makes the broken file in dir; returns its path.
using Maker = std::function<std::string(const QTemporaryDir&)>;

}  // namespace

Q_DECLARE_METATYPE(Maker)

class TestMalformedInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { DJEncoderRegistration::registerCodecs(); }
    void cleanupTestCase() { DJEncoderRegistration::cleanup(); }

    void refusedWithAReason_data() {
        QTest::addColumn<Maker>("make");
        QTest::addColumn<QString>("reason");
        auto file = [](const char* name, std::function<Bytes(const QTemporaryDir&)> bytes) {
            return Maker([name, bytes](const QTemporaryDir& dir) {
                const std::string path = dir.filePath(name).toStdString();
                writeBytes(path, bytes(dir));
                return path;
            });
        };
        QTest::newRow("empty file") << file("empty.dcm", [](auto&) { return Bytes(); }) << "the file is empty";
        QTest::newRow("missing file") << Maker([](const QTemporaryDir& dir) { return dir.filePath("gone.dcm").toStdString(); })
                                      << "file not found";
        QTest::newRow("folder named x.dcm") << Maker([](const QTemporaryDir& dir) {
            QDir(dir.path()).mkdir("x.dcm");
            return dir.filePath("x.dcm").toStdString();
        }) << "is a folder";
        QTest::newRow("unreadable permissions") << Maker([](const QTemporaryDir& dir) {
            const std::string path = dir.filePath("locked.dcm").toStdString();
            writeBytes(path, goodDicom(dir));
            ::chmod(path.c_str(), 0);
            return path;
        }) << "cannot be opened";
        QTest::newRow("not DICOM at all") << file("junk.dcm", [](auto&) { return Bytes(300, 'x'); })
                                          << "damaged or not a DICOM file";
        QTest::newRow("truncated in the header") << file("cut.dcm", [](const QTemporaryDir& dir) {
            return goodDicom(dir).substr(0, 200);
        }) << "damaged or not a DICOM file";
        QTest::newRow("truncated in the pixel data") << file("short.dcm", [](const QTemporaryDir& dir) {
            const Bytes good = goodDicom(dir);
            return good.substr(0, good.size() - 1000);
        }) << "damaged or not a DICOM file";
        QTest::newRow("missing meta header") << file("nometa.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain();
            f.preamble = false;  // data set only ...
            return Bytes(128, '\0') + "DICM" + goodDicom(dir, f);  // ... behind a preamble
        }) << "no file meta information";
        QTest::newRow("missing transfer syntax") << Maker([](const QTemporaryDir& dir) {
            const std::string path = dir.filePath("nots.dcm").toStdString();
            writeBytes(path, goodDicom(dir));
            DcmFileFormat file;
            file.loadFile(path.c_str());
            delete file.getMetaInfo()->remove(DCM_TransferSyntaxUID);
            file.saveFile(path.c_str(), EXS_LittleEndianExplicit, EET_ExplicitLength, EGL_recalcGL, EPD_noChange, 0, 0,
                          EWM_dontUpdateMeta);
            return path;
        }) << "no transfer syntax";
        QTest::newRow("pixel data shorter than the header says") << file("length.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain();
            f.words.resize(100);
            return goodDicom(dir, f);
        }) << "the pixel data holds 200 bytes";
        QTest::newRow("element length past the end of the file") << file("len.dcm", [](const QTemporaryDir& dir) {
            return replaced(goodDicom(dir), tag(0x0008, 0x0060) + "CS" + Bytes("\x02\x00", 2), tag(0x0008, 0x0060) + "CS" + "\xF0\xFF");
        }) << "damaged or not a DICOM file";
        QTest::newRow("non-numeric frame count") << file("frames.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain();
            f.numberOfFrames = "ab";
            return goodDicom(dir, f);
        }) << "Number of Frames (0028,0008) is not a whole number";
        QTest::newRow("zero frames") << file("zero.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain();
            f.numberOfFrames = "0";
            return goodDicom(dir, f);
        }) << "Number of Frames (0028,0008) is 0";
        QTest::newRow("huge dimensions") << file("huge.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain(2, 2);
            f.rows = 65535;
            f.columns = 65535;
            return goodDicom(dir, f);
        }) << "at most 16384 per side";
        QTest::newRow("huge frame count") << file("deep.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain(2, 2);
            f.numberOfFrames = "99999999";
            return goodDicom(dir, f);
        }) << "frames; at most";
        QTest::newRow("no rows") << file("flat.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain(2, 2);
            f.rows = 0;
            return goodDicom(dir, f);
        }) << "the image has no pixels";
        QTest::newRow("unsupported bits allocated") << file("bits.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain(2, 2);
            f.bitsAllocated = 12;
            f.bitsStored = 12;
            f.highBit = 11;
            return goodDicom(dir, f);
        }) << "Bits Allocated is 12";
        QTest::newRow("bits stored above bits allocated") << file("stored.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain(2, 2);
            f.bitsStored = 20;
            f.highBit = 19;
            return goodDicom(dir, f);
        }) << "Bits Stored (20) must be 1 to Bits Allocated (16)";
        QTest::newRow("no pixel data") << file("nopixels.dcm", [](const QTemporaryDir& dir) {
            const Bytes good = goodDicom(dir, plain(2, 2));
            return good.substr(0, good.find(tag(0x7FE0, 0x0010)));
        }) << "without pixel data";
        QTest::newRow("non-numeric rescale slope") << file("slope.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain(2, 2);
            f.slope = "x1";
            return goodDicom(dir, f);
        }) << "Rescale Slope (0028,1053) is not a number";
        QTest::newRow("damaged JPEG data") << file("badjpeg.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain();
            f.syntax = EXS_JPEGProcess14SV1;
            const DJ_RPLossless lossless;
            f.parameter = &lossless;
            Bytes bytes = goodDicom(dir, f);
            const size_t start = bytes.find("\xFF\xD8");  // the JPEG stream, in its fragment
            for (size_t i = start + 2; i < bytes.size() - 16; ++i) bytes[i] = static_cast<char>(0x5A);
            return bytes;
        }) << "frame 1 cannot be decoded";
        QTest::newRow("unknown photometric interpretation") << file("photo.dcm", [](const QTemporaryDir& dir) {
            DicomFixture f = plain(2, 2);
            f.photometric = "HSV";
            f.samples = 3;
            f.words.resize(12);
            return goodDicom(dir, f);
        }) << "photometric interpretation \"HSV\" is not supported";

        // Enhanced multi-frame: a functional group that is not a number, a rescale slope of 0.
        auto withGroup = [file](const char* name, int frame, DcmTagKey macro, DcmTagKey tag, const char* value) {
            return file(name, [frame, macro, tag, value](const QTemporaryDir& dir) {
                DicomFixture f = plain(2, 2);
                f.frames = 2;
                f.words.resize(8);
                f.extra = [=](DcmDataset& d) { putFunctionalGroup(d, frame, macro, tag, value); };
                return goodDicom(dir, f);
            });
        };
        QTest::newRow("per-frame rescale not a number")
            << withGroup("enhanced.dcm", 1, DCM_PixelValueTransformationSequence, DCM_RescaleIntercept, "-10x24")
            << "Rescale Intercept (0028,1052) is not a number";
        QTest::newRow("shared rescale slope 0")
            << withGroup("slope.dcm", -1, DCM_PixelValueTransformationSequence, DCM_RescaleSlope, "0") << "Rescale Slope is 0";
        QTest::newRow("plane position not a number")
            << withGroup("plane.dcm", 0, DCM_PlanePositionSequence, DCM_ImagePositionPatient, "1\\two\\3")
            << "Image Position (0020,0032) is not a number";

        // NIfTI and NumPy.
        auto niftiHeader = [](int nx, int ny, int nz) {
            const QByteArray header = niftiInt16Header(nx, ny, nz);
            return Bytes(header.constData(), static_cast<size_t>(header.size()));
        };
        QTest::newRow("NIfTI header only") << file("head.nii", [niftiHeader](auto&) {
            return niftiHeader(64, 64, 64) + Bytes(1000, '\1');
        }) << "the NIfTI data cannot be read";
        // A volume too large to load whole is read slice by slice; the file must still hold it.
        QTest::newRow("large NIfTI shorter than its header") << file("short.nii", [niftiHeader](auto&) {
            return niftiHeader(4096, 4096, 24) + Bytes(4096, '\1');  // 768 MiB of int16 (1.5 GiB as floats)
        }) << "the NIfTI data cannot be read: the file holds";
        QTest::newRow("NIfTI garbage") << file("junk.nii", [](auto&) { return Bytes(400, 'q'); })
                                       << "not a NIfTI-1/2 file";
        QTest::newRow("npy truncated") << file("cut.npy", [](auto&) {
            Bytes header = "{'descr': '<u2', 'fortran_order': False, 'shape': (4, 4), }";
            header += Bytes(128 - 10 - header.size() - 1, ' ') + "\n";
            return Bytes("\x93NUMPY\x01\x00", 8) + Bytes{static_cast<char>(header.size()), 0} + header + Bytes(10, '\0');
        }) << "cut.npy";
        QTest::newRow("npz not a zip") << file("junk.npz", [](auto&) { return Bytes("PK\x03\x04", 4) + Bytes(100, 'z'); })
                                       << "not a ZIP archive";
    }
    void refusedWithAReason() {
        QFETCH(Maker, make);
        QFETCH(QString, reason);
        if (QString(QTest::currentDataTag()) == "unreadable permissions" && ::geteuid() == 0)
            QSKIP("running as root: permissions do not stop reading");
        QTemporaryDir dir;
        const std::string path = make(dir);
        const std::string name = QFileInfo(QString::fromStdString(path)).fileName().toStdString();
        QString message;
        try {
            io::readMedicalImage(path);
        } catch (const io::IoError& e) {
            message = QString::fromUtf8(e.what());
        }
        ::chmod(path.c_str(), 0600);
        QVERIFY2(!message.isEmpty(), "the file was accepted");
        QVERIFY2(message.startsWith(QString::fromStdString(name) + ": "), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(!message.contains('\n') && !message.contains(dir.path()), qPrintable(message));
    }

    void archivesWeDoNotSupportAreNamed() {
        QTemporaryDir dir;
        // An encrypted member (flag bit 0 set in both headers) and a ZIP64 archive (written by
        // Python's zipfile with force_zip64 and a large-file end record).
        const QString script = R"(
import io, zipfile, numpy as np, struct
buf = io.BytesIO(); np.save(buf, np.zeros((2, 2), np.uint8))
with zipfile.ZipFile('plain.npz', 'w', zipfile.ZIP_STORED) as z: z.writestr('a.npy', buf.getvalue())
b = bytearray(open('plain.npz', 'rb').read())
for sig in (b'PK\x03\x04', b'PK\x01\x02'):
    at = b.find(sig); off = 6 if sig == b'PK\x03\x04' else 8
    b[at + off] |= 1
open('locked.npz', 'wb').write(bytes(b))
with zipfile.ZipFile('big.npz', 'w', zipfile.ZIP_STORED, allowZip64=True) as z:
    for i in range(65536): z.writestr('a%d.npy' % i, b'')
)";
        if (!runPython(dir.path(), script)) QSKIP("/usr/bin/python3 with numpy is needed (Debian python3-numpy)");
        auto errorOf = [&](const char* name) {
            try {
                io::readMedicalImage(dir.filePath(name).toStdString());
            } catch (const io::IoError& e) {
                return QString::fromUtf8(e.what());
            }
            return QString();
        };
        QVERIFY2(errorOf("locked.npz").contains("encrypted"), qPrintable(errorOf("locked.npz")));
        QVERIFY2(errorOf("big.npz").contains("ZIP64"), qPrintable(errorOf("big.npz")));
    }
};

QTEST_GUILESS_MAIN(TestMalformedInput)
#include "tst_MalformedInput.moc"
