// MainWindow: opens offscreen with its five pages, says plainly which are not built yet, shows
// the demo dataset, draws the template's networks, and trains from the Train page (live chart,
// sample grid, Stop ends the run early) while the window stays responsive. Data and settings go
// to a temporary folder (MEDSYNTH_DATA_DIR, XDG_CONFIG_HOME).

#include "BlockInspector.h"
#include "DataPage.h"
#include "DesignerGestures.h"
#include "DesignerEdgeItem.h"
#include "DesignerNodeItem.h"
#include "DesignerScene.h"
#include "DesignerView.h"
#include "DesignPage.h"
#include "GraphCommands.h"
#include "MetricChart.h"
#include "MainWindow.h"
#include "RecentFolders.h"
#include "SampleGridView.h"
#include "SampleHistory.h"
#include "ThumbnailModel.h"
#include "TrainPage.h"
#include "TrainingController.h"
#include "TrainingSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QMenu>
#include <QTranslator>
#include <QtTest>

#include <map>

using namespace medsynth;
using gui::MainWindow;

namespace {

// The window on its Train page, set to train the DCGAN template at 32 x 32 with batch 4 for
// `steps` steps; null when the window does not show.
gui::TrainPage* showTinyDcgan(MainWindow& window, int steps)
{
    window.setCurrentPage(MainWindow::TrainPageIndex);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    gui::TrainPage* page = window.trainPage();
    auto* model = page->findChild<QComboBox*>(QStringLiteral("trainTemplateCombo"));
    model->setCurrentIndex(model->findData(QStringLiteral("dcgan")));
    auto* size = page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"));
    size->setCurrentIndex(size->findData(32));
    page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(4);
    page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(steps);
    return page;
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensWithAllPages();
    void unbuiltPagesSaySo();
    void dataPageShowsDemoDataset();
    void designPageDrawsNetworks();
    void designPageSavesAndOpensModels();
    void designPageAsksBeforeDroppingEdits();
    void designerBuildsVaeByHand();
    void trainStartsAndStops();
    void trainsTheDesignedModel();
    void trainingSettingsReachTheRun();
    void pausesStepsOnceAndResumes();
    void opensAnExperimentFile();
    void continuesAndForksARun();
    void trainPreparesAFolderAsChosen();
    void trainingUsesTheDataPageLabelsAndSplits();
    void closingWhileTrainingStopsTheRun();
    void remembersPageAndChoices();
    void forgettingRecentFoldersForgetsTrainingFolders();
    void screenshots();

private:
    QTemporaryDir temp_;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(temp_.isValid());
    qputenv("MEDSYNTH_DATA_DIR", temp_.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", temp_.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MedSynthTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
}

void TestMainWindow::opensWithAllPages()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.pageCount(), 5);
    const QStringList titles{QStringLiteral("Data"), QStringLiteral("Design"), QStringLiteral("Train"),
                             QStringLiteral("Compare"), QStringLiteral("Explore")};
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(window.pageTitle(i), titles.at(i));
        window.setCurrentPage(i);
        QCOMPARE(window.currentPage(), i);
        QVERIFY(window.page(i)->isVisible());
    }
    // The sidebar drives the stack.
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    sidebar->setCurrentRow(MainWindow::DesignPageIndex);
    QCOMPARE(window.currentPage(), int(MainWindow::DesignPageIndex));
}

void TestMainWindow::unbuiltPagesSaySo()
{
    MainWindow window;
    for (int page : {int(MainWindow::ComparePageIndex), int(MainWindow::ExplorePageIndex)}) {
        auto* message = window.page(page)->findChild<QLabel*>(QStringLiteral("placeholderMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("not built yet")), qPrintable(message->text()));
        // A plain message, not a fake UI: no buttons or inputs on the page.
        QVERIFY(window.page(page)->findChildren<QPushButton*>().isEmpty());
        QVERIFY(window.page(page)->findChildren<QComboBox*>().isEmpty());
    }
}

void TestMainWindow::dataPageShowsDemoDataset()
{
    MainWindow window;
    window.setCurrentPage(MainWindow::DataPageIndex);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    gui::ThumbnailModel* model = window.dataPage()->model();
    // Created in the background on first start (256 DICOM slices), then listed.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 256, 180000);
    auto* count = window.dataPage()->findChild<QLabel*>(QStringLiteral("imageCountLabel"));
    QVERIFY(count);
    QTRY_VERIFY(count->text().contains(QStringLiteral("256")));
    // Thumbnails of the visible rows load lazily off the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(model->loadedThumbnailCount() > 0, 60000);
    QVERIFY(model->loadedThumbnailCount() < 256 || window.dataPage()->findChild<QListView*>()->height() > 2000);
}

void TestMainWindow::designPageDrawsNetworks()
{
    MainWindow window;
    window.setCurrentPage(MainWindow::DesignPageIndex);
    window.show();
    QTabWidget* tabs = window.designPage()->networkTabs();
    QVERIFY(tabs->count() >= 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Generator"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Discriminator"));
    auto* counts = tabs->widget(0)->findChild<QLabel*>(QStringLiteral("parameterCount"));
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(QStringLiteral("parameters")), qPrintable(counts->text()));
}

