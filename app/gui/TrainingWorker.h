#pragma once
// TrainingWorker: the part of a training run that lives on the worker thread. run() loads the
// dataset (io::loadDataset, prepared as the experiment says, cached in AppPaths::datasetCacheDir),
// builds an engine::TrainingRun (new, resumed or forked, see RunStart) and runs it until its step
// count or until the shared stop flag is set. Every report of the run is emitted as a signal carrying a
// copy of the engine's plain struct; TrainingController connects them queued to the GUI thread.
// Exceptions never escape: a failure is emitted as failed() with the engine's user-facing text.
// done() is always the last signal.

#include <cstddef>  // before ImageSet.h, which uses size_t
#include "medsynth/engine/Experiment.h"
#include "medsynth/engine/TrainingRun.h"
#include "medsynth/io/DatasetIndex.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

Q_DECLARE_METATYPE(medsynth::engine::RunStarted)
Q_DECLARE_METATYPE(medsynth::engine::StepReport)
Q_DECLARE_METATYPE(medsynth::engine::SampleReport)
Q_DECLARE_METATYPE(medsynth::engine::RunSummary)
Q_DECLARE_METATYPE(medsynth::engine::CheckpointReport)
Q_DECLARE_METATYPE(medsynth::engine::DiagnosticReport)
Q_DECLARE_METATYPE(medsynth::engine::EvaluationReport)

namespace medsynth::gui {

// How a run starts: a new run, the continuation of a run folder from its last checkpoint with
// its own settings (Resume), or a new run folder from any checkpoint (Fork: the experiment given
// is the checkpoint's with the page's changes, such as more steps).
struct RunStart {
    enum class Kind { Fresh, Resume, Fork };
    Kind kind = Kind::Fresh;
    QString checkpoint;  // Fork: the checkpoint file
};

// Labels and splits for a folder, row by row (the Data page's, saved or not); null: the folder's
// own (labels.csv, else none, with seeded splits).
using LabelRows = std::shared_ptr<const std::vector<io::LabelRow>>;

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    // datasetSpec: the images; for Resume and Fork the checkpoint's run decides (its phantoms
    // again, or this folder when it was trained on one, checked by content hash).
    TrainingWorker(const engine::Experiment& experiment, const QString& datasetSpec, const QString& runFolder,
                   std::shared_ptr<engine::RunControl> control, RunStart start = {}, LabelRows labelRows = {});

    // Registers the report structs for queued connections (idempotent).
    static void registerMetaTypes();

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void dataLoading(int done, int total);
    // images: how many were loaded; skipped: unreadable files left out; notes: what the
    // preparation says (splits, a preset that did not apply to some images), one line each.
    void dataLoaded(int images, int skipped, const QStringList& notes);
    void started(const medsynth::engine::RunStarted& report);
    void stepDone(const medsynth::engine::StepReport& report);
    void samplesReady(const medsynth::engine::SampleReport& report);
    void checkpointSaved(const medsynth::engine::CheckpointReport& report);
    void diagnosticRaised(const medsynth::engine::DiagnosticReport& report);
    void evaluationDone(const medsynth::engine::EvaluationReport& report);
    void finished(const medsynth::engine::RunSummary& summary);
    void failed(const QString& message);
    void done();

private:
    engine::Experiment experiment_;
    QString datasetSpec_;
    QString runFolder_;
    std::shared_ptr<engine::RunControl> control_;
    RunStart start_;
    LabelRows labelRows_;
};

}  // namespace medsynth::gui
