// PngWriter: what it writes is a PNG that an independent decoder (Qt's) reads back exactly.

#include "medsynth/engine/PngWriter.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace medsynth::engine;

class PngWriterTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void grayRoundTrip()
    {
        ImageBuffer image{300, 251, 1, {}};  // > 64 KiB of rows: several stored deflate blocks
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                image.pixels.push_back(static_cast<uint8_t>((x * 7 + y * 13) & 0xFF));
        const auto bytes = encodePng(image);
        QImage decoded;
        QVERIFY(decoded.loadFromData(bytes.data(), static_cast<int>(bytes.size()), "PNG"));
        QCOMPARE(decoded.width(), 300);
        QCOMPARE(decoded.height(), 251);
        for (int y = 0; y < image.height; y += 17)
            for (int x = 0; x < image.width; x += 11)
                QCOMPARE(qGray(decoded.pixel(x, y)), int(image.pixels[y * image.width + x]));
    }

    void rgbFileRoundTrip()
    {
        ImageBuffer image{3, 2, 3, {255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90}};
        QTemporaryDir dir;
        const QString path = dir.filePath("rgb.png");
        writePngFile(image, path.toStdString());
        QImage decoded(path);
        QCOMPARE(decoded.pixel(0, 0), qRgb(255, 0, 0));
        QCOMPARE(decoded.pixel(2, 0), qRgb(0, 0, 255));
        QCOMPARE(decoded.pixel(1, 1), qRgb(40, 50, 60));
        QVERIFY(!QFile::exists(path + ".tmp"));
    }

    void refusesInconsistentBuffers()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, encodePng(ImageBuffer{4, 4, 1, {1, 2, 3}}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writePngFile(ImageBuffer{1, 1, 1, {0}}, "/nonexistent/dir/x.png"));
    }
};

QTEST_MAIN(PngWriterTest)
#include "tst_PngWriter.moc"
