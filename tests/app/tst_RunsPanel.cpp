// RunsPanel and RunFollower: a run folder that another process appends to is followed (its
// charts gain points and its newest sample grid shows as the polls find them), values that
// appear later get their own chart, a resumed run that goes back some steps is redrawn, a folder
// deleted while followed is reported and its curves stay, a folder that is not a run is refused
// with a message, two runs compare as two series per value and a removed run leaves the charts,
// and the output of the real `medsynth-cli train` is followed while the CLI writes it.
// With MEDSYNTH_SCREENSHOT_DIR set, also saves the panel at a normal and a small size.

#include "MetricChart.h"
#include "RunFollower.h"
#include "RunPickerDialog.h"
#include "RunsPanel.h"
#include "SampleGridView.h"
#include "TrainPage.h"
#include "medsynth/engine/Experiment.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <utility>

using namespace medsynth;
using gui::RunFollower;
using gui::RunsPanel;

class TestRunsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsAFolderBeingAppended();
    void followsOnItsOwnTimer();
    void resumedRunIsRedrawn();
    void deletedFolderIsReported();
    void refusesWhatIsNotARun();
    void comparesRuns();
    void fidTitlesNameTheirFeatures();
    void opensInItsOwnWindow();
    void pickerListsTheRunsToTick();
    void followsTheCliWhileItWrites();
    void screenshots();

private:
    QTemporaryDir temp_;
};

