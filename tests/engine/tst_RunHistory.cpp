// RunHistory: a run folder is read as another process writes it: each poll gives the lines
// appended since the last one, a half-written last line waits for its end, malformed lines are
// skipped and counted, every numeric field is kept by name, missing and deleted files are
// reported as problems (not errors), and a folder that is not a run is refused with a message.

#include "medsynth/engine/RunHistory.h"

#include "medsynth/engine/Experiment.h"
#include "RunFolderWriter.h"  // engine-private: the writer whose output the reader must read

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace medsynth::engine;

class TestRunHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusesWhatIsNotARun_data();
    void refusesWhatIsNotARun();
    void readsLinesAsTheyAreAppended();
    void halfWrittenLineWaitsForItsEnd();
    void malformedLinesAreSkippedAndCounted();
    void missingAndDeletedFiles();
    void samplesAndSummary();
    void largeFileIsReadInParts();
    void readsWhatTheWriterWrites();
};

namespace {

std::string str(const QString& s) { return s.toStdString(); }

void writeFile(const QString& path, const QByteArray& content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY2(file.open(mode), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

void append(const QString& path, const QByteArray& content) { writeFile(path, content, QIODevice::Append); }

// A run folder as RunFolderWriter starts it: experiment.json, environment.json, samples/ and an
// empty metrics.jsonl.
QString makeRun(const QTemporaryDir& dir, const QString& name = QStringLiteral("run"), int64_t steps = 40)
{
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder + QStringLiteral("/samples"));
    Experiment experiment;
    experiment.name = "my-run";
    experiment.templateId = "dcgan";
    experiment.recipe = "gan";
    experiment.steps = steps;
    writeFile(folder + QStringLiteral("/experiment.json"), QByteArray::fromStdString(experimentToJson(experiment).dump(2)));
    writeFile(folder + QStringLiteral("/environment.json"), R"({"device": "cuda:0", "threads": 8})");
    writeFile(folder + QStringLiteral("/metrics.jsonl"), QByteArray());
    return folder;
}

QByteArray line(int step, double lossG)
{
    return QByteArray::fromStdString(
        nlohmann::json{{"step", step}, {"epoch", 0}, {"loss_g", lossG}, {"loss_d", 0.5}}.dump() + "\n");
}

}  // namespace

void TestRunHistory::refusesWhatIsNotARun_data()
{
    QTest::addColumn<QString>("content");  // what the folder holds
    QTest::addColumn<QString>("expected");  // part of the message
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("a file") << QStringLiteral("file") << QStringLiteral("not a folder");
    QTest::newRow("empty folder") << QStringLiteral("empty") << QStringLiteral("has no experiment.json");
    QTest::newRow("not json") << QStringLiteral("{not json") << QStringLiteral("not valid JSON");
    QTest::newRow("other format") << QStringLiteral(R"({"format": "medsynth.graph", "version": 1})")
                                  << QStringLiteral("not a MedSynth experiment");
    QTest::newRow("newer version") << QStringLiteral(R"({"format": "medsynth.experiment", "version": 99})")
                                   << QStringLiteral("newer MedSynth Workbench");
}

void TestRunHistory::refusesWhatIsNotARun()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("candidate"));
    if (content == QLatin1String("file")) {
        writeFile(folder, "hello");
    } else if (content != QLatin1String("missing")) {
        QVERIFY(QDir().mkpath(folder));
        if (content != QLatin1String("empty"))
            writeFile(folder + QStringLiteral("/experiment.json"), content.toUtf8());
    }
    RunHistory history;
    QVERIFY(!history.open(str(folder)));
    QVERIFY(!history.isOpen());
    const QString message = QString::fromStdString(history.errorMessage());
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(folder), qPrintable(message));  // says which folder
    QVERIFY(history.poll().empty());
}

