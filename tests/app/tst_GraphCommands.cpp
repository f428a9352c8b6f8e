// GraphModel and the designer's undo commands, without any view: a generator built by commands
// infers the right shapes; undo and redo of every command restore the exact document JSON; a
// drag and repeated edits of one parameter are one undo step each; refused edits leave stack and
// document untouched; paste gives fresh ids and internal edges only; signals name the right ids.

#include "GraphCommands.h"
#include "GraphLayout.h"
#include "GraphModel.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace medsynth;
using medsynth::widgets::AddNodeCommand;
using medsynth::widgets::ConnectCommand;
using medsynth::widgets::DisconnectCommand;
using medsynth::widgets::GraphModel;
using medsynth::widgets::MoveNodesCommand;
using medsynth::widgets::PasteCommand;
using medsynth::widgets::RemoveNodesCommand;
using medsynth::widgets::SetParamsCommand;
using medsynth::widgets::pushGraphCommand;
using nlohmann::json;

namespace {

std::string snapshot(const GraphModel& model) { return engine::graphToJson(model.document()).dump(); }

void resetToEmptyNetwork(GraphModel& model)
{
    engine::GraphDocument document;
    document.name = "Test";
    engine::GraphNetwork network;
    network.name = "Generator";
    network.role = "generator";
    document.networks.push_back(network);
    QVERIFY(model.setDocument(document).ok);
}

engine::PortRef port(const char* node, const char* name) { return {node, name}; }

// Pushes and requires acceptance.
void push(QUndoStack& stack, widgets::GraphCommand* command)
{
    const widgets::EditResult result = pushGraphCommand(stack, command);
    QVERIFY2(result.ok, qPrintable(result.error));
}

// z1 -> reshape1 -> up1 -> tanh1 -> output1, built on an empty network: 9 undo steps.
void buildGenerator(GraphModel& model, QUndoStack& stack)
{
    push(stack, new AddNodeCommand(model, 0, "LatentInput", {0, 0}, {{"size", 100}}));
    push(stack, new AddNodeCommand(model, 0, "Reshape", {0, 100}, {{"shape", {100, 1, 1}}}));
    push(stack, new AddNodeCommand(model, 0, "ConvTranspose2d", {0, 200},
                                   {{"out_channels", 1}, {"kernel_size", 4}, {"stride", 1}, {"padding", 0}}));
    push(stack, new AddNodeCommand(model, 0, "Tanh", {0, 300}));
    push(stack, new AddNodeCommand(model, 0, "Output", {0, 400}));
    push(stack, new ConnectCommand(model, 0, port("z1", "out"), port("reshape1", "in")));
    push(stack, new ConnectCommand(model, 0, port("reshape1", "out"), port("up1", "in")));
    push(stack, new ConnectCommand(model, 0, port("up1", "out"), port("tanh1", "in")));
    push(stack, new ConnectCommand(model, 0, port("tanh1", "out"), port("output1", "in")));
}

// Pushes the command, then checks that undo gives back `before` exactly and redo `after`.
void checkUndoRedo(GraphModel& model, QUndoStack& stack, widgets::GraphCommand* command)
{
    const std::string before = snapshot(model);
    push(stack, command);
    const std::string after = snapshot(model);
    QVERIFY(after != before);
    stack.undo();
    QCOMPARE(snapshot(model), before);
    stack.redo();
    QCOMPARE(snapshot(model), after);
}

}  // namespace

class TestGraphCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatorBuiltByCommandsInfersShapes();
    void freshIdsAreReadable();
    void undoRedoRestoresExactJson();
    void dragIsOneUndoStep();
    void paramEditsMerge();
    void refusalsChangeNothing();
    void pasteGivesFreshIdsAndInternalEdges();
    void pasteRefusesForeignJson();
    void signalsNameTheIds();
    void layoutPutsEveryBlockBelowItsInputs();
    void arrangeIsOneExactUndoStep();
};

