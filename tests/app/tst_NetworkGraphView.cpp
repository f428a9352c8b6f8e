// NetworkGraphView: draws a box per node and labels every edge with its inferred shape.

#include "NetworkGraphView.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <QtTest>

using namespace medsynth;

class TestNetworkGraphView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void drawsTemplateNetworks();
    void clearEmpties();
};

void TestNetworkGraphView::drawsTemplateNetworks()
{
    const auto templates = engine::listTemplates();
    QVERIFY(!templates.empty());
    const engine::GraphDocument document = engine::instantiateTemplate("dcgan", 1, 64);
    QVERIFY(document.networks.size() >= 2);
    for (const auto& network : document.networks) {
        widgets::NetworkGraphView view;
        view.resize(600, 800);
        view.setNetwork(network);
        view.show();
        QCOMPARE(view.nodeBoxCount(), static_cast<int>(network.nodes.size()));
        QCOMPARE(view.edgeLabels().size(), static_cast<int>(network.edges.size()));
        QVERIFY(view.shapes().ok());
        for (const QString& label : view.edgeLabels())
            QVERIFY2(label != QLatin1String("?"), qPrintable(QString::fromStdString(network.name)));
        QVERIFY(!view.scene()->items().isEmpty());
    }
    // The generator's last edge carries the image shape.
    const engine::GraphNetwork* generator = document.findNetwork("generator");
    QVERIFY(generator);
    widgets::NetworkGraphView view;
    view.setNetwork(*generator);
    QVERIFY2(view.edgeLabels().contains(QStringLiteral("1x64x64")), qPrintable(view.edgeLabels().join(", ")));
}

void TestNetworkGraphView::clearEmpties()
{
    widgets::NetworkGraphView view;
    view.setNetwork(engine::instantiateTemplate("dcgan", 1, 32).networks.front());
    view.clearNetwork();
    QCOMPARE(view.nodeBoxCount(), 0);
    QVERIFY(view.scene()->items().isEmpty());
}

QTEST_MAIN(TestNetworkGraphView)
#include "tst_NetworkGraphView.moc"
