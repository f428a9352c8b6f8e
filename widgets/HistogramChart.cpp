#include "HistogramChart.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace medsynth::widgets {

HistogramChart::HistogramChart(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("histogramChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    bars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(70, 110, 160));
    bars_->setWidthType(QCPBars::wtPlotCoords);

    band_ = new QCPItemRect(plot_);
    band_->setPen(QPen(QColor(230, 160, 30), 1.5));
    band_->setBrush(QColor(240, 180, 40, 60));
    band_->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    band_->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    band_->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    band_->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    band_->topLeft->setAxisRect(plot_->axisRect());
    band_->bottomRight->setAxisRect(plot_->axisRect());
    band_->topLeft->setAxes(plot_->xAxis, plot_->yAxis);
    band_->bottomRight->setAxes(plot_->xAxis, plot_->yAxis);
    band_->setClipToAxisRect(true);

    plot_->xAxis->setLabel(tr("Value"));
    plot_->yAxis->setLabel(tr("Pixels"));
    plot_->yAxis->setTickLabels(false);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1));
    plot_->xAxis->setTickLabelFont(small);
    plot_->xAxis->setLabelFont(small);
    plot_->yAxis->setLabelFont(small);
    plot_->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    plot_->axisRect()->setMargins(QMargins(0, 6, 8, 0));
    clear();
}

void HistogramChart::clear()
{
    counts_.clear();
    valueCount_ = 0;
    low_ = 0.0;
    high_ = 1.0;
    bars_->data()->clear();
    band_->setVisible(false);
    plot_->xAxis->setRange(0, 1);
    plot_->yAxis->setRange(0, 1);
    plot_->replot();
}

void HistogramChart::setValues(const std::vector<float>& values, int bins)
{
    bins = std::max(1, bins);
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (float v : values) {
        if (std::isfinite(v)) {
            low = std::min<double>(low, v);
            high = std::max<double>(high, v);
        }
    }
    if (low > high) {
        clear();
        return;
    }
    if (high <= low)
        high = low + 1.0;
    low_ = low;
    high_ = high;
    counts_.assign(static_cast<size_t>(bins), 0.0);
    valueCount_ = 0;
    const double scale = bins / (high - low);
    for (float v : values) {
        if (!std::isfinite(v))
            continue;
        const int bin = std::clamp(static_cast<int>((v - low) * scale), 0, bins - 1);
        counts_[static_cast<size_t>(bin)] += 1.0;
        ++valueCount_;
    }
    replot();
}

void HistogramChart::setWindow(double center, double width)
{
    windowLow_ = center - width / 2.0;
    windowHigh_ = center + width / 2.0;
    band_->setVisible(!counts_.empty());
    band_->topLeft->setCoords(windowLow_, 0.0);
    band_->bottomRight->setCoords(windowHigh_, 1.0);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HistogramChart::replot()
{
    const int bins = binCount();
    const double binWidth = (high_ - low_) / std::max(1, bins);
    QVector<double> keys(bins), counts(bins);
    std::vector<double> sorted = counts_;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const double secondTallest = sorted.size() > 1 ? sorted[1] : (sorted.empty() ? 1.0 : sorted[0]);
    const double top = std::max(1.0, secondTallest * 1.15);
    for (int i = 0; i < bins; ++i) {
        keys[i] = low_ + (i + 0.5) * binWidth;
        counts[i] = std::min(counts_[static_cast<size_t>(i)], top);
    }
    bars_->setWidth(binWidth);
    bars_->setData(keys, counts, true);
    plot_->xAxis->setRange(low_ - binWidth, high_ + binWidth);
    plot_->yAxis->setRange(0, top);
    band_->topLeft->setCoords(windowLow_, 0.0);
    band_->bottomRight->setCoords(windowHigh_, 1.0);
    band_->setVisible(bins > 0);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace medsynth::widgets
