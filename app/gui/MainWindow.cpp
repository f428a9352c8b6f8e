#include "MainWindow.h"

#include "AppPaths.h"
#include "DataPage.h"
#include "DemoDataGenerator.h"
#include "DesignPage.h"
#include "PlaceholderPage.h"
#include "RecentFolders.h"
#include "TrainPage.h"
#include "medsynth/engine/TrainingRun.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

#ifndef MEDSYNTH_VERSION
#define MEDSYNTH_VERSION "0.0.0"
#endif

namespace medsynth::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , demo_(new DemoDataGenerator(this))
{
    setWindowTitle(tr("MedSynth Workbench"));
    setMinimumSize(800, 520);
    setAcceptDrops(true);

    sidebar_ = new QListWidget(this);
    sidebar_->setObjectName(QStringLiteral("sidebar"));
    sidebar_->setIconSize(QSize(28, 28));
    sidebar_->setSpacing(2);
    sidebar_->setFixedWidth(140);
    sidebar_->setFrameShape(QFrame::NoFrame);
    sidebar_->setStyleSheet(QStringLiteral(
        "#sidebar { background: palette(alternate-base); padding-top: 6px; outline: 0; }"
        "#sidebar::item { padding: 8px 6px; border-radius: 4px; }"
        "#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    pages_ = new QStackedWidget(this);
    pages_->setObjectName(QStringLiteral("pages"));

    dataPage_ = new DataPage(pages_);
    designPage_ = new DesignPage(pages_);
    trainPage_ = new TrainPage(pages_);
    trainPage_->setDesignPage(designPage_);
    trainPage_->setDataPage(dataPage_);
    auto* comparePage = new PlaceholderPage(
        tr("Compare"),
        tr("Comparing runs is not built yet. In a coming version this page will put finished runs side by "
           "side: their loss curves and sample grids, image quality scores such as FID and KID, and a check "
           "that the model does not simply copy its training images."),
        pages_);
    auto* explorePage = new PlaceholderPage(
        tr("Explore"),
        tr("Exploring a trained model is not built yet. In a coming version you will open a trained model, "
           "move sliders to travel through the space of images it can make, watch one image turn into "
           "another, and save the images you like as synthetic DICOM or PNG files."),
        pages_);

    struct Entry {
        QWidget* page;
        QString title;
        QStyle::StandardPixmap icon;
        QString help;
    };
    const Entry entries[] = {
        {dataPage_, tr("Data"), QStyle::SP_DirIcon, tr("The images a model learns from")},
        {designPage_, tr("Design"), QStyle::SP_FileDialogListView, tr("The networks of a model")},
        {trainPage_, tr("Train"), QStyle::SP_MediaPlay, tr("Train a model and watch it learn")},
        {comparePage, tr("Compare"), QStyle::SP_FileDialogContentsView, tr("Compare runs (not built yet)")},
        {explorePage, tr("Explore"), QStyle::SP_FileDialogInfoView, tr("Explore a trained model (not built yet)")},
    };
    for (const Entry& entry : entries) {
        pages_->addWidget(entry.page);
        auto* item = new QListWidgetItem(style()->standardIcon(entry.icon), entry.title, sidebar_);
        item->setToolTip(entry.help);
    }

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    connect(sidebar_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(dataPage_, &DataPage::folderOpened, trainPage_, &TrainPage::addDatasetFolder);
    connect(dataPage_->recentFolders(), &RecentFolders::forgotten, trainPage_, &TrainPage::forgetDatasetFolders);

    demoProgress_ = new QProgressBar(this);
    demoProgress_->setMaximumWidth(220);
    demoProgress_->setFormat(tr("Demo data: %p%"));
    demoProgress_->hide();
    statusBar()->addPermanentWidget(demoProgress_);
    connect(demo_, &DemoDataGenerator::progress, dataPage_, &DataPage::setDemoProgress);
    connect(demo_, &DemoDataGenerator::progress, this, [this](int done, int total) {
        demoProgress_->setMaximum(total);
        demoProgress_->setValue(done);
    });
    connect(demo_, &DemoDataGenerator::finished, dataPage_, &DataPage::demoFinished);
    connect(demo_, &DemoDataGenerator::finished, this, [this](bool ok, const QString& message) {
        demoProgress_->hide();
        if (ok)
            statusBar()->showMessage(tr("The demo dataset is ready."), 5000);
        else if (!message.isEmpty())
            statusBar()->showMessage(tr("The demo dataset could not be created: %1").arg(message));
    });

    createMenus();

    QSettings settings;
    resize(1280, 800);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        if (const QScreen* screen = QApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            resize(std::min(1280, available.width() - 40), std::min(800, available.height() - 60));
        }
    }
    const int lastPage = settings.value(QStringLiteral("window/page"), 0).toInt();
    setCurrentPage(lastPage >= 0 && lastPage < PageCount ? lastPage : 0);

    // After the constructor, so the window shows before any file is touched.
    QTimer::singleShot(0, this, &MainWindow::startDemoDataIfMissing);
}

MainWindow::~MainWindow()
{
    // Pages and the generator are children; their destructors join their threads.
    trainPage_->shutdown();
    demo_->cancelAndWait();
}

int MainWindow::pageCount() const
{
    return pages_->count();
}

int MainWindow::currentPage() const
{
    return pages_->currentIndex();
}

QString MainWindow::pageTitle(int page) const
{
    const QListWidgetItem* item = sidebar_->item(page);
    return item ? item->text() : QString();
}

QWidget* MainWindow::page(int page) const
{
    return pages_->widget(page);
}

void MainWindow::setCurrentPage(int page)
{
    sidebar_->setCurrentRow(page);
    pages_->setCurrentIndex(page);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Folder..."), this, [this] {
        setCurrentPage(DataPageIndex);
        dataPage_->chooseFolder();
    });
    open->setShortcut(QKeySequence::Open);
    file->addMenu(dataPage_->recentFolders()->menu());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About MedSynth Workbench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QString torch = tr("unknown");
    QString devices;
    try {
        const engine::EngineEnvironment environment = engine::engineEnvironment();
        torch = QString::fromStdString(environment.torchVersion);
        devices = environment.cudaAvailable ? tr("%n CUDA GPU(s) available.", "", environment.cudaDevices)
                                            : tr("No CUDA GPU available: training runs on the CPU (%n core(s)).", "",
                                                 environment.cores);
    } catch (const std::exception&) {
    }
    QMessageBox::about(this, tr("About MedSynth Workbench"),
                       tr("<h3>MedSynth Workbench %1</h3>"
                          "<p>Train and explore generative models on medical images, without programming.</p>"
                          "<p>LibTorch %2. %3</p>"
                          "<p>Synthetic images are for research and teaching, not for diagnosis.</p>")
                           .arg(QStringLiteral(MEDSYNTH_VERSION), torch.toHtmlEscaped(), devices.toHtmlEscaped()));
}