namespace {

void writeFile(const QString& path, const QByteArray& content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY2(file.open(mode), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

// A run folder as the engine starts one.
QString makeRun(const QString& folder, int64_t steps = 100)
{
    QDir().mkpath(folder + QStringLiteral("/samples"));
    engine::Experiment experiment;
    experiment.steps = steps;
    writeFile(folder + QStringLiteral("/experiment.json"), QByteArray::fromStdString(engine::experimentToJson(experiment).dump()));
    writeFile(folder + QStringLiteral("/environment.json"), R"({"device": "cuda:0"})");
    writeFile(folder + QStringLiteral("/metrics.jsonl"), QByteArray());
    return folder;
}

// Lines like the engine's, with losses that fall as a run learns; extra values when given.
void appendSteps(const QString& folder, int from, int to, double scale = 1.0, const nlohmann::json& extra = {})
{
    QByteArray lines;
    for (int step = from; step <= to; ++step) {
        nlohmann::json line = {{"step", step},
                               {"epoch", step / 10},
                               {"loss_g", scale * (1.0 + 1.0 / step)},
                               {"loss_d", scale * 0.6},
                               {"d_real", 0.7},
                               {"d_fake", 0.3},
                               {"seconds", 0.05},
                               {"images_per_second", 640.0}};
        if (extra.is_object())
            line.update(extra);
        lines += QByteArray::fromStdString(line.dump() + "\n");
    }
    writeFile(folder + QStringLiteral("/metrics.jsonl"), lines, QIODevice::Append);
}

void writeGrid(const QString& folder, int step, const QColor& colour)
{
    QImage image(64, 64, QImage::Format_Grayscale8);
    image.fill(colour);
    const QString name = QStringLiteral("%1/samples/step_%2.png").arg(folder).arg(step, 7, 10, QLatin1Char('0'));
    QVERIFY(image.save(name));
}

}  // namespace

void TestRunsPanel::initTestCase()
{
    QVERIFY(temp_.isValid());
    qputenv("MEDSYNTH_DATA_DIR", temp_.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", temp_.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunsPanel::followsAFolderBeingAppended()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir.filePath(QStringLiteral("20250101-100000_dcgan")));
    RunsPanel panel;
    panel.setPollInterval(60 * 60 * 1000);  // this test polls by hand
    QVERIFY2(panel.followRun(folder), qPrintable(panel.message()));
    QCOMPARE(panel.runCount(), 1);
    QVERIFY(panel.message().isEmpty());
    QVERIFY(panel.valueNames().isEmpty());  // nothing written yet
    QVERIFY(!panel.sampleGrid()->hasImage());

    appendSteps(folder, 1, 5);
    panel.pollNow();
    const QStringList expected{QStringLiteral("loss_g"),  QStringLiteral("loss_d"),
                               QStringLiteral("d_real"),  QStringLiteral("d_fake"),
                               QStringLiteral("images_per_second"), QStringLiteral("seconds"),
                               QStringLiteral("epoch")};
    QCOMPARE(panel.valueNames(), expected);  // every value, the losses first
    widgets::MetricChart* loss = panel.chart(QStringLiteral("loss_g"));
    QVERIFY(loss);
    QCOMPARE(loss->title(), QStringLiteral("Generator loss"));
    QCOMPARE(loss->seriesCount(), 1);
    QCOMPARE(loss->seriesName(0), QStringLiteral("20250101-100000_dcgan"));
    QCOMPARE(loss->pointCount(), 5);

    // More lines, the last one half written, and a value this panel has never heard of.
    appendSteps(folder, 6, 8, 1.0, {{"fid", 80.0}, {"new_metric", 0.25}});
    writeFile(folder + QStringLiteral("/metrics.jsonl"), R"({"step": 9, "loss_g": 1.1)", QIODevice::Append);
    panel.pollNow();
    QCOMPARE(loss->pointCount(), 8);
    QVERIFY(panel.valueNames().contains(QStringLiteral("new_metric")));
    QCOMPARE(panel.valueNames().indexOf(QStringLiteral("fid")), 2);  // right after the losses
    QCOMPARE(panel.chart(QStringLiteral("fid"))->pointCount(), 3);
    QCOMPARE(panel.chart(QStringLiteral("new_metric"))->title(), QStringLiteral("new_metric"));
    writeFile(folder + QStringLiteral("/metrics.jsonl"), ", \"loss_d\": 0.5}\n", QIODevice::Append);
    panel.pollNow();
    QCOMPARE(loss->pointCount(), 9);
    QCOMPARE(panel.chart(QStringLiteral("loss_d"))->pointCount(), 9);

    // Sample grids: the newest one shows, and a newer one replaces it.
    writeGrid(folder, 5, Qt::darkGray);
    panel.pollNow();
    QVERIFY(panel.sampleGrid()->hasImage());
    const int updates = panel.sampleGrid()->updateCount();
    panel.pollNow();
    QCOMPARE(panel.sampleGrid()->updateCount(), updates);  // same grid: not loaded again
    writeGrid(folder, 10, Qt::white);
    panel.pollNow();
    QCOMPARE(panel.sampleGrid()->updateCount(), updates + 1);
    QCOMPARE(qGray(panel.sampleGrid()->image().pixel(3, 3)), 255);
    QCOMPARE(panel.run(0)->latestSampleStep(), qint64(10));

    // The run list says how far it is; summary.json says it ended.
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("runList"));
    QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("9")));
    QVERIFY(list->topLevelItem(0)->toolTip(0).contains(QStringLiteral("cuda:0")));
    writeFile(folder + QStringLiteral("/summary.json"), R"({"steps": 9, "stopped": true})");
    panel.pollNow();
    QVERIFY(panel.run(0)->outcome().finished);
    QVERIFY2(list->topLevelItem(0)->text(1).contains(QStringLiteral("stopped")), qPrintable(list->topLevelItem(0)->text(1)));
}

void TestRunsPanel::followsOnItsOwnTimer()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir.filePath(QStringLiteral("timed")));
    RunFollower follower;
    follower.setPollInterval(20);
    QSignalSpy added(&follower, &RunFollower::recordsAdded);
    QVERIFY(follower.follow(folder));
    QVERIFY(follower.isFollowing());
    appendSteps(folder, 1, 3);
    QTRY_COMPARE(follower.records().size(), size_t(3));  // no pollNow(): the timer found them
    QVERIFY(!added.isEmpty());
    appendSteps(folder, 4, 4);
    QTRY_COMPARE(follower.lastStep(), int64_t(4));
    follower.stop();
    QVERIFY(!follower.isFollowing());
}

void TestRunsPanel::resumedRunIsRedrawn()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir.filePath(QStringLiteral("resumed")));
    appendSteps(folder, 1, 6);
    RunsPanel panel;
    panel.setPollInterval(60 * 60 * 1000);
    QVERIFY(panel.followRun(folder));
    QCOMPARE(panel.chart(QStringLiteral("loss_g"))->pointCount(), 6);
    // Killed after step 6, resumed from the checkpoint of step 4: steps 5 and 6 again.
    QSignalSpy reset(panel.run(0), &RunFollower::historyReset);
    appendSteps(folder, 5, 7, 2.0);
    panel.pollNow();
    QCOMPARE(reset.count(), 1);
    const RunFollower* run = panel.run(0);
    QCOMPARE(run->records().size(), size_t(7));
    QCOMPARE(run->records()[4].values.at("loss_g"), 2.0 * (1.0 + 1.0 / 5));  // the resumed value
    QCOMPARE(panel.chart(QStringLiteral("loss_g"))->pointCount(), 7);
}

