#include "RunFollower.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace medsynth::gui {

RunFollower::RunFollower(QObject* parent)
    : QObject(parent)
    , timer_(new QTimer(this))
    , catchUp_(new QTimer(this))
{
    timer_->setInterval(1000);
    connect(timer_, &QTimer::timeout, this, &RunFollower::pollNow);
    catchUp_->setSingleShot(true);
    catchUp_->setInterval(0);
    connect(catchUp_, &QTimer::timeout, this, &RunFollower::pollNow);
}

RunFollower::~RunFollower() = default;

bool RunFollower::follow(const QString& folder)
{
    stop();
    records_.clear();
    latestSample_.clear();
    problem_.clear();
    finished_ = false;
    folder_ = QDir::cleanPath(folder);
    if (!history_.open(folder_.toStdString())) {
        error_ = QString::fromStdString(history_.errorMessage());
        return false;
    }
    error_.clear();
    timer_->start();
    pollNow();
    return true;
}

void RunFollower::stop()
{
    timer_->stop();
    catchUp_->stop();
}

bool RunFollower::isFollowing() const { return timer_->isActive(); }

QString RunFollower::name() const { return QFileInfo(folder_).fileName(); }

QString RunFollower::latestSampleFile() const { return latestSample_; }

qint64 RunFollower::latestSampleStep() const
{
    const auto& grids = history_.sampleGrids();
    return grids.empty() ? 0 : grids.back().step;
}

void RunFollower::setPollInterval(int milliseconds) { timer_->setInterval(std::max(10, milliseconds)); }

int RunFollower::pollInterval() const { return timer_->interval(); }

void RunFollower::pollNow()
{
    if (!history_.isOpen())
        return;
    std::vector<engine::MetricRecord> fresh = history_.poll();

    // A step at or before one already read means the run went back (resumed from an earlier
    // checkpoint, or metrics.jsonl was replaced): what follows supersedes the records from there.
    bool reset = history_.rewound();
    if (reset)
        records_.clear();
    std::vector<engine::MetricRecord> appended;
    for (engine::MetricRecord& record : fresh) {
        if (!records_.empty() && record.step <= records_.back().step) {
            const int64_t from = record.step;
            records_.erase(std::find_if(records_.begin(), records_.end(),
                                        [from](const engine::MetricRecord& r) { return r.step >= from; }),
                           records_.end());
            reset = true;
        }
        records_.push_back(record);
        if (!reset)
            appended.push_back(std::move(record));
    }
    if (reset)
        Q_EMIT historyReset();
    else if (!appended.empty())
        Q_EMIT recordsAdded(appended);

    const auto& grids = history_.sampleGrids();
    const QString newest = grids.empty() ? QString() : QString::fromStdString(grids.back().path);
    if (newest != latestSample_) {
        latestSample_ = newest;
        Q_EMIT latestSamplesChanged(newest, latestSampleStep());
    }

    QString problem = QString::fromStdString(history_.problem());
    if (problem.isEmpty() && history_.malformedLineCount() > 0)
        problem = tr("%n line(s) of metrics.jsonl could not be read and were skipped (the first is line %1).", "",
                     history_.malformedLineCount())
                      .arg(history_.firstMalformedLine());
    if (problem != problem_) {
        problem_ = problem;
        Q_EMIT problemChanged(problem_);
    }
    if (history_.finished() != finished_) {
        finished_ = history_.finished();
        Q_EMIT finishedChanged(finished_);
    }
    if (history_.moreToRead())
        catchUp_->start();
    Q_EMIT polled();
}

}  // namespace medsynth::gui
