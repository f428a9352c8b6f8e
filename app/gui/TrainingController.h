#pragma once
// TrainingController: runs one training run at a time on a worker QThread, so the window stays
// responsive. start() hands the experiment, a dataset spec ("phantom:brain" or a folder) and the
// run folder to a TrainingWorker on a new thread; stop(), pause(), resume(), stepOnce() and
// setLearningRate() set the run's engine::RunControl, read between steps: the run ends after its
// current step (writing its final samples and a checkpoint), pauses (after a checkpoint), does
// single steps while paused, or takes a new learning rate. Reports arrive as
// signals on the GUI thread carrying copies of the engine's plain structs. Destroying the
// controller, or stopAndWait(), stops the run and joins the thread. GUI thread only.

#include "TrainingWorker.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace medsynth::gui {

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    bool isRunning() const { return thread_ != nullptr; }
    bool stopRequested() const { return control_ && control_->stop; }
    bool isPaused() const { return control_ && control_->pause; }

    // Returns false (and does nothing) while a run is going. labelRows: a folder's labels and
    // splits as set on the Data page (null: the folder's own).
    bool start(const engine::Experiment& experiment, const QString& datasetSpec, const QString& runFolder,
               const RunStart& how = {}, const LabelRows& labelRows = {});
    // Asks the run to end after its current step; returns at once.
    void stop();
    // Stops the run and blocks until its thread has ended (for closing the window).
    void stopAndWait();
    // Pauses after the current step (a checkpoint is written), and resumes.
    void pause();
    void resume();
    // While paused: one step, or for GAN recipes one discriminator or one generator update.
    void stepOnce(engine::StepPart part);
    // A new learning rate, applied before the next step: for the network at this index of the
    // run's networks (engine::RunStarted::networks), or for every network when role < 0.
    void setLearningRate(double rate, int role = -1);

Q_SIGNALS:
    void runningChanged(bool running);
    void dataLoading(int done, int total);
    void dataLoaded(int images, int skipped, const QStringList& notes);
    void runStarted(const medsynth::engine::RunStarted& report);
    void stepDone(const medsynth::engine::StepReport& report);
    void samplesReady(const medsynth::engine::SampleReport& report);
    void checkpointSaved(const medsynth::engine::CheckpointReport& report);
    void diagnosticRaised(const medsynth::engine::DiagnosticReport& report);
    void evaluationDone(const medsynth::engine::EvaluationReport& report);
    void runFinished(const medsynth::engine::RunSummary& summary);
    void runFailed(const QString& message);

private:
    void onThreadFinished();
    void cleanUpThread();

    QThread* thread_ = nullptr;
    TrainingWorker* worker_ = nullptr;
    std::shared_ptr<engine::RunControl> control_;
};

}  // namespace medsynth::gui
