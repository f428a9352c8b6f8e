// LiveCharts: each recipe's values land in the chart of their kind, made when they first arrive;
// evaluations are titled with the features they use; a new run starts from an empty losses chart.

#include "LiveCharts.h"
#include "MetricChart.h"

#include <QtTest>

using namespace medsynth;

class TestLiveCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsValuesByKind()
    {
        gui::LiveCharts charts;
        QCOMPARE(charts.groups(), QStringList{"losses"});
        for (int step = 1; step <= 4; ++step) {
            engine::StepReport vae;
            vae.step = step;
            vae.imagesPerSecond = 50;
            vae.values = {{"loss", 3.0}, {"reconstruction", 2.5}, {"kl", 0.5}, {"kl_weight", 1.0}, {"lr_encoder", 1e-3}};
            charts.addStep(vae);
        }
        QCOMPARE(charts.groups(), (QStringList{"losses", "learning_rate", "speed"}));  // kl_weight is bookkeeping
        QCOMPARE(charts.lossChart()->seriesCount(), 3);
        QVERIFY(charts.lossChart()->seriesIndex(QStringLiteral("KL divergence")) >= 0);
        QCOMPARE(charts.lossChart()->pointCount(), 12);

        engine::StepReport classifier;
        classifier.step = 5;
        classifier.values = {{"loss", 0.7}, {"accuracy", 0.8}, {"val_accuracy", 0.6}};
        charts.addStep(classifier);
        QVERIFY(charts.chart(QStringLiteral("scores")));
        QCOMPARE(charts.chart(QStringLiteral("scores"))->seriesCount(), 2);

        engine::EvaluationReport evaluation;
        evaluation.step = 5;
        evaluation.values = {{"fid", 180.0}, {"kid_mean", 0.05}, {"kid_std", 0.01}, {"diversity", 3.5},
                             {"evaluation_interval", 100}, {"evaluation_seconds", 0.4}};
        evaluation.featureLabel = "built-in features (medsynth-v1)";
        charts.addEvaluation(evaluation);
        QCOMPARE(charts.chart(QStringLiteral("fid"))->title(), QStringLiteral("FID: built-in features (medsynth-v1)"));
        QVERIFY(!charts.chart(QStringLiteral("fid"))->title().contains(QStringLiteral("Inception")));
        QCOMPARE(charts.chart(QStringLiteral("kid"))->seriesCount(), 2);
        QVERIFY(charts.chart(QStringLiteral("diversity")));
        QCOMPARE(charts.lossChart()->seriesCount(), 3);  // bookkeeping never lands among the losses

        charts.clear();
        QCOMPARE(charts.groups(), QStringList{"losses"});
        QCOMPARE(charts.lossChart()->pointCount(), 0);
    }
};

QTEST_MAIN(TestLiveCharts)
#include "tst_LiveCharts.moc"