void TestGraphCommands::generatorBuiltByCommandsInfersShapes()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);
    QCOMPARE(stack.count(), 9);
    const engine::NetworkShapes& shapes = model.shapes(0);
    QVERIFY2(shapes.ok(), shapes.diagnostics.empty() ? "" : shapes.diagnostics.front().message.c_str());
    QCOMPARE(shapes.outputs.size(), size_t(1));
    QCOMPARE(shapes.outputs.at("output1").toString(), std::string("1x4x4"));  // (1-1)*1 + 4 - 0 = 4
    QCOMPARE(shapes.inputs.at("z1").toString(), std::string("100"));
    QCOMPARE(stack.text(0), QStringLiteral("Add Latent vector z"));

    // A parameter edit re-infers: 3 filters give a 3-channel image.
    push(stack, new SetParamsCommand(model, 0, "up1", "out_channels", 3));
    QCOMPARE(model.shapes(0).outputs.at("output1").toString(), std::string("3x4x4"));
    stack.undo();
    QCOMPARE(model.shapes(0).outputs.at("output1").toString(), std::string("1x4x4"));

    // Undoing everything gives the empty network back.
    while (stack.canUndo())
        stack.undo();
    QVERIFY(model.network(0).nodes.empty());
    QVERIFY(model.network(0).edges.empty());
}

void TestGraphCommands::freshIdsAreReadable()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    QCOMPARE(model.freshNodeId(0, "Conv2d"), QStringLiteral("conv1"));
    push(stack, new AddNodeCommand(model, 0, "Conv2d", {}));
    push(stack, new AddNodeCommand(model, 0, "Conv2d", {}));
    QCOMPARE(model.freshNodeId(0, "Conv2d"), QStringLiteral("conv3"));
    QCOMPARE(model.freshNodeId(0, "BatchNorm2d"), QStringLiteral("bn1"));
    QCOMPARE(model.freshNodeId(0, "Sigmoid"), QStringLiteral("sigmoid1"));
}

void TestGraphCommands::undoRedoRestoresExactJson()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);

    checkUndoRedo(model, stack, new AddNodeCommand(model, 0, "ReLU", {50, 50}));
    checkUndoRedo(model, stack, new MoveNodesCommand(model, 0, {"up1", "tanh1"}, {0.1, -7.3}));
    checkUndoRedo(model, stack, new SetParamsCommand(model, 0, "up1", "bias", true));
    checkUndoRedo(model, stack, new SetParamsCommand(model, 0, "z1", "size", json()));  // back to default
    // A middle edge, so undo must put it back at its old place in the edge list.
    checkUndoRedo(model, stack, new DisconnectCommand(model, 0, port("up1", "in")));
    checkUndoRedo(model, stack, new ConnectCommand(model, 0, port("reshape1", "out"), port("relu1", "in")));
    // Middle nodes with edges on both sides: nodes and edges come back in the same order.
    checkUndoRedo(model, stack, new RemoveNodesCommand(model, 0, {"tanh1", "reshape1"}));
    stack.undo();
    checkUndoRedo(model, stack,
                  new PasteCommand(model, 0, model.copySelection(0, {"up1", "tanh1"}), {30, 30}));
    QCOMPARE(stack.text(stack.index() - 1), QStringLiteral("Paste 2 block(s)"));

    // The whole history walks back and forth to the same documents.
    const std::string end = snapshot(model);
    while (stack.canUndo())
        stack.undo();
    QVERIFY(model.network(0).nodes.empty());
    while (stack.canRedo())
        stack.redo();
    QCOMPARE(snapshot(model), end);
}

void TestGraphCommands::dragIsOneUndoStep()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);
    const int steps = stack.count();
    const std::string before = snapshot(model);

    for (int i = 0; i < 10; ++i)
        push(stack, new MoveNodesCommand(model, 0, {"up1", "tanh1"}, {1.5, 2.0}, /*dragId=*/7));
    QCOMPARE(stack.count(), steps + 1);
    QCOMPARE(stack.text(steps), QStringLiteral("Move 2 block(s)"));
    QCOMPARE(model.node(0, "up1")->x, 15.0);
    QCOMPARE(model.node(0, "tanh1")->y, 320.0);
    stack.undo();
    QCOMPARE(snapshot(model), before);
    stack.redo();
    QCOMPARE(model.node(0, "up1")->y, 220.0);

    // Another drag, or other blocks, start a new step.
    push(stack, new MoveNodesCommand(model, 0, {"up1", "tanh1"}, {1, 1}, /*dragId=*/8));
    push(stack, new MoveNodesCommand(model, 0, {"up1"}, {1, 1}, /*dragId=*/8));
    QCOMPARE(stack.count(), steps + 3);
}

