#pragma once
// RunsPanel: watches and compares training runs from their run folders, whoever writes them: this
// application, or medsynth-cli on another machine writing into a shared folder. "Follow a run
// folder..." shows one run live: a chart per value it records and its latest sample grid, updated
// as the other process writes. "Compare runs..." overlays several runs: one chart per value, one
// colour per run, the run names in each legend; runs are removed from the list. The values are
// whatever metrics.jsonl holds (known ones get a readable title, new ones their key), so values a
// newer engine adds appear without a change here. Each run is a RunFollower polling its folder.
// Every problem (not a run folder, a folder deleted while followed) is said in the panel's
// message line with what to do. GUI thread only.

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <map>
#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;
class QGridLayout;
class QTreeWidget;
class QTreeWidgetItem;

namespace medsynth::engine {
struct MetricRecord;
}

namespace medsynth::widgets {
class MetricChart;
class SampleGridView;
}

namespace medsynth::gui {

class RunFollower;

class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(QWidget* parent = nullptr);
    ~RunsPanel() override;

    // The panel in a window of its own, created at the first call and kept by owner (e.g. the
    // Train page's buttons open it).
    static RunsPanel* windowFor(QWidget* owner);

    // Follows one run: the runs shown so far are removed. False with the reason in message().
    bool followRun(const QString& folder);
    // Adds a run to those shown, overlaid. False with the reason in message() (not a run folder,
    // already shown).
    bool addRun(const QString& folder);
    // Adds several; returns how many were added (reasons for the others in message()).
    int addRuns(const QStringList& folders);
    void removeRun(int index);
    void removeAllRuns();

    int runCount() const { return static_cast<int>(runs_.size()); }
    RunFollower* run(int index) const;
    QColor runColour(int index) const;
    // The run whose sample grid is shown: the selected one, else the last added; -1 when none.
    int shownRun() const;

    // The keys of the values charted, in display order (e.g. "loss_g", "loss_d", ...).
    QStringList valueNames() const;
    widgets::MetricChart* chart(const QString& valueName) const;
    widgets::SampleGridView* sampleGrid() const { return samples_; }
    QString message() const;

    void setPollInterval(int milliseconds);
    // Where the folder dialogs open (the application's runs folder by default).
    void setRunsFolder(const QString& folder) { runsFolder_ = folder; }

    // The run folders in folder: itself when it is one, else its sub-folders that are, newest first.
    static QStringList runFoldersIn(const QString& folder);

public Q_SLOTS:
    void chooseRunToFollow();
    void chooseRunsToCompare();
    void removeSelectedRuns();
    // Polls every run now (their timers do it every second).
    void pollNow();

Q_SIGNALS:
    void runsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Run {
        RunFollower* follower = nullptr;
        QColor colour;
        QTreeWidgetItem* item = nullptr;
    };
    struct ValueChart {
        QString key;
        widgets::MetricChart* chart = nullptr;
        std::map<const RunFollower*, int> series;  // run -> its series in the chart
        std::map<const RunFollower*, QString> features;  // FID/KID: run -> the features measured with
    };
    // An FID or KID chart's title: the features its runs were measured with, or a warning that
    // they differ (the values are then not comparable).
    void titleByFeatures(ValueChart& chart);

    int indexOf(const RunFollower* follower) const;
    void addRecords(const RunFollower* follower, const std::vector<engine::MetricRecord>& records);
    void rebuildCharts();
    ValueChart& chartFor(const QString& key);
    void layoutCharts();
    void updateRunItem(int index);
    void updateSamples();
    void updateSampleCaption();
    void updateMessage();
    void showMessage(const QString& text);
    QColor freeColour() const;
    QString dialogFolder() const;
    void rememberFolder(const QString& folder);

    std::vector<Run> runs_;
    std::vector<ValueChart> charts_;
    std::map<QString, bool> logScales_;  // kept across chart rebuilds
    QPushButton* followButton_ = nullptr;
    QPushButton* compareButton_ = nullptr;
    QPushButton* removeButton_ = nullptr;
    QLabel* messageLabel_ = nullptr;
    QTreeWidget* runList_ = nullptr;
    widgets::SampleGridView* samples_ = nullptr;
    QScrollArea* chartScroll_ = nullptr;
    QWidget* chartArea_ = nullptr;
    QGridLayout* chartGrid_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QString error_;           // the last refused folder's reason, until the next action
    QString shownSample_;     // the file the sample grid shows
    QString runsFolder_;
    int pollInterval_ = 1000;
    int columns_ = 0;         // charts per row, from the chart area's width
};

}  // namespace medsynth::gui