void TestRunsPanel::deletedFolderIsReported()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir.filePath(QStringLiteral("doomed")));
    appendSteps(folder, 1, 4);
    RunsPanel panel;
    panel.setPollInterval(60 * 60 * 1000);
    QVERIFY(panel.followRun(folder));
    QVERIFY(QFile::remove(folder + QStringLiteral("/metrics.jsonl")));
    panel.pollNow();
    QVERIFY2(panel.message().contains(QStringLiteral("metrics.jsonl")), qPrintable(panel.message()));
    QVERIFY(QDir(folder).removeRecursively());
    panel.pollNow();
    QVERIFY2(panel.message().contains(QStringLiteral("no longer there")), qPrintable(panel.message()));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("runsMessage"))->isVisibleTo(&panel));
    QCOMPARE(panel.chart(QStringLiteral("loss_g"))->pointCount(), 4);  // what was read stays
}

void TestRunsPanel::refusesWhatIsNotARun()
{
    QTemporaryDir dir;
    const QString good = makeRun(dir.filePath(QStringLiteral("good")));
    appendSteps(good, 1, 2);
    RunsPanel panel;
    QVERIFY(panel.followRun(good));
    const QString notRun = dir.filePath(QStringLiteral("holiday-photos"));
    QVERIFY(QDir().mkpath(notRun));
    QVERIFY(!panel.followRun(notRun));
    QVERIFY2(panel.message().contains(QStringLiteral("experiment.json")), qPrintable(panel.message()));
    QCOMPARE(panel.runCount(), 1);  // the run shown stays
    QVERIFY(!panel.addRun(good));     // shown already
    QVERIFY2(panel.message().contains(QStringLiteral("already")), qPrintable(panel.message()));
    QCOMPARE(panel.runCount(), 1);
    QVERIFY(RunsPanel::runFoldersIn(notRun).isEmpty());
    QCOMPARE(RunsPanel::runFoldersIn(dir.path()), QStringList{good});  // the folder above a run lists it
    QCOMPARE(RunsPanel::runFoldersIn(good), QStringList{good});
}