void TestGraphCommands::paramEditsMerge()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);
    const int steps = stack.count();
    const std::string before = snapshot(model);

    for (int channels : {2, 3, 4, 5})
        push(stack, new SetParamsCommand(model, 0, "up1", "out_channels", channels));
    QCOMPARE(stack.count(), steps + 1);
    QCOMPARE(model.node(0, "up1")->params.at("out_channels").get<int>(), 5);
    QCOMPARE(stack.text(steps), QStringLiteral("Change Filters of up1"));
    stack.undo();
    QCOMPARE(snapshot(model), before);
    stack.redo();

    // Another parameter, or the same parameter of another block, is a new step.
    push(stack, new SetParamsCommand(model, 0, "up1", "kernel_size", 3));
    push(stack, new SetParamsCommand(model, 0, "z1", "size", 16));
    push(stack, new SetParamsCommand(model, 0, "z1", "size", 32));
    QCOMPARE(stack.count(), steps + 3);
}

void TestGraphCommands::refusalsChangeNothing()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);
    push(stack, new AddNodeCommand(model, 0, "ReLU", {}));
    push(stack, new AddNodeCommand(model, 0, "ReLU", {}));
    push(stack, new ConnectCommand(model, 0, port("relu1", "out"), port("relu2", "in")));
    push(stack, new AddNodeCommand(model, 0, "Sigmoid", {}));
    stack.undo();  // keep a redo step: a refusal must not drop it
    const std::string before = snapshot(model);
    const int count = stack.count();
    const int index = stack.index();

    QSignalSpy shapeSpy(&model, &GraphModel::shapesChanged);
    const auto refused = [&](widgets::GraphCommand* command, const char* expected) {
        const widgets::EditResult result = pushGraphCommand(stack, command);
        QVERIFY2(!result.ok, expected);
        QVERIFY2(result.error.contains(QLatin1String(expected)), qPrintable(result.error));
        QCOMPARE(snapshot(model), before);
        QCOMPARE(stack.count(), count);
        QCOMPARE(stack.index(), index);
    };
    refused(new ConnectCommand(model, 0, port("relu2", "out"), port("relu1", "in")), "loop");
    refused(new ConnectCommand(model, 0, port("relu1", "out"), port("relu1", "in")), "loop");
    refused(new ConnectCommand(model, 0, port("z1", "out"), port("up1", "in")), "already connected");
    refused(new ConnectCommand(model, 0, port("z1", "sideways"), port("relu1", "in")), "no output 'sideways'");
    refused(new ConnectCommand(model, 0, port("z1", "out"), port("nowhere", "in")), "nowhere");
    refused(new AddNodeCommand(model, 0, "Conv5d", {}), "Conv5d");
    refused(new AddNodeCommand(model, 0, "Conv2d", {}, {{"kernel_size", 99}}), "kernel_size");
    refused(new SetParamsCommand(model, 0, "up1", "kernel_size", 99), "between 1 and 31");
    refused(new SetParamsCommand(model, 0, "up1", "kernel_size", "big"), "whole number");
    refused(new SetParamsCommand(model, 0, "up1", "no_such_param", 1), "no_such_param");
    refused(new DisconnectCommand(model, 0, port("z1", "in")), "not connected");
    refused(new RemoveNodesCommand(model, 0, {"ghost"}), "ghost");
    refused(new MoveNodesCommand(model, 0, {"ghost"}, {1, 1}), "ghost");
    QCOMPARE(shapeSpy.count(), 0);
    QVERIFY(stack.canRedo());

    // The model refuses the same edits when called directly.
    QVERIFY(!model.insertEdge(0, -1, {port("relu2", "out"), port("relu1", "in")}).ok);
    QVERIFY(!model.setNodeParams(0, "up1", {{"stride", 0}}).ok);
    QVERIFY(!model.insertNode(0, -1, {"relu1", "ReLU", json::object(), 0, 0}).ok);  // id taken
    QCOMPARE(snapshot(model), before);
}

