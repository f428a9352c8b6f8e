// GraphDocument: JSON round trip, and each refusal names what is wrong.

#include "medsynth/engine/GraphDocument.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace medsynth::engine;
using nlohmann::json;

class GraphDocumentTest : public QObject {
    Q_OBJECT

    static json tinyGraph()
    {
        return json::parse(R"({
          "format": "medsynth.graph", "version": 1, "name": "tiny",
          "networks": [{"name": "Generator", "role": "generator",
            "nodes": [{"id": "z", "type": "LatentInput", "params": {"size": 8}, "position": [10, 20]},
                      {"id": "r", "type": "Reshape", "params": {"shape": [8, 1, 1]}},
                      {"id": "up", "type": "ConvTranspose2d",
                       "params": {"out_channels": 1, "kernel_size": 4, "stride": 1, "padding": 0}},
                      {"id": "out", "type": "Output"}],
            "edges": [{"from": "z.out", "to": "r.in"}, {"from": "r.out", "to": "up.in"},
                      {"from": "up.out", "to": "out.in"}]}]})");
    }

    static QString refusal(const json& j)
    {
        try {
            graphFromJson(j);
        } catch (const GraphError& e) {
            return QString::fromStdString(e.what());
        }
        return {};
    }

private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        const GraphDocument first = graphFromJson(tinyGraph());
        const json saved = graphToJson(first);
        const GraphDocument second = graphFromJson(saved);
        QCOMPARE(graphToJson(second), saved);
        QCOMPARE(second.networks.size(), size_t(1));
        QCOMPARE(second.networks[0].nodes.size(), size_t(4));
        QCOMPARE(second.networks[0].nodes[0].x, 10.0);
        QCOMPARE(second.networks[0].nodes[0].y, 20.0);
        QCOMPARE(second.networks[0].nodes[2].params["out_channels"].get<int>(), 1);
        QCOMPARE(second.networks[0].edges[1].from.node, std::string("r"));
        QCOMPARE(second.networks[0].edges[1].to.port, std::string("in"));
    }

    void templateRoundTripsThroughAFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("dcgan.json").toStdString();
        const GraphDocument dcgan = instantiateTemplate("dcgan", 1, 64);
        saveGraphFile(dcgan, path);
        QCOMPARE(graphToJson(loadGraphFile(path)), graphToJson(dcgan));
    }

    void refusesOtherFormatsAndVersions()
    {
        json j = tinyGraph();
        j["version"] = 99;
        QVERIFY(refusal(j).contains("version 99"));
        j = tinyGraph();
        j["format"] = "something.else";
        QVERIFY(refusal(j).contains("not a MedSynth graph"));
        QVERIFY(refusal(json::array()).contains("not a MedSynth graph"));
    }

    void refusesUnknownLayerTypeNamingTheNode()
    {
        json j = tinyGraph();
        j["networks"][0]["nodes"][2]["type"] = "Quantum2d";
        const QString message = refusal(j);
        QVERIFY2(message.contains("'up'") && message.contains("Quantum2d"), qPrintable(message));
    }

    void refusesDanglingEdges()
    {
        json j = tinyGraph();
        j["networks"][0]["edges"][2]["to"] = "ghost.in";
        QString message = refusal(j);
        QVERIFY2(message.contains("'ghost'") && message.contains("does not exist"), qPrintable(message));
        j = tinyGraph();
        j["networks"][0]["edges"][0]["from"] = "z.nowhere";
        message = refusal(j);
        QVERIFY2(message.contains("'z'") && message.contains("nowhere"), qPrintable(message));
    }

    void refusesCyclesNamingANode()
    {
        json j = tinyGraph();
        j["networks"][0]["nodes"].push_back({{"id", "act"}, {"type", "ReLU"}});
        j["networks"][0]["edges"][1] = {{"from", "act.out"}, {"to", "up.in"}};
        j["networks"][0]["edges"].push_back({{"from", "up.out"}, {"to", "act.in"}});
        j["networks"][0]["edges"][2] = {{"from", "r.out"}, {"to", "out.in"}};
        const QString message = refusal(j);
        QVERIFY2(message.contains("cycle") && (message.contains("'up'") || message.contains("'act'")),
                 qPrintable(message));
    }

    void refusesDuplicateIdsAndBadParameters()
    {
        json j = tinyGraph();
        j["networks"][0]["nodes"][1]["id"] = "z";
        QVERIFY(refusal(j).contains("appears twice"));
        j = tinyGraph();
        j["networks"][0]["nodes"][2]["params"]["stride"] = 0;
        QString message = refusal(j);
        QVERIFY2(message.contains("'up'") && message.contains("stride"), qPrintable(message));
        j = tinyGraph();
        j["networks"][0]["nodes"][2]["params"]["kernel_size"] = "four";
        message = refusal(j);
        QVERIFY2(message.contains("kernel_size") && message.contains("whole number"), qPrintable(message));
        j = tinyGraph();
        j["networks"][0]["nodes"][2]["params"]["colour"] = 3;
        QVERIFY(refusal(j).contains("no parameter 'colour'"));
    }

    void refusesAnInputConnectedTwice()
    {
        json j = tinyGraph();
        j["networks"][0]["edges"].push_back({{"from", "z.out"}, {"to", "out.in"}});
        QVERIFY(refusal(j).contains("connected twice"));
    }

    void unreadableFileSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        try {
            loadGraphFile(path.toStdString());
            QFAIL("a broken file was accepted");
        } catch (const GraphError& e) {
            QVERIFY(QString(e.what()).contains("not valid JSON"));
        }
        QVERIFY_THROWS_EXCEPTION(GraphError, loadGraphFile(dir.filePath("missing.json").toStdString()));
    }
};

QTEST_APPLESS_MAIN(GraphDocumentTest)
#include "tst_GraphDocument.moc"