void TestMainWindow::designPageSavesAndOpensModels()
{
    MainWindow window;
    gui::DesignPage* page = window.designPage();
    const QString path = temp_.filePath(QStringLiteral("model.json"));
    QVERIFY(page->saveModelFile(path));
    const nlohmann::json saved = engine::graphToJson(page->model().document());

    // An edit, then opening the saved file brings the saved model back, with a fresh undo history.
    page->undoStack().push(new widgets::AddNodeCommand(page->model(), 0, QStringLiteral("ReLU"), QPointF(0, 0)));
    QVERIFY(engine::graphToJson(page->model().document()) != saved);
    QVERIFY(page->openModelFile(path));
    QCOMPARE(engine::graphToJson(page->model().document()), saved);
    QCOMPARE(page->undoStack().count(), 0);
    QCOMPARE(page->networkTabs()->count(), 2);

    // A broken file is refused with a reason, and the model stays as it was.
    QFile broken(temp_.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"medsynth.graph\", \"version\": 7}");
    broken.close();
    QVERIFY(!page->openModelFile(broken.fileName()));
    QVERIFY2(page->statusText().contains(QStringLiteral("version 7")), qPrintable(page->statusText()));
    QCOMPARE(engine::graphToJson(page->model().document()), saved);
    QCOMPARE(page->networkTabs()->count(), 2);
    QVERIFY(!page->saveModelFile(QStringLiteral("/nonexistent/folder/model.json")));
}

void TestMainWindow::designPageAsksBeforeDroppingEdits()
{
    MainWindow window;
    gui::DesignPage* page = window.designPage();
    page->clearRecentFiles();
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    page->setUnsavedChangesQuestion([&] {
        ++asked;
        return answer;
    });
    QVERIFY(!page->isModified());
    auto edit = [&] {
        page->undoStack().push(new widgets::AddNodeCommand(page->model(), 0, QStringLiteral("ReLU"), QPointF(0, 0)));
    };

    // Cancel keeps the edit and the template choice; nothing is replaced.
    edit();
    QVERIFY(page->isModified());
    const nlohmann::json edited = engine::graphToJson(page->model().document());
    const int sizeIndex = page->findChild<QComboBox*>(QStringLiteral("designSizeCombo"))->currentIndex();
    page->findChild<QComboBox*>(QStringLiteral("designSizeCombo"))->setCurrentIndex(0);
    QCOMPARE(asked, 1);
    QCOMPARE(engine::graphToJson(page->model().document()), edited);
    QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("designSizeCombo"))->currentIndex(), sizeIndex);
    page->newEmptyModel(QStringLiteral("vae"));
    QCOMPARE(asked, 2);
    QCOMPARE(engine::graphToJson(page->model().document()), edited);
    // Closing the window is refused too, and the Design page comes forward.
    window.setCurrentPage(MainWindow::DataPageIndex);
    QVERIFY(!window.close());
    QCOMPARE(asked, 3);
    QCOMPARE(window.currentPage(), static_cast<int>(MainWindow::DesignPageIndex));

    // Discard: an empty VAE with an encoder and a decoder tab, and the recipe's roles checked.
    answer = QMessageBox::Discard;
    page->newEmptyModel(QStringLiteral("vae"));
    QCOMPARE(asked, 4);
    QCOMPARE(page->networkTabs()->count(), 2);
    QCOMPARE(page->networkTabs()->tabText(0), QStringLiteral("Encoder"));
    QCOMPARE(page->networkTabs()->tabText(1), QStringLiteral("Decoder"));
    QVERIFY(page->model().network(0).nodes.empty());
    QVERIFY(page->currentFile().isEmpty());
    // An own model: no template is chosen, and another size only changes the images it is
    // checked against; the model stays and nothing is asked.
    auto* templates = page->findChild<QComboBox*>(QStringLiteral("templateCombo"));
    QCOMPARE(templates->currentIndex(), -1);
    QCOMPARE(templates->currentText(), QString());
    page->findChild<QComboBox*>(QStringLiteral("designSizeCombo"))->setCurrentIndex(2);
    QCOMPARE(asked, 4);
    QCOMPARE(page->networkTabs()->tabText(0), QStringLiteral("Encoder"));

    // Save: with a current file, the edit is written there and the model replaced afterwards.
    const QString path = temp_.filePath(QStringLiteral("asked.json"));
    QVERIFY(page->saveModelFile(path));
    QCOMPARE(page->currentFile(), path);
    edit();
    answer = QMessageBox::Save;
    templates->setCurrentIndex(templates->findData(QStringLiteral("dcgan")));
    QCOMPARE(asked, 5);
    QVERIFY(!page->isModified());  // the template is shown
    QCOMPARE(page->networkTabs()->tabText(0), QStringLiteral("Generator"));
    const engine::GraphDocument saved = engine::loadGraphFile(path.toStdString());
    QCOMPARE(saved.networks.at(0).nodes.size(), size_t(1));  // the ReLU was saved
    QCOMPARE(saved.networks.at(0).role, std::string("encoder"));

    // Recent files: newest first, without duplicates, missing files dropped; the list can be cleared.
    const QString other = temp_.filePath(QStringLiteral("other.json"));
    QVERIFY(page->saveModelFile(other));
    QVERIFY(page->openModelFile(path));
    QCOMPARE(page->recentFiles(), (QStringList{QFileInfo(path).absoluteFilePath(), QFileInfo(other).absoluteFilePath()}));
    QVERIFY(QFile::remove(other));
    QCOMPARE(page->recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});
    page->clearRecentFiles();
    QVERIFY(page->recentFiles().isEmpty());
}

namespace {

// The designer view of the Design page's current tab.
widgets::DesignerView* currentDesigner(gui::DesignPage* page)
{
    QWidget* tab = page->networkTabs()->currentWidget();
    return tab ? tab->findChild<widgets::DesignerView*>() : nullptr;
}

// Drops blocks where a user would and wires them with the mouse, port to port.
struct HandBuilder {
    gui::DesignPage* page;
    widgets::DesignerView* view = nullptr;

