#pragma once
// LiveCharts: the charts of the run being trained, one tab per kind of value, made as the values
// first arrive so each recipe shows what it has: losses (generator and discriminator, or
// reconstruction and KL, or the classifier's), D(x) and D(G(z)), FID and KID (titled with the
// features they use), scores (accuracy, Dice...), learning rates and speed. Each chart zooms,
// pans, switches to a log scale and exports (MetricChart). GUI thread only.

#include "medsynth/engine/RunHistory.h"
#include "medsynth/engine/TrainingRun.h"

#include <QHash>
#include <QWidget>

class QTabWidget;

namespace medsynth::widgets {
class MetricChart;
}

namespace medsynth::gui {

class LiveCharts : public QWidget {
    Q_OBJECT
public:
    explicit LiveCharts(QWidget* parent = nullptr);

    void clear();  // a new run: every chart goes, the losses chart stays (empty)
    void addStep(const engine::StepReport& report);
    void addEvaluation(const engine::EvaluationReport& report);
    // A line of a run folder's metrics.jsonl (the past of a resumed or forked run).
    void addRecord(const engine::MetricRecord& record);

    // The chart of a group (MetricNames::group), nullptr until a value of it arrived.
    widgets::MetricChart* chart(const QString& group) const { return charts_.value(group); }
    widgets::MetricChart* lossChart() const { return charts_.value(QStringLiteral("losses")); }
    QStringList groups() const;

private:
    // Titles the FID and KID charts with the features they were measured with (when known).
    void nameFeatures(const QString& features);
    widgets::MetricChart* chartFor(const QString& group);
    void add(const QString& key, double step, double value);

    QTabWidget* tabs_ = nullptr;
    QHash<QString, widgets::MetricChart*> charts_;
};

}  // namespace medsynth::gui
