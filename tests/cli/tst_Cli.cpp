// medsynth-cli as a user runs it: help on every command, a training run that writes its folder
// and ends with one JSON line, phantoms, validate's exit codes, and clear usage errors.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result cli(const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(QStringLiteral(MEDSYNTH_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class CliTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCommandHasHelp()
    {
        for (const QString& command : {"train", "phantoms", "validate", "templates"}) {
            const Result r = cli({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: medsynth-cli " + command), qPrintable(r.out));
        }
        const Result r = cli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("train") && r.out.contains("phantoms"));
        QCOMPARE(cli({"frobnicate"}).exitCode, 2);
    }

    void trainWritesARunFolderAndEndsWithJson()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath("run");
        const Result r = cli({"train", "--template", "dcgan", "--data", "phantom:brain", "--image-size", "32",
                              "--batch", "4", "--steps", "4", "--threads", "2", "--seed", "3", "--max-images", "16",
                              "--out", run});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("step 4/4"));
        const QString last = r.out.trimmed().split('\n').last();
        const QJsonObject result = QJsonDocument::fromJson(last.toUtf8()).object();
        QVERIFY2(result["images_per_second"].toDouble() > 0, qPrintable(last));
        QCOMPARE(result["steps"].toInt(), 4);
        QCOMPARE(result["threads"].toInt(), 2);
        for (const char* file : {"experiment.json", "environment.json", "metrics.jsonl", "summary.json"})
            QVERIFY2(QFile::exists(run + "/" + file), file);
        QVERIFY(!QDir(run + "/samples").entryList({"*.png"}).isEmpty());
    }

    void trainsOnAFolderOfImages()
    {
        QTemporaryDir dir;
        const Result made = cli({"phantoms", "--out", dir.filePath("data"), "--count", "8", "--size", "40",
                                 "--format", "dicom"});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(QDir(dir.filePath("data")).entryList({"*.dcm"}).size(), 8);
        const Result r = cli({"train", "--data", dir.filePath("data"), "--image-size", "32", "--batch", "4",
                              "--steps", "2", "--threads", "2", "--out", dir.filePath("run"), "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile experiment(dir.filePath("run/experiment.json"));
        QVERIFY(experiment.open(QIODevice::ReadOnly));
        const QByteArray text = experiment.readAll();
        QVERIFY(text.contains("\"kind\": \"folder\""));
        QVERIFY2(!text.contains(dir.path().toUtf8()), "the data folder's path leaked into experiment.json");
    }

    void clearErrorsForBadInput()
    {
        Result r = cli({"train", "--batch", "many"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--batch must be a whole number"));
        r = cli({"train", "--image-size", "48", "--steps", "1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("32, 64, 128"), qPrintable(r.err));
        r = cli({"train", "--data", "/nonexistent/folder", "--steps", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        r = cli({"train", "--colour"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Unknown option --colour"));
        r = cli({"phantoms"});
        QCOMPARE(r.exitCode, 2);
    }

    void validateExitCodes()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath("good.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(R"({"format":"medsynth.graph","version":1,"networks":[{"name":"D","role":"discriminator",
          "nodes":[{"id":"x","type":"ImageInput","params":{"channels":1,"height":8,"width":8}},
                   {"id":"c","type":"Conv2d","params":{"out_channels":1}},{"id":"o","type":"Output"}],
          "edges":[{"from":"x.out","to":"c.in"},{"from":"c.out","to":"o.in"}]}]})");
        good.close();
        Result r = cli({"validate", good.fileName()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("1x4x4"));  // a map of patch scores

        // The same network against a dataset of 16x16 images breaks the discriminator's contract.
        r = cli({"validate", good.fileName(), "--channels", "1", "--image-size", "16"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Discriminator input 'x' takes 1x8x8 but the dataset's images are 1x16x16"),
                 qPrintable(r.out));

        QFile bad(dir.filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format":"medsynth.graph","version":1,"networks":[{"name":"D","role":"discriminator",
          "nodes":[{"id":"x","type":"ImageInput","params":{"channels":1,"height":2,"width":2}},
                   {"id":"c","type":"Conv2d","params":{"out_channels":4,"kernel_size":5,"padding":0}},{"id":"o","type":"Output"}],
          "edges":[{"from":"x.out","to":"c.in"},{"from":"c.out","to":"o.in"}]}]})");
        bad.close();
        r = cli({"validate", bad.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("'c'"));
        QCOMPARE(cli({"validate", dir.filePath("missing.json")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_Cli.moc"
