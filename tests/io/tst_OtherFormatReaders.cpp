// NIfTI-1/2 volumes (slices along each axis, scl_slope/scl_inter), PNG/TIFF/BMP/JPEG at 8 and 16
// bits (values kept, colour as RGB, multi-page TIFF), NumPy .npy and MedMNIST-style .npz archives
// (frames, label arrays), and JPEG 2000 DICOM decoded through OpenJPEG.
#include "DicomFixture.h"

#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/ImageReader.h"
#include "medsynth/io/IoError.h"
#include "medsynth/io/MedicalImage.h"

#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <nifti2_io.h>
#include <opencv2/imgcodecs.hpp>
#include <openjpeg.h>

#include <QtTest/QtTest>

#include <cstring>

using namespace medsynth;

namespace {

int16_t niftiStored(int i, int j, int k) { return static_cast<int16_t>(100 * i + 10 * j + k); }

// NIfTI-2, by hand from nifti2.h's header struct (nifti_image_write of this library version writes
// a broken NIfTI-2 file).
std::string writeNifti2(const std::string& path) {
    nifti_2_header h{};
    h.sizeof_hdr = 540;
    std::memcpy(h.magic, "n+2\0\r\n\032\n", 8);
    h.datatype = DT_INT16;
    h.bitpix = 16;
    const int64_t dims[8] = {3, 3, 4, 5, 1, 1, 1, 1};
    std::copy(dims, dims + 8, h.dim);
    const double pixdim[8] = {1, 0.5, 0.75, 3, 1, 1, 1, 1};
    std::copy(pixdim, pixdim + 8, h.pixdim);
    h.vox_offset = 544;
    h.scl_slope = 2;
    h.scl_inter = -7;
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(reinterpret_cast<const char*>(&h), sizeof h);
    file.write(QByteArray(4, '\0'));  // no extensions
    for (int k = 0; k < 5; ++k)
        for (int j = 0; j < 4; ++j)
            for (int i = 0; i < 3; ++i) {
                const int16_t v = niftiStored(i, j, k);
                file.write(reinterpret_cast<const char*>(&v), sizeof v);
            }
    return path;
}

// A 3 x 4 x 5 int16 volume, value(i, j, k) = 100 i + 10 j + k, with scl_slope 2, scl_inter -7.
std::string writeNifti(const QTemporaryDir& dir, const char* name, int niftiType) {
    const std::string path = dir.filePath(name).toStdString();
    if (niftiType == NIFTI_FTYPE_NIFTI2_1) return writeNifti2(path);
    const int64_t dims[8] = {3, 3, 4, 5, 1, 1, 1, 1};
    nifti_image* image = nifti_make_new_nim(dims, DT_INT16, 1);
    if (!image) return {};
    auto* data = static_cast<int16_t*>(image->data);
    for (int k = 0; k < 5; ++k)
        for (int j = 0; j < 4; ++j)
            for (int i = 0; i < 3; ++i) data[i + 3 * (j + 4 * k)] = niftiStored(i, j, k);
    image->scl_slope = 2;
    image->scl_inter = -7;
    image->pixdim[1] = image->dx = 0.5;
    image->pixdim[2] = image->dy = 0.75;
    image->pixdim[3] = image->dz = 3;
    nifti_set_filenames(image, path.c_str(), 0, 1);
    image->nifti_type = niftiType;  // after the names, which reset it
    nifti_image_write(image);
    nifti_image_free(image);
    return path;
}

float niftiValue(int i, int j, int k) { return static_cast<float>(2 * (100 * i + 10 * j + k) - 7); }

bool runPython(const QString& dir, const QString& script) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start("/usr/bin/python3", {"-c", script});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// JPEG 2000 code stream of a gray image through OpenJPEG, lossless (5/3 wavelet, one layer).
std::vector<uint8_t> encodeJpeg2000(const std::vector<int32_t>& values, int rows, int columns, int precision, bool isSigned) {
    opj_image_cmptparm_t component{};
    component.dx = component.dy = 1;
    component.w = static_cast<OPJ_UINT32>(columns);
    component.h = static_cast<OPJ_UINT32>(rows);
    component.prec = static_cast<OPJ_UINT32>(precision);
    component.sgnd = isSigned ? 1 : 0;
    opj_image_t* image = opj_image_create(1, &component, OPJ_CLRSPC_GRAY);
    image->x1 = static_cast<OPJ_UINT32>(columns);
    image->y1 = static_cast<OPJ_UINT32>(rows);
    std::copy(values.begin(), values.end(), image->comps[0].data);
    opj_cparameters_t parameters;
    opj_set_default_encoder_parameters(&parameters);
    parameters.tcp_numlayers = 1;
    parameters.tcp_rates[0] = 0;  // lossless
    parameters.cp_disto_alloc = 1;
    parameters.numresolution = 2;
    opj_codec_t* codec = opj_create_compress(OPJ_CODEC_J2K);
    opj_setup_encoder(codec, &parameters, image);
    const std::string path = QDir::temp().filePath("medsynth-j2k-%1.j2k").arg(QCoreApplication::applicationPid()).toStdString();
    opj_stream_t* stream = opj_stream_create_default_file_stream(path.c_str(), OPJ_FALSE);
    const bool ok = opj_start_compress(codec, image, stream) && opj_encode(codec, stream) && opj_end_compress(codec, stream);
    opj_stream_destroy(stream);
    opj_destroy_codec(codec);
    opj_image_destroy(image);
    std::vector<uint8_t> bytes;
    if (ok) {
        QFile file(QString::fromStdString(path));
        file.open(QIODevice::ReadOnly);
        const QByteArray all = file.readAll();
        bytes.assign(all.begin(), all.end());
    }
    QFile::remove(QString::fromStdString(path));
    return bytes;
}

}  // namespace

