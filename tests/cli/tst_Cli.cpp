// medsynth-cli as a user runs it: help on every command, a training run that writes its folder
// and ends with one JSON line, phantoms, validate's exit codes, and clear usage errors.

#include "NiftiFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

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

// The step records of metrics.jsonl (evaluation and diagnostic lines left out).
QList<QJsonObject> metricRecords(const QString& runFolder)
{
    QFile file(runFolder + "/metrics.jsonl");
    QList<QJsonObject> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (!record.contains("diagnostic") && !record.contains("fid") && !record.contains("psnr"))
            out.append(record);
    }
    return out;
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

    void trainEvaluatesFidAndKid()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath("run"), cache = dir.filePath("cache");
        const Result r = cli({"train", "--template", "dcgan", "--image-size", "32", "--batch", "4", "--steps", "4",
                              "--threads", "1", "--max-images", "16", "--evaluate-every", "2", "--extractor", "builtin",
                              "--evaluation-cache", cache, "--out", run});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("evaluation at step 2 (built-in features (medsynth-v1))"));
        const QJsonObject result = QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        QVERIFY2(result["fid"].toDouble() > 0, qPrintable(r.out));
        QVERIFY(result.contains("kid_mean") && result.contains("kid_std"));
        QCOMPARE(result["evaluation_step"].toInt(), 4);
        QCOMPARE(result["feature_label"].toString(), QString("built-in features (medsynth-v1)"));
        QCOMPARE(QDir(cache).entryList({"*.features"}, QDir::Files).size(), 1);
        const Result missing = cli({"train", "--image-size", "32", "--batch", "4", "--steps", "2", "--evaluate-every",
                                    "1", "--extractor", dir.filePath("none.pt"), "--out", dir.filePath("run2"), "--quiet"});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains("none.pt"), qPrintable(missing.err));
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

    void trainPreparesTheDataAsAskedAndKeepsItInTheExperiment()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data"), cache = dir.filePath("cache");
        QCOMPARE(cli({"phantoms", "--out", data, "--count", "8", "--size", "40", "--format", "dicom"}).exitCode, 0);
        const QStringList common = {"train", "--data", data, "--image-size", "32", "--batch", "4", "--steps", "2",
                                    "--threads", "1", "--evaluate-every", "0", "--dataset-cache", cache,
                                    "--window", "percentile", "--percentiles", "2,98", "--fit", "pad",
                                    "--augment", "flip,rotate=10,shift=0.05,intensity=0.1", "--split", "0.6,0.2,0.2",
                                    "--split-seed", "4"};
        Result r = cli(common + QStringList{"--out", dir.filePath("run1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Split by patient (seed 4): 8 training, 0 validation and 0 test images."), qPrintable(r.out));
        QVERIFY(!r.out.contains("from the cache"));
        QFile file(dir.filePath("run1/experiment.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject experiment = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject prep = experiment["preprocessing"].toObject();
        QCOMPARE(prep["window"].toString(), QString("percentile"));
        QCOMPARE(prep["percentiles"].toArray(), QJsonArray({2.0, 98.0}));
        QCOMPARE(prep["fit"].toString(), QString("pad"));
        const QJsonObject split = prep["split"].toObject();
        QVERIFY(split["enabled"].toBool());
        QCOMPARE(split["train"].toDouble(), 0.6);
        QCOMPARE(split["seed"].toInt(), 4);
        const QJsonObject augmentation = experiment["augmentation"].toObject();
        QVERIFY(augmentation["flip"].toBool());
        QCOMPARE(augmentation["rotation_degrees"].toDouble(), 10.0);
        QCOMPARE(augmentation["shift_fraction"].toDouble(), 0.05);
        QCOMPARE(augmentation["intensity_jitter"].toDouble(), 0.1);
        QCOMPARE(experiment["dataset"].toObject()["split_images"].toObject()["train"].toInt(), 8);

        // The second run on the same folder and options reads the prepared set from the cache.
        r = cli(common + QStringList{"--out", dir.filePath("run2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Data: 8 images of 1x32x32 (prepared, from the cache) in "), qPrintable(r.out));
        QCOMPARE(QDir(cache).entryList({"prepared-*.bin"}, QDir::Files).size(), 1);
        // No cache: decoded again, nothing written.
        r = cli({"train", "--data", data, "--image-size", "32", "--batch", "4", "--steps", "1", "--evaluate-every", "0",
                 "--dataset-cache", "none", "--out", dir.filePath("run3")});
        QVERIFY2(r.exitCode == 0 && !r.out.contains("from the cache"), qPrintable(r.err));
        // A resumed run keeps its preparation; flags that would change it are refused.
        r = cli({"train", "--resume", dir.filePath("run1"), "--data", data, "--fit", "crop"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--fit"), qPrintable(r.err));
    }

    void dataPreparationFlagsSayWhatTheyTake()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(cli({"phantoms", "--out", data, "--count", "4", "--size", "32", "--format", "dicom"}).exitCode, 0);
        const QStringList base = {"train", "--data", data, "--steps", "1", "--batch", "2", "--image-size", "32",
                                  "--out", dir.filePath("run")};
        Result r = cli(base + QStringList{"--augment", "flip,spin=3"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'spin=3' is not one of them"), qPrintable(r.err));
        r = cli(base + QStringList{"--augment", "rotate=90"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rotate takes a number from 0 to 45"), qPrintable(r.err));
        r = cli(base + QStringList{"--window", "ct-kidney"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ct-soft-tissue") && r.err.contains("percentile"), qPrintable(r.err));
        r = cli(base + QStringList{"--fit", "stretch"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("crop") && r.err.contains("pad"), qPrintable(r.err));
        r = cli(base + QStringList{"--split", "0.8,0.2"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("0.8,0.1,0.1"), qPrintable(r.err));
        // The phantom folder is MR: a CT preset fits none of it, which the run says before training.
        r = cli(base + QStringList{"--window", "ct-lung", "--dataset-cache", "none"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("none of the 4 images is CT (MR 4)"), qPrintable(r.err));
        QVERIFY(cli({"train", "--help"}).out.contains("--augment LIST"));
    }

    void datasetScanSummarisesAFolder()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(cli({"phantoms", "--out", data, "--count", "6", "--size", "32"}).exitCode, 0);
        QFile(data + "/broken.dcm").open(QIODevice::WriteOnly);  // empty: skipped with a reason
        Result r = cli({"dataset", "scan", data, "--json", "--labels", data + "/labels.csv", "--split", "0.5,0.5,0",
                        "--seed", "4"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject scan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(scan["indexed"].toInt(), 6);
        QCOMPARE(scan["patients"].toInt(), 1);
        QCOMPARE(scan["formats"].toObject()["dicom"].toInt(), 6);
        QCOMPARE(scan["series"].toArray().size(), 1);
        QCOMPARE(scan["series"].toArray()[0].toObject()["key"].toString(), QString("Series 1"));
        QCOMPARE(scan["series"].toArray()[0].toObject()["order"].toString(), QString("position"));
        int labelled = 0;
        for (const QJsonValue n : scan["classes"].toObject()) labelled += n.toInt();
        QCOMPARE(labelled, 6);
        QCOMPARE(scan["splits"].toObject()["test"].toInt(), 0);  // one patient: all in one split
        bool brokenReported = false;
        for (const QJsonValue s : scan["skipped"].toArray())
            brokenReported = brokenReported || (s.toObject()["path"] == "broken.dcm" && s.toObject()["reason"].toString().contains("empty"));
        QVERIFY2(brokenReported, qPrintable(r.out));
        QVERIFY(!r.out.contains("PHANTOM"));  // the patient's name and ID stay in the index

        // A file name that is not UTF-8 (a Latin-1 name from an old PACS export) still gives
        // JSON, with the byte that is not UTF-8 replaced.
        std::ofstream(data.toStdString() + "/caf\xe9.dcm").flush();
        r = cli({"dataset", "scan", data, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError parsed;
        const QJsonObject latin = QJsonDocument::fromJson(r.out.toUtf8(), &parsed).object();
        QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(r.out));
        bool named = false;
        for (const QJsonValue skipped : latin["skipped"].toArray())
            named = named || skipped.toObject()["path"].toString() == QString::fromUtf8("caf\xef\xbf\xbd.dcm");
        QVERIFY2(named, qPrintable(r.out));
        QVERIFY(std::filesystem::remove(data.toStdString() + "/caf\xe9.dcm"));

        r = cli({"dataset", "scan", data});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("1 patients, 1 studies, 1 series") && r.out.contains("Series 1 (Patient 1, Study 1.1)"),
                 qPrintable(r.out));
        r = cli({"dataset", "scan", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: medsynth-cli dataset scan"));
        QCOMPARE(cli({"dataset", "scan", dir.filePath("missing")}).exitCode, 1);
        QCOMPARE(cli({"dataset", "scan", data, "--split", "0.5"}).exitCode, 2);
        QCOMPARE(cli({"dataset", "scan"}).exitCode, 2);
        QCOMPARE(cli({"dataset", "frobnicate", data}).exitCode, 2);
    }

    void inspectReportsEveryFile()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(cli({"phantoms", "--out", data, "--count", "2", "--size", "16"}).exitCode, 0);
        const QString dicom = data + "/phantom_0000.dcm";
        Result r = cli({"inspect", dicom, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files[0].toObject();
        QCOMPARE(file["path"].toString(), dicom);
        QCOMPARE(file["format"].toString(), QString("DICOM"));
        QCOMPARE(file["modality"].toString(), QString("MR"));
        QCOMPARE(file["photometric"].toString(), QString("MONOCHROME2"));
        QCOMPARE(file["rows"].toInt(), 16);
        QCOMPARE(file["columns"].toInt(), 16);
        QCOMPARE(file["samples_per_pixel"].toInt(), 1);
        QCOMPARE(file["bits_stored"].toInt(), 12);
        QCOMPARE(file["transfer_syntax"].toString(), QString("1.2.840.10008.1.2.1"));
        const QJsonArray frames = file["frames"].toArray();
        QCOMPARE(frames.size(), 1);
        const QJsonObject stats = frames[0].toObject();
        QVERIFY(stats["min"].toDouble() >= 0 && stats["max"].toDouble() <= 4095);  // stored 12-bit values, not [0, 1]
        QVERIFY(stats["max"].toDouble() > 255 && stats["mean"].toDouble() > stats["min"].toDouble());
        QVERIFY2(!r.out.contains("PHANTOM"), "the patient's name or ID reached the output");

        // One good, one empty, one folder, one missing: exit 1, an error for each bad one.
        QFile(dir.filePath("empty.dcm")).open(QIODevice::WriteOnly);
        QDir(dir.path()).mkdir("folder.dcm");
        r = cli({"inspect", dicom, dir.filePath("empty.dcm"), dir.filePath("folder.dcm"), dir.filePath("gone.png"), "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray mixed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(mixed.size(), 4);
        QVERIFY(mixed[0].toObject().contains("frames"));
        QVERIFY(mixed[1].toObject()["error"].toString().contains("empty"));
        QVERIFY(mixed[2].toObject()["error"].toString().contains("folder"));
        QVERIFY(mixed[3].toObject()["error"].toString().contains("not found"));
        QCOMPARE(mixed[3].toObject().size(), 2);  // path and error only

        r = cli({"inspect", dicom});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("DICOM MR") && r.out.contains("frame 1: min"), qPrintable(r.out));

        // A volume larger than the decode bound (512 x 512 x 2100 int16: 2.1 GB of values; a
        // sparse file) is inspected frame by frame, where it was refused.
        const QString big = dir.filePath("big.nii");
        {
            const QByteArray header = niftiInt16Header(512, 512, 2100);
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(header) == header.size());
            QVERIFY(file.resize(header.size() + qint64(512) * 512 * 2 * 2100));
        }
        r = cli({"inspect", big, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["frames"].toArray().size(), 2100);
        QFile::remove(big);
        QCOMPARE(cli({"inspect", "--help"}).exitCode, 0);
        QCOMPARE(cli({"inspect"}).exitCode, 2);
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

    void featuresThenFrechet()
    {
        for (const QString& command : {"frechet", "features"}) {
            const Result r = cli({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: medsynth-cli " + command), qPrintable(r.out));
        }
        QTemporaryDir dir;
        const QString a = dir.filePath("a.npy"), b = dir.filePath("b.npy");
        Result r = cli({"features", "--extractor", "builtin", "phantom:brain", "--max-images", "12", "--image-size", "64",
                        "--seed", "1", "--out", a});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject made = QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        QCOMPARE(made["count"].toInt(), 12);
        QCOMPARE(made["dimension"].toInt(), 480);
        QCOMPARE(made["extractor"].toString(), QString("built-in features (medsynth-v1)"));
        QFile file(a);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\x93NUMPY") && bytes.contains("'descr': '<f4'") && bytes.contains("'shape': (12, 480)"));
        QCOMPARE(bytes.size(), 128 + 12 * 480 * 4);
        r = cli({"features", "phantom:brain", "--max-images", "10", "--image-size", "64", "--seed", "2", "--out", b});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({"frechet", a, b, "--kid-subsets", "20", "--kid-subset-size", "8"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(result["fid"].isDouble() && result["fid"].toDouble() > 0, qPrintable(r.out));
        QVERIFY(result["kid_mean"].isDouble() && result["kid_std"].toDouble() > 0);
        r = cli({"frechet", a, a, "--kid-subsets", "0"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject same = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(qAbs(same["fid"].toDouble()) < 1e-6 * result["fid"].toDouble(), qPrintable(r.out));
        QVERIFY(!same.contains("kid_mean"));

        // A float64 matrix of another width: refused, in one line, naming both sizes.
        QFile other(dir.filePath("other.npy"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        QByteArray header = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }";
        header += QByteArray(128 - 10 - header.size() - 1, ' ') + "\n";
        other.write(QByteArray("\x93NUMPY\x01\x00", 8) + char(header.size()) + char(0) + header + QByteArray(48, '\0'));
        other.close();
        r = cli({"frechet", a, other.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("differ in dimension: 480") && r.err.contains("other.npy") && r.err.trimmed().count('\n') == 0,
                 qPrintable(r.err));
        r = cli({"frechet", a, dir.filePath("missing.npy")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.npy: cannot open"), qPrintable(r.err));
        QFile text(dir.filePath("text.npy"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not numpy");
        text.close();
        r = cli({"frechet", text.fileName(), a});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad magic"), qPrintable(r.err));
        QCOMPARE(cli({"frechet", a}).exitCode, 2);
        QCOMPARE(cli({"frechet", a, b, "--kid-subsets", "x"}).exitCode, 2);
        QCOMPARE(cli({"features", "phantom:brain"}).exitCode, 2);
        r = cli({"features", "--extractor", dir.filePath("none.pt"), "phantom:brain", "--out", dir.filePath("c.npy")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot open"), qPrintable(r.err));
    }

    // kill -9 in the middle of a run, then --resume: the run completes, metrics.jsonl has every
    // step once, and every loss equals the uninterrupted run's (same seed, one thread).
    void killedRunResumesWithTheSameCurves()
    {
        QTemporaryDir dir;
        const QStringList common = {"train", "--template", "dcgan", "--image-size", "32", "--batch", "4",
                                    "--steps", "40", "--threads", "1", "--seed", "3", "--max-images", "16",
                                    "--checkpoint-every", "2", "--quiet"};
        const Result whole = cli(common + QStringList{"--out", dir.filePath("whole")});
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));

        const QString run = dir.filePath("killed");
        QProcess p;
        p.start(QStringLiteral(MEDSYNTH_CLI_PATH), common + QStringList{"--out", run});
        QVERIFY(p.waitForStarted());
        while (!QFile::exists(run + "/checkpoints/latest.pt") && p.state() != QProcess::NotRunning)
            p.waitForFinished(5);
        QVERIFY2(p.state() == QProcess::Running, "the run ended before it could be killed");
        p.kill();  // SIGKILL
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(metricRecords(run).size() < 40);

        const Result resumed = cli({"train", "--resume", run, "--quiet"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QList<QJsonObject> expected = metricRecords(dir.filePath("whole"));
        const QList<QJsonObject> records = metricRecords(run);
        QCOMPARE(records.size(), 40);
        QCOMPARE(expected.size(), 40);
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i]["step"].toInt(), i + 1);
            for (const char* loss : {"loss_g", "loss_d", "d_real", "d_fake"})  // exactly equal, not fuzzily
                QVERIFY2(records[i][loss].toDouble() == expected[i][loss].toDouble(),
                         qPrintable(QString("%1 at step %2").arg(loss).arg(i + 1)));
        }

        const Result none = cli({"train", "--resume", dir.filePath("whole/samples")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("has no checkpoint"), qPrintable(none.err));
        const Result withSettings = cli({"train", "--resume", run, "--steps", "50"});
        QCOMPARE(withSettings.exitCode, 2);
        QVERIFY2(withSettings.err.contains("--fork"), qPrintable(withSettings.err));
    }

    // A run's experiment.json trains again on the same data: its phantoms' count, not the default
    // 2048, so the second run repeats the first bit for bit. A folder it records must be given.
    void experimentFileTrainsOnItsOwnData()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath("first"), second = dir.filePath("second");
        Result r = cli({"train", "--template", "dcgan", "--image-size", "32", "--batch", "4", "--steps", "3",
                        "--threads", "1", "--seed", "5", "--max-images", "16", "--evaluate-every", "0",
                        "--out", first, "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({"train", first + "/experiment.json", "--out", second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Data: 16 images of 1x32x32"), qPrintable(r.out));
        const QList<QJsonObject> expected = metricRecords(first), records = metricRecords(second);
        QCOMPARE(records.size(), 3);
        QCOMPARE(expected.size(), 3);
        for (int i = 0; i < records.size(); ++i)
            for (const char* loss : {"loss_g", "loss_d", "d_real", "d_fake"})  // exactly equal, not fuzzily
                QVERIFY2(records[i][loss].toDouble() == expected[i][loss].toDouble(),
                         qPrintable(QString("%1 at step %2").arg(loss).arg(i + 1)));
        // --max-images still chooses.
        r = cli({"train", first + "/experiment.json", "--max-images", "8", "--steps", "1", "--out",
                 dir.filePath("eight")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Data: 8 images of 1x32x32"), qPrintable(r.out + r.err));

        const QString data = dir.filePath("data");
        QCOMPARE(cli({"phantoms", "--out", data, "--count", "8", "--size", "40", "--format", "png"}).exitCode, 0);
        r = cli({"train", "--data", data, "--image-size", "32", "--batch", "4", "--steps", "1", "--threads", "1",
                 "--evaluate-every", "0", "--dataset-cache", "none", "--out", dir.filePath("folder"), "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({"train", dir.filePath("folder/experiment.json"), "--out", dir.filePath("folder2"), "--quiet"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--data"), qPrintable(r.err));
    }

    void forkContinuesAnyCheckpointInANewFolder()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath("source");
        const Result first = cli({"train", "--image-size", "32", "--batch", "4", "--steps", "4", "--threads", "1",
                                  "--max-images", "8", "--out", source, "--quiet", "--precision", "bf16",
                                  "--device", "cpu"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QFile environment(source + "/environment.json");
        QVERIFY(environment.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(environment.readAll()).object()["precision"].toString(), QString("fp32"));
        const Result fork = cli({"train", "--fork", source + "/checkpoints/latest.pt", "--steps", "6", "--lr",
                                 "0.001", "--out", dir.filePath("fork"), "--quiet"});
        QVERIFY2(fork.exitCode == 0, qPrintable(fork.err));
        const QList<QJsonObject> records = metricRecords(dir.filePath("fork"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.front()["step"].toInt(), 5);
        QCOMPARE(records.front()["lr_generator"].toDouble(), 0.001);
        QCOMPARE(cli({"train", "--fork", source + "/checkpoints/latest.pt", "--quiet"}).exitCode, 2);  // no --out
    }

    // A fork is a new run: with --data it trains on the folder given, its own prepared otherwise
    // (--fit pad) or another one with fewer images, and records that data; a resume still
    // refuses other images.
    void forkTrainsOnTheDataGiven()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data"), other = dir.filePath("other");
        QCOMPARE(cli({"phantoms", "--out", data, "--count", "12", "--size", "40", "--format", "png"}).exitCode, 0);
        QCOMPARE(cli({"phantoms", "--out", other, "--count", "6", "--size", "40", "--format", "png", "--seed", "3"}).exitCode,
                 0);
        const QString source = dir.filePath("source");
        const QStringList common = {"--image-size", "32", "--batch", "4", "--threads", "1", "--evaluate-every", "0",
                                    "--dataset-cache", "none", "--quiet"};
        Result r = cli(QStringList{"train", "--data", data, "--steps", "3", "--checkpoint-every", "1", "--out", source} + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString checkpoint = source + "/checkpoints/latest.pt";
        r = cli(QStringList{"train", "--fork", checkpoint, "--data", data, "--fit", "pad", "--steps", "5", "--out",
                            dir.filePath("padded")} + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile experiment(dir.filePath("padded/experiment.json"));
        QVERIFY(experiment.open(QIODevice::ReadOnly));
        const QJsonObject e = QJsonDocument::fromJson(experiment.readAll()).object();
        QCOMPARE(e["preprocessing"].toObject()["fit"].toString(), QString("pad"));
        QCOMPARE(metricRecords(dir.filePath("padded")).size(), 2);
        r = cli(QStringList{"train", "--fork", checkpoint, "--data", other, "--split", "none", "--steps", "5", "--out",
                            dir.filePath("moved")} + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile moved(dir.filePath("moved/experiment.json"));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(moved.readAll()).object()["dataset"].toObject()["image_count"].toInt(), 6);
        r = cli(QStringList{"train", "--resume", source, "--data", other, "--dataset-cache", "none", "--quiet"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not the ones this run was trained on"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_Cli.moc"
