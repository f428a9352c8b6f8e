// The network designer's widgets, offscreen and without the app window: blocks dropped on the
// DesignerView become nodes through undo commands; wiring an output port to an input port by
// mouse connects them and the edge shows the inferred shape; dragging boxes is one undo step;
// Delete disconnects and removes; copy and paste give fresh ids; undo brings model and scene
// back; the BlockInspector's edits push SetParamsCommand and relabel edges; the ProblemsList
// shows an unconnected input and selects its node when clicked; the BlockPalette filters.
// Also writes a screenshot of a small designer to /tmp/designer.png for a human to look at.

#include "BlockInspector.h"
#include "DesignerGestures.h"
#include "BlockPalette.h"
#include "DesignerMinimap.h"
#include "DesignerEdgeItem.h"
#include "DesignerNodeItem.h"
#include "DesignerScene.h"
#include "DesignerView.h"
#include "GraphCommands.h"
#include "GraphModel.h"
#include "ProblemsList.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace medsynth;
using namespace medsynth::tests;
using medsynth::widgets::AddNodeCommand;
using medsynth::widgets::BlockInspector;
using medsynth::widgets::ConnectCommand;
using medsynth::widgets::SetParamsCommand;
using medsynth::widgets::pushGraphCommand;
using medsynth::widgets::BlockPalette;
using medsynth::widgets::DesignerEdgeItem;
using medsynth::widgets::DesignerMinimap;
using medsynth::widgets::DesignerNodeItem;
using medsynth::widgets::DesignerScene;
using medsynth::widgets::DesignerView;
using medsynth::widgets::GraphModel;
using medsynth::widgets::ProblemsList;

namespace {

std::string snapshot(const GraphModel& model) { return engine::graphToJson(model.document()).dump(); }

void resetToEmptyGenerator(GraphModel& model)
{
    engine::GraphDocument document;
    document.name = "Test";
    engine::GraphNetwork network;
    network.name = "Generator";
    network.role = "generator";
    document.networks.push_back(network);
    QVERIFY(model.setDocument(document).ok);
}

QPointF nodePos(const GraphModel& model, const char* id)
{
    const engine::GraphNode* node = model.node(0, QString::fromLatin1(id));
    return node ? QPointF(node->x, node->y) : QPointF();
}

}  // namespace

class TestDesigner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dropsAndWiresThenUndoes();
    void refusesForeignDropsAndBadConnections();
    void dragMovesIsOneUndoStep();
    void deleteDisconnectsAndRemoves();
    void copyPasteGivesFreshIds();
    void inspectorEditsRelabelEdges();
    void problemsListSelectsNode();
    void paletteFiltersAndExplains();
    void viewZoomsFitsAndPans();
    void largeNetworkArrangesWithMinimap();
    void screenshot();

private:
    GraphModel* model_ = nullptr;
    QUndoStack* stack_ = nullptr;
    DesignerView* view_ = nullptr;
};

void TestDesigner::init()
{
    model_ = new GraphModel;
    resetToEmptyGenerator(*model_);
    stack_ = new QUndoStack;
    view_ = new DesignerView(*model_, *stack_);
    view_->resize(900, 700);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_));
    view_->centerOn(0, 0);
}

void TestDesigner::cleanup()
{
    delete view_;
    delete stack_;
    delete model_;
}