void TestRunHistory::readsLinesAsTheyAreAppended()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    RunHistory history;
    QVERIFY2(history.open(str(folder)), history.errorMessage().c_str());
    QCOMPARE(history.description().name, std::string("my-run"));
    QCOMPARE(history.description().recipe, std::string("gan"));
    QCOMPARE(history.description().templateId, std::string("dcgan"));
    QCOMPARE(history.description().totalSteps, int64_t(40));
    QCOMPARE(history.description().device, std::string("cuda:0"));
    QVERIFY(history.poll().empty());
    QVERIFY(history.problem().empty());

    const QString metrics = folder + QStringLiteral("/metrics.jsonl");
    append(metrics, line(1, 1.25));
    auto records = history.poll();
    QCOMPARE(records.size(), size_t(1));
    QCOMPARE(records[0].step, int64_t(1));
    QCOMPARE(records[0].values.at("loss_g"), 1.25);
    QCOMPARE(records[0].values.count("step"), size_t(0));  // the step is the record's key, not a value
    QVERIFY(history.poll().empty());  // nothing new

    // Values that a newer writer adds appear by name, nested ones flattened; text, booleans,
    // arrays and nulls (NaN) carry no curve.
    append(metrics, line(2, 1.0) +
                        R"({"step": 3, "loss_g": null, "fid": 41.5, "kid": {"mean": 0.02, "std": 0.001}, )"
                        R"("note": "x", "ema": true, "hist": [1, 2], "lr": 2e-4})" "\n");
    records = history.poll();
    QCOMPARE(records.size(), size_t(2));
    QCOMPARE(records[0].step, int64_t(2));
    QCOMPARE(records[1].step, int64_t(3));
    const std::map<std::string, double> expected{{"fid", 41.5}, {"kid.mean", 0.02}, {"kid.std", 0.001}, {"lr", 2e-4}};
    QCOMPARE(records[1].values, expected);
    QCOMPARE(history.malformedLineCount(), 0);
    QCOMPARE(history.linesRead(), int64_t(3));
}

void TestRunHistory::halfWrittenLineWaitsForItsEnd()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    const QString metrics = folder + QStringLiteral("/metrics.jsonl");
    RunHistory history;
    QVERIFY(history.open(str(folder)));
    append(metrics, line(1, 1.0) + R"({"step": 2, "loss)");
    auto records = history.poll();
    QCOMPARE(records.size(), size_t(1));
    QVERIFY(history.poll().empty());  // still half written
    QCOMPARE(history.malformedLineCount(), 0);
    append(metrics, R"(_g": 0.75, "loss_d": 0.25})");
    QVERIFY(history.poll().empty());  // complete JSON, but its newline is not there yet
    append(metrics, "\n" + line(3, 0.5));
    records = history.poll();
    QCOMPARE(records.size(), size_t(2));
    QCOMPARE(records[0].step, int64_t(2));
    QCOMPARE(records[0].values.at("loss_g"), 0.75);
    QCOMPARE(records[0].values.at("loss_d"), 0.25);
    QCOMPARE(records[1].step, int64_t(3));
    QCOMPARE(history.malformedLineCount(), 0);
}

void TestRunHistory::malformedLinesAreSkippedAndCounted()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    const QString metrics = folder + QStringLiteral("/metrics.jsonl");
    RunHistory history;
    QVERIFY(history.open(str(folder)));
    append(metrics, line(1, 1.0) + "garbage\n" + "\n" + "[1, 2]\n" + R"({"loss_g": 1})" "\n" +
                        R"({"step": "four"})" "\n" + line(5, 0.5) + "{\"step\": 6, \"loss_g\": 0.4}\r\n");
    const auto records = history.poll();
    QCOMPARE(records.size(), size_t(3));
    QCOMPARE(records[0].step, int64_t(1));
    QCOMPARE(records[1].step, int64_t(5));
    QCOMPARE(records[2].step, int64_t(6));  // a Windows line end is no error
    QCOMPARE(history.malformedLineCount(), 4);  // the blank line is not counted
    QCOMPARE(history.firstMalformedLine(), int64_t(2));
    QCOMPARE(history.linesRead(), int64_t(8));
}

void TestRunHistory::missingAndDeletedFiles()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    const QString metrics = folder + QStringLiteral("/metrics.jsonl");
    QVERIFY(QFile::remove(metrics));
    RunHistory history;
    QVERIFY(history.open(str(folder)));  // a run just starting may have no metrics.jsonl yet
    QVERIFY(history.poll().empty());
    QVERIFY(history.problem().empty());

    writeFile(metrics, line(1, 1.0) + line(2, 0.9) + line(3, 0.8));
    QCOMPARE(history.poll().size(), size_t(3));

    QVERIFY(QFile::remove(metrics));
    QVERIFY(history.poll().empty());
    QVERIFY2(QString::fromStdString(history.problem()).contains(QStringLiteral("deleted")), history.problem().c_str());

    // Back, but shorter: the file was replaced, so it is read again from its first line.
    writeFile(metrics, line(1, 2.0));
    const auto records = history.poll();
    QVERIFY(history.problem().empty());
    QVERIFY(history.rewound());
    QCOMPARE(records.size(), size_t(1));
    QCOMPARE(records[0].values.at("loss_g"), 2.0);
    append(metrics, line(2, 1.5));
    QCOMPARE(history.poll().size(), size_t(1));
    QVERIFY(!history.rewound());

    // The whole folder goes away.
    QVERIFY(QDir(folder).removeRecursively());
    QVERIFY(history.poll().empty());
    QVERIFY2(QString::fromStdString(history.problem()).contains(QStringLiteral("no longer there")),
             history.problem().c_str());
}

