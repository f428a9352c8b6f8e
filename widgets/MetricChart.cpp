#include "MetricChart.h"

#include <QContextMenuEvent>
#include <QRegularExpression>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QTextStream>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace medsynth::widgets {

namespace {

QColor faint(QColor colour)
{
    colour.setAlpha(70);
    return colour;
}

QString number(double value) { return QString::number(value, 'g', 6); }

}  // namespace

MetricChart::MetricChart(const QString& title, const QString& valueLabel, QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot(this))
    , replotTimer_(new QTimer(this))
    , title_(title)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, new QCPTextElement(plot_, title, QFont(font().family(), font().pointSize(), QFont::Bold)));
    plot_->xAxis->setLabel(tr("Training step"));
    plot_->yAxis->setLabel(valueLabel);
    plot_->xAxis->setRange(0, 10);
    plot_->yAxis->setRange(0, 1);
    plot_->legend->setVisible(true);
    plot_->legend->setBrush(QColor(255, 255, 255, 200));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setToolTip(tr("Wheel: zoom. Drag: pan. Double-click: follow the run again. Right-click: log scale and export."));
    plot_->installEventFilter(this);
    // A zoom or pan by the user stops the axes from following new values.
    connect(plot_, &QCustomPlot::mousePress, this, [this] { following_ = false; });
    connect(plot_, &QCustomPlot::mouseWheel, this, [this] { following_ = false; });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] { resetView(); });
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const double step = plot_->xAxis->pixelToCoord(event->position().x());
        const QString text = valuesAt(step);
        if (!text.isEmpty())
            QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
    });

    replotTimer_->setSingleShot(true);
    replotTimer_->setInterval(1000 / maxReplotsPerSecond());
    connect(replotTimer_, &QTimer::timeout, this, &MetricChart::replotNow);
}

int MetricChart::addSeries(const QString& name, const QColor& colour, bool smoothed)
{
    Series s;
    s.name = name;
    s.smoothed = smoothed;
    if (smoothed) {
        s.rawGraph = plot_->graphCount();
        QCPGraph* raw = plot_->addGraph();
        raw->setPen(QPen(faint(colour), 1));
        raw->setName(name);
        raw->setAdaptiveSampling(true);
        plot_->legend->removeItem(plot_->legend->itemWithPlottable(raw));  // the trend has the entry
        raw->setLayer(QStringLiteral("grid"));  // underneath every trend line
    }
    s.trendGraph = plot_->graphCount();
    QCPGraph* trend = plot_->addGraph();
    trend->setPen(QPen(colour, 2));
    trend->setName(name);
    trend->setAdaptiveSampling(true);
    if (!smoothed) {
        trend->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    }
    series_.push_back(std::move(s));
    return static_cast<int>(series_.size()) - 1;
}

int MetricChart::seriesIndex(const QString& name) const
{
    for (size_t i = 0; i < series_.size(); ++i)
        if (series_[i].name == name)
            return static_cast<int>(i);
    return -1;
}

QString MetricChart::seriesName(int series) const
{
    return series >= 0 && series < seriesCount() ? series_[static_cast<size_t>(series)].name : QString();
}

void MetricChart::setTitle(const QString& title)
{
    title_ = title;
    if (auto* element = qobject_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0)))
        element->setText(title);
    scheduleReplot();
}

void MetricChart::addValue(int series, double step, double value)
{
    if (series < 0 || series >= seriesCount() || !std::isfinite(value) || !std::isfinite(step))
        return;
    Series& s = series_[static_cast<size_t>(series)];
    s.trend = s.values.empty() ? value : s.trend + newestWeight_ * (value - s.trend);
    s.values.emplace_back(step, value);
    if (s.rawGraph >= 0)
        plot_->graph(s.rawGraph)->addData(step, value);
    plot_->graph(s.trendGraph)->addData(step, s.smoothed ? s.trend : value);
    ++points_;
    scheduleReplot();
}

void MetricChart::scheduleReplot()
{
    // A value arriving while a replot is pending rides along with it: at most one replot per
    // timer interval, whatever the step rate.
    if (!replotTimer_->isActive())
        replotTimer_->start();
}

void MetricChart::clear()
{
    for (int i = 0; i < plot_->graphCount(); ++i)
        plot_->graph(i)->data()->clear();
    for (Series& s : series_) {
        s.values.clear();
        s.trend = 0.0;
    }
    points_ = 0;
    following_ = true;
    plot_->xAxis->setRange(0, 10);
    plot_->yAxis->setRange(logScale_ ? 0.01 : 0.0, 1);
    replotTimer_->stop();
    replotNow();
}