void TestDesigner::dropsAndWiresThenUndoes()
{
    const std::string empty = snapshot(*model_);
    DesignerScene* scene = view_->designerScene();

    const QPoint dropAt = view_->mapFromScene(QPointF(0, 0));
    QVERIFY(dropBlock(*view_, "LatentInput", dropAt));
    QVERIFY(dropBlock(*view_, "Reshape", view_->mapFromScene(QPointF(0, 200))));
    QCOMPARE(model_->network(0).nodes.size(), size_t(2));
    QCOMPARE(scene->nodeItems().size(), 2);
    QCOMPARE(stack_->count(), 2);
    QVERIFY(scene->nodeItem("z1"));
    QVERIFY(scene->nodeItem("reshape1"));
    // The box lies around the drop point and the item sits where the model says.
    const QRectF box = scene->nodeItem("z1")->sceneBoundingRect();
    QVERIFY2(box.contains(view_->mapToScene(dropAt)), "the dropped box covers the drop point");
    QCOMPARE(scene->nodeItem("z1")->pos(), nodePos(*model_, "z1"));
    // The dropped block is selected, so the inspector can show it.
    QCOMPARE(scene->selectedNodeIds(), QStringList{"reshape1"});

    // Wire z1.out to reshape1.in with the mouse.
    const QPointF from = scene->nodeItem("z1")->outputPortPos("out");
    const QPointF to = scene->nodeItem("reshape1")->inputPortPos("in");
    QVERIFY(!from.isNull() && !to.isNull());
    dragInView(*view_, from, to);
    QCOMPARE(model_->network(0).edges.size(), size_t(1));
    QCOMPARE(stack_->count(), 3);
    DesignerEdgeItem* edge = scene->edgeItem("reshape1", "in");
    QVERIFY(edge);
    QCOMPARE(edge->labelText(), QStringLiteral("100"));
    QCOMPARE(scene->edgeItems().size(), 1);

    // Through the scene's API too: Reshape -> Output carries 100x1x1.
    QVERIFY(dropBlock(*view_, "Output", view_->mapFromScene(QPointF(0, 400))));
    QVERIFY(scene->connectPorts({"reshape1", "out"}, {"output1", "in"}).ok);
    QCOMPARE(scene->edgeItem("output1", "in")->labelText(), QStringLiteral("100x1x1"));
    QVERIFY(model_->shapes(0).ok());

    // Undo everything: model and scene are empty again; redo rebuilds them.
    while (stack_->canUndo())
        stack_->undo();
    QCOMPARE(snapshot(*model_), empty);
    QVERIFY(scene->nodeItems().isEmpty());
    QVERIFY(scene->edgeItems().isEmpty());
    const int itemCount = static_cast<int>(scene->items().size());
    QCOMPARE(itemCount, 0);
    while (stack_->canRedo())
        stack_->redo();
    QCOMPARE(scene->nodeItems().size(), 3);
    QCOMPARE(scene->edgeItems().size(), 2);
    QCOMPARE(scene->edgeItem("reshape1", "in")->labelText(), QStringLiteral("100"));
}

void TestDesigner::refusesForeignDropsAndBadConnections()
{
    DesignerScene* scene = view_->designerScene();
    QVERIFY(!dropOn(*view_, QStringLiteral("text/plain"), "LatentInput", QPoint(100, 100)));
    QCOMPARE(model_->network(0).nodes.size(), size_t(0));
    QSignalSpy refused(view_, &DesignerView::editRefused);
    QVERIFY(!dropBlock(*view_, "NoSuchBlock", QPoint(100, 100)));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(stack_->count(), 0);

    QVERIFY(dropBlock(*view_, "LatentInput", view_->mapFromScene(QPointF(0, 0))));
    QVERIFY(dropBlock(*view_, "Add", view_->mapFromScene(QPointF(0, 200))));
    QVERIFY(scene->connectPorts({"z1", "out"}, {"add1", "a"}).ok);
    // An input takes one connection: the second one is refused with the model's message.
    const int before = stack_->count();
    const QPointF from = scene->nodeItem("z1")->outputPortPos("out");
    const QPointF to = scene->nodeItem("add1")->inputPortPos("a");
    dragInView(*view_, from, to);
    QCOMPARE(stack_->count(), before);
    QCOMPARE(refused.count(), 2);
    QVERIFY(!refused.last().first().toString().isEmpty());
    // Add's two inputs sit apart on the top edge.
    QVERIFY(scene->nodeItem("add1")->inputPortPos("a").x() < scene->nodeItem("add1")->inputPortPos("b").x());
    // A wire can also be drawn from an input back to an output.
    dragInView(*view_, scene->nodeItem("add1")->inputPortPos("b"), from);
    QCOMPARE(stack_->count(), before + 1);
    QVERIFY(scene->edgeItem("add1", "b"));
    QCOMPARE(scene->edgeItem("add1", "b")->labelText(), QStringLiteral("100"));
}