void TestRunsPanel::comparesRuns()
{
    QTemporaryDir dir;
    const QString a = makeRun(dir.filePath(QStringLiteral("run-a")));
    const QString b = makeRun(dir.filePath(QStringLiteral("run-b")));
    appendSteps(a, 1, 10);
    appendSteps(b, 1, 6, 2.0);
    RunsPanel panel;
    panel.setPollInterval(60 * 60 * 1000);
    QCOMPARE(panel.addRuns({a, b}), 2);
    QCOMPARE(panel.runCount(), 2);
    QVERIFY(panel.runColour(0) != panel.runColour(1));
    QVERIFY(!panel.valueNames().isEmpty());
    for (const QString& value : panel.valueNames()) {
        widgets::MetricChart* chart = panel.chart(value);
        QCOMPARE(chart->seriesCount(), 2);  // one per run
        QCOMPARE(chart->seriesName(0), QStringLiteral("run-a"));
        QCOMPARE(chart->seriesName(1), QStringLiteral("run-b"));
        QCOMPARE(chart->pointCount(), 16);
    }
    // Runs go on growing while compared.
    appendSteps(b, 7, 8, 2.0);
    panel.pollNow();
    QCOMPARE(panel.chart(QStringLiteral("loss_d"))->pointCount(), 18);

    // Removing run A leaves B alone on every chart, in its own colour.
    const QColor colourB = panel.runColour(1);
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("runList"));
    list->topLevelItem(0)->setSelected(true);
    auto* remove = panel.findChild<QPushButton*>(QStringLiteral("removeRunButton"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(panel.runCount(), 1);
    QCOMPARE(panel.run(0)->name(), QStringLiteral("run-b"));
    QCOMPARE(panel.runColour(0), colourB);
    for (const QString& value : panel.valueNames()) {
        QCOMPARE(panel.chart(value)->seriesCount(), 1);
        QCOMPARE(panel.chart(value)->seriesName(0), QStringLiteral("run-b"));
        QCOMPARE(panel.chart(value)->pointCount(), 8);
    }
    panel.removeAllRuns();
    QVERIFY(panel.valueNames().isEmpty());
    QVERIFY(!panel.sampleGrid()->hasImage());
}

// FID and KID charts say which features their runs were measured with, and warn when compared
// runs used different ones (their values are then not comparable).
void TestRunsPanel::fidTitlesNameTheirFeatures()
{
    QTemporaryDir dir;
    const QString a = makeRun(dir.filePath(QStringLiteral("run-a")));
    const QString b = makeRun(dir.filePath(QStringLiteral("run-b")));
    const auto evaluation = [](const QString& folder, const char* features) {
        writeFile(folder + QStringLiteral("/metrics.jsonl"),
                  QByteArray(R"({"step": 10, "fid": 12.5, "kid_mean": 0.01, "feature_label": ")") + features + "\"}\n",
                  QIODevice::Append);
    };
    appendSteps(a, 1, 10);
    evaluation(a, "built-in features (medsynth-v1)");
    appendSteps(b, 1, 10);
    evaluation(b, "TorchScript inception.pt");
    RunsPanel panel;
    panel.setPollInterval(60 * 60 * 1000);
    QCOMPARE(panel.addRuns({a}), 1);
    QVERIFY2(panel.chart(QStringLiteral("fid"))->title().contains(QStringLiteral("built-in features (medsynth-v1)")),
             qPrintable(panel.chart(QStringLiteral("fid"))->title()));
    QCOMPARE(panel.addRuns({b}), 1);
    const QString title = panel.chart(QStringLiteral("fid"))->title();
    QVERIFY2(title.contains(QStringLiteral("not comparable")) && title.contains(QStringLiteral("inception.pt")),
             qPrintable(title));
    QVERIFY(panel.chart(QStringLiteral("kid_mean"))->title().contains(QStringLiteral("not comparable")));
}

void TestRunsPanel::opensInItsOwnWindow()
{
    QWidget owner;
    RunsPanel* panel = RunsPanel::windowFor(&owner);
    QVERIFY(panel);
    QVERIFY(panel->window() != &owner);
    QVERIFY(panel->window()->isWindow());
    QVERIFY(panel->window()->isVisible());
    panel->window()->hide();
    QCOMPARE(RunsPanel::windowFor(&owner), panel);  // one window per owner, shown again
    QVERIFY(panel->window()->isVisible());
}

void TestRunsPanel::pickerListsTheRunsToTick()
{
    const QStringList runs{QStringLiteral("/runs/b"), QStringLiteral("/runs/a"), QStringLiteral("/runs/c")};
    gui::RunPickerDialog dialog(runs, {QStringLiteral("/runs/a")});
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("runPickerList"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), QStringLiteral("b"));
    QVERIFY(dialog.chosenRuns().isEmpty());               // the shown run is ticked but not chosen again
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));
    list->item(2)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.chosenRuns(), QStringList{QStringLiteral("/runs/c")});
}

void TestRunsPanel::followsTheCliWhileItWrites()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("cli-run"));
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(MEDSYNTH_CLI_PATH),
              {QStringLiteral("train"), QStringLiteral("--steps"), QStringLiteral("6"), QStringLiteral("--out"), folder,
               QStringLiteral("--image-size"), QStringLiteral("32"), QStringLiteral("--batch"), QStringLiteral("4"),
               QStringLiteral("--sample-every"), QStringLiteral("2"), QStringLiteral("--max-images"),
               QStringLiteral("32"), QStringLiteral("--quiet")});
    QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
    // Follow as soon as the run folder is one, while the CLI is still writing it.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(folder + QStringLiteral("/experiment.json")) ||
                                 cli.state() == QProcess::NotRunning,
                             300000);
    RunsPanel panel;
    panel.setPollInterval(50);
    QVERIFY2(panel.followRun(folder), qPrintable(panel.message() + QString::fromUtf8(cli.readAll())));
    QTRY_VERIFY_WITH_TIMEOUT(panel.run(0)->outcome().finished, 300000);
    // The CLI may have ended while the wait above ran the event loop; waitForFinished() is false then.
    QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(300000));
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, cli.readAll().constData());
    QTRY_COMPARE(panel.run(0)->records().size(), size_t(6));
    QCOMPARE(panel.run(0)->lastStep(), int64_t(6));
    QCOMPARE(panel.run(0)->skippedLineCount(), 0);
    QCOMPARE(panel.run(0)->description().totalSteps, int64_t(6));
    QCOMPARE(panel.chart(QStringLiteral("loss_g"))->pointCount(), 6);
    QVERIFY(panel.chart(QStringLiteral("loss_d")));
    QTRY_VERIFY(panel.sampleGrid()->hasImage());
    QCOMPARE(panel.run(0)->latestSampleStep(), qint64(6));
    QVERIFY(panel.message().isEmpty());
}

