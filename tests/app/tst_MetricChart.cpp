// MetricChart: values are kept per series, redraws are coalesced to at most ~30 a second however
// fast values arrive, non-finite values are skipped, hover text gives each series' value at a
// step, a zoom stops the axes from following until reset, log scale switches the axis, and the
// PNG, PDF and CSV exports write what is on the chart.

#include "MetricChart.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using medsynth::widgets::MetricChart;

class TestMetricChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addsValuesPerSeries();
    void burstGivesOneReplot();
    void steadyStreamIsCapped();
    void clearEmpties();
    void hoverTextAndExports();
};

namespace {

// The generator and discriminator losses of a GAN run, as the Train page shows them.
void addLosses(MetricChart& chart)
{
    chart.addSeries(QStringLiteral("Generator loss"), Qt::blue);
    chart.addSeries(QStringLiteral("Discriminator loss"), Qt::red);
}

}  // namespace

void TestMetricChart::addsValuesPerSeries()
{
    MetricChart chart(QStringLiteral("Losses"), QStringLiteral("Loss"));
    addLosses(chart);
    QCOMPARE(chart.seriesCount(), 2);
    QCOMPARE(chart.seriesIndex(QStringLiteral("Discriminator loss")), 1);
    QCOMPARE(chart.seriesIndex(QStringLiteral("nope")), -1);
    QCOMPARE(chart.pointCount(), 0);
    chart.addValue(0, 1, 0.7);
    chart.addValue(1, 1, 1.4);
    chart.addValue(0, 2, std::numeric_limits<double>::quiet_NaN());  // skipped
    chart.addValue(5, 2, 1.0);                                       // no such series: skipped
    QCOMPARE(chart.pointCount(), 2);
    QVERIFY(chart.replotPending());
}

void TestMetricChart::burstGivesOneReplot()
{
    MetricChart chart(QStringLiteral("Losses"), QStringLiteral("Loss"));
    addLosses(chart);
    chart.show();
    const int before = chart.replotCount();
    for (int i = 1; i <= 2000; ++i) {
        chart.addValue(0, i, 1.0 + 0.001 * i);
        chart.addValue(1, i, 1.0 - 0.0002 * i);
    }
    QCOMPARE(chart.replotCount(), before);  // nothing drawn synchronously
    QTRY_COMPARE_WITH_TIMEOUT(chart.replotCount(), before + 1, 2000);
    QTest::qWait(200);
    QCOMPARE(chart.replotCount(), before + 1);  // and no idle redraws afterwards
    QCOMPARE(chart.pointCount(), 4000);
}

void TestMetricChart::steadyStreamIsCapped()
{
    MetricChart chart(QStringLiteral("Losses"), QStringLiteral("Loss"));
    addLosses(chart);
    chart.show();
    const int before = chart.replotCount();
    QElapsedTimer clock;
    clock.start();
    int step = 0;
    while (clock.elapsed() < 1000) {
        chart.addValue(0, ++step, 1.0);
        QTest::qWait(1);
    }
    const int replots = chart.replotCount() - before;
    const double seconds = clock.elapsed() / 1000.0;
    QVERIFY2(replots >= 1, "the chart never redrew");
    QVERIFY2(replots <= MetricChart::maxReplotsPerSecond() * seconds + 3,
             qPrintable(QStringLiteral("%1 replots in %2 s for %3 values").arg(replots).arg(seconds).arg(step)));
}

void TestMetricChart::clearEmpties()
{
    MetricChart chart(QStringLiteral("Losses"), QStringLiteral("Loss"));
    addLosses(chart);
    chart.addValue(0, 1, 1);
    chart.clear();
    QCOMPARE(chart.pointCount(), 0);
    QVERIFY(!chart.replotPending());
    QVERIFY(chart.valuesAt(10).isEmpty());
    QCOMPARE(chart.seriesCount(), 2);
}

void TestMetricChart::hoverTextAndExports()
{
    MetricChart chart(QStringLiteral("FID (built-in features)"), QStringLiteral("FID"));
    addLosses(chart);
    const int fid = chart.addSeries(QStringLiteral("FID"), Qt::darkGreen, false);
    chart.resize(600, 400);
    chart.show();
    for (int step = 1; step <= 100; ++step) {
        chart.addValue(0, step, 1.0 / step);
        chart.addValue(1, step, 2.0);
        if (step % 25 == 0)
            chart.addValue(fid, step, 400.0 / step);
    }
    QCOMPARE(chart.valuesAt(10.4), QStringLiteral("Step 10: Generator loss 0.1, Discriminator loss 2"));
    QCOMPARE(chart.valuesAt(60), QStringLiteral("Step 60: Generator loss 0.0166667, Discriminator loss 2, FID 8"));
    QVERIFY(chart.valuesAt(0.5).isEmpty());

    // Zooming with the wheel stops following; reset follows again. Log scale on and off.
    QVERIFY(chart.following());
    QWidget* plot = chart.findChild<QWidget*>();
    QVERIFY(plot);
    const QPoint centre = plot->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
    QVERIFY(!chart.following());
    chart.resetView();
    QVERIFY(chart.following());
    chart.setLogScale(true);
    QVERIFY(chart.logScale());
    chart.setLogScale(false);

    QTemporaryDir dir;
    QVERIFY(chart.savePng(dir.filePath("chart.png")));
    QVERIFY(chart.savePdf(dir.filePath("chart.pdf")));
    QVERIFY(chart.saveCsv(dir.filePath("chart.csv")));
    QImage png(dir.filePath("chart.png"));
    QCOMPARE(png.size(), QSize(1200, 700));
    QFile pdf(dir.filePath("chart.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile csv(dir.filePath("chart.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 101);
    QCOMPARE(lines[0], QStringLiteral("step,\"Generator loss\",\"Discriminator loss\",\"FID\""));
    QCOMPARE(lines[4], QStringLiteral("4,0.25,2,"));
    QCOMPARE(lines[25], QStringLiteral("25,0.04,2,16"));
    QVERIFY(!chart.saveCsv(QStringLiteral("/nonexistent/folder/chart.csv")));
}

QTEST_MAIN(TestMetricChart)
#include "tst_MetricChart.moc"
