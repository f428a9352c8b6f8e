#pragma once
// MetricChart: a live chart of one or more training values (losses, FID, D(x), learning rate,
// images per second...) against the training step. Each series is drawn twice when smoothed: the
// raw values faintly and an exponential moving average on top, so a trend is readable through the
// noise. Values may arrive hundreds of times a second; redraws are coalesced by a timer to at most
// maxReplotsPerSecond() (about 30). The user zooms with the wheel, pans by dragging (the view then
// stops following new values until a double-click or "Reset view"), hovers for the values at a
// step, switches to a log scale and exports the chart as PNG, PDF or CSV from its context menu.
// Non-finite values are not drawn (a NaN loss is reported elsewhere). qcustomplot.h is included
// only in the .cpp, so this header is safe under QT_NO_KEYWORDS. GUI thread only.

#include <QColor>
#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

class QCustomPlot;
class QTimer;

namespace medsynth::widgets {

class MetricChart : public QWidget {
    Q_OBJECT
public:
    MetricChart(const QString& title, const QString& valueLabel, QWidget* parent = nullptr);

    // Adds a series; returns its index. Smoothed series get a faint raw line and a trend line.
    int addSeries(const QString& name, const QColor& colour, bool smoothed = true);
    int seriesCount() const { return static_cast<int>(series_.size()); }
    // -1 when there is no series of that name.
    int seriesIndex(const QString& name) const;
    QString seriesName(int series) const;

    // Appends one value; the chart is redrawn at the next coalesced replot. Non-finite values are
    // skipped. Steps of a series must not decrease.
    void addValue(int series, double step, double value);
    // Removes every value (series stay).
    void clear();

    QString title() const { return title_; }
    void setTitle(const QString& title);
    int pointCount() const { return points_; }  // values added (all series)
    int replotCount() const { return replots_; }
    bool replotPending() const;
    static constexpr int maxReplotsPerSecond() { return 30; }
    // Smoothing of the trend lines: the weight of the newest value, in (0, 1].
    void setSmoothing(double newestWeight);

    void setLogScale(bool on);
    bool logScale() const { return logScale_; }
    // Whether the axes follow new values (off after the user zooms or pans).
    bool following() const { return following_; }
    void resetView();

    // "Step 120: Generator loss 1.234, Discriminator loss 0.456": each series' last value at or
    // before the step; empty when there is none.
    QString valuesAt(double step) const;

    // Exports; false when the file cannot be written.
    bool savePng(const QString& path, int width = 1200, int height = 700);
    bool savePdf(const QString& path, int width = 1200, int height = 700);
    // One row per step, one column per series (raw values; empty where a series has none).
    bool saveCsv(const QString& path) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void replotted();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Series {
        QString name;
        bool smoothed = true;
        int rawGraph = -1;
        int trendGraph = -1;
        double trend = 0.0;
        std::vector<std::pair<double, double>> values;  // (step, raw value), step ascending
    };
    void replotNow();
    void scheduleReplot();
    void exportDialog(const QString& filter, const QString& suffix);

    QCustomPlot* plot_ = nullptr;
    QTimer* replotTimer_ = nullptr;
    QString title_;
    std::vector<Series> series_;
    int points_ = 0;
    int replots_ = 0;
    double newestWeight_ = 0.05;
    bool logScale_ = false;
    bool following_ = true;
};

}  // namespace medsynth::widgets