void TestGraphCommands::pasteGivesFreshIdsAndInternalEdges()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);
    const QByteArray clip = model.copySelection(0, {"tanh1", "reshape1", "up1", "ghost"});
    // The clipboard is a graph file with one network holding the selection and its inner edges.
    const engine::GraphDocument copied = engine::graphFromJson(json::parse(clip.toStdString()));
    QCOMPARE(copied.networks.size(), size_t(1));
    QCOMPARE(copied.networks[0].nodes.size(), size_t(3));
    QCOMPARE(copied.networks[0].edges.size(), size_t(2));

    auto* paste = new PasteCommand(model, 0, clip, {40, 10});
    QCOMPARE(paste->pastedNodeIds(), QStringList({"reshape2", "up2", "tanh2"}));
    push(stack, paste);
    const engine::GraphNetwork& network = model.network(0);
    QCOMPARE(network.nodes.size(), size_t(8));
    QCOMPARE(network.edges.size(), size_t(6));
    QCOMPARE(network.edges[4].from.node, std::string("reshape2"));
    QCOMPARE(network.edges[4].to.node, std::string("up2"));
    QCOMPARE(network.edges[5].from.node, std::string("up2"));
    QCOMPARE(network.edges[5].to.node, std::string("tanh2"));
    QCOMPARE(model.node(0, "up2")->x, 40.0);
    QCOMPARE(model.node(0, "up2")->y, 210.0);
    QCOMPARE(model.node(0, "up2")->params, model.node(0, "up1")->params);
    QVERIFY(model.edgeIndex(0, port("reshape2", "in")) < 0);  // no edge from outside the selection

    // Pasting again counts on.
    push(stack, new PasteCommand(model, 0, clip, {80, 20}));
    QVERIFY(model.node(0, "up3"));
    QCOMPARE(model.network(0).edges.size(), size_t(8));
}

void TestGraphCommands::pasteRefusesForeignJson()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);
    const std::string before = snapshot(model);
    const int count = stack.count();
    json wrongVersion = json::parse(model.copySelection(0, {"up1"}).toStdString());
    wrongVersion["version"] = 99;
    json unknownType = json::parse(model.copySelection(0, {"up1"}).toStdString());
    unknownType["networks"][0]["nodes"][0]["type"] = "Warp9";
    const QList<QPair<QByteArray, QString>> cases = {
        {"plain text, not JSON", "does not hold MedSynth blocks"},
        {R"({"format": "some.other.tool", "items": []})", "not a MedSynth graph"},
        {QByteArray::fromStdString(wrongVersion.dump()), "version 99"},
        {QByteArray::fromStdString(unknownType.dump()), "Warp9"},
        {model.copySelection(0, {}), "no blocks"},
    };
    for (const auto& [clip, expected] : cases) {
        const widgets::EditResult result = pushGraphCommand(stack, new PasteCommand(model, 0, clip, {}));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QCOMPARE(stack.count(), count);
        QCOMPARE(snapshot(model), before);
    }
}

void TestGraphCommands::signalsNameTheIds()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    QSignalSpy added(&model, &GraphModel::nodeAdded);
    QSignalSpy removed(&model, &GraphModel::nodeRemoved);
    QSignalSpy moved(&model, &GraphModel::nodeMoved);
    QSignalSpy params(&model, &GraphModel::nodeParamsChanged);
    QSignalSpy edgeAdded(&model, &GraphModel::edgeAdded);
    QSignalSpy edgeRemoved(&model, &GraphModel::edgeRemoved);
    QSignalSpy shapes(&model, &GraphModel::shapesChanged);
    QSignalSpy reset(&model, &GraphModel::documentReset);

    buildGenerator(model, stack);
    QCOMPARE(added.count(), 5);
    QCOMPARE(added.at(2), QVariantList({0, QStringLiteral("up1")}));
    QCOMPARE(edgeAdded.count(), 4);
    QCOMPARE(edgeAdded.at(1), QVariantList({0, "reshape1", "out", "up1", "in"}));
    QCOMPARE(shapes.count(), 9);  // one per action
    QCOMPARE(shapes.at(0), QVariantList({0}));
    shapes.clear();

    push(stack, new RemoveNodesCommand(model, 0, {"up1"}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0), QVariantList({0, QStringLiteral("up1")}));
    QCOMPARE(edgeRemoved.count(), 2);
    QCOMPARE(edgeRemoved.at(0), QVariantList({0, "up1", "out", "tanh1", "in"}));
    QCOMPARE(edgeRemoved.at(1), QVariantList({0, "reshape1", "out", "up1", "in"}));
    QCOMPARE(shapes.count(), 1);  // a many-edit command reports one shape change
    stack.undo();
    QCOMPARE(added.count(), 6);
    QCOMPARE(added.at(5), QVariantList({0, QStringLiteral("up1")}));
    QCOMPARE(edgeAdded.count(), 6);
    QCOMPARE(shapes.count(), 2);

    push(stack, new MoveNodesCommand(model, 0, {"tanh1"}, {5, 5}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0), QVariantList({0, QStringLiteral("tanh1"), QPointF(5, 305)}));
    QCOMPARE(shapes.count(), 2);  // moves do not change shapes

    push(stack, new SetParamsCommand(model, 0, "z1", "size", 16));
    QCOMPARE(params.count(), 1);
    QCOMPARE(params.at(0), QVariantList({0, QStringLiteral("z1")}));
    QCOMPARE(shapes.count(), 3);

    QCOMPARE(reset.count(), 0);
    QVERIFY(model.setDocument(model.document()).ok);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(shapes.count(), 4);
}