void TestRunHistory::samplesAndSummary()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    const QString metrics = folder + QStringLiteral("/metrics.jsonl");
    for (const char* name : {"step_0000010.png", "step_0000005.png", "step_0000015.png.tmp", "notes.txt"})
        writeFile(folder + QStringLiteral("/samples/") + QLatin1String(name), "png");
    RunHistory history;
    QVERIFY(history.open(str(folder)));
    append(metrics, line(1, 1.0) + R"({"step": 2, "loss_g": 0.5})");  // last line without its newline
    QCOMPARE(history.poll().size(), size_t(1));
    QVERIFY(!history.finished());
    QCOMPARE(history.sampleGrids().size(), size_t(2));  // a .tmp grid is still being written
    QCOMPARE(history.sampleGrids()[0].step, int64_t(5));
    QCOMPARE(history.sampleGrids()[1].step, int64_t(10));
    QVERIFY(QString::fromStdString(history.sampleGrids()[1].path).endsWith(QStringLiteral("samples/step_0000010.png")));

    // The run ends: the line without a newline is all there will be, so it is read.
    QVERIFY(QFile::rename(folder + QStringLiteral("/samples/step_0000015.png.tmp"),
                          folder + QStringLiteral("/samples/step_0000015.png")));
    writeFile(folder + QStringLiteral("/summary.json"), R"({"steps": 2, "stopped": true, "seconds": 3.5})");
    const auto records = history.poll();
    QCOMPARE(records.size(), size_t(1));
    QCOMPARE(records[0].step, int64_t(2));
    QVERIFY(history.finished());
    QVERIFY(history.outcome().stopped);
    QCOMPARE(history.outcome().steps, int64_t(2));
    QCOMPARE(history.sampleGrids().size(), size_t(3));
    QCOMPARE(history.sampleGrids().back().step, int64_t(15));
}

void TestRunHistory::largeFileIsReadInParts()
{
    QTemporaryDir dir;
    const QString folder = makeRun(dir);
    QByteArray content;
    for (int step = 1; step <= 500; ++step)
        content += line(step, 1.0 / step);
    writeFile(folder + QStringLiteral("/metrics.jsonl"), content);
    RunHistory history;
    history.setMaxBytesPerPoll(4096);
    QVERIFY(history.open(str(folder)));
    QCOMPARE(history.maxBytesPerPoll(), size_t(4096));
    std::vector<MetricRecord> all;
    int polls = 0;
    do {
        auto records = history.poll();
        all.insert(all.end(), records.begin(), records.end());
        ++polls;
    } while (history.moreToRead() && polls < 1000);
    QVERIFY(polls > 1);
    QCOMPARE(all.size(), size_t(500));
    for (size_t i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].step, int64_t(i + 1));
    QCOMPARE(history.malformedLineCount(), 0);
}

void TestRunHistory::readsWhatTheWriterWrites()
{
    QTemporaryDir dir;
    const std::string folder = str(dir.filePath(QStringLiteral("written")));
    RunFolderWriter writer(folder);
    Experiment experiment;
    experiment.name = "written";
    experiment.steps = 3;
    writer.writeStart(experiment, {{"device", "cpu"}});
    RunHistory history;
    QVERIFY2(history.open(folder), history.errorMessage().c_str());
    QCOMPARE(history.description().name, std::string("written"));
    QCOMPARE(history.description().device, std::string("cpu"));
    for (int step = 1; step <= 3; ++step) {
        StepReport report;
        report.step = step;
        report.totalSteps = 3;
        report.generatorLoss = 1.0 / step;
        report.discriminatorLoss = 0.5;
        report.dReal = 0.75;
        report.dFake = 0.25;
        report.values = {{"loss_g", 1.0 / step}, {"loss_d", 0.5}, {"d_real", 0.75}, {"d_fake", 0.25}};
        report.imagesPerSecond = 100.0 * step;
        writer.appendMetrics(report);
        const auto records = history.poll();
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records[0].step, int64_t(step));
        QCOMPARE(records[0].values.at("loss_g"), 1.0 / step);
        QCOMPARE(records[0].values.at("d_real"), 0.75);
        QCOMPARE(records[0].values.at("images_per_second"), 100.0 * step);
        QVERIFY(records[0].values.count("epoch") == 1);
    }
    RunSummary summary;
    summary.steps = 3;
    writer.writeSummary(summary);
    QVERIFY(history.poll().empty());
    QVERIFY(history.finished());
    QVERIFY(!history.outcome().stopped);
    QCOMPARE(history.malformedLineCount(), 0);
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_RunHistory.moc"
