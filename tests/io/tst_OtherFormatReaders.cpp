// NIfTI-1/2 volumes (slices along each axis, scl_slope/scl_inter), PNG/TIFF/BMP/JPEG at 8 and 16
// bits (values kept, colour as RGB, multi-page TIFF), NumPy .npy and MedMNIST-style .npz archives
// (frames, label arrays), and JPEG 2000 DICOM decoded through OpenJPEG.
#include "DicomFixture.h"
#include "NiftiFixture.h"

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

#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>

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
// offset: added to every stored value (another volume of the same size).
std::string writeNifti(const QTemporaryDir& dir, const char* name, int niftiType, int16_t offset = 0) {
    const std::string path = dir.filePath(name).toStdString();
    if (niftiType == NIFTI_FTYPE_NIFTI2_1) return writeNifti2(path);
    const int64_t dims[8] = {3, 3, 4, 5, 1, 1, 1, 1};
    nifti_image* image = nifti_make_new_nim(dims, DT_INT16, 1);
    if (!image) return {};
    auto* data = static_cast<int16_t*>(image->data);
    for (int k = 0; k < 5; ++k)
        for (int j = 0; j < 4; ++j)
            for (int i = 0; i < 3; ++i) data[i + 3 * (j + 4 * k)] = static_cast<int16_t>(niftiStored(i, j, k) + offset);
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

// How a JPEG 2000 test stream is coded: lossless (5/3 wavelet) or lossy (9/7, rate: compression
// ratio), with or without the multiple component transform (RCT when lossless, ICT when lossy).
struct Jpeg2000Coding {
    bool lossy = false;
    bool componentTransform = false;
    float rate = 0;
};

// A JPEG 2000 code stream through OpenJPEG; values interleaved by component (RGB).
std::vector<uint8_t> encodeJpeg2000(const std::vector<int32_t>& values, int rows, int columns, int components,
                                    int precision, bool isSigned, const Jpeg2000Coding& coding = {}) {
    std::vector<opj_image_cmptparm_t> parameters(static_cast<size_t>(components));
    for (opj_image_cmptparm_t& component : parameters) {
        component = {};
        component.dx = component.dy = 1;
        component.w = static_cast<OPJ_UINT32>(columns);
        component.h = static_cast<OPJ_UINT32>(rows);
        component.prec = static_cast<OPJ_UINT32>(precision);
        component.sgnd = isSigned ? 1 : 0;
    }
    opj_image_t* image = opj_image_create(static_cast<OPJ_UINT32>(components), parameters.data(),
                                          components == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY);
    image->x1 = static_cast<OPJ_UINT32>(columns);
    image->y1 = static_cast<OPJ_UINT32>(rows);
    const size_t pixels = static_cast<size_t>(rows) * columns;
    for (int c = 0; c < components; ++c)
        for (size_t i = 0; i < pixels; ++i) image->comps[c].data[i] = values[i * components + c];
    opj_cparameters_t encoder;
    opj_set_default_encoder_parameters(&encoder);
    encoder.tcp_numlayers = 1;
    encoder.tcp_rates[0] = coding.lossy ? coding.rate : 0;  // 0: lossless
    encoder.cp_disto_alloc = 1;
    encoder.irreversible = coding.lossy ? 1 : 0;
    encoder.tcp_mct = coding.componentTransform ? 1 : 0;
    encoder.numresolution = 2;
    opj_codec_t* codec = opj_create_compress(OPJ_CODEC_J2K);
    opj_setup_encoder(codec, &encoder, image);
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

// Smooth test content with an edge: JPEG 2000's lossy modes are judged on pictures, not on noise.
std::vector<int32_t> testPicture(int rows, int columns, int components, int frame, int top) {
    std::vector<int32_t> values;
    const double span = columns + 2.0 * rows + 7.0 * components + 5.0 * frame;
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x)
            for (int c = 0; c < components; ++c) {
                double v = top * 0.7 * (x + 2.0 * y + 7.0 * c + 5.0 * frame) / span;
                if (x >= columns / 2) v += top * 0.25;
                values.push_back(std::min(top, static_cast<int32_t>(std::lround(v))));
            }
    return values;
}

// Worst and mean absolute difference of decoded frame values from what was encoded.
std::pair<double, double> difference(const std::vector<float>& decoded, const std::vector<int32_t>& encoded, double offset = 0) {
    double worst = 0, sum = 0;
    for (size_t i = 0; i < encoded.size(); ++i) {
        const double d = std::fabs(decoded[i] - (encoded[i] + offset));
        worst = std::max(worst, d);
        sum += d;
    }
    return {worst, sum / static_cast<double>(encoded.size())};
}

// A 3 x 4 x 5 int16 volume, value(i, j, k) = 100 i + 10 j + k (scl 2, -7), written by hand with
// the bytes of header and data swapped: a big-endian NIfTI-1 file.
std::string writeBigEndianNifti(const QTemporaryDir& dir) {
    const std::string little = writeNifti(dir, "little.nii", NIFTI_FTYPE_NIFTI1_1);
    QFile in(QString::fromStdString(little));
    if (!in.open(QIODevice::ReadOnly)) return {};
    QByteArray bytes = in.readAll();
    nifti_1_header header;
    std::memcpy(&header, bytes.constData(), sizeof header);
    const int offset = static_cast<int>(header.vox_offset);
    swap_nifti_header(bytes.data(), 1);
    nifti_swap_Nbytes((bytes.size() - offset) / 2, 2, bytes.data() + offset);
    const std::string path = dir.filePath("big.nii").toStdString();
    QFile out(QString::fromStdString(path));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) return {};
    return path;
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
        const std::vector<uint8_t> stream = encodeJpeg2000(stored, rows, columns, 1, 16, true);
        QVERIFY(!stream.empty());

        // An encapsulated data set: empty offset table, then the stream in one fragment.
        DicomFixture f = DicomFixture::signedCt(rows, columns);
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

    // Several frames, one of them in two fragments; a part of them read alone.
    void jpeg2000MultiFrame() {
        QTemporaryDir dir;
        const int rows = 8, columns = 9, frames = 3;
        DicomFixture f;
        f.rows = rows;
        f.columns = columns;
        f.frames = frames;
        f.bitsStored = 12;
        f.highBit = 11;
        f.syntax = EXS_JPEG2000LosslessOnly;
        std::vector<std::vector<int32_t>> pictures;
        for (int frame = 0; frame < frames; ++frame) {
            pictures.push_back(testPicture(rows, columns, 1, frame, 4095));
            const std::vector<uint8_t> stream = encodeJpeg2000(pictures.back(), rows, columns, 1, 12, false);
            QVERIFY(!stream.empty());
            if (frame == 1) {  // the stream split after its first 20 bytes
                f.fragments.emplace_back(stream.begin(), stream.begin() + 20);
                f.fragments.emplace_back(stream.begin() + 20, stream.end());
            } else {
                f.fragments.push_back(stream);
            }
        }
        const std::string path = dir.filePath("multi.dcm").toStdString();
        QCOMPARE(QString::fromStdString(f.write(path)), QString());
        const io::MedicalImage all = io::readMedicalImage(path);
        QCOMPARE(int(all.frames.size()), frames);
        for (int frame = 0; frame < frames; ++frame)
            QCOMPARE(difference(all.frames[size_t(frame)].values, pictures[size_t(frame)]).first, 0.0);
        io::ReadOptions later;
        later.firstFrame = 1;
        later.maxFrames = 2;
        const io::MedicalImage part = io::readMedicalImage(path, later);
        QCOMPARE(part.firstFrame, int64_t(1));
        QCOMPARE(int(part.frames.size()), 2);
        QCOMPARE(difference(part.frames[0].values, pictures[1]).first, 0.0);
        QCOMPARE(difference(part.frames[1].values, pictures[2]).first, 0.0);
        // Fewer code streams than frames: a one-line reason.
        f.fragments.pop_back();
        QCOMPARE(QString::fromStdString(f.write(path)), QString());
        try {
            io::readMedicalImage(path);
            QFAIL("a frame without its code stream was read");
        } catch (const io::IoError& e) {
            QVERIFY2(QString(e.what()).contains("holds 2 frames, 3 needed"), e.what());
        }
    }

    // Colour: RGB as stored, YBR_RCT (lossless, reversible component transform) and YBR_ICT
    // (lossy, irreversible transform) come back as RGB, exactly or within a tolerance.
    void jpeg2000Colour_data() {
        QTest::addColumn<QString>("photometric");
        QTest::addColumn<bool>("lossy");
        QTest::addColumn<double>("worst");
        QTest::addColumn<double>("mean");
        QTest::newRow("RGB lossless") << "RGB" << false << 0.0 << 0.0;
        QTest::newRow("YBR_RCT lossless") << "YBR_RCT" << false << 0.0 << 0.0;
        QTest::newRow("YBR_ICT lossy") << "YBR_ICT" << true << 24.0 << 3.0;
    }
    void jpeg2000Colour() {
        QFETCH(QString, photometric);
        QFETCH(bool, lossy);
        QFETCH(double, worst);
        QFETCH(double, mean);
        QTemporaryDir dir;
        const int rows = 24, columns = 32, frames = 2;
        DicomFixture f;
        f.rows = rows;
        f.columns = columns;
        f.samples = 3;
        f.frames = frames;
        f.bitsAllocated = f.bitsStored = 8;
        f.highBit = 7;
        f.photometric = photometric.toStdString();
        f.syntax = lossy ? EXS_JPEG2000 : EXS_JPEG2000LosslessOnly;
        const Jpeg2000Coding coding{lossy, photometric != "RGB", lossy ? 6.0f : 0.0f};
        std::vector<std::vector<int32_t>> pictures;
        for (int frame = 0; frame < frames; ++frame) {
            pictures.push_back(testPicture(rows, columns, 3, frame, 255));
            f.fragments.push_back(encodeJpeg2000(pictures.back(), rows, columns, 3, 8, false, coding));
            QVERIFY(!f.fragments.back().empty());
        }
        const std::string path = dir.filePath("colour.dcm").toStdString();
        QCOMPARE(QString::fromStdString(f.write(path)), QString());
        const io::MedicalImage image = io::readMedicalImage(path);
        QCOMPARE(QString::fromStdString(image.metadata.photometric), QString("RGB"));
        QCOMPARE(int(image.frames.size()), frames);
        for (int frame = 0; frame < frames; ++frame) {
            QCOMPARE(image.frames[size_t(frame)].channels, 3);
            const auto [largest, average] = difference(image.frames[size_t(frame)].values, pictures[size_t(frame)]);
            qInfo("%s frame %d: largest difference %.1f, mean %.2f", qPrintable(photometric), frame + 1, largest, average);
            QVERIFY2(largest <= worst && average <= mean, qPrintable(QString("%1 / %2").arg(largest).arg(average)));
        }
        if (lossy)  // lossy, but not nothing: the test would not notice a lossless stream
            QVERIFY(difference(image.frames[0].values, pictures[0]).first > 0);
    }

    // Lossy 16-bit signed CT: Hounsfield units within a tolerance after the rescale.
    void jpeg2000LossyGray() {
        QTemporaryDir dir;
        const int rows = 32, columns = 32;
        std::vector<int32_t> stored = testPicture(rows, columns, 1, 0, 4000);
        for (int32_t& v : stored) v -= 1500;
        DicomFixture f = DicomFixture::signedCt(rows, columns);
        f.syntax = EXS_JPEG2000;
        f.fragments.push_back(encodeJpeg2000(stored, rows, columns, 1, 16, true, {true, false, 3.0f}));
        const std::string path = dir.filePath("lossy.dcm").toStdString();
        QCOMPARE(QString::fromStdString(f.write(path)), QString());
        const io::MedicalImage image = io::readMedicalImage(path);
        QCOMPARE(QString::fromStdString(image.metadata.transferSyntaxUid), QString("1.2.840.10008.1.2.4.91"));
        const auto [largest, average] = difference(image.frames[0].values, stored, -1024);
        qInfo("lossy 16-bit: largest difference %.1f HU, mean %.2f HU (range 4000)", largest, average);
        QVERIFY(largest > 0);
        QVERIFY2(largest <= 40 && average <= 4, qPrintable(QString("%1 / %2").arg(largest).arg(average)));
    }

    // A volume larger than wholeVolumeBytes is read slice by slice, frame by frame the same values
    // as when read whole, along every axis, for .nii, .nii.gz, NIfTI-2 and a big-endian file.
    void niftiReadSliceBySlice_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("axis");
        for (const char* kind : {"nii", "nii.gz", "nifti2", "big-endian"})
            for (int axis = 0; axis < 3; ++axis) QTest::newRow(qPrintable(QString("%1 axis %2").arg(kind).arg(axis))) << QString(kind) << axis;
    }
    void niftiReadSliceBySlice() {
        QFETCH(QString, kind);
        QFETCH(int, axis);
        QTemporaryDir dir;
        const std::string path = kind == "nii"      ? writeNifti(dir, "v.nii", NIFTI_FTYPE_NIFTI1_1)
                                 : kind == "nii.gz" ? writeNifti(dir, "v.nii.gz", NIFTI_FTYPE_NIFTI1_1)
                                 : kind == "nifti2" ? writeNifti(dir, "v2.nii", NIFTI_FTYPE_NIFTI2_1)
                                                    : writeBigEndianNifti(dir);
        QVERIFY(!path.empty());
        io::ReadOptions whole;
        whole.sliceAxis = axis;
        io::ReadOptions sliced = whole;
        sliced.wholeVolumeBytes = 0;
        const io::MedicalImage expected = io::readMedicalImage(path, whole);
        const io::MedicalImage all = io::readMedicalImage(path, sliced);
        QCOMPARE(all.frames.size(), expected.frames.size());
        for (size_t f = 0; f < all.frames.size(); ++f) QCOMPARE(all.frames[f].values, expected.frames[f].values);
        // The values are the volume's, not just the same twice.
        const int i = 2, j = 3, k = 4;
        const int frame = axis == 0 ? i : axis == 1 ? j : k;
        const int at = axis == 0 ? k * 4 + j : axis == 1 ? k * 3 + i : j * 3 + i;
        QCOMPARE(all.frames[size_t(frame)].values[size_t(at)], niftiValue(i, j, k));
        // One frame alone, from the middle.
        sliced.firstFrame = frame;
        sliced.maxFrames = 1;
        const io::MedicalImage one = io::readMedicalImage(path, sliced);
        QCOMPARE(one.firstFrame, int64_t(frame));
        QCOMPARE(one.frames[0].values, expected.frames[size_t(frame)].values);
    }

    // A viewer reading a .nii.gz a frame at a time keeps the volume: its next frames, along any
    // axis, come from memory, the same as read whole. That they come from memory shows when a file
    // is changed behind the reader's back keeping its size and time; a file that changed is read again.
    void niftiKeptVolumeServesTheNextFrames() {
        QTemporaryDir dir;
        const std::string gz = writeNifti(dir, "v.nii.gz", NIFTI_FTYPE_NIFTI1_1);
        QVERIFY(!gz.empty());
        io::ReadOptions viewer;
        viewer.keepVolume = true;
        viewer.maxFrames = 1;
        for (int axis : {0, 2, 1}) {
            io::ReadOptions whole;
            whole.sliceAxis = viewer.sliceAxis = axis;
            viewer.firstFrame = 2;
            QCOMPARE(io::readMedicalImage(gz, viewer).frames.at(0).values, io::readMedicalImage(gz, whole).frames.at(2).values);
        }

        const std::string path = writeNifti(dir, "v.nii", NIFTI_FTYPE_NIFTI1_1);
        const std::string other = writeNifti(dir, "w.nii", NIFTI_FTYPE_NIFTI1_1, 1000);
        QVERIFY(!path.empty() && !other.empty());
        viewer.sliceAxis = 2;
        viewer.firstFrame = 4;
        const auto value = [&](const io::ReadOptions& options) {
            return io::readMedicalImage(path, options).frames.at(0).values.at(size_t(3 * 3 + 2));  // i 2, j 3, k 4
        };
        QCOMPARE(value(viewer), niftiValue(2, 3, 4));
        const auto modified = std::filesystem::last_write_time(path);
        QCOMPARE(std::filesystem::file_size(other), std::filesystem::file_size(path));
        std::filesystem::copy_file(other, path, std::filesystem::copy_options::overwrite_existing);
        std::filesystem::last_write_time(path, modified);
        QCOMPARE(value(viewer), niftiValue(2, 3, 4));  // the kept volume's
        io::ReadOptions fresh = viewer;
        fresh.keepVolume = false;
        QCOMPARE(value(fresh), niftiValue(2, 3, 4) + 2000.0f);  // slope 2
        std::filesystem::last_write_time(path, modified + std::chrono::seconds(5));
        QCOMPARE(value(viewer), niftiValue(2, 3, 4) + 2000.0f);
    }

    // A volume whose values would not fit in memory as floats (2.4 GiB; it was refused whole
    // before) is browsed a slice at a time. The file is sparse: only the slices written take disk.
    void niftiLargerThanMemoryIsBrowsable() {
        QTemporaryDir dir;
        const int nx = 1024, ny = 1024, nz = 600;
        const std::string path = dir.filePath("large.nii").toStdString();
        QVERIFY(writeSparseNifti(QString::fromStdString(path), nx, ny, nz, {0, 299, nz - 1}, 1.0f, -1000.0f));
        io::ReadOptions header;
        header.pixels = false;
        const io::MedicalImage described = io::readMedicalImage(path, header);
        QCOMPARE(described.metadata.frames, int64_t(nz));
        try {  // every slice at once: refused, as before
            io::readMedicalImage(path);
            QFAIL("2.4 GiB of floats were accepted");
        } catch (const io::IoError& e) {
            QVERIFY2(QString(e.what()).startsWith("large.nii: ") && QString(e.what()).contains("MiB"), e.what());
        }
        QElapsedTimer timer;
        timer.start();
        for (int k : {0, 299, nz - 1, 17}) {
            io::ReadOptions one;
            one.firstFrame = k;
            one.maxFrames = 1;
            const io::MedicalImage slice = io::readMedicalImage(path, one);
            QCOMPARE(int(slice.frames.size()), 1);
            const std::vector<float>& v = slice.frames[0].values;
            QCOMPARE(int(v.size()), nx * ny);
            const bool marked = k != 17;
            QCOMPARE(v[size_t(5 * nx + 3)], marked ? float(k + 3 - 1000) : -1000.0f);
            QCOMPARE(v[size_t(6 * nx + 3)], -1000.0f);
        }
        qInfo("4 slices of 1024 x 1024 out of a 1.2 GiB volume: %lld ms", static_cast<long long>(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestOtherFormatReaders)
#include "tst_OtherFormatReaders.moc"
