#pragma once
// LossChart: a live chart of a GAN's generator and discriminator losses against the training
// step. Each loss is drawn twice: the raw per-step values faintly, and an exponential moving
// average on top, so a trend is readable through the noise. Points may arrive hundreds of times
// a second; redraws are coalesced by a timer to at most maxReplotsPerSecond() (about 30).
// qcustomplot.h is included only in the .cpp, so this header is safe under QT_NO_KEYWORDS.
// GUI thread only.

#include <QString>
#include <QWidget>

class QCustomPlot;
class QTimer;

namespace medsynth::widgets {

class LossChart : public QWidget {
    Q_OBJECT
public:
    explicit LossChart(QWidget* parent = nullptr);

    // Appends one step's losses; the chart is redrawn at the next coalesced replot.
    void addPoint(double step, double generatorLoss, double discriminatorLoss);
    void clear();

    int pointCount() const { return points_; }
    // Redraws done since construction (tests check coalescing with it).
    int replotCount() const { return replots_; }
    bool replotPending() const;
    static constexpr int maxReplotsPerSecond() { return 30; }

    // Smoothing of the trend lines: the weight of the newest point, in (0, 1].
    void setSmoothing(double newestWeight);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void replotted();

private:
    void replotNow();

    QCustomPlot* plot_ = nullptr;
    QTimer* replotTimer_ = nullptr;
    int points_ = 0;
    int replots_ = 0;
    double newestWeight_ = 0.05;
    double generatorTrend_ = 0.0;
    double discriminatorTrend_ = 0.0;
    double minLoss_ = 0.0;
    double maxLoss_ = 0.0;
    double maxStep_ = 0.0;
};

}  // namespace medsynth::widgets