    QString drop(const char* type, QPointF scenePos)
    {
        const QStringList before = ids();
        if (!tests::dropBlock(*view, type, view->mapFromScene(scenePos)))
            return {};
        for (const QString& id : ids())
            if (!before.contains(id))
                return id;
        return {};
    }
    QStringList ids() const
    {
        QStringList list;
        for (widgets::DesignerNodeItem* item : view->designerScene()->nodeItems())
            list.append(item->nodeId());
        return list;
    }
    void wire(const QString& from, const QString& to, const QString& toPort = QStringLiteral("in"))
    {
        widgets::DesignerScene* scene = view->designerScene();
        const QPointF a = scene->nodeItem(from)->outputPortPos(QStringLiteral("out"));
        const QPointF b = scene->nodeItem(to)->inputPortPos(toPort);
        view->ensureVisible(QRectF(a, b).normalized(), 10, 10);
        tests::dragInView(*view, a, b);
    }
    // Selects the block and types a value into its inspector editor.
    void set(const QString& id, const char* param, const QString& value)
    {
        view->designerScene()->selectNode(id);
        auto* inspector = page->findChild<widgets::BlockInspector*>(QStringLiteral("blockInspector"));
        QWidget* editor = inspector->findChild<QWidget*>(QStringLiteral("param_") + QLatin1String(param));
        QVERIFY2(editor, param);
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->setValue(value.toInt());
        } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setFocus();
            line->selectAll();
            QTest::keyClicks(line, value);
            QTest::keyClick(line, Qt::Key_Return);
        } else {
            QFAIL("unexpected editor");
        }
    }
};

// A folder of count 40x40 PNG phantoms (with the labels.csv the CLI writes beside them).
bool makePngPhantoms(const QString& folder, int count)
{
    QProcess make;
    make.start(QStringLiteral(MEDSYNTH_CLI_PATH), {QStringLiteral("phantoms"), QStringLiteral("--out"), folder,
                                                   QStringLiteral("--count"), QString::number(count), QStringLiteral("--size"),
                                                   QStringLiteral("40"), QStringLiteral("--format"), QStringLiteral("png")});
    return make.waitForFinished(60000) && make.exitCode() == 0;
}

// The Train page set to a tiny DCGAN: the smallest image size, batch 4, this many steps.
void chooseTinyDcgan(gui::TrainPage* page, int steps)
{
    auto* templates = page->findChild<QComboBox*>(QStringLiteral("trainTemplateCombo"));
    templates->setCurrentIndex(templates->findData(QStringLiteral("dcgan")));
    page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"))->setCurrentIndex(0);
    page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(4);
    page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(steps);
}

}  // namespace

void TestMainWindow::designerBuildsVaeByHand()
{
    MainWindow window;
    window.resize(1280, 800);
    window.setCurrentPage(MainWindow::DesignPageIndex);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    gui::DesignPage* page = window.designPage();
    page->setUnsavedChangesQuestion([] { return QMessageBox::Discard; });
    page->findChild<QComboBox*>(QStringLiteral("designSizeCombo"))->setCurrentIndex(0);  // 32 x 32
    page->newEmptyModel(QStringLiteral("vae"));
    QCOMPARE(page->networkTabs()->count(), 2);

    // Encoder: image -> convolution -> Leaky ReLU -> flatten -> mu and log-variance.
    page->networkTabs()->setCurrentIndex(0);
    HandBuilder b{page, currentDesigner(page)};
    QVERIFY(b.view);
    const QString image = b.drop("ImageInput", {0, 0});
    const QString conv = b.drop("Conv2d", {0, 130});
    const QString act = b.drop("LeakyReLU", {0, 260});
    const QString flat = b.drop("Flatten", {0, 390});
    const QString mu = b.drop("Linear", {-150, 520});
    const QString logvar = b.drop("Linear", {150, 520});
    const QString muOut = b.drop("Output", {-150, 650});
    const QString logvarOut = b.drop("Output", {150, 650});
    QCOMPARE(b.ids().size(), 8);
    b.set(image, "height", QStringLiteral("32"));
    b.set(image, "width", QStringLiteral("32"));
    b.set(conv, "out_channels", QStringLiteral("16"));
    b.set(mu, "out_features", QStringLiteral("16"));
    b.set(logvar, "out_features", QStringLiteral("16"));
    b.wire(image, conv);
    b.wire(conv, act);
    b.wire(act, flat);
    b.wire(flat, mu);
    b.wire(flat, logvar);
    b.wire(mu, muOut);
    b.wire(logvar, logvarOut);
    QCOMPARE(page->model().network(0).edges.size(), size_t(7));
    const engine::NetworkShapes& encoder = page->model().shapes(0);
    QVERIFY2(encoder.ok(), encoder.diagnostics.empty() ? "" : encoder.diagnostics.front().message.c_str());
    QCOMPARE(b.view->designerScene()->edgeItem(flat, QStringLiteral("in"))->labelText(), QStringLiteral("16x16x16"));
    QCOMPARE(b.view->designerScene()->edgeItem(muOut, QStringLiteral("in"))->labelText(), QStringLiteral("16"));

    // Decoder: z -> fully connected -> reshape -> transposed convolution -> Tanh -> output.
    page->networkTabs()->setCurrentIndex(1);
    b.view = currentDesigner(page);
    const QString z = b.drop("LatentInput", {0, 0});
    const QString fc = b.drop("Linear", {0, 130});
    const QString reshape = b.drop("Reshape", {0, 260});
    const QString up = b.drop("ConvTranspose2d", {0, 390});
    const QString tanh = b.drop("Tanh", {0, 520});
    const QString out = b.drop("Output", {0, 650});
    b.set(z, "size", QStringLiteral("16"));
    b.set(fc, "out_features", QStringLiteral("4096"));
    b.set(reshape, "shape", QStringLiteral("16, 16, 16"));
    b.set(up, "out_channels", QStringLiteral("1"));
    b.wire(z, fc);
    b.wire(fc, reshape);
    b.wire(reshape, up);
    b.wire(up, tanh);
    // Before the last connection the decoder has a problem: its output is not connected.
    QVERIFY(!page->model().shapes(1).ok());
    const QString dir = qEnvironmentVariable("MEDSYNTH_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        b.view->designerScene()->selectNode(out);
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + QStringLiteral("/vae-decoder-error.png")));
    }
    b.wire(tanh, out);
    const engine::NetworkShapes& decoder = page->model().shapes(1);
    QVERIFY2(decoder.ok(), decoder.diagnostics.empty() ? "" : decoder.diagnostics.front().message.c_str());
    QCOMPARE(b.view->designerScene()->edgeItem(out, QStringLiteral("in"))->labelText(), QStringLiteral("1x32x32"));
    QVERIFY(page->model().modelProblems().empty());
    QVERIFY(page->model().shapes(0).ok());
    if (!dir.isEmpty()) {
        b.view->arrange();
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + QStringLiteral("/vae-decoder-valid.png")));
        page->networkTabs()->setCurrentIndex(0);
        currentDesigner(page)->arrange();
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + QStringLiteral("/vae-encoder-valid.png")));
        window.resize(900, 600);
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + QStringLiteral("/vae-encoder-900x600.png")));
    }
    // What was built by hand is a model file that validates.
    const QString path = temp_.filePath(QStringLiteral("hand-vae.json"));
    QVERIFY(page->saveModelFile(path));
    QProcess cli;
    cli.start(QStringLiteral(MEDSYNTH_CLI_PATH), {QStringLiteral("validate"), path, QStringLiteral("--channels"),
                                                  QStringLiteral("1"), QStringLiteral("--image-size"), QStringLiteral("32")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardOutput().constData());
}