bool MetricChart::replotPending() const { return replotTimer_->isActive(); }

void MetricChart::setSmoothing(double newestWeight) { newestWeight_ = std::clamp(newestWeight, 1e-4, 1.0); }

void MetricChart::setLogScale(bool on)
{
    logScale_ = on;
    plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    following_ = true;
    replotNow();
}

void MetricChart::resetView()
{
    following_ = true;
    replotNow();
}

QString MetricChart::valuesAt(double step) const
{
    QStringList parts;
    double shownStep = -std::numeric_limits<double>::infinity();
    for (const Series& s : series_) {
        const auto after = std::upper_bound(s.values.begin(), s.values.end(), step,
                                            [](double x, const std::pair<double, double>& v) { return x < v.first; });
        if (after == s.values.begin())
            continue;
        const auto& [at, value] = *std::prev(after);
        shownStep = std::max(shownStep, at);
        parts.append(QStringLiteral("%1 %2").arg(s.name, number(value)));
    }
    if (parts.isEmpty())
        return {};
    return tr("Step %1: %2").arg(number(shownStep), parts.join(QStringLiteral(", ")));
}

bool MetricChart::savePng(const QString& path, int width, int height)
{
    replotNow();
    return plot_->savePng(path, width, height);
}

bool MetricChart::savePdf(const QString& path, int width, int height)
{
    replotNow();
    return plot_->savePdf(path, width, height);
}

bool MetricChart::saveCsv(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    std::map<double, std::vector<QString>> rows;
    for (size_t i = 0; i < series_.size(); ++i)
        for (const auto& [step, value] : series_[i].values) {
            auto& row = rows[step];
            row.resize(series_.size());
            row[i] = number(value);
        }
    QTextStream out(&file);
    out << "step";
    for (const Series& s : series_)
        out << ',' << '"' << QString(s.name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) << '"';
    out << '\n';
    for (auto& [step, row] : rows) {
        row.resize(series_.size());
        out << number(step);
        for (const QString& cell : row)
            out << ',' << cell;
        out << '\n';
    }
    out.flush();
    return file.error() == QFile::NoError;
}

void MetricChart::exportDialog(const QString& filter, const QString& suffix)
{
    QString name = title_;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), name.toLower() + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const bool ok = suffix == QLatin1String(".png")   ? savePng(path)
                    : suffix == QLatin1String(".pdf") ? savePdf(path)
                                                      : saveCsv(path);
    if (!ok)
        QToolTip::showText(QCursor::pos(), tr("The chart could not be written to %1. Choose another folder.").arg(path), this);
}

void MetricChart::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* log = menu.addAction(tr("Log scale"));
    log->setCheckable(true);
    log->setChecked(logScale_);
    connect(log, &QAction::toggled, this, &MetricChart::setLogScale);
    menu.addAction(tr("Reset view"), this, &MetricChart::resetView);
    menu.addSeparator();
    menu.addAction(tr("Export as PNG..."), this, [this] { exportDialog(tr("PNG images (*.png)"), QStringLiteral(".png")); });
    menu.addAction(tr("Export as PDF..."), this, [this] { exportDialog(tr("PDF documents (*.pdf)"), QStringLiteral(".pdf")); });
    menu.addAction(tr("Export values as CSV..."), this,
                   [this] { exportDialog(tr("CSV tables (*.csv)"), QStringLiteral(".csv")); });
    menu.exec(event->globalPos());
}

bool MetricChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::ContextMenu) {
        contextMenuEvent(static_cast<QContextMenuEvent*>(event));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QSize MetricChart::sizeHint() const { return {480, 300}; }

QSize MetricChart::minimumSizeHint() const { return {240, 160}; }

void MetricChart::replotNow()
{
    if (following_ && points_ > 0) {
        double maxStep = 0, low = std::numeric_limits<double>::infinity(), high = -low;
        for (const Series& s : series_)
            for (const auto& [step, value] : s.values) {
                maxStep = std::max(maxStep, step);
                if (logScale_ && value <= 0)
                    continue;  // a log axis cannot show it
                low = std::min(low, value);
                high = std::max(high, value);
            }
        plot_->xAxis->setRange(0, std::max(10.0, maxStep * 1.02));
        if (std::isfinite(low) && std::isfinite(high)) {
            if (logScale_) {
                plot_->yAxis->setRange(low / 1.5, high * 1.5);
            } else {
                const double span = std::max(1e-6, high - low);
                plot_->yAxis->setRange(std::min(0.0, low - 0.05 * span), high + 0.08 * span);
            }
        }
    }
    plot_->replot();
    ++replots_;
    Q_EMIT replotted();
}

}  // namespace medsynth::widgets