void TestDesigner::dragMovesIsOneUndoStep()
{
    DesignerScene* scene = view_->designerScene();
    QVERIFY(dropBlock(*view_, "LatentInput", view_->mapFromScene(QPointF(0, 0))));
    QVERIFY(dropBlock(*view_, "Reshape", view_->mapFromScene(QPointF(0, 200))));
    QVERIFY(scene->connectPorts({"z1", "out"}, {"reshape1", "in"}).ok);
    const QPointF before = nodePos(*model_, "z1");
    const int count = stack_->count();
    // Press on the title of z1 (not on a port) and drag by (120, 40).
    const QPointF grip = scene->nodeItem("z1")->sceneBoundingRect().center();
    dragInView(*view_, grip, grip + QPointF(120, 40));
    QCOMPARE(stack_->count(), count + 1);
    const QPointF moved = nodePos(*model_, "z1");
    QVERIFY2(QLineF(moved, before + QPointF(120, 40)).length() < 2.0, "moved by the drag distance");
    QCOMPARE(scene->nodeItem("z1")->pos(), moved);
    QCOMPARE(scene->selectedNodeIds(), QStringList{"z1"});
    // The edge follows its node.
    QCOMPARE(scene->edgeItem("reshape1", "in")->path().pointAtPercent(0), scene->nodeItem("z1")->outputPortPos("out"));
    stack_->undo();
    QCOMPARE(nodePos(*model_, "z1"), before);
    QCOMPARE(scene->nodeItem("z1")->pos(), before);
}

void TestDesigner::deleteDisconnectsAndRemoves()
{
    DesignerScene* scene = view_->designerScene();
    QVERIFY(dropBlock(*view_, "LatentInput", view_->mapFromScene(QPointF(0, 0))));
    QVERIFY(dropBlock(*view_, "Reshape", view_->mapFromScene(QPointF(0, 200))));
    QVERIFY(scene->connectPorts({"z1", "out"}, {"reshape1", "in"}).ok);
    const std::string connected = snapshot(*model_);

    scene->clearSelection();
    scene->edgeItem("reshape1", "in")->setSelected(true);
    QTest::keyClick(view_, Qt::Key_Delete);
    QCOMPARE(model_->network(0).edges.size(), size_t(0));
    QVERIFY(scene->edgeItems().isEmpty());
    stack_->undo();
    QCOMPARE(snapshot(*model_), connected);
    QVERIFY(scene->edgeItem("reshape1", "in"));

    scene->selectNode("z1");
    QTest::keyClick(view_, Qt::Key_Delete);
    QVERIFY(!model_->node(0, "z1"));
    QVERIFY(!scene->nodeItem("z1"));
    QVERIFY(scene->edgeItems().isEmpty());
    stack_->undo();
    QCOMPARE(snapshot(*model_), connected);
    QCOMPARE(scene->nodeItems().size(), 2);
    QCOMPARE(scene->edgeItems().size(), 1);
}

