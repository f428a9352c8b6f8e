#pragma once
// HistogramChart: the intensity histogram of the image shown in a viewer, with the display
// window drawn over it (a shaded band from level - width/2 to level + width/2), so a user sees
// which values the window keeps. The y axis is cut at the second tallest bin, so one huge bin
// (air, background) does not flatten the rest; the cut bin is drawn to the top.
// qcustomplot.h stays in the .cpp (safe under QT_NO_KEYWORDS). GUI thread only.

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;
class QCPItemRect;

namespace medsynth::widgets {

class HistogramChart : public QWidget {
    Q_OBJECT
public:
    explicit HistogramChart(QWidget* parent = nullptr);

    // Bins the finite values evenly between their min and max (all channels alike).
    void setValues(const std::vector<float>& values, int bins = 128);
    void setWindow(double center, double width);
    void clear();

    int binCount() const { return static_cast<int>(counts_.size()); }
    double low() const { return low_; }
    double high() const { return high_; }
    long long valueCount() const { return valueCount_; }
    double windowLow() const { return windowLow_; }
    double windowHigh() const { return windowHigh_; }

    QSize sizeHint() const override { return {320, 150}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

private:
    void replot();

    QCustomPlot* plot_ = nullptr;
    QCPBars* bars_ = nullptr;
    QCPItemRect* band_ = nullptr;
    std::vector<double> counts_;
    double low_ = 0.0;
    double high_ = 1.0;
    long long valueCount_ = 0;
    double windowLow_ = 0.0;
    double windowHigh_ = 1.0;
};

}  // namespace medsynth::widgets