void TestMainWindow::trainStartsAndStops()
{
    MainWindow window;
    window.setCurrentPage(MainWindow::TrainPageIndex);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    gui::TrainPage* page = window.trainPage();
    auto* size = page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"));
    auto* batch = page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"));
    auto* steps = page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"));
    auto* start = page->findChild<QPushButton*>(QStringLiteral("startButton"));
    auto* stop = page->findChild<QPushButton*>(QStringLiteral("stopButton"));
    QVERIFY(size && batch && steps && start && stop);
    size->setCurrentIndex(size->findData(32));
    batch->setValue(4);
    steps->setValue(3000);
    QVERIFY(!stop->isEnabled());

    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(page->controller()->isRunning());
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(page->lossChart()->pointCount() >= 5, 180000);
    QTRY_VERIFY_WITH_TIMEOUT(page->lossChart()->replotCount() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->sampleGrid()->hasImage(), 180000);
    QVERIFY(!page->findChild<QFrame*>(QStringLiteral("errorBanner"))->isVisible());

    // Responsive: a zero timer fires promptly while the run goes on.
    bool fired = false;
    QTimer::singleShot(0, this, [&] { fired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(fired, 2000);
    QVERIFY(page->controller()->isRunning());

    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 120000);
    QVERIFY(page->lastRunStopped());
    QVERIFY(page->lastSummary().steps < 3000);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QVERIFY(page->lastRunFolder().startsWith(temp_.filePath(QStringLiteral("data/runs/"))));
    QVERIFY(QFileInfo(page->lastRunFolder()).isDir());
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Stopped")), qPrintable(status->text()));
}

// Settings chosen in the Training settings dialog are kept for their template, saved in the
// experiment file, and what the run trains with; another template keeps its own, with the GUI's
// checkpoint interval.
void TestMainWindow::trainingSettingsReachTheRun()
{
    MainWindow window;
    gui::TrainPage* page = showTinyDcgan(window, 5);
    QVERIFY(page);
    auto* model = page->findChild<QComboBox*>(QStringLiteral("trainTemplateCombo"));

    QSettings().remove(QStringLiteral("train/trainingSettings"));  // none kept from an earlier run of the suite

    // As a user does: open the dialog, choose AdamW and a checkpoint every 2 steps, OK. The
    // dialog is closed whatever it shows, so that a failed check cannot leave it open.
    bool edited = false;
    int shownCheckpointEvery = -1;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<gui::TrainingSettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* optimizer = dialog->findChild<QComboBox*>(QStringLiteral("optimizerCombo"));
        optimizer->setCurrentIndex(optimizer->findData(QStringLiteral("adamw")));
        shownCheckpointEvery = dialog->findChild<QSpinBox*>(QStringLiteral("checkpointEverySpin"))->value();
        dialog->findChild<QSpinBox*>(QStringLiteral("checkpointEverySpin"))->setValue(2);
        dialog->findChild<QSpinBox*>(QStringLiteral("evaluateEverySpin"))->setValue(0);
        edited = true;
        dialog->accept();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("trainingSettingsButton")), Qt::LeftButton);
    QVERIFY(edited);
    QCOMPARE(shownCheckpointEvery, 200);  // the GUI's interval, before any change

    const auto experimentIn = [](const QString& file) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return engine::Experiment{};
        return engine::experimentFromJson(nlohmann::json::parse(in.readAll().toStdString()));
    };
    QVERIFY(page->saveExperimentTo(temp_.filePath(QStringLiteral("dcgan-settings.json"))));
    const engine::Experiment saved = experimentIn(temp_.filePath(QStringLiteral("dcgan-settings.json")));
    QCOMPARE(saved.optimizerType, std::string("adamw"));
    QCOMPARE(saved.checkpointEvery, int64_t(2));
    QCOMPARE(saved.batchSize, 4);
    QCOMPARE(saved.steps, int64_t(5));

    page->startTraining();
    QVERIFY(page->controller()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 180000);
    QCOMPARE(page->lastSummary().steps, int64_t(5));
    const engine::Experiment ran = experimentIn(page->lastRunFolder() + QStringLiteral("/experiment.json"));
    QCOMPARE(ran.optimizerType, std::string("adamw"));
    QCOMPARE(ran.checkpointEvery, int64_t(2));
    // Written every 2 steps, not only at the end.
    QVERIFY(QFileInfo::exists(page->lastRunFolder() + QStringLiteral("/checkpoints/step_0000002.pt")) ||
            QFileInfo::exists(page->lastRunFolder() + QStringLiteral("/checkpoints/step_0000004.pt")));

    // Another template: its own recommendations and the GUI's checkpoint interval.
    model->setCurrentIndex(model->findData(QStringLiteral("wgan-gp")));
    QVERIFY(page->saveExperimentTo(temp_.filePath(QStringLiteral("wgan.json"))));
    const engine::Experiment wgan = experimentIn(temp_.filePath(QStringLiteral("wgan.json")));
    QCOMPARE(wgan.optimizerType, std::string("adam"));
    QCOMPARE(wgan.checkpointEvery, int64_t(200));
    QCOMPARE(wgan.criticSteps, 5);
    QSettings().remove(QStringLiteral("train/trainingSettings"));  // later tests train as the templates say
}

