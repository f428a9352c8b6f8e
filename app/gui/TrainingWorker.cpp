#include "TrainingWorker.h"

#include "AppPaths.h"
#include "DatasetNoteText.h"

#include "medsynth/io/DatasetLoader.h"

#include <QDir>

namespace medsynth::gui {

namespace {

// Forwards the run's reports, which arrive on the worker thread, as the worker's signals.
class SignalingObserver : public engine::TrainingObserver {
public:
    explicit SignalingObserver(TrainingWorker* worker) : worker_(worker) {}
    void started(const engine::RunStarted& report) override { Q_EMIT worker_->started(report); }
    void stepDone(const engine::StepReport& report) override { Q_EMIT worker_->stepDone(report); }
    void samplesReady(const engine::SampleReport& report) override { Q_EMIT worker_->samplesReady(report); }
    void checkpointSaved(const engine::CheckpointReport& report) override { Q_EMIT worker_->checkpointSaved(report); }
    void diagnosticRaised(const engine::DiagnosticReport& report) override { Q_EMIT worker_->diagnosticRaised(report); }
    void evaluationDone(const engine::EvaluationReport& report) override { Q_EMIT worker_->evaluationDone(report); }
    void finished(const engine::RunSummary& summary) override { Q_EMIT worker_->finished(summary); }

private:
    TrainingWorker* worker_;
};

}  // namespace

TrainingWorker::TrainingWorker(const engine::Experiment& experiment, const QString& datasetSpec,
                               const QString& runFolder, std::shared_ptr<engine::RunControl> control, RunStart start,
                               LabelRows labelRows)
    : experiment_(experiment)
    , datasetSpec_(datasetSpec)
    , runFolder_(runFolder)
    , control_(std::move(control))
    , start_(std::move(start))
    , labelRows_(std::move(labelRows))
{
}

void TrainingWorker::registerMetaTypes()
{
    qRegisterMetaType<engine::RunStarted>();
    qRegisterMetaType<engine::StepReport>();
    qRegisterMetaType<engine::SampleReport>();
    qRegisterMetaType<engine::RunSummary>();
    qRegisterMetaType<engine::CheckpointReport>();
    qRegisterMetaType<engine::DiagnosticReport>();
    qRegisterMetaType<engine::EvaluationReport>();
}

void TrainingWorker::run()
{
    try {
        int lastPercent = -1;
        io::LoadOptions options;
        options.cacheFolder = AppPaths::datasetCacheDir().toStdString();
        options.labelRows = labelRows_;
        options.progress = [this, &lastPercent](int done, int total) {
            // At most ~100 progress signals, however many files.
            const int percent = total > 0 ? done * 100 / total : 0;
            if (percent != lastPercent) {
                lastPercent = percent;
                Q_EMIT dataLoading(done, total);
            }
        };
        if (start_.kind == RunStart::Kind::Resume)
            experiment_ = engine::readCheckpointInfo(engine::latestCheckpoint(runFolder_.toStdString())).experiment;
        const std::string spec = datasetSpec_.toStdString();
        io::LoadedDataset loaded = start_.kind == RunStart::Kind::Fresh
                                       ? io::loadDataset(spec, experiment_, options)
                                       : io::loadCheckpointDataset(experiment_, spec, options);
        if (control_->stop) {
            engine::RunSummary summary;
            summary.stopped = true;
            Q_EMIT finished(summary);
            Q_EMIT done();
            return;
        }
        QStringList notes;
        for (const io::DatasetNote& note : loaded.notes)
            notes << DatasetNoteText::text(note);
        Q_EMIT dataLoaded(loaded.images.count, static_cast<int>(loaded.skipped.size()), notes);
        experiment_.dataset = loaded.manifest;
        if (!runFolder_.isEmpty())
            QDir().mkpath(runFolder_);
        SignalingObserver observer(this);
        const std::string folder = runFolder_.toStdString(), cache = AppPaths::featureCacheDir().toStdString();
        std::unique_ptr<engine::TrainingRun> run;
        switch (start_.kind) {
        case RunStart::Kind::Fresh:
            run = std::make_unique<engine::TrainingRun>(experiment_, loaded.images, folder, &observer, cache);
            break;
        case RunStart::Kind::Resume:
            run = engine::TrainingRun::resume(folder, loaded.images, &observer, cache);
            break;
        case RunStart::Kind::Fork:
            run = engine::TrainingRun::fork(start_.checkpoint.toStdString(), experiment_, loaded.images, folder,
                                            &observer, cache);
            break;
        }
        run->run(*control_);
    } catch (const std::exception& error) {
        Q_EMIT failed(QString::fromStdString(error.what()));
    } catch (...) {
        Q_EMIT failed(tr("The training stopped because of an unexpected internal error."));
    }
    Q_EMIT done();
}

}  // namespace medsynth::gui
