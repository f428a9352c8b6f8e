// ViewerSliceLoader: slices of a volume (here the frames of a NIfTI file) read off the GUI thread:
// a request is answered from the cache at once or once read; reading ahead follows the direction
// of scrolling; the cache stays within kCachedSlices; a new image drops what was read for the old
// one; a slice that cannot be read is reported, not cached.

#include "NiftiFixture.h"
#include "ViewerSliceLoader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using medsynth::gui::LoadedSlice;
using medsynth::gui::ViewerSliceLoader;
using medsynth::gui::ViewerSliceRef;

namespace {

// An 8 x 8 x slices int16 volume whose slice k holds k everywhere.
QString writeVolume(const QTemporaryDir& dir, int slices)
{
    const QString path = dir.filePath(QStringLiteral("volume.nii"));
    QByteArray data;
    QDataStream values(&data, QIODevice::WriteOnly);
    values.setByteOrder(QDataStream::LittleEndian);
    for (int k = 0; k < slices; ++k)
        for (int i = 0; i < 64; ++i)
            values << qint16(k);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(niftiInt16Header(8, 8, slices)) < 0 || file.write(data) < 0)
        return {};
    return path;
}

QVector<ViewerSliceRef> slicesOf(const QString& path, int count)
{
    QVector<ViewerSliceRef> slices;
    for (int k = 0; k < count; ++k)
        slices.append({path, k});
    return slices;
}

}  // namespace

class TestViewerSliceLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsRequestedSlicesAndReadsAhead()
    {
        QTemporaryDir dir;
        const int count = 100;
        const QString path = writeVolume(dir, count);
        QVERIFY(!path.isEmpty());
        ViewerSliceLoader loader;
        QSignalSpy ready(&loader, &ViewerSliceLoader::sliceReady);
        loader.setSlices(slicesOf(path, count));
        QCOMPARE(loader.sliceCount(), count);

        loader.request(10);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.last().at(0).toInt(), 10);
        auto slice = ready.last().at(1).value<std::shared_ptr<const LoadedSlice>>();
        QVERIFY(slice && slice->error.isEmpty());
        QCOMPARE(slice->frame.values.front(), 10.0f);
        QCOMPARE(QString::fromStdString(slice->metadata.format), QStringLiteral("NIfTI-1"));
        // Ahead: 11 .. 16 and one behind.
        QTRY_VERIFY(loader.isCached(10 + ViewerSliceLoader::kReadAhead) && loader.isCached(9));
        QVERIFY(!loader.isCached(10 + ViewerSliceLoader::kReadAhead + 1));
        // Cached: answered at once, inside request().
        loader.request(12);
        QCOMPARE(ready.count(), 2);
        QCOMPARE(ready.last().at(0).toInt(), 12);
        // Scrolling back: the reading ahead turns round.
        loader.request(50);
        QTRY_COMPARE(ready.count(), 3);
        loader.request(40);
        QTRY_COMPARE(ready.count(), 4);
        QTRY_VERIFY(loader.isCached(40 - ViewerSliceLoader::kReadAhead));
        QVERIFY(!loader.isCached(40 - ViewerSliceLoader::kReadAhead - 1));

        // Through the whole volume: the cache stays bounded.
        for (int k = 0; k < count; ++k) {
            loader.request(k);
            QTRY_COMPARE(ready.last().at(0).toInt(), k);
        }
        QVERIFY(loader.cachedCount() <= ViewerSliceLoader::kCachedSlices);
        QVERIFY(loader.isCached(count - 1));
        QVERIFY(!loader.isCached(0));  // the least recently used went first

        // A new image: nothing of the old one remains, and a late answer for it is dropped.
        loader.request(3);
        loader.setSlices(slicesOf(path, 5));
        QCOMPARE(loader.cachedCount(), 0);
        const int before = ready.count();
        QTest::qWait(200);
        QCOMPARE(ready.count(), before);
    }

    void unreadableSlicesAreReported()
    {
        QTemporaryDir dir;
        ViewerSliceLoader loader;
        QSignalSpy ready(&loader, &ViewerSliceLoader::sliceReady);
        loader.setSlices({{dir.filePath(QStringLiteral("missing.nii")), 0}});
        loader.request(0);
        QTRY_COMPARE(ready.count(), 1);
        const auto slice = ready.last().at(1).value<std::shared_ptr<const LoadedSlice>>();
        QVERIFY(slice->error.startsWith(QStringLiteral("missing.nii: ")));
        QVERIFY(!loader.isCached(0));
    }
};

QTEST_MAIN(TestViewerSliceLoader)
#include "tst_ViewerSliceLoader.moc"