// The classroom controls on the page: Pause writes a checkpoint and says so, one discriminator
// update says what it changed (not "generator loss 0"), the time left is not estimated while
// paused, and Resume goes on.
void TestMainWindow::pausesStepsOnceAndResumes()
{
    MainWindow window;
    gui::TrainPage* page = showTinyDcgan(window, 100000);
    QVERIFY(page);
    auto* pause = page->findChild<QPushButton*>(QStringLiteral("pauseButton"));
    auto* step = page->findChild<QToolButton*>(QStringLiteral("singleStepButton"));
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    auto* eta = page->findChild<QLabel*>(QStringLiteral("etaLabel"));
    auto* checkpoint = page->findChild<QLabel*>(QStringLiteral("checkpointLabel"));
    page->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(page->lossChart()->pointCount() >= 3, 180000);

    pause->click();
    QVERIFY(step->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(checkpoint->text().contains(QStringLiteral("(paused)")), 60000);
    QCOMPARE(eta->text(), QStringLiteral("Paused"));
    const int points = page->lossChart()->pointCount();
    QTest::qWait(300);
    QCOMPARE(page->lossChart()->pointCount(), points);  // paused: no step
    const QList<QAction*> updates = step->menu()->actions();
    QVERIFY(!updates.isEmpty());
    updates.first()->trigger();  // one discriminator update
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("One discriminator update")), 60000);
    QVERIFY2(status->text().contains(QStringLiteral("D(x)")) && !status->text().contains(QStringLiteral("Generator loss")),
             qPrintable(status->text()));
    QCOMPARE(eta->text(), QStringLiteral("Paused"));

    pause->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->lossChart()->pointCount() > points + 2, 120000);
    QVERIFY2(status->text().contains(QStringLiteral("Generator loss")), qPrintable(status->text()));
    page->stopTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 120000);
}

// An experiment file (saved from the page, a run's experiment.json, or written for the CLI)
// opens as the model to train with its own settings, which the page's run settings then show;
// a file that is not an experiment is refused with a reason.
void TestMainWindow::opensAnExperimentFile()
{
    MainWindow window;
    gui::TrainPage* page = showTinyDcgan(window, 3);
    QVERIFY(page);
    auto* model = page->findChild<QComboBox*>(QStringLiteral("trainTemplateCombo"));
    model->setCurrentIndex(model->findData(QStringLiteral("wgan-gp")));
    const QString file = temp_.filePath(QStringLiteral("wgan-to-open.json"));
    QVERIFY(page->saveExperimentTo(file));
    // Other choices on the page, then the file: its model and settings come back.
    model->setCurrentIndex(model->findData(QStringLiteral("dcgan")));
    auto* steps = page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"));
    auto* batch = page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"));
    steps->setValue(9);
    batch->setValue(8);
    QVERIFY(page->openExperiment(file));
    QCOMPARE(model->currentData().toString(), QStringLiteral("experiment:"));
    QVERIFY(model->currentText().contains(QStringLiteral("wgan-to-open.json")));
    QCOMPARE(steps->value(), 3);
    QCOMPARE(batch->value(), 4);
    QVERIFY(!page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"))->isEnabled());
    page->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 180000);
    QCOMPARE(page->lastSummary().steps, int64_t(3));
    QFile ran(page->lastRunFolder() + QStringLiteral("/experiment.json"));
    QVERIFY(ran.open(QIODevice::ReadOnly));
    const engine::Experiment trained = engine::experimentFromJson(nlohmann::json::parse(ran.readAll().toStdString()));
    QCOMPARE(trained.recipe, std::string("wgan-gp"));
    QCOMPARE(trained.criticSteps, 5);

    // Not an experiment: refused, and the choice stays.
    const QString broken = temp_.filePath(QStringLiteral("not-an-experiment.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"something else\"}");
    out.close();
    QVERIFY(!page->openExperiment(broken));
    auto* banner = page->findChild<QFrame*>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisibleTo(page));
    QCOMPARE(model->currentData().toString(), QStringLiteral("experiment:"));
}