void TestGraphCommands::layoutPutsEveryBlockBelowItsInputs()
{
    // Every template network: each connection goes downwards, no two boxes overlap.
    for (const engine::TemplateInfo& info : engine::listTemplates()) {
        const engine::GraphDocument document = engine::instantiateTemplate(info.id, 1, 64);
        for (const engine::GraphNetwork& network : document.networks) {
            const auto box = [](const QString&) { return QSizeF(200, 80); };
            const QHash<QString, QPointF> at = widgets::layeredLayout(network, box);
            QCOMPARE(at.size(), static_cast<int>(network.nodes.size()));
            for (const engine::GraphEdge& edge : network.edges) {
                const QPointF from = at.value(QString::fromStdString(edge.from.node));
                const QPointF to = at.value(QString::fromStdString(edge.to.node));
                QVERIFY2(to.y() >= from.y() + 80, (info.id + ": " + edge.from.node + " -> " + edge.to.node).c_str());
            }
            const QList<QPointF> points = at.values();
            for (int i = 0; i < points.size(); ++i)
                for (int j = i + 1; j < points.size(); ++j)
                    QVERIFY2(!QRectF(points[i], QSizeF(200, 80)).intersects(QRectF(points[j], QSizeF(200, 80))),
                             info.id.c_str());
        }
    }
    // A skip connection: the block fed by two paths sits below the longer one.
    engine::GraphNetwork n;
    n.nodes = {{"x", "ImageInput", {{"channels", 1}, {"height", 8}, {"width", 8}}},
               {"a", "ReLU", json::object()},
               {"b", "ReLU", json::object()},
               {"sum", "Add", json::object()}};
    n.edges = {{{"x", "out"}, {"a", "in"}}, {{"a", "out"}, {"b", "in"}}, {{"x", "out"}, {"sum", "a"}}, {{"b", "out"}, {"sum", "b"}}};
    const auto at = widgets::layeredLayout(n, [](const QString&) { return QSizeF(200, 60); });
    QVERIFY(at.value("sum").y() > at.value("b").y());
    QVERIFY(at.value("b").y() > at.value("a").y());
}

void TestGraphCommands::arrangeIsOneExactUndoStep()
{
    GraphModel model;
    resetToEmptyNetwork(model);
    QUndoStack stack;
    buildGenerator(model, stack);
    // Scatter the blocks by hand, then arrange.
    push(stack, new MoveNodesCommand(model, 0, {"up1"}, {700, -300}, 1));
    push(stack, new MoveNodesCommand(model, 0, {"z1"}, {-500, 900}, 2));
    const std::string scattered = snapshot(model);
    const int steps = stack.count();
    const QHash<QString, QPointF> at = widgets::layeredLayout(model.network(0), [](const QString&) { return QSizeF(200, 60); });
    push(stack, new MoveNodesCommand(model, 0, at, QStringLiteral("Arrange blocks")));
    QCOMPARE(stack.count(), steps + 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Arrange blocks"));
    for (const engine::GraphNode& node : model.network(0).nodes)
        QCOMPARE(QPointF(node.x, node.y), at.value(QString::fromStdString(node.id)));
    QVERIFY(model.network(0).nodes[0].y < model.network(0).nodes[4].y);  // z above the output
    const std::string arranged = snapshot(model);
    // A later move does not merge into the arrangement.
    push(stack, new MoveNodesCommand(model, 0, {"z1"}, {10, 0}));
    stack.undo();
    QCOMPARE(snapshot(model), arranged);
    stack.undo();
    QCOMPARE(snapshot(model), scattered);
    stack.redo();
    QCOMPARE(snapshot(model), arranged);
    // Unknown ids are refused and change nothing.
    QHash<QString, QPointF> bad{{QStringLiteral("nope"), QPointF(0, 0)}};
    QVERIFY(!pushGraphCommand(stack, new MoveNodesCommand(model, 0, bad, QStringLiteral("Arrange blocks"))).ok);
    QCOMPARE(snapshot(model), arranged);
}

QTEST_MAIN(TestGraphCommands)
#include "tst_GraphCommands.moc"