// Not a check: with MEDSYNTH_SCREENSHOT_DIR set, saves the panel comparing three runs (one with a
// problem) at 1200x760 and at 720x480, for a person to look at.
void TestRunsPanel::screenshots()
{
    const QString out = qEnvironmentVariable("MEDSYNTH_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set MEDSYNTH_SCREENSHOT_DIR to save screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    QStringList runs;
    const QStringList names{QStringLiteral("20250105-101500_dcgan"), QStringLiteral("20250105-114210_dcgan-lr1e-3"),
                            QStringLiteral("server-a100_wgan-gp")};
    for (int i = 0; i < names.size(); ++i) {
        const QString folder = makeRun(dir.filePath(names[i]), 400);
        QByteArray lines;
        for (int step = 1; step <= 300 - 80 * i; ++step) {
            const double noise = 0.15 * std::sin(step * 1.7 + i) * std::cos(step * 0.3);
            const nlohmann::json line = {{"step", step},
                                         {"epoch", step / 50},
                                         {"loss_g", 0.8 + (1.5 + 0.4 * i) * std::exp(-step / 120.0) + noise},
                                         {"loss_d", 1.3 - 0.5 * std::exp(-step / 90.0) - 0.1 * i + noise / 2},
                                         {"d_real", 0.55 + 0.1 * std::exp(-step / 80.0) + noise / 4},
                                         {"d_fake", 0.45 - 0.1 * std::exp(-step / 80.0) - noise / 4},
                                         {"seconds", 0.05 + 0.01 * i},
                                         {"images_per_second", 600.0 - 120 * i + 20 * noise}};
            lines += QByteArray::fromStdString(line.dump() + "\n");
        }
        writeFile(folder + QStringLiteral("/metrics.jsonl"), lines);
        QImage grid(256, 256, QImage::Format_RGB32);  // 8 x 8 tiles of blobs, like a sample grid
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x) {
                const double dx = (x % 32) - 16, dy = (y % 32) - 16, r = (10 + ((x / 32) * 3 + (y / 32) + i) % 5);
                const int v = dx * dx + dy * dy < r * r ? 60 + ((x / 32) * 37 + (y / 32) * 23 + i * 40) % 180 : 15;
                grid.setPixel(x, y, qRgb(v, v, v));
            }
        QVERIFY(grid.save(QStringLiteral("%1/samples/step_0000200.png").arg(folder)));
        runs << folder;
    }
    writeFile(runs[2] + QStringLiteral("/metrics.jsonl"), "not json\n", QIODevice::Append);
    RunsPanel panel;
    QCOMPARE(panel.addRuns(runs), 3);
    for (const auto& [size, name] : {std::pair{QSize(1200, 760), QStringLiteral("runs-1200x760")},
                                     std::pair{QSize(720, 480), QStringLiteral("runs-720x480")}}) {
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(300);  // layout and the coalesced replots
        QVERIFY(panel.grab().save(QStringLiteral("%1/%2.png").arg(out, name)));
    }
    // Following one run, at the size of a small laptop screen.
    QVERIFY(panel.followRun(runs[0]));
    panel.resize(1000, 640);
    QTest::qWait(300);
    QVERIFY(panel.grab().save(QStringLiteral("%1/runs-follow-1000x640.png").arg(out)));
    // Where the Train page offers it.
    gui::TrainPage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(QStringLiteral("%1/train-page-1280x800.png").arg(out)));
}

QTEST_MAIN(TestRunsPanel)
#include "tst_RunsPanel.moc"
