// LossChart: points are kept, and redraws are coalesced to at most ~30 a second however fast
// points arrive.

#include "LossChart.h"

#include <QElapsedTimer>
#include <QtTest>

using medsynth::widgets::LossChart;

class TestLossChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addsPoints();
    void burstGivesOneReplot();
    void steadyStreamIsCapped();
    void clearEmpties();
};

void TestLossChart::addsPoints()
{
    LossChart chart;
    QCOMPARE(chart.pointCount(), 0);
    chart.addPoint(1, 0.7, 1.4);
    chart.addPoint(2, 0.8, 1.3);
    QCOMPARE(chart.pointCount(), 2);
    QVERIFY(chart.replotPending());
}

void TestLossChart::burstGivesOneReplot()
{
    LossChart chart;
    chart.show();
    const int before = chart.replotCount();
    for (int i = 1; i <= 2000; ++i)
        chart.addPoint(i, 1.0 + 0.001 * i, 1.0 - 0.0002 * i);
    QCOMPARE(chart.replotCount(), before);  // nothing drawn synchronously
    QTRY_COMPARE_WITH_TIMEOUT(chart.replotCount(), before + 1, 2000);
    QTest::qWait(200);
    QCOMPARE(chart.replotCount(), before + 1);  // and no idle redraws afterwards
    QCOMPARE(chart.pointCount(), 2000);
}

void TestLossChart::steadyStreamIsCapped()
{
    LossChart chart;
    chart.show();
    const int before = chart.replotCount();
    QElapsedTimer clock;
    clock.start();
    int step = 0;
    while (clock.elapsed() < 1000) {
        chart.addPoint(++step, 1.0, 1.0);
        QTest::qWait(1);
    }
    const int replots = chart.replotCount() - before;
    const double seconds = clock.elapsed() / 1000.0;
    QVERIFY2(replots >= 1, "the chart never redrew");
    QVERIFY2(replots <= LossChart::maxReplotsPerSecond() * seconds + 3,
             qPrintable(QStringLiteral("%1 replots in %2 s for %3 points").arg(replots).arg(seconds).arg(step)));
}

void TestLossChart::clearEmpties()
{
    LossChart chart;
    chart.addPoint(1, 1, 1);
    chart.clear();
    QCOMPARE(chart.pointCount(), 0);
    QVERIFY(!chart.replotPending());
}

QTEST_MAIN(TestLossChart)
#include "tst_LossChart.moc"
