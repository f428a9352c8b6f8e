// TrainingController: runs on a worker thread, reports arrive as queued signals on the GUI
// thread, stop() ends the run early, failures arrive as messages, destruction joins the thread.

#include "TrainingController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <map>

using namespace medsynth;
using gui::TrainingController;

namespace {
engine::Experiment tinyExperiment(int64_t steps)
{
    engine::Experiment experiment;
    experiment.templateId = "dcgan";
    experiment.imageSize = 32;
    experiment.batchSize = 4;
    experiment.steps = steps;
    experiment.seed = 3;
    experiment.sampleEvery = 5;
    experiment.sampleCount = 16;
    return experiment;
}
}  // namespace

class TestTrainingController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reportsArriveOnGuiThreadAndStopEndsEarly();
    void failureArrivesAsMessage();
    void destructionWhileRunningJoins();
    void learningRateOfOneNetwork();
};

void TestTrainingController::reportsArriveOnGuiThreadAndStopEndsEarly()
{
    QTemporaryDir dir;
    TrainingController controller;
    QSignalSpy started(&controller, &TrainingController::runStarted);
    QSignalSpy finished(&controller, &TrainingController::runFinished);
    QSignalSpy running(&controller, &TrainingController::runningChanged);
    int steps = 0;
    bool onGuiThread = true;
    connect(&controller, &TrainingController::stepDone, this, [&](const engine::StepReport& report) {
        onGuiThread = onGuiThread && QThread::currentThread() == qApp->thread();
        steps = static_cast<int>(report.step);
    });
    engine::ImageBuffer grid;
    connect(&controller, &TrainingController::samplesReady, this,
            [&](const engine::SampleReport& report) { grid = report.grid; });

    const QString runFolder = dir.filePath(QStringLiteral("run"));
    QVERIFY(controller.start(tinyExperiment(100000), QStringLiteral("phantom:brain"), runFolder));
    QVERIFY(controller.isRunning());
    QVERIFY(!controller.start(tinyExperiment(10), QStringLiteral("phantom:brain"), QString()));  // one at a time

    QTRY_VERIFY_WITH_TIMEOUT(steps >= 3, 180000);
    QTRY_VERIFY_WITH_TIMEOUT(!grid.empty(), 180000);
    QVERIFY(onGuiThread);
    QCOMPARE(started.count(), 1);
    controller.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 120000);
    QCOMPARE(finished.count(), 1);
    const auto summary = finished.first().first().value<engine::RunSummary>();
    QVERIFY(summary.stopped);
    QVERIFY(summary.steps < 100000);
    QCOMPARE(running.count(), 2);
    QVERIFY(QFileInfo(runFolder).isDir());
}

void TestTrainingController::failureArrivesAsMessage()
{
    QTemporaryDir dir;  // empty: no images in it
    TrainingController controller;
    QSignalSpy failed(&controller, &TrainingController::runFailed);
    QVERIFY(controller.start(tinyExperiment(10), dir.path(), QString()));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 60000);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void TestTrainingController::destructionWhileRunningJoins()
{
    auto* controller = new TrainingController;
    bool stepped = false;
    connect(controller, &TrainingController::stepDone, this, [&] { stepped = true; });
    QVERIFY(controller->start(tinyExperiment(100000), QStringLiteral("phantom:brain"), QString()));
    QTRY_VERIFY_WITH_TIMEOUT(stepped, 180000);
    QElapsedTimer clock;
    clock.start();
    delete controller;  // must stop the run and join, not hang or crash
    QVERIFY(clock.elapsed() < 60000);
}

// The Train page's live learning rate, for one network of the run (its index in RunStarted's
// networks) or for every network.
void TestTrainingController::learningRateOfOneNetwork()
{
    TrainingController controller;
    std::vector<std::string> roles;
    connect(&controller, &TrainingController::runStarted, this, [&](const engine::RunStarted& report) {
        for (const engine::NetworkSize& n : report.networks)
            roles.push_back(n.role);
    });
    std::map<std::string, double> rates;
    connect(&controller, &TrainingController::stepDone, this, [&](const engine::StepReport& report) {
        for (const engine::NamedValue& v : report.values)
            if (v.name.rfind("lr_", 0) == 0)
                rates[v.name.substr(3)] = v.value;
    });
    QVERIFY(controller.start(tinyExperiment(100000), QStringLiteral("phantom:brain"), QString()));
    QTRY_VERIFY_WITH_TIMEOUT(rates.size() == 2, 180000);
    QCOMPARE(roles, std::vector<std::string>({"generator", "discriminator"}));
    const double before = rates["generator"];
    controller.setLearningRate(0.001, 1);
    QTRY_VERIFY_WITH_TIMEOUT(rates["discriminator"] == 0.001, 60000);
    QCOMPARE(rates["generator"], before);
    controller.setLearningRate(0.0005);
    QTRY_VERIFY_WITH_TIMEOUT(rates["generator"] == 0.0005 && rates["discriminator"] == 0.0005, 60000);
    controller.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 120000);
}

QTEST_MAIN(TestTrainingController)
#include "tst_TrainingController.moc"
