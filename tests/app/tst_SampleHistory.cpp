// SampleHistory: the newest grid shows while following; the slider replays an earlier grid and
// holds it while new grids arrive; the right end follows again; memory stays bounded while the
// whole run stays covered.

#include "SampleGridView.h"
#include "SampleHistory.h"

#include <QLabel>
#include <QSlider>
#include <QtTest>

using medsynth::widgets::SampleHistory;

namespace {

// A grid whose every pixel is its step (mod 256), so the shown grid can be identified.
QImage grid(int step)
{
    QImage image(8, 8, QImage::Format_Grayscale8);
    image.fill(step % 256);
    return image;
}

int shownStep(const SampleHistory& history) { return qGray(history.view()->image().pixel(0, 0)); }

}  // namespace

class TestSampleHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsReplaysAndFollowsAgain()
    {
        SampleHistory history;
        history.show();
        auto* slider = history.findChild<QSlider*>(QStringLiteral("sampleHistorySlider"));
        auto* label = history.findChild<QLabel*>(QStringLiteral("sampleHistoryLabel"));
        QVERIFY(slider && label);
        QVERIFY(!slider->isEnabled());
        for (int step = 10; step <= 50; step += 10)
            history.addGrid(step, grid(step));
        QCOMPARE(history.count(), 5);
        QVERIFY(history.following());
        QCOMPARE(shownStep(history), 50);
        QVERIFY(label->text().contains(QStringLiteral("live")));

        slider->setValue(1);  // the user drags back to step 20
        QVERIFY(!history.following());
        QCOMPARE(shownStep(history), 20);
        QCOMPARE(label->text(), QStringLiteral("Step 20 of 50"));
        history.addGrid(60, grid(60));
        QCOMPARE(shownStep(history), 20);  // held
        QCOMPARE(history.count(), 6);
        QCOMPARE(slider->maximum(), 5);

        slider->setValue(slider->maximum());
        QVERIFY(history.following());
        history.addGrid(70, grid(70));
        QCOMPARE(shownStep(history), 70);
        QCOMPARE(history.view()->updateCount() > 0, true);

        history.clear();
        QCOMPARE(history.count(), 0);
        QVERIFY(!history.view()->hasImage());
    }

    void staysBoundedAndCoversTheRun()
    {
        SampleHistory history;
        for (int step = 1; step <= 1000; ++step)
            history.addGrid(step, grid(step));
        QVERIFY(history.count() <= SampleHistory::maxGrids());
        QVERIFY(history.count() >= SampleHistory::maxGrids() / 2);
        QCOMPARE(history.stepAt(0), qint64(1));
        QCOMPARE(history.stepAt(history.count() - 1), qint64(1000));
        // Steps stay in order, and no long stretch of the run is missing.
        for (int i = 1; i < history.count(); ++i) {
            QVERIFY(history.stepAt(i) > history.stepAt(i - 1));
            QVERIFY2(history.stepAt(i) - history.stepAt(i - 1) <= 32, qPrintable(QString::number(history.stepAt(i))));
        }
    }
};

QTEST_MAIN(TestSampleHistory)
#include "tst_SampleHistory.moc"
