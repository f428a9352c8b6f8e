#include "LossChart.h"

#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace medsynth::widgets {

namespace {
// Graph indices: raw values first (drawn underneath), trends on top.
constexpr int kGeneratorRaw = 0;
constexpr int kDiscriminatorRaw = 1;
constexpr int kGeneratorTrend = 2;
constexpr int kDiscriminatorTrend = 3;

const QColor kGeneratorColour(31, 119, 180);
const QColor kDiscriminatorColour(214, 39, 40);

QColor faint(QColor colour)
{
    colour.setAlpha(70);
    return colour;
}
}  // namespace

LossChart::LossChart(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot(this))
    , replotTimer_(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    for (int i = 0; i < 4; ++i)
        plot_->addGraph();
    plot_->graph(kGeneratorRaw)->setPen(QPen(faint(kGeneratorColour), 1));
    plot_->graph(kDiscriminatorRaw)->setPen(QPen(faint(kDiscriminatorColour), 1));
    plot_->graph(kGeneratorTrend)->setPen(QPen(kGeneratorColour, 2));
    plot_->graph(kDiscriminatorTrend)->setPen(QPen(kDiscriminatorColour, 2));
    plot_->graph(kGeneratorTrend)->setName(tr("Generator loss"));
    plot_->graph(kDiscriminatorTrend)->setName(tr("Discriminator loss"));
    plot_->graph(kGeneratorRaw)->setName(tr("Generator loss (each step)"));
    plot_->graph(kDiscriminatorRaw)->setName(tr("Discriminator loss (each step)"));
    for (int i = 0; i < 4; ++i)
        plot_->graph(i)->setAdaptiveSampling(true);

    plot_->xAxis->setLabel(tr("Training step"));
    plot_->yAxis->setLabel(tr("Loss"));
    plot_->xAxis->setRange(0, 10);
    plot_->yAxis->setRange(0, 2);
    plot_->legend->setVisible(true);
    // Only the trend lines in the legend: the faint raw lines need no entry.
    plot_->legend->removeItem(plot_->legend->itemWithPlottable(plot_->graph(kGeneratorRaw)));
    plot_->legend->removeItem(plot_->legend->itemWithPlottable(plot_->graph(kDiscriminatorRaw)));
    plot_->legend->setBrush(QColor(255, 255, 255, 200));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot_->setNoAntialiasingOnDrag(true);

    replotTimer_->setSingleShot(true);
    replotTimer_->setInterval(1000 / maxReplotsPerSecond());
    connect(replotTimer_, &QTimer::timeout, this, &LossChart::replotNow);
}

void LossChart::addPoint(double step, double generatorLoss, double discriminatorLoss)
{
    if (points_ == 0) {
        generatorTrend_ = generatorLoss;
        discriminatorTrend_ = discriminatorLoss;
        minLoss_ = std::min(generatorLoss, discriminatorLoss);
        maxLoss_ = std::max(generatorLoss, discriminatorLoss);
    } else {
        generatorTrend_ += newestWeight_ * (generatorLoss - generatorTrend_);
        discriminatorTrend_ += newestWeight_ * (discriminatorLoss - discriminatorTrend_);
        minLoss_ = std::min({minLoss_, generatorLoss, discriminatorLoss});
        maxLoss_ = std::max({maxLoss_, generatorLoss, discriminatorLoss});
    }
    maxStep_ = std::max(maxStep_, step);
    plot_->graph(kGeneratorRaw)->addData(step, generatorLoss);
    plot_->graph(kDiscriminatorRaw)->addData(step, discriminatorLoss);
    plot_->graph(kGeneratorTrend)->addData(step, generatorTrend_);
    plot_->graph(kDiscriminatorTrend)->addData(step, discriminatorTrend_);
    ++points_;
    // A point arriving while a replot is pending rides along with it: at most one replot per
    // timer interval, whatever the step rate.
    if (!replotTimer_->isActive())
        replotTimer_->start();
}

void LossChart::clear()
{
    for (int i = 0; i < plot_->graphCount(); ++i)
        plot_->graph(i)->data()->clear();
    points_ = 0;
    maxStep_ = 0.0;
    minLoss_ = maxLoss_ = 0.0;
    plot_->xAxis->setRange(0, 10);
    plot_->yAxis->setRange(0, 2);
    replotTimer_->stop();
    replotNow();
}

bool LossChart::replotPending() const
{
    return replotTimer_->isActive();
}

void LossChart::setSmoothing(double newestWeight)
{
    newestWeight_ = std::clamp(newestWeight, 1e-4, 1.0);
}

QSize LossChart::sizeHint() const
{
    return {480, 300};
}

QSize LossChart::minimumSizeHint() const
{
    return {240, 160};
}

void LossChart::replotNow()
{
    if (points_ > 0) {
        plot_->xAxis->setRange(0, std::max(10.0, maxStep_ * 1.02));
        const double span = std::max(0.1, maxLoss_ - minLoss_);
        plot_->yAxis->setRange(std::min(0.0, minLoss_ - 0.05 * span), maxLoss_ + 0.08 * span);
    }
    plot_->replot();
    ++replots_;
    Q_EMIT replotted();
}

}  // namespace medsynth::widgets