void TestMainWindow::trainsTheDesignedModel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    gui::DesignPage* design = window.designPage();
    design->setUnsavedChangesQuestion([] { return QMessageBox::Discard; });
    auto* templates = design->findChild<QComboBox*>(QStringLiteral("templateCombo"));
    templates->setCurrentIndex(templates->findData(QStringLiteral("dcgan")));
    design->findChild<QComboBox*>(QStringLiteral("designSizeCombo"))->setCurrentIndex(0);  // 32 x 32
    // An edit the template does not have: fewer filters in the generator's first layer.
    const QString first = QStringLiteral("up1");
    QVERIFY(design->model().node(0, first));
    QVERIFY(widgets::pushGraphCommand(design->undoStack(),
                                      new widgets::SetParamsCommand(design->model(), 0, first, "out_channels", 48))
                .ok);

    gui::TrainPage* page = window.trainPage();
    auto* model = page->findChild<QComboBox*>(QStringLiteral("trainTemplateCombo"));
    const int designed = model->findData(QStringLiteral("design:"));
    QVERIFY(designed >= 0);
    model->setCurrentIndex(designed);
    QVERIFY(!page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"))->isEnabled());
    page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(4);
    page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(3);

    // A model with a problem is refused with a pointer to the Design page, and nothing starts.
    QVERIFY(widgets::pushGraphCommand(design->undoStack(),
                                      new widgets::AddNodeCommand(design->model(), 0, QStringLiteral("ReLU"), {900, 0}))
                .ok);
    page->startTraining();
    QVERIFY(!page->controller()->isRunning());
    auto* banner = page->findChild<QFrame*>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisibleTo(page));
    bool mentions = false;
    for (QLabel* label : banner->findChildren<QLabel*>())
        mentions = mentions || label->text().contains(QStringLiteral("Design page"));
    QVERIFY(mentions);
    design->undoStack().undo();

    page->startTraining();
    QVERIFY(page->controller()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 180000);
    QCOMPARE(page->lastSummary().steps, int64_t(3));
    // The run trained the edited graph: its frozen experiment has the 48 filters.
    QFile frozen(page->lastRunFolder() + QStringLiteral("/experiment.json"));
    QVERIFY(frozen.open(QIODevice::ReadOnly));
    const nlohmann::json experiment = nlohmann::json::parse(frozen.readAll().toStdString());
    bool found = false;
    for (const auto& node : experiment.at("graph").at("networks").at(0).at("nodes"))
        if (node.at("id") == "up1")
            found = node.at("params").at("out_channels") == 48;
    QVERIFY2(found, experiment.dump().c_str());
}

// A stopped run continues from its checkpoint to its last step (the charts keep its past, each
// step is in metrics.jsonl once), and a new run forks from a checkpoint with more steps.
void TestMainWindow::continuesAndForksARun()
{
    MainWindow window;
    window.setCurrentPage(MainWindow::TrainPageIndex);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    gui::TrainPage* page = window.trainPage();
    page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"))->setCurrentIndex(
        page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"))->findData(32));
    page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(4);
    auto* steps = page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"));
    steps->setValue(40);
    // Stopped a few steps in (the stop is read between steps).
    const QMetaObject::Connection stopEarly =
        connect(page->controller(), &gui::TrainingController::stepDone, page, [page](const engine::StepReport& r) {
            if (r.step >= 3)
                page->stopTraining();
        });
    page->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 180000);
    disconnect(stopEarly);
    QVERIFY(page->lastRunStopped());
    const QString folder = page->lastRunFolder();
    const int64_t stoppedAt = page->lastSummary().steps;
    QVERIFY(stoppedAt > 0 && stoppedAt < 40);

    // A finished run cannot be continued, a folder without checkpoints neither: the banner says why.
    auto* banner = page->findChild<QFrame*>(QStringLiteral("errorBanner"));
    QVERIFY(!page->continueRun(temp_.path()));
    QVERIFY(banner->isVisibleTo(page));

    QVERIFY(page->continueRun(folder));
    QVERIFY(!banner->isVisibleTo(page));
    // The slider replays the grids written before the stop, too.
    QVERIFY(page->sampleHistory()->count() >= 1);
    QVERIFY(page->sampleHistory()->stepAt(0) <= stoppedAt);
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 300000);
    QVERIFY2(!page->lastRunStopped(), qPrintable(page->findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
    QCOMPARE(page->lastSummary().steps, int64_t(40));
    QCOMPARE(page->lastRunFolder(), folder);
    QVERIFY(page->lossChart()->pointCount() >= 40);  // the past from metrics.jsonl, then the rest live
    QFile metrics(folder + QStringLiteral("/metrics.jsonl"));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    std::map<int64_t, int> lines;
    for (const QByteArray& line : metrics.readAll().split('\n'))
        if (!line.isEmpty()) {
            const nlohmann::json record = nlohmann::json::parse(line.toStdString());
            if (record.contains("loss_g"))
                ++lines[record.at("step").get<int64_t>()];
        }
    QCOMPARE(lines.size(), size_t(40));
    for (const auto& [step, count] : lines)
        QVERIFY2(count == 1, qPrintable(QString("step %1 appears %2 times").arg(step).arg(count)));
    QVERIFY(!page->continueRun(folder));  // done: fork it instead
    QVERIFY(banner->isVisibleTo(page));

    // Fork from the last checkpoint: too few steps is refused, more steps make a new run folder.
    const QString checkpoint = folder + QStringLiteral("/checkpoints/latest.pt");
    steps->setValue(40);
    QVERIFY(!page->forkRun(checkpoint));
    steps->setValue(45);
    QVERIFY(page->forkRun(checkpoint));
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 120000);
    QCOMPARE(page->lastSummary().steps, int64_t(45));
    QVERIFY(page->lastRunFolder() != folder);
    QFile environment(page->lastRunFolder() + QStringLiteral("/environment.json"));
    QVERIFY(environment.open(QIODevice::ReadOnly));
    const nlohmann::json env = nlohmann::json::parse(environment.readAll().toStdString());
    QCOMPARE(env.at("forked_from").at("step").get<int64_t>(), int64_t(40));
}

