// DatasetNoteText: the notes on a folder's preparation, shown when a run loads its data, in the
// user's language. In English they say exactly what the IO layer says to the CLI (so the
// particulars it hands over are the whole story); in German they are German and keep the numbers.
// Notes of every kind: some from a real load of a labelled folder, the rest built by hand.

#include "DatasetNoteText.h"

#include "medsynth/engine/PhantomGenerator.h"
#include "medsynth/io/PhantomWriter.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <fstream>
#include <set>

using namespace medsynth;
using Kind = io::DatasetNote::Kind;

class TestDatasetNoteText : public QObject {
    Q_OBJECT

    std::vector<io::DatasetNote> notes_;

private Q_SLOTS:
    void initTestCase()
    {
        // Three patients, a labels CSV that places them (none in validation) and names a file
        // that is not there.
        QTemporaryDir dir;
        engine::PhantomOptions phantom;
        phantom.size = 16;
        for (int i = 0; i < 3; ++i)
            io::writePhantomDicom(engine::generatePhantomSlice(i, phantom), i, static_cast<uint64_t>(i + 1),
                                  dir.filePath(QString("%1.dcm").arg(QChar('a' + i))).toStdString());
        std::ofstream(dir.filePath("labels.csv").toStdString())
            << "file,label,split\na.dcm,0,train\nb.dcm,1,test\nc.dcm,1,train\nmissing.dcm,1,train\n";
        engine::Experiment e;
        e.imageSize = 16;
        notes_ = io::loadDataset(dir.path().toStdString(), e).notes;
        std::set<Kind> kinds;
        for (const io::DatasetNote& note : notes_)
            kinds.insert(note.kind);
        QVERIFY(kinds == std::set<Kind>({Kind::SplitByPatient, Kind::NoValidationListed, Kind::LabelRowsUnused}));

        io::DatasetNote seeded;  // no rows: the seed alone
        seeded.seed = 12;
        seeded.train = 1200;
        notes_.push_back(seeded);
        io::DatasetNote fell;
        fell.kind = Kind::NoValidationFell;
        fell.groups = 2;
        notes_.push_back(fell);
        io::DatasetNote window;
        window.kind = Kind::WindowPartlyApplied;
        window.window = "ct-lung";
        window.applied = 40;
        window.otherModalities = {{"MR", 3}, {"PT", 1}};
        notes_.push_back(window);
        io::DatasetNote rows;
        rows.kind = Kind::LabelRowsUnused;
        rows.rows = io::DatasetNote::Rows::DataPage;
        rows.unusedRows = 9;
        rows.lines = {2, 3, 5, 7, 11};
        rows.moreLines = true;
        notes_.push_back(rows);
    }

    void englishSaysWhatTheCliSays()
    {
        QLocale::setDefault(QLocale::c());  // counts without digit grouping, as the CLI prints them
        for (const io::DatasetNote& note : notes_)
            QCOMPARE(gui::DatasetNoteText::text(note), QString::fromStdString(io::datasetNoteText(note)));
    }

    void germanIsGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(MEDSYNTH_QM_DIR "/medsynth_de.qm")));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German));
        for (const io::DatasetNote& note : notes_) {
            const QString worded = gui::DatasetNoteText::text(note);
            QVERIFY2(worded != QString::fromStdString(io::datasetNoteText(note)), qPrintable(worded));
            if (note.kind == Kind::SplitByPatient)
                QVERIFY2(worded.contains(QString::number(note.seed)), qPrintable(worded));
            if (note.kind == Kind::WindowPartlyApplied)
                QVERIFY2(worded.contains("ct-lung") && worded.contains("MR 3, PT 1"), qPrintable(worded));
            if (note.kind == Kind::LabelRowsUnused && note.moreLines)
                QVERIFY2(worded.contains("2, 3, 5, 7, 11, ..."), qPrintable(worded));
        }
        // German digit grouping, the seed as it is.
        QVERIFY2(gui::DatasetNoteText::text(notes_[3]).contains("1.200"), qPrintable(gui::DatasetNoteText::text(notes_[3])));
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestDatasetNoteText)
#include "tst_DatasetNoteText.moc"
