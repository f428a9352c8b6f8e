#pragma once
// ViewerSliceLoader: reads the frames of an image the viewer shows lazily (the slices of a DICOM
// series, the frames of a volume too large to hold) one frame a read, on a worker thread of its
// own, so the GUI never waits for a file. It keeps the last kCachedSlices frames read (at most
// kCacheBytes of values) and, after each request, reads ahead kReadAhead frames in the direction
// the user is moving (and one behind), so scrolling through a series mostly finds frames already
// read. A request replaces the reads queued before it: only where the user is now matters.
// GUI thread API; sliceReady is emitted on the GUI thread.

#include "ViewerImageLoader.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <deque>
#include <list>
#include <memory>

class QThreadPool;

namespace medsynth::gui {

class ViewerSliceLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kCachedSlices = 64;
    static constexpr qint64 kCacheBytes = 256ll * 1024 * 1024;
    static constexpr int kReadAhead = 6;

    explicit ViewerSliceLoader(QObject* parent = nullptr);
    ~ViewerSliceLoader() override;  // waits for a read in progress

    // A new image: what was cached or queued for the previous one is dropped.
    void setSlices(const QVector<ViewerSliceRef>& slices);
    void clear() { setSlices({}); }
    int sliceCount() const { return slices_.size(); }
    const ViewerSliceRef& slice(int index) const { return slices_.at(index); }
    // A slice read elsewhere (the first one, read with the image's metadata), into the cache.
    void put(int index, std::shared_ptr<const LoadedSlice> slice);
    // Asks for a slice: sliceReady(index, ...) follows, at once when it is cached, else once read
    // (unless another request came in the meantime).
    void request(int index);
    bool isCached(int index) const { return cache_.contains(index); }
    int cachedCount() const { return cache_.size(); }

Q_SIGNALS:
    void sliceReady(int index, std::shared_ptr<const LoadedSlice> slice);

private:
    void pump();
    void onRead(quint64 generation, int index, std::shared_ptr<const LoadedSlice> slice);
    void remember(int index, std::shared_ptr<const LoadedSlice> slice);

    QThreadPool* pool_ = nullptr;
    QVector<ViewerSliceRef> slices_;
    quint64 generation_ = 0;
    std::deque<int> queue_;
    int reading_ = -1;   // the slice being read, -1 when none
    int wanted_ = -1;
    int lastRequest_ = -1;
    int direction_ = 1;
    QHash<int, std::shared_ptr<const LoadedSlice>> cache_;
    std::list<int> recent_;  // cached slices, most recently used first
    qint64 cacheBytes_ = 0;
};

}  // namespace medsynth::gui