class TestOtherFormatReaders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void niftiSlicesAlongEachAxis_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("format");
        QTest::newRow("NIfTI-1 .nii") << "v.nii" << NIFTI_FTYPE_NIFTI1_1 << "NIfTI-1";
        QTest::newRow("NIfTI-1 .nii.gz") << "v.nii.gz" << NIFTI_FTYPE_NIFTI1_1 << "NIfTI-1";
        QTest::newRow("NIfTI-2 .nii") << "v2.nii" << NIFTI_FTYPE_NIFTI2_1 << "NIfTI-2";
    }
    void niftiSlicesAlongEachAxis() {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const std::string path = writeNifti(dir, qPrintable(name), type);
        QVERIFY(QFile::exists(QString::fromStdString(path)));

        io::ReadOptions axial;  // k: 5 slices of 4 rows (j) x 3 columns (i)
        const io::MedicalImage k = io::readMedicalImage(path, axial);
        QCOMPARE(QString::fromStdString(k.metadata.format), format);
        QCOMPARE(k.metadata.frames, int64_t(5));
        QCOMPARE(k.metadata.rows, 4);
        QCOMPARE(k.metadata.columns, 3);
        QCOMPARE(k.metadata.rescaleSlope, 2.0);
        QCOMPARE(k.metadata.rescaleIntercept, -7.0);
        QCOMPARE((*k.metadata.pixelSpacing)[0], 0.75);
        QCOMPARE((*k.metadata.pixelSpacing)[1], 0.5);
        QCOMPARE(int(k.frames.size()), 5);
        for (int kk = 0; kk < 5; ++kk)
            for (int j = 0; j < 4; ++j)
                for (int i = 0; i < 3; ++i) QCOMPARE(k.frames[kk].values[j * 3 + i], niftiValue(i, j, kk));

        io::ReadOptions sagittal;  // i: 3 slices of 5 rows (k) x 4 columns (j)
        sagittal.sliceAxis = 0;
        const io::MedicalImage i = io::readMedicalImage(path, sagittal);
        QCOMPARE(int(i.frames.size()), 3);
        QCOMPARE(i.frames[0].rows, 5);
        QCOMPARE(i.frames[0].columns, 4);
        QCOMPARE(i.frames[2].values[4 * 4 + 3], niftiValue(2, 3, 4));

        io::ReadOptions coronal;  // j: 4 slices of 5 rows (k) x 3 columns (i)
        coronal.sliceAxis = 1;
        coronal.firstFrame = 1;
        coronal.maxFrames = 1;
        const io::MedicalImage j = io::readMedicalImage(path, coronal);
        QCOMPARE(int(j.frames.size()), 1);
        QCOMPARE(j.frames[0].values[2 * 3 + 1], niftiValue(1, 1, 2));
    }

    void niftiSizesAreBounded() {
        QTemporaryDir dir;
        const std::string path = writeNifti(dir, "v.nii", NIFTI_FTYPE_NIFTI1_1);
        io::ReadOptions tight;
        tight.maxSide = 3;
        try {
            io::readMedicalImage(path, tight);
            QFAIL("a volume beyond the bounds was read");
        } catch (const io::IoError& e) {
            QVERIFY2(QString(e.what()).contains("at most 3 per side"), e.what());
        }
    }

    void sixteenBitImagesKeepTheirValues() {
        QTemporaryDir dir;
        cv::Mat deep(2, 3, CV_16U);
        const uint16_t values[6] = {0, 1, 1000, 32768, 65534, 65535};
        std::memcpy(deep.data, values, sizeof values);
        for (const char* name : {"deep.png", "deep.tif"}) {
            const std::string path = dir.filePath(name).toStdString();
            QVERIFY(cv::imwrite(path, deep));
            const io::MedicalImage image = io::readMedicalImage(path);
            QCOMPARE(image.metadata.bitsStored, 16);
            QCOMPARE(image.frames[0].values, (std::vector<float>{0, 1, 1000, 32768, 65534, 65535}));
        }
        const std::string png = dir.filePath("deep.png").toStdString();
        QCOMPARE(QString::fromStdString(io::readMedicalImage(png).metadata.format), QString("PNG"));
        QCOMPARE(io::readGrayImage(png).values[5], 1.0f);  // natural range: 65535 is white
        QVERIFY(std::fabs(io::readGrayImage(png).values[2] - 1000.0f / 65535.0f) < 1e-6f);
    }

    void colourIsRgbAndTiffPagesAreFrames() {
        QTemporaryDir dir;
        cv::Mat bgr(1, 2, CV_8UC3, cv::Scalar(10, 20, 30));  // OpenCV order: blue, green, red
        for (const char* name : {"c.png", "c.bmp", "c.tif"}) {
            const std::string path = dir.filePath(name).toStdString();
            QVERIFY(cv::imwrite(path, bgr));
            const io::MedicalImage image = io::readMedicalImage(path);
            QCOMPARE(QString::fromStdString(image.metadata.photometric), QString("RGB"));
            QCOMPARE(image.frames[0].channels, 3);
            QCOMPARE(image.frames[0].values, (std::vector<float>{30, 20, 10, 30, 20, 10}));
        }
        std::vector<cv::Mat> pages;
        for (int p = 0; p < 3; ++p) pages.emplace_back(2, 2, CV_16U, cv::Scalar(1000 * (p + 1)));
        const std::string multi = dir.filePath("pages.tiff").toStdString();
        QVERIFY(cv::imwritemulti(multi, pages));
        const io::MedicalImage image = io::readMedicalImage(multi);
        QCOMPARE(image.metadata.frames, int64_t(3));
        QCOMPARE(int(image.frames.size()), 3);
        QCOMPARE(image.frames[2].values[0], 3000.0f);
        io::ReadOptions second;
        second.firstFrame = 1;
        second.maxFrames = 1;
        const io::MedicalImage one = io::readMedicalImage(multi, second);
        QCOMPARE(int(one.frames.size()), 1);
        QCOMPARE(one.frames[0].values[3], 2000.0f);

        cv::Mat gray(8, 8, CV_8U, cv::Scalar(77));
        const std::string jpeg = dir.filePath("g.jpg").toStdString();
        QVERIFY(cv::imwrite(jpeg, gray));
        const io::MedicalImage fromJpeg = io::readMedicalImage(jpeg);
        QCOMPARE(QString::fromStdString(fromJpeg.metadata.format), QString("JPEG"));
        QVERIFY(std::fabs(io::frameStatistics(fromJpeg.frames[0]).mean - 77) < 1.0);
    }

    void numpyArraysAndMedMnistArchives() {
        QTemporaryDir dir;
        const QString script = R"(
import numpy as np
rng = np.random.default_rng(3)
tr = rng.integers(0, 256, (5, 6, 7), dtype=np.uint8)
va = rng.integers(0, 256, (2, 6, 7), dtype=np.uint8)
te = rng.integers(0, 256, (3, 6, 7), dtype=np.uint8)
np.savez_compressed('mnist.npz', test_images=te, train_images=tr, val_images=va,
    train_labels=np.array([[0],[1],[2],[1],[0]], np.uint8), val_labels=np.array([[4],[3]], np.uint8),
    test_labels=np.array([[9],[8],[7]], np.uint8))
np.savez('stored.npz', train_images=rng.integers(0, 256, (2, 4, 4, 3), dtype=np.uint8), train_labels=np.array([[1],[0]]))
np.save('volume.npy', np.arange(2*3*4, dtype='>i2').reshape(2, 3, 4) - 5)
np.save('colour.npy', np.arange(8*9*3, dtype=np.float32).reshape(8, 9, 3))
for name, a in (('train', tr), ('val', va), ('test', te)):
    np.savetxt(name + '.txt', a.reshape(-1), fmt='%d')
)";
        if (!runPython(dir.path(), script)) QSKIP("/usr/bin/python3 with numpy is needed (Debian python3-numpy)");

        auto expected = [&](const char* name) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::ReadOnly);
            std::vector<float> values;
            for (const QByteArray& line : file.readAll().split('\n'))
                if (!line.isEmpty()) values.push_back(line.toFloat());
            return values;
        };
        const io::MedicalImage archive = io::readMedicalImage(dir.filePath("mnist.npz").toStdString());
        const io::ImageMetadata& m = archive.metadata;
        QCOMPARE(QString::fromStdString(m.format), QString("NumPy archive"));
        QCOMPARE(m.frames, int64_t(10));
        QCOMPARE(m.rows, 6);
        QCOMPARE(m.columns, 7);
        QCOMPARE(m.bitsStored, 8);
        QCOMPARE(int(archive.frames.size()), 10);
        // train, val, test, whatever order the archive holds them in.
        std::vector<float> all;
        for (const io::ImageFrame& f : archive.frames) all.insert(all.end(), f.values.begin(), f.values.end());
        std::vector<float> want = expected("train.txt");
        for (const char* name : {"val.txt", "test.txt"}) {
            const auto more = expected(name);
            want.insert(want.end(), more.begin(), more.end());
        }
        QCOMPARE(all, want);
        int imageArrays = 0;
        for (const io::ArchiveArray& a : m.arrays)
            if (a.images) {
                ++imageArrays;
                if (a.name == "val_images") QCOMPARE(a.firstFrame, int64_t(5));
                if (a.name == "test_images") QCOMPARE(a.firstFrame, int64_t(7));
            }
        QCOMPARE(imageArrays, 3);
        QCOMPARE(int(archive.labels.size()), 3);
        for (const io::LabelArray& labels : archive.labels) {
            if (labels.name == "train_labels") QCOMPARE(labels.values, (std::vector<int64_t>{0, 1, 2, 1, 0}));
            if (labels.name == "test_labels") QCOMPARE(labels.values, (std::vector<int64_t>{9, 8, 7}));
            QCOMPARE(labels.shape.size(), size_t(2));
        }

        const io::MedicalImage stored = io::readMedicalImage(dir.filePath("stored.npz").toStdString());
        QCOMPARE(stored.metadata.frames, int64_t(2));
        QCOMPARE(stored.frames[0].channels, 3);

        const io::MedicalImage volume = io::readMedicalImage(dir.filePath("volume.npy").toStdString());
        QCOMPARE(volume.metadata.frames, int64_t(2));
        QVERIFY(volume.metadata.isSigned);
        QCOMPARE(volume.frames[1].values.front(), 12.0f - 5);
        QCOMPARE(volume.frames[0].values.front(), -5.0f);

        const io::MedicalImage colour = io::readMedicalImage(dir.filePath("colour.npy").toStdString());
        QCOMPARE(colour.metadata.frames, int64_t(1));
        QCOMPARE(colour.frames[0].channels, 3);
        QCOMPARE(colour.frames[0].values.back(), 8.0f * 9 * 3 - 1);
    }

    void jpeg2000DicomIsDecoded() {
        QTemporaryDir dir;
        const int rows = 6, columns = 7;
        std::vector<int32_t> stored;
        for (int i = 0; i < rows * columns; ++i) stored.push_back((i * 577) % 4000 - 1500);
        const std::vector<uint8_t> stream = encodeJpeg2000(stored, rows, columns, 16, true);
        QVERIFY(!stream.empty());

        // An encapsulated data set: empty offset table, then the stream in one fragment.
        DicomFixture f;
        f.rows = rows;
        f.columns = columns;
        f.isSigned = true;
        f.slope = "1";
        f.intercept = "-1024";
        f.modality = "CT";
        f.words.assign(static_cast<size_t>(rows * columns), 0);
        const std::string native = dir.filePath("native.dcm").toStdString();
        QCOMPARE(QString::fromStdString(f.write(native)), QString());
        DcmFileFormat file;
        QVERIFY(file.loadFile(native.c_str()).good());
        DcmDataset* d = file.getDataset();
        auto* pixelSequence = new DcmPixelSequence(DCM_PixelSequenceTag);
        pixelSequence->insert(new DcmPixelItem(DCM_PixelItemTag));
        auto* fragment = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
        std::vector<uint8_t> even = stream;
        if (even.size() % 2) even.push_back(0);
        fragment->putUint8Array(even.data(), static_cast<unsigned long>(even.size()));
        pixelSequence->insert(fragment);
        auto* pixelData = new DcmPixelData(DCM_PixelData);
        pixelData->putOriginalRepresentation(EXS_JPEG2000LosslessOnly, nullptr, pixelSequence);
        d->insert(pixelData, true);
        const std::string path = dir.filePath("j2k.dcm").toStdString();
        const OFCondition saved = file.saveFile(path.c_str(), EXS_JPEG2000LosslessOnly);
        QVERIFY2(saved.good(), saved.text());

        const io::MedicalImage image = io::readMedicalImage(path);
        QCOMPARE(QString::fromStdString(image.metadata.transferSyntaxUid), QString("1.2.840.10008.1.2.4.90"));
        QCOMPARE(int(image.frames.size()), 1);
        for (size_t i = 0; i < stored.size(); ++i) QCOMPARE(image.frames[0].values[i], static_cast<float>(stored[i] - 1024));
    }
};

QTEST_GUILESS_MAIN(TestOtherFormatReaders)
#include "tst_OtherFormatReaders.moc"
