#include "DatasetScanner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace medsynth::gui {

DatasetScanner::DatasetScanner(QObject* parent)
    : QObject(parent)
{
}

DatasetScanner::~DatasetScanner()
{
    for (Job& job : jobs_)
        job.cancel->store(true);
    for (Job& job : jobs_) {
        job.thread->wait();
        delete job.thread;
    }
}

io::ScanOptions DatasetScanner::defaultOptions()
{
    io::ScanOptions options;
    options.histogramFiles = 0;
    return options;
}

void DatasetScanner::start(const QString& folder, const io::ScanOptions& options)
{
    cancel();
    reap();
    const quint64 generation = ++generation_;
    running_ = true;
    folder_ = folder;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    QPointer<DatasetScanner> self(this);

    QThread* thread = QThread::create([self, generation, folder, options, cancelFlag] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        auto report = [&](const io::ScanProgress& p) {
            if (sinceReport.elapsed() < 50 && p.done != p.total)
                return;
            sinceReport.restart();
            static const char* const stages[] = {"listing", "reading", "decoding"};
            const QString stage = QString::fromLatin1(stages[static_cast<int>(p.stage)]);
            const int done = p.done, total = p.total;
            QMetaObject::invokeMethod(self.data(), [self, generation, stage, done, total] {
                if (self && generation == self->generation_ && self->running_)
                    Q_EMIT self->progress(stage, done, total);
            }, Qt::QueuedConnection);
        };
        std::shared_ptr<const io::DatasetIndex> index;
        QString error;
        try {
            index = std::make_shared<const io::DatasetIndex>(
                io::DatasetIndex::scan(folder.toStdString(), options, cancelFlag.get(), report));
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(self.data(), [self, generation, index, error] {
            if (self)
                self->accept(generation, index, error);
        }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("dataset scan"));
    jobs_.push_back({thread, cancelFlag});
    thread->start(QThread::LowPriority);
}

void DatasetScanner::cancel()
{
    if (!running_)
        return;
    for (Job& job : jobs_)
        job.cancel->store(true);
    running_ = false;
    ++generation_;  // a result still on its way is dropped
    Q_EMIT finished(QString(), true);
}

void DatasetScanner::accept(quint64 generation, std::shared_ptr<const io::DatasetIndex> index, const QString& error)
{
    reap();
    if (generation != generation_)
        return;
    running_ = false;
    if (index && index->cancelled()) {
        Q_EMIT finished(QString(), true);
        return;
    }
    if (error.isEmpty())
        index_ = std::move(index);
    Q_EMIT finished(error, false);
}

void DatasetScanner::reap()
{
    // Threads that have ended are deleted; running ones (cancelled, ending soon) are kept to be
    // joined later or in the destructor.
    for (auto it = jobs_.begin(); it != jobs_.end();) {
        if (it->thread->isFinished()) {
            delete it->thread;
            it = jobs_.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace medsynth::gui