void TestMainWindow::trainPreparesAFolderAsChosen()
{
    // A folder of 8 PNG phantoms (each file its own group for the split).
    const QString folder = temp_.filePath(QStringLiteral("pngs"));
    QVERIFY(makePngPhantoms(folder, 8));

    MainWindow window;
    window.show();
    gui::TrainPage* page = window.trainPage();
    page->addDatasetFolder(folder);
    chooseTinyDcgan(page, 2);
    auto* windowChoice = page->findChild<QComboBox*>(QStringLiteral("windowCombo"));
    auto* fit = page->findChild<QComboBox*>(QStringLiteral("fitCombo"));
    QVERIFY(windowChoice && fit);
    QVERIFY(windowChoice->findData(QStringLiteral("ct-lung")) >= 0);  // the presets are offered
    windowChoice->setCurrentIndex(windowChoice->findData(QStringLiteral("percentile")));
    fit->setCurrentIndex(fit->findData(QStringLiteral("pad")));
    page->findChild<QCheckBox*>(QStringLiteral("flipCheck"))->setChecked(true);
    page->findChild<QSpinBox*>(QStringLiteral("rotationSpin"))->setValue(10);
    page->findChild<QSpinBox*>(QStringLiteral("shiftSpin"))->setValue(5);
    page->findChild<QSpinBox*>(QStringLiteral("intensitySpin"))->setValue(10);
    QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("rotationSpin"))->text(), QStringLiteral("Rotate \u00b110\u00b0"));

    page->startTraining();
    QVERIFY(page->controller()->isRunning());
    QVERIFY(!fit->isEnabled());  // fixed while the run goes
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 180000);
    QCOMPARE(page->lastSummary().steps, int64_t(2));
    QVERIFY(fit->isEnabled());
    auto* notes = page->findChild<QLabel*>(QStringLiteral("dataNotesLabel"));
    QVERIFY2(notes->isVisibleTo(page) && notes->text().contains(QStringLiteral("Split by patient")), qPrintable(notes->text()));

    QFile frozen(page->lastRunFolder() + QStringLiteral("/experiment.json"));
    QVERIFY(frozen.open(QIODevice::ReadOnly));
    const nlohmann::json experiment = nlohmann::json::parse(frozen.readAll().toStdString());
    QCOMPARE(experiment.at("preprocessing").at("window").get<std::string>(), std::string("percentile"));
    QCOMPARE(experiment.at("preprocessing").at("fit").get<std::string>(), std::string("pad"));
    const nlohmann::json& augmentation = experiment.at("augmentation");
    QVERIFY(augmentation.at("flip").get<bool>());
    QCOMPARE(augmentation.at("rotation_degrees").get<double>(), 10.0);
    QCOMPARE(augmentation.at("shift_fraction").get<double>(), 0.05);
    QCOMPARE(augmentation.at("intensity_jitter").get<double>(), 0.1);
    QVERIFY(experiment.at("dataset").at("split_images").at("train").get<int>() >= 4);
    // The prepared folder is cached in the data folder, for the next run.
    QCOMPARE(QDir(temp_.filePath(QStringLiteral("data/cache/datasets"))).entryList({QStringLiteral("prepared-*.bin")}).size(), 1);
    fit->setCurrentIndex(fit->findData(QStringLiteral("crop")));  // back, for the tests after this one
    page->findChild<QCheckBox*>(QStringLiteral("flipCheck"))->setChecked(false);
    for (const char* name : {"rotationSpin", "shiftSpin", "intensitySpin"})
        page->findChild<QSpinBox*>(QLatin1String(name))->setValue(0);
    windowChoice->setCurrentIndex(0);
    page->findChild<QComboBox*>(QStringLiteral("datasetCombo"))->setCurrentIndex(0);  // the demo
    page->saveSettings();
}

