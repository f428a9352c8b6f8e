#include "LiveCharts.h"

#include "MetricChart.h"
#include "MetricNames.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace medsynth::gui {

namespace {

// The same colours in every chart, in the order series appear (matplotlib's "tab10").
const QColor kColours[] = {QColor(31, 119, 180), QColor(214, 39, 40),  QColor(44, 160, 44),  QColor(255, 127, 14),
                           QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127)};

}  // namespace

LiveCharts::LiveCharts(QWidget* parent)
    : QWidget(parent)
    , tabs_(new QTabWidget(this))
{
    tabs_->setObjectName(QStringLiteral("chartTabs"));
    tabs_->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    clear();
}

QStringList LiveCharts::groups() const
{
    QStringList list;
    for (int i = 0; i < tabs_->count(); ++i)
        list.append(charts_.key(static_cast<widgets::MetricChart*>(tabs_->widget(i))));
    return list;
}

void LiveCharts::clear()
{
    while (tabs_->count() > 0) {
        QWidget* page = tabs_->widget(0);
        tabs_->removeTab(0);
        delete page;
    }
    charts_.clear();
    chartFor(QStringLiteral("losses"));  // the chart a run starts with
}

widgets::MetricChart* LiveCharts::chartFor(const QString& group)
{
    if (widgets::MetricChart* existing = charts_.value(group))
        return existing;
    const QString title = MetricNames::groupTitle(group);
    auto* chart = new widgets::MetricChart(title, title, tabs_);
    chart->setObjectName(QStringLiteral("chart_") + group);
    charts_.insert(group, chart);
    tabs_->addTab(chart, title);
    return chart;
}

void LiveCharts::add(const QString& key, double step, double value)
{
    const QString group = MetricNames::group(key);
    if (group.isEmpty())
        return;
    widgets::MetricChart* chart = chartFor(group);
    const QString name = MetricNames::title(key);
    int series = chart->seriesIndex(name);
    if (series < 0) {
        // Evaluations come every few steps: points, not a smoothed line.
        const bool sparse = group == QLatin1String("fid") || group == QLatin1String("kid") ||
                            group == QLatin1String("psnr") || group == QLatin1String("ssim") ||
                            key.startsWith(QLatin1String("val_"));
        series = chart->addSeries(name, kColours[chart->seriesCount() % std::size(kColours)], !sparse);
    }
    chart->addValue(series, step, value);
}

void LiveCharts::addStep(const engine::StepReport& report)
{
    const double step = static_cast<double>(report.step);
    for (const engine::NamedValue& value : report.values)
        add(QString::fromStdString(value.name), step, value.value);
    if (report.imagesPerSecond > 0)
        add(QStringLiteral("images_per_second"), step, report.imagesPerSecond);
}

void LiveCharts::addRecord(const engine::MetricRecord& record)
{
    for (const auto& [name, value] : record.values)
        add(QString::fromStdString(name), static_cast<double>(record.step), value);
    nameFeatures(QString::fromStdString(record.featureLabel));  // a continued run's history
}

void LiveCharts::addEvaluation(const engine::EvaluationReport& report)
{
    const double step = static_cast<double>(report.step);
    for (const auto& [name, value] : report.values)
        add(QString::fromStdString(name), step, value);
    nameFeatures(QString::fromStdString(report.featureLabel));
}

void LiveCharts::nameFeatures(const QString& features)
{
    // The title says which features the distances use: never "Inception" for other features.
    for (const char* group : {"fid", "kid"})
        if (widgets::MetricChart* chart = charts_.value(QLatin1String(group)); chart && !features.isEmpty())
            chart->setTitle(QStringLiteral("%1: %2").arg(MetricNames::groupTitle(QLatin1String(group)), features));
}

}  // namespace medsynth::gui