void TestDesigner::copyPasteGivesFreshIds()
{
    DesignerScene* scene = view_->designerScene();
    QVERIFY(dropBlock(*view_, "LatentInput", view_->mapFromScene(QPointF(0, 0))));
    QVERIFY(dropBlock(*view_, "Reshape", view_->mapFromScene(QPointF(0, 200))));
    QVERIFY(scene->connectPorts({"z1", "out"}, {"reshape1", "in"}).ok);
    scene->selectNode("z1");
    scene->nodeItem("reshape1")->setSelected(true);
    const int count = stack_->count();
    QTest::keyClick(view_, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(view_, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(stack_->count(), count + 1);
    QCOMPARE(model_->network(0).nodes.size(), size_t(4));
    QCOMPARE(model_->network(0).edges.size(), size_t(2));
    QCOMPARE(scene->nodeItems().size(), 4);
    QCOMPARE(scene->edgeItems().size(), 2);
    QCOMPARE(scene->selectedNodeIds(), (QStringList{"z2", "reshape2"}));
    QCOMPARE(scene->edgeItem("reshape2", "in")->labelText(), QStringLiteral("100"));
    stack_->undo();
    QCOMPARE(scene->nodeItems().size(), 2);
}

void TestDesigner::inspectorEditsRelabelEdges()
{
    DesignerScene* scene = view_->designerScene();
    BlockInspector inspector(*model_, *stack_);
    connect(scene, &DesignerScene::currentNodeChanged, &inspector, &BlockInspector::setNode);
    QVERIFY(dropBlock(*view_, "LatentInput", view_->mapFromScene(QPointF(0, 0))));
    QVERIFY(dropBlock(*view_, "Reshape", view_->mapFromScene(QPointF(0, 200))));
    QVERIFY(scene->connectPorts({"z1", "out"}, {"reshape1", "in"}).ok);
    QCOMPARE(inspector.nodeId(), QStringLiteral("reshape1"));
    scene->selectNode("z1");
    QCOMPARE(inspector.nodeId(), QStringLiteral("z1"));
    auto* size = qobject_cast<QSpinBox*>(inspector.editor("size"));
    QVERIFY(size);
    QCOMPARE(size->value(), 100);
    QCOMPARE(size->maximum(), 4096);

    const int count = stack_->count();
    size->setValue(64);
    QCOMPARE(stack_->count(), count + 1);
    QCOMPARE(stack_->command(stack_->count() - 1)->id(), int(widgets::SetParamsCommandId));
    QCOMPARE(model_->node(0, "z1")->params.value("size", 0), 64);
    QCOMPARE(scene->edgeItem("reshape1", "in")->labelText(), QStringLiteral("64"));
    // Reshape cannot arrange 64 values as 100x1x1: its box is outlined and explains why.
    QVERIFY(scene->nodeItem("reshape1")->hasDiagnostic());
    QVERIFY(scene->nodeItem("reshape1")->toolTip().contains(QStringLiteral("64")));
    // Undo puts the editor back too.
    stack_->undo();
    QCOMPARE(size->value(), 100);
    QCOMPARE(scene->edgeItem("reshape1", "in")->labelText(), QStringLiteral("100"));
    QVERIFY(!scene->nodeItem("reshape1")->hasDiagnostic());

    // A shape the user cannot have meant is refused with a message; the model is untouched.
    scene->selectNode("reshape1");
    auto* shape = qobject_cast<QLineEdit*>(inspector.editor("shape"));
    QVERIFY(shape);
    QCOMPARE(shape->text(), QStringLiteral("100, 1, 1"));
    QSignalSpy refused(&inspector, &BlockInspector::editRefused);
    const int before = stack_->index();  // the undone edit still counts in count()
    shape->setText(QStringLiteral("ten, 1"));
    Q_EMIT shape->editingFinished();
    QCOMPARE(refused.count(), 1);
    QVERIFY(!inspector.message().isEmpty());
    QCOMPARE(stack_->index(), before);
    QCOMPARE(shape->text(), QStringLiteral("100, 1, 1"));
    // A valid one goes through.
    shape->setText(QStringLiteral("25, 2, 2"));
    Q_EMIT shape->editingFinished();
    QCOMPARE(stack_->index(), before + 1);
    QVERIFY(inspector.message().isEmpty());
    QVERIFY(!scene->nodeItem("reshape1")->hasDiagnostic());
}

void TestDesigner::problemsListSelectsNode()
{
    DesignerScene* scene = view_->designerScene();
    ProblemsList problems(*model_);
    connect(&problems, &ProblemsList::nodeActivated, view_, &DesignerView::focusNode);
    problems.resize(500, 300);
    problems.show();
    QVERIFY(QTest::qWaitForWindowExposed(&problems));
    QVERIFY(dropBlock(*view_, "LatentInput", view_->mapFromScene(QPointF(0, 0))));
    QVERIFY(dropBlock(*view_, "Output", view_->mapFromScene(QPointF(600, 900))));
    scene->clearSelection();

    int row = -1;
    for (int i = 0; i < problems.count(); ++i)
        if (problems.nodeIdAt(i) == QLatin1String("output1"))
            row = i;
    QVERIFY2(row >= 0, "the unconnected Output input is listed");
    QVERIFY(problems.item(row)->text().contains(QStringLiteral("'in'")));
    QTest::mouseClick(problems.viewport(), Qt::LeftButton, {}, problems.visualItemRect(problems.item(row)).center());
    QCOMPARE(scene->selectedNodeIds(), QStringList{"output1"});
    const QPointF centre = view_->mapToScene(view_->viewport()->rect().center());
    QVERIFY2(scene->nodeItem("output1")->sceneBoundingRect().adjusted(-5, -5, 5, 5).contains(centre), "centred");

    // Connecting it clears that problem; the generator's contract then says a vector is no image.
    QVERIFY(scene->connectPorts({"z1", "out"}, {"output1", "in"}).ok);
    bool contract = false;
    for (int i = 0; i < problems.count(); ++i) {
        if (problems.nodeIdAt(i) != QLatin1String("output1"))
            continue;
        QVERIFY2(!problems.item(i)->text().contains(QStringLiteral("'in'")), qPrintable(problems.item(i)->text()));
        contract = contract || problems.item(i)->text().contains(QStringLiteral("must make an image"));
    }
    QVERIFY2(contract, "the generator's role contract is checked");
}

void TestDesigner::paletteFiltersAndExplains()
{
    BlockPalette palette;
    const QStringList all = palette.visibleBlockTypes();
    QCOMPARE(all.size(), static_cast<int>(engine::LayerCatalog::instance().blocks().size()));
    QVERIFY(all.contains(QStringLiteral("LatentInput")));
    palette.searchField()->setText(QStringLiteral("latent"));
    const QStringList found = palette.visibleBlockTypes();
    QVERIFY(found.contains(QStringLiteral("LatentInput")));
    QVERIFY(!found.contains(QStringLiteral("BatchNorm2d")));
    QVERIFY(found.size() < all.size());
    palette.searchField()->clear();
    QCOMPARE(palette.visibleBlockTypes(), all);
    // Double-clicking a block adds it in the middle of the view.
    connect(&palette, &BlockPalette::blockActivated, view_, &DesignerView::addBlockAtCentre);
    Q_EMIT palette.blockActivated(QStringLiteral("Tanh"));
    QVERIFY(view_->designerScene()->nodeItem(QStringLiteral("tanh1")));
    // Every block carries its explanation as a tooltip, and an icon in its category's colour.
    QTreeWidget* tree = palette.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
            QVERIFY(!item->toolTip(0).isEmpty());
            QVERIFY(!item->icon(0).isNull());
        }
}

void TestDesigner::viewZoomsFitsAndPans()
{
    QVERIFY(dropBlock(*view_, "LatentInput", view_->mapFromScene(QPointF(0, 0))));
    QVERIFY(dropBlock(*view_, "Output", view_->mapFromScene(QPointF(1500, 1500))));
    const double start = view_->zoom();
    const QPoint centre = view_->viewport()->rect().center();
    QWheelEvent zoomIn(centre, view_->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view_->viewport(), &zoomIn);
    QVERIFY(view_->zoom() > start);

    // F fits both far-apart blocks in view.
    QTest::keyClick(view_, Qt::Key_F);
    const QRectF visible = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    for (DesignerNodeItem* item : view_->designerScene()->nodeItems())
        QVERIFY(visible.contains(item->sceneBoundingRect()));
    QVERIFY(view_->zoom() < 1.0);

    // A middle-button drag scrolls the view and changes nothing in the model.
    const std::string before = snapshot(*model_);
    const int count = stack_->count();
    const QPointF sceneCentre = view_->mapToScene(centre);
    QTest::mousePress(view_->viewport(), Qt::MiddleButton, {}, centre);
    QMouseEvent move(QEvent::MouseMove, centre + QPoint(60, 40), view_->viewport()->mapToGlobal(centre + QPoint(60, 40)),
                     Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view_->viewport(), &move);
    QTest::mouseRelease(view_->viewport(), Qt::MiddleButton, {}, centre + QPoint(60, 40));
    QVERIFY(view_->mapToScene(centre) != sceneCentre);
    QCOMPARE(snapshot(*model_), before);
    QCOMPARE(stack_->count(), count);
}

void TestDesigner::largeNetworkArrangesWithMinimap()
{
    // 200 blocks in one network: z -> fc -> reshape -> 65 x (conv, batch norm, ReLU) -> tanh -> output,
    // added and wired one command at a time while the view shows them. The timings are printed
    // for the note (tests never assert a time); the checks are about correctness.
    DesignerScene* scene = view_->designerScene();
    QElapsedTimer timer;
    timer.start();
    QStringList chain;
    auto add = [&](const char* type, const nlohmann::json& params) {
        auto* command = new AddNodeCommand(*model_, 0, type, QPointF(0, 90.0 * chain.size()), params);
        const QString id = command->nodeId();
        QVERIFY(pushGraphCommand(*stack_, command).ok);
        if (!chain.isEmpty()) {
            const engine::BlockSpec* spec = engine::LayerCatalog::instance().find(type);
            QVERIFY(pushGraphCommand(*stack_, new ConnectCommand(*model_, 0, {chain.last().toStdString(), "out"},
                                                                 {id.toStdString(), spec->inputs.front().name}))
                        .ok);
        }
        chain.append(id);
    };
    add("LatentInput", {{"size", 64}});
    add("Linear", {{"out_features", 8 * 8 * 8}});
    add("Reshape", {{"shape", {8, 8, 8}}});
    for (int i = 0; i < 65; ++i) {
        add("Conv2d", {{"out_channels", 8}, {"kernel_size", 3}, {"stride", 1}, {"padding", 1}});
        add("BatchNorm2d", nlohmann::json::object());
        add("ReLU", nlohmann::json::object());
    }
    add("Tanh", nlohmann::json::object());
    add("Output", nlohmann::json::object());
    const qint64 buildMs = timer.restart();
    QCOMPARE(model_->network(0).nodes.size(), size_t(200));
    QCOMPARE(scene->nodeItems().size(), 200);
    QCOMPARE(scene->edgeItems().size(), 199);
    QVERIFY2(model_->shapes(0).ok(), model_->shapes(0).diagnostics.empty() ? "" : model_->shapes(0).diagnostics[0].message.c_str());
    QCOMPARE(scene->edgeItem("output1", "in")->labelText(), QStringLiteral("8x8x8"));

    // One parameter edit re-infers every shape downstream.
    timer.restart();
    QVERIFY(pushGraphCommand(*stack_, new SetParamsCommand(*model_, 0, "conv1", "out_channels", 4)).ok);
    const qint64 editMs = timer.restart();
    QCOMPARE(scene->edgeItem("bn1", "in")->labelText(), QStringLiteral("4x8x8"));
    QVERIFY(model_->shapes(0).ok());  // the next convolution takes any number of channels
    stack_->undo();

    // L arranges the blocks as one undo step; the minimap then shows the tall network.
    view_->setFocus();
    const int steps = stack_->index();
    timer.restart();
    QTest::keyClick(view_, Qt::Key_L);
    const qint64 arrangeMs = timer.restart();
    QCOMPARE(stack_->index(), steps + 1);
    QCOMPARE(stack_->undoText(), QStringLiteral("Arrange blocks"));
    view_->resetTransform();
    view_->centerOn(scene->nodeItem("z1"));
    DesignerMinimap* minimap = view_->minimap();
    QVERIFY(minimap);
    QTRY_VERIFY(minimap->isVisible());
    // Clicking near the bottom of the minimap moves the view to the end of the network.
    const QRectF before = minimap->visibleSceneRect();
    QTest::mouseClick(minimap->viewport(), Qt::LeftButton, {}, QPoint(minimap->viewport()->width() / 2,
                                                                       minimap->viewport()->height() - 3));
    const QRectF after = minimap->visibleSceneRect();
    QVERIFY2(after.center().y() > before.center().y() + 1000, "the view moved down the network");
    QCOMPARE(stack_->index(), steps + 1);  // navigating edits nothing

    // Repainting the whole view.
    timer.restart();
    for (int i = 0; i < 10; ++i)
        view_->viewport()->repaint();
    const qint64 paintMs = timer.elapsed() / 10;
    qInfo("200 blocks: built and wired by 399 commands in %lld ms, one parameter edit %lld ms, arrange %lld ms, "
          "repaint %lld ms",
          buildMs, editMs, arrangeMs, paintMs);

    // A small network has no minimap.
    while (stack_->canUndo())
        stack_->undo();
    QVERIFY(dropBlock(*view_, "ReLU", view_->mapFromScene(QPointF(0, 0))));
    view_->fitNetwork();
    QTRY_VERIFY(!minimap->isVisible());
}

void TestDesigner::screenshot()
{
    delete view_;
    view_ = nullptr;
    QSplitter splitter;
    auto* palette = new BlockPalette;
    auto* view = new DesignerView(*model_, *stack_);
    auto* inspector = new BlockInspector(*model_, *stack_);
    auto* centre = new QSplitter(Qt::Vertical);
    centre->addWidget(view);
    auto* problems = new ProblemsList(*model_);
    centre->addWidget(problems);
    centre->setSizes({600, 160});
    connect(problems, &ProblemsList::nodeActivated, view, &DesignerView::focusNode);
    splitter.addWidget(palette);
    splitter.addWidget(centre);
    splitter.addWidget(inspector);
    splitter.resize(1200, 760);
    splitter.setSizes({220, 700, 280});
    connect(view->designerScene(), &DesignerScene::currentNodeChanged, inspector, &BlockInspector::setNode);
    splitter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&splitter));
    view->centerOn(0, 0);

    DesignerScene* scene = view->designerScene();
    const auto drop = [&](const char* type, QPointF at) { QVERIFY(dropBlock(*view, type, view->mapFromScene(at))); };
    drop("LatentInput", {0, 0});
    drop("Reshape", {0, 110});
    drop("ConvTranspose2d", {0, 230});
    drop("Tanh", {0, 350});
    drop("Output", {0, 460});
    drop("Add", {280, 230});
    QVERIFY(scene->connectPorts({"z1", "out"}, {"reshape1", "in"}).ok);
    QVERIFY(scene->connectPorts({"reshape1", "out"}, {"up1", "in"}).ok);
    QVERIFY(scene->connectPorts({"up1", "out"}, {"tanh1", "in"}).ok);
    QVERIFY(scene->connectPorts({"tanh1", "out"}, {"output1", "in"}).ok);
    QVERIFY(scene->connectPorts({"reshape1", "out"}, {"add1", "a"}).ok);
    scene->selectNode("up1");
    view->fitNetwork();
    QCoreApplication::processEvents();
    const QString path = QDir::temp().filePath(QStringLiteral("designer.png"));
    QVERIFY(splitter.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestDesigner)
#include "tst_Designer.moc"
