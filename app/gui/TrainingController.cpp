#include "TrainingController.h"

#include <QThread>

namespace medsynth::gui {

TrainingController::TrainingController(QObject* parent)
    : QObject(parent)
{
    TrainingWorker::registerMetaTypes();
}

TrainingController::~TrainingController()
{
    stopAndWait();
}

bool TrainingController::start(const engine::Experiment& experiment, const QString& datasetSpec,
                               const QString& runFolder, const RunStart& how, const LabelRows& labelRows)
{
    if (thread_)
        return false;
    control_ = std::make_shared<engine::RunControl>();
    thread_ = new QThread;
    thread_->setObjectName(QStringLiteral("training"));
    worker_ = new TrainingWorker(experiment, datasetSpec, runFolder, control_, how, labelRows);
    worker_->moveToThread(thread_);

    // The worker emits on its own thread; queued connections carry copies to this thread.
    connect(worker_, &TrainingWorker::dataLoading, this, &TrainingController::dataLoading, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::dataLoaded, this, &TrainingController::dataLoaded, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::started, this, &TrainingController::runStarted, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::stepDone, this, &TrainingController::stepDone, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::samplesReady, this, &TrainingController::samplesReady, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::checkpointSaved, this, &TrainingController::checkpointSaved, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::diagnosticRaised, this, &TrainingController::diagnosticRaised, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::evaluationDone, this, &TrainingController::evaluationDone, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::finished, this, &TrainingController::runFinished, Qt::QueuedConnection);
    connect(worker_, &TrainingWorker::failed, this, &TrainingController::runFailed, Qt::QueuedConnection);
    connect(thread_, &QThread::started, worker_, &TrainingWorker::run);
    connect(worker_, &TrainingWorker::done, thread_, &QThread::quit, Qt::DirectConnection);
    connect(thread_, &QThread::finished, this, &TrainingController::onThreadFinished, Qt::QueuedConnection);

    thread_->start();
    Q_EMIT runningChanged(true);
    return true;
}

void TrainingController::stop()
{
    if (control_)
        control_->stop = true;
}

void TrainingController::pause()
{
    if (control_ && isRunning())
        control_->pause = true;
}

void TrainingController::resume()
{
    if (control_)
        control_->pause = false;
}

void TrainingController::stepOnce(engine::StepPart part)
{
    if (!control_ || !isPaused())
        return;
    control_->stepPart = part;
    ++control_->stepRequests;
}

void TrainingController::setLearningRate(double rate, int role)
{
    if (!control_ || !(rate > 0))
        return;
    control_->learningRateRole = role;
    control_->learningRate = rate;
}

void TrainingController::stopAndWait()
{
    if (!thread_)
        return;
    stop();
    thread_->quit();  // in case the worker has not started yet: its run() still ends the loop
    thread_->wait();
    cleanUpThread();
    Q_EMIT runningChanged(false);
}

void TrainingController::onThreadFinished()
{
    if (!thread_)
        return;  // stopAndWait() got there first
    // Queued after the worker's last report, so every report has been delivered by now.
    cleanUpThread();
    Q_EMIT runningChanged(false);
}

void TrainingController::cleanUpThread()
{
    thread_->wait();
    delete worker_;
    delete thread_;
    worker_ = nullptr;
    thread_ = nullptr;
}

}  // namespace medsynth::gui