void MainWindow::startDemoDataIfMissing()
{
    const QString dir = AppPaths::demoDatasetDir();
    if (DemoDataGenerator::isPresent(dir))
        return;
    demoProgress_->setValue(0);
    demoProgress_->show();
    statusBar()->showMessage(tr("Creating the demo dataset in the background..."));
    dataPage_->setDemoProgress(0, DemoDataGenerator::kImageCount);
    demo_->start(dir);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    trainPage_->saveSettings();
}

QString MainWindow::droppedFolder(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty())
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    return info.isDir() ? info.absoluteFilePath() : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty()) {
        statusBar()->showMessage(tr("Drop a folder (not a file) to open it on the Data page."), 5000);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setCurrentPage(DataPageIndex);
    dataPage_->openFolder(folder);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // An edited model is never dropped without asking; Cancel keeps the window open.
    if (!designPage_->maybeKeepChanges()) {
        setCurrentPage(DesignPageIndex);
        event->ignore();
        return;
    }
    // Nor are labels and splits set on the Data page.
    if (!dataPage_->mayLeaveFolder()) {
        setCurrentPage(DataPageIndex);
        event->ignore();
        return;
    }
    saveSettings();
    // Stop a run cleanly (it ends after its current step) and join its thread before closing.
    trainPage_->shutdown();
    demo_->cancelAndWait();
    event->accept();
}

}  // namespace medsynth::gui
