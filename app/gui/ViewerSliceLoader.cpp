#include "ViewerSliceLoader.h"

#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace medsynth::gui {

namespace {

qint64 bytesOf(const LoadedSlice& slice)
{
    return static_cast<qint64>(slice.frame.values.size() * sizeof(float));
}

}  // namespace

ViewerSliceLoader::ViewerSliceLoader(QObject* parent)
    : QObject(parent)
    , pool_(new QThreadPool(this))
{
    // One reader: the machine's other cores are for the GUI and the rest of the app.
    pool_->setMaxThreadCount(1);
}

ViewerSliceLoader::~ViewerSliceLoader()
{
    pool_->clear();
    pool_->waitForDone();
}

void ViewerSliceLoader::setSlices(const QVector<ViewerSliceRef>& slices)
{
    ++generation_;  // a read in progress is dropped when it ends
    pool_->clear();
    slices_ = slices;
    queue_.clear();
    reading_ = -1;
    wanted_ = -1;
    lastRequest_ = -1;
    direction_ = 1;
    cache_.clear();
    recent_.clear();
    cacheBytes_ = 0;
}

void ViewerSliceLoader::put(int index, std::shared_ptr<const LoadedSlice> slice)
{
    if (index >= 0 && index < slices_.size() && slice)
        remember(index, std::move(slice));
}

void ViewerSliceLoader::request(int index)
{
    if (index < 0 || index >= slices_.size())
        return;
    if (lastRequest_ >= 0 && index != lastRequest_)
        direction_ = index > lastRequest_ ? 1 : -1;
    lastRequest_ = index;
    wanted_ = index;
    // The queue is rebuilt around where the user is now: this slice, those ahead, one behind.
    queue_.clear();
    queue_.push_back(index);
    for (int k = 1; k <= kReadAhead; ++k)
        queue_.push_back(index + k * direction_);
    queue_.push_back(index - direction_);
    if (const auto it = cache_.constFind(index); it != cache_.constEnd()) {
        const std::shared_ptr<const LoadedSlice> slice = it.value();
        remember(index, slice);  // most recently used
        wanted_ = -1;
        Q_EMIT sliceReady(index, slice);
    }
    pump();
}

void ViewerSliceLoader::pump()
{
    while (reading_ < 0 && !queue_.empty()) {
        const int index = queue_.front();
        queue_.pop_front();
        if (index < 0 || index >= slices_.size() || cache_.contains(index))
            continue;
        reading_ = index;
        const ViewerSliceRef where = slices_.at(index);
        const quint64 generation = generation_;
        QPointer<ViewerSliceLoader> self(this);
        pool_->start([self, generation, index, where] {
            auto slice = std::make_shared<const LoadedSlice>(readViewerSlice(where));
            QMetaObject::invokeMethod(self.data(), [self, generation, index, slice] {
                if (self)
                    self->onRead(generation, index, slice);
            }, Qt::QueuedConnection);
        });
    }
}

void ViewerSliceLoader::onRead(quint64 generation, int index, std::shared_ptr<const LoadedSlice> slice)
{
    if (generation != generation_)
        return;
    reading_ = -1;
    if (slice->error.isEmpty())
        remember(index, slice);
    if (index == wanted_) {
        wanted_ = -1;
        Q_EMIT sliceReady(index, slice);
    }
    pump();
}

void ViewerSliceLoader::remember(int index, std::shared_ptr<const LoadedSlice> slice)
{
    if (const auto it = cache_.find(index); it != cache_.end()) {
        cacheBytes_ -= bytesOf(*it.value());
        recent_.remove(index);
    }
    cacheBytes_ += bytesOf(*slice);
    cache_.insert(index, std::move(slice));
    recent_.push_front(index);
    // The least recently used go first; the newest one always stays.
    while (recent_.size() > 1 && (static_cast<int>(recent_.size()) > kCachedSlices || cacheBytes_ > kCacheBytes)) {
        const int oldest = recent_.back();
        recent_.pop_back();
        cacheBytes_ -= bytesOf(*cache_.value(oldest));
        cache_.remove(oldest);
    }
}

}  // namespace medsynth::gui
