#pragma once
// RunFollower: follows one run folder from the GUI thread, also one that medsynth-cli writes on
// another machine into a shared folder. A QTimer polls an engine::RunHistory (every second by
// default: QFileSystemWatcher misses changes on network folders) and emits what is new. It keeps
// every record read so far, so a view can be rebuilt from records() at any time. When a step goes
// back (the run was resumed from an earlier checkpoint in the same folder) or metrics.jsonl was
// replaced, the records from there on are dropped and historyReset() asks views to redraw.
// A deleted folder or file is a problem() shown to the user, not an error: polling goes on and
// reading resumes if it comes back. GUI thread only.

#include <cstddef>
#include "medsynth/engine/RunHistory.h"

#include <QObject>
#include <QString>

#include <vector>

class QTimer;

namespace medsynth::gui {

class RunFollower : public QObject {
    Q_OBJECT
public:
    explicit RunFollower(QObject* parent = nullptr);
    ~RunFollower() override;

    // Opens the folder and reads what is there at once (the signals fire before this returns),
    // then polls every pollInterval(). False with errorString() when it is not a run folder.
    bool follow(const QString& folder);
    void stop();
    bool isFollowing() const;
    QString errorString() const { return error_; }

    QString folder() const { return folder_; }
    // The folder's name, e.g. "20250105-101500_dcgan": what legends show.
    QString name() const;
    const engine::RunDescription& description() const { return history_.description(); }
    const engine::RunOutcome& outcome() const { return history_.outcome(); }
    const engine::RunHistory& history() const { return history_; }

    // Every record read so far, by step ascending.
    const std::vector<engine::MetricRecord>& records() const { return records_; }
    int64_t lastStep() const { return records_.empty() ? 0 : records_.back().step; }
    // The newest sample grid; empty / 0 while the run has none.
    QString latestSampleFile() const;
    qint64 latestSampleStep() const;
    // The current problem (folder or file missing) or malformed-lines note; empty when none.
    QString problem() const { return problem_; }
    int skippedLineCount() const { return history_.malformedLineCount(); }

    void setPollInterval(int milliseconds);
    int pollInterval() const;

public Q_SLOTS:
    // Polls now (the timer calls it); tests call it to avoid waiting.
    void pollNow();

Q_SIGNALS:
    // Records appended since the last poll (also reachable through records()).
    void recordsAdded(const std::vector<engine::MetricRecord>& records);
    // records() was replaced (a resumed run, a replaced metrics.jsonl): redraw from it.
    void historyReset();
    void latestSamplesChanged(const QString& file, qint64 step);
    void problemChanged(const QString& problem);
    // summary.json appeared (or went away when the run was resumed).
    void finishedChanged(bool finished);
    // After every poll, whether or not anything changed.
    void polled();

private:
    engine::RunHistory history_;
    std::vector<engine::MetricRecord> records_;
    QTimer* timer_ = nullptr;
    QTimer* catchUp_ = nullptr;  // a large file is read in parts, one part per event-loop turn
    QString folder_;
    QString error_;
    QString problem_;
    QString latestSample_;
    bool finished_ = false;
};

}  // namespace medsynth::gui