void TestMainWindow::trainingUsesTheDataPageLabelsAndSplits()
{
    // 8 PNG phantoms; the seeded split would hold some out, but every image is put in train on the
    // Data page, and that is what the run trains on, saved or not.
    const QString folder = temp_.filePath(QStringLiteral("relabelled"));
    QVERIFY(makePngPhantoms(folder, 8));

    MainWindow window;
    window.show();
    gui::DataPage* data = window.dataPage();
    data->openFolder(folder);  // offered on the Train page too
    QTRY_VERIFY_WITH_TIMEOUT(!data->isScanning() && data->index(), 60000);
    QCOMPARE(data->index()->files().size(), size_t(8));
    QVERIFY(data->datasetSpec().count(io::Split::Train) < 8);
    data->thumbnailView()->selectAll();  // the grid shows "All images" after a scan
    auto* split = data->findChild<QComboBox*>(QStringLiteral("splitCombo"));
    split->setCurrentIndex(split->findData(int(io::Split::Train)));
    QTest::mouseClick(data->findChild<QPushButton*>(QStringLiteral("setSplitButton")), Qt::LeftButton);
    QCOMPARE(data->datasetSpec().count(io::Split::Train), 8);
    QVERIFY(data->datasetSpec().hasUnsavedEdits());

    gui::TrainPage* page = window.trainPage();
    auto* dataset = page->findChild<QComboBox*>(QStringLiteral("datasetCombo"));
    QCOMPARE(dataset->currentData().toString(), folder);
    chooseTinyDcgan(page, 1);
    page->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 180000);
    QCOMPARE(page->lastSummary().steps, int64_t(1));
    auto* notes = page->findChild<QLabel*>(QStringLiteral("dataNotesLabel"));
    QVERIFY2(notes->text().contains(QStringLiteral("as set in the Data page")) && notes->text().contains(QStringLiteral("not saved")),
             qPrintable(notes->text()));
    QFile frozen(page->lastRunFolder() + QStringLiteral("/experiment.json"));
    QVERIFY(frozen.open(QIODevice::ReadOnly));
    const nlohmann::json experiment = nlohmann::json::parse(frozen.readAll().toStdString());
    QCOMPARE(experiment.at("dataset").at("split_images").at("train").get<int>(), 8);
    QVERIFY(!experiment.at("dataset").value("labels_hash", std::string()).empty());
    // Nothing in the run folder names a file of the folder (privacy).
    const QString runText = QString::fromStdString(experiment.dump());
    QVERIFY(!runText.contains(QStringLiteral(".png")) && !runText.contains(folder));

    // Saved, they are the folder's own: medsynth-cli and later sessions get the same splits.
    QTest::mouseClick(data->findChild<QPushButton*>(QStringLiteral("saveLabelsButton")), Qt::LeftButton);
    QVERIFY(!data->datasetSpec().hasUnsavedEdits());
    QFile csv(folder + QStringLiteral("/labels.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY2(text.startsWith("file,label,split\n") && text.count(",train\n") == 8, text.constData());
    dataset->setCurrentIndex(0);  // the demo, for the tests after this one
    page->saveSettings();
}

void TestMainWindow::closingWhileTrainingStopsTheRun()
{
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    gui::TrainPage* page = window->trainPage();
    page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"))->setCurrentIndex(0);
    page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(4);
    page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(100000);
    page->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(page->lossChart()->pointCount() >= 1, 180000);
    QVERIFY(window->close());
    QVERIFY(!page->controller()->isRunning());  // stopped and joined inside closeEvent
    delete window;
}

void TestMainWindow::remembersPageAndChoices()
{
    {
        MainWindow window;
        window.show();
        window.setCurrentPage(MainWindow::TrainPageIndex);
        window.trainPage()->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(12);
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.currentPage(), int(MainWindow::TrainPageIndex));
    QCOMPARE(again.trainPage()->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->value(), 12);
}

// Not a check: with MEDSYNTH_SCREENSHOT_DIR set, saves PNGs of the Data, Design and Train pages
// (Train mid-training) at the default size and at 900x600, for a person to look at.
// Turning off File > Recent Folders (or clearing them) also drops the opened folders the Train
// page offers as datasets, from its list and from the settings (privacy: folder names can name
// patients); while off, a folder opened is offered for the session but not written down.
void TestMainWindow::forgettingRecentFoldersForgetsTrainingFolders()
{
    MainWindow window;
    gui::DataPage* data = window.dataPage();
    gui::RecentFolders* recent = data->recentFolders();
    recent->setRemembering(true);
    QTemporaryDir folder;
    const QString path = QDir::cleanPath(folder.path());
    auto* datasets = window.trainPage()->findChild<QComboBox*>(QStringLiteral("datasetCombo"));
    data->openFolder(path);
    QTRY_VERIFY(datasets->findData(path) >= 0);
    window.trainPage()->saveSettings();
    const auto settingsMention = [&] {
        QSettings settings;
        for (const QString& key : settings.allKeys())
            if (settings.value(key).toString().contains(path) || settings.value(key).toStringList().join('|').contains(path))
                return true;
        return false;
    };
    QVERIFY(settingsMention());

    recent->setRemembering(false);
    QVERIFY(datasets->findData(path) < 0);
    QVERIFY(!settingsMention());
    data->openFolder(path);
    QTRY_VERIFY(datasets->findData(path) >= 0);  // for this session
    window.trainPage()->saveSettings();
    QVERIFY(!settingsMention());

    recent->setRemembering(true);
    window.trainPage()->saveSettings();
    QVERIFY(settingsMention());
    recent->clear();
    QVERIFY(datasets->findData(path) < 0);
    QVERIFY(!settingsMention());
}

void TestMainWindow::screenshots()
{
    const QString out = qEnvironmentVariable("MEDSYNTH_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set MEDSYNTH_SCREENSHOT_DIR to save screenshots");
    QDir().mkpath(out);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.dataPage()->model()->rowCount(), 256, 180000);

    gui::TrainPage* page = window.trainPage();
    page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"))->setCurrentIndex(0);
    page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(16);
    page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(2000);
    page->startTraining();
    QTRY_VERIFY_WITH_TIMEOUT(page->sampleGrid()->updateCount() >= 3, 300000);

    const QList<QPair<QSize, QString>> sizes{{QSize(1280, 800), QStringLiteral("1280x800")},
                                             {QSize(900, 600), QStringLiteral("900x600")}};
    const QList<QPair<int, QString>> pages{{MainWindow::DataPageIndex, QStringLiteral("data")},
                                           {MainWindow::DesignPageIndex, QStringLiteral("design")},
                                           {MainWindow::TrainPageIndex, QStringLiteral("train")},
                                           {MainWindow::ComparePageIndex, QStringLiteral("compare")}};
    for (const auto& size : sizes) {
        window.resize(size.first);
        for (const auto& shown : pages) {
            window.setCurrentPage(shown.first);
            QTest::qWait(400);  // layout, lazy thumbnails, a chart replot
            const QString file = QStringLiteral("%1/%2-%3.png").arg(out, shown.second, size.second);
            QVERIFY(window.grab().save(file));
        }
    }
    // A diagnostic banner, worded in German, at the small size.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(MEDSYNTH_QM_DIR "/medsynth_de.qm")));
    QCoreApplication::installTranslator(&german);
    engine::DiagnosticReport collapse;
    collapse.kind = engine::DiagnosticReport::Kind::DiscriminatorCollapse;
    collapse.window = 20;
    collapse.criticSteps = 1;
    Q_EMIT page->controller()->diagnosticRaised(collapse);
    window.setCurrentPage(MainWindow::TrainPageIndex);
    QTest::qWait(400);
    QVERIFY(window.grab().save(out + QStringLiteral("/train-diagnostic-de-900x600.png")));
    QCoreApplication::removeTranslator(&german);
    page->stopTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isRunning(), 120000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
