#include "DataPage.h"

#include "AppPaths.h"
#include "DataViewerTab.h"
#include "DatasetScanner.h"
#include "DatasetTree.h"
#include "DemoDataGenerator.h"
#include "HistogramChart.h"
#include "ImageViewer.h"
#include "LabelSplitEditor.h"
#include "MetadataPanel.h"
#include "PageTitle.h"
#include "RecentFolders.h"
#include "ThumbnailModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace medsynth::gui {

DataPage::DataPage(QWidget* parent)
    : QWidget(parent)
    , model_(new ThumbnailModel(this))
    , scanner_(new DatasetScanner(this))
    , recent_(new RecentFolders(this))
{
    setObjectName(QStringLiteral("dataPage"));
    auto* title = makePageTitle(tr("Data"), this);

    auto* intro = new QLabel(tr("The images a model learns from: the demo dataset of synthetic brain MR slices, or a "
                                "folder of your own DICOM, NIfTI, PNG, JPEG, TIFF, BMP or NumPy files (or drop a "
                                "folder onto this window)."), this);
    intro->setWordWrap(true);

    demoButton_ = new QPushButton(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Demo: brain MR"), this);
    demoButton_->setObjectName(QStringLiteral("demoButton"));
    demoButton_->setToolTip(tr("Show the demo dataset: %n synthetic brain MR slices (DICOM).", "",
                               DemoDataGenerator::kImageCount));
    auto* openButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open folder..."), this);
    openButton->setObjectName(QStringLiteral("openFolderButton"));
    openButton->setToolTip(tr("Index a folder and its sub-folders: DICOM (grouped by patient, study and series), "
                              "NIfTI, PNG, JPEG, TIFF, BMP and NumPy files."));
    auto* recentButton = new QToolButton(this);
    recentButton->setObjectName(QStringLiteral("recentButton"));
    recentButton->setText(tr("Recent"));
    recentButton->setPopupMode(QToolButton::InstantPopup);
    recentButton->setMenu(recent_->menu());

    sourceLabel_ = new QLabel(this);
    sourceLabel_->setObjectName(QStringLiteral("sourceLabel"));
    sourceLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sourceLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    countLabel_ = new QLabel(this);
    countLabel_->setObjectName(QStringLiteral("imageCountLabel"));
    QFont countFont = countLabel_->font();
    countFont.setBold(true);
    countLabel_->setFont(countFont);

    demoProgress_ = new QProgressBar(this);
    demoProgress_->setObjectName(QStringLiteral("demoProgress"));
    demoProgress_->setRange(0, DemoDataGenerator::kImageCount);
    demoProgress_->setFormat(tr("Creating the demo dataset: %v of %m images"));
    demoProgress_->setVisible(false);

    scanRow_ = new QWidget(this);
    scanProgress_ = new QProgressBar(scanRow_);
    scanProgress_->setObjectName(QStringLiteral("scanProgress"));
    cancelButton_ = new QPushButton(tr("Cancel"), scanRow_);
    cancelButton_->setObjectName(QStringLiteral("cancelScanButton"));
    cancelButton_->setToolTip(tr("Stop indexing this folder"));
    auto* scanLayout = new QHBoxLayout(scanRow_);
    scanLayout->setContentsMargins(0, 0, 0, 0);
    scanLayout->addWidget(scanProgress_, 1);
    scanLayout->addWidget(cancelButton_);
    scanRow_->setVisible(false);

    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("dataStatusLabel"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLabel_->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(demoButton_);
    buttons->addWidget(openButton);
    buttons->addWidget(recentButton);
    buttons->addSpacing(12);
    buttons->addWidget(sourceLabel_, 1);
    buttons->addWidget(countLabel_);

    // Left: the tree and the skipped files.
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("datasetTree"));
    tree_->setHeaderLabels({tr("Dataset"), tr("Images")});
    tree_->setUniformRowHeights(true);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    skippedList_ = new QListWidget(this);
    skippedList_->setObjectName(QStringLiteral("skippedList"));
    skippedList_->setWordWrap(true);
    skippedList_->setTextElideMode(Qt::ElideMiddle);
    skippedList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    skippedList_->setResizeMode(QListView::Adjust);
    skippedBox_ = new QGroupBox(this);
    skippedBox_->setObjectName(QStringLiteral("skippedBox"));
    auto* skippedLayout = new QVBoxLayout(skippedBox_);
    skippedLayout->setContentsMargins(4, 4, 4, 4);
    skippedLayout->addWidget(skippedList_);
    skippedBox_->setVisible(false);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(tree_);
    left->addWidget(skippedBox_);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);
    left->setMinimumWidth(220);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("dataTabs"));
    tabs_->addTab(createBrowser(), tr("Images"));
    viewerTab_ = new DataViewerTab(spec_, this);
    tabs_->addTab(viewerTab_, tr("Viewer"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("dataSplitter"));
    split->addWidget(left);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({290, 990});
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(demoProgress_);
    layout->addWidget(scanRow_);
    layout->addWidget(statusLabel_);
    layout->addWidget(split, 1);

    connect(demoButton_, &QPushButton::clicked, this, [this] {
        if (mayLeaveFolder())
            showDemoDataset();
    });
    connect(openButton, &QPushButton::clicked, this, &DataPage::chooseFolder);
    connect(cancelButton_, &QPushButton::clicked, this, &DataPage::cancelScan);
    connect(recent_, &RecentFolders::folderChosen, this, &DataPage::openFolder);
    connect(scanner_, &DatasetScanner::progress, this, &DataPage::onScanProgress);
    connect(scanner_, &DatasetScanner::finished, this, &DataPage::onScanFinished);
    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { onTreeSelection(item); });

    showDemoDataset();
}

DataPage::~DataPage() = default;

QWidget* DataPage::createBrowser()
{
    auto* page = new QWidget(this);
    view_ = new QListView(page);
    view_->setObjectName(QStringLiteral("thumbnailView"));
    view_->setViewMode(QListView::IconMode);
    view_->setResizeMode(QListView::Adjust);
    view_->setMovement(QListView::Static);
    view_->setUniformItemSizes(true);  // one size for 10,000 items: no per-item layout pass
    view_->setIconSize(QSize(ThumbnailModel::kThumbnailSide, ThumbnailModel::kThumbnailSide));
    view_->setGridSize(QSize(ThumbnailModel::kThumbnailSide + 44, ThumbnailModel::kThumbnailSide + 30));
    view_->setSpacing(4);
    view_->setTextElideMode(Qt::ElideMiddle);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setModel(model_);
    view_->setToolTip(tr("Click to select (for labels and splits); double click to view."));
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid() || current.row() >= gridFiles_.size())
            return;
        // A slice of the volume on show is shown in it; any other image on its own.
        const int file = gridFiles_.at(current.row());
        if (!viewerTab_->showSliceOf(file))
            viewFile(file);
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { editor_->setSelection(selectedFiles()); });
    connect(view_, &QListView::activated, this, [this] { tabs_->setCurrentIndex(ViewerTab); });

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view_, 1);
    editor_ = new LabelSplitEditor(spec_, page);
    connect(editor_, &LabelSplitEditor::edited, this, [this](const QString& message) {
        showStatus(message);
        viewerTab_->refreshMetadata();
    });
    connect(editor_, &LabelSplitEditor::failed, this, [this](const QString& message) { showStatus(message, true); });
    layout->addWidget(editor_);
    return page;
}

widgets::ImageViewer* DataPage::viewer() const
{
    return viewerTab_->viewer();
}

MetadataPanel* DataPage::metadataPanel() const
{
    return viewerTab_->metadataPanel();
}

widgets::HistogramChart* DataPage::histogram() const
{
    return viewerTab_->histogram();
}

int DataPage::shownFile() const
{
    return viewerTab_->shownFile();
}

int DataPage::shownSeries() const
{
    return viewerTab_->shownSeries();
}

bool DataPage::isLoadingImage() const
{
    return viewerTab_->isLoading();
}

bool DataPage::isScanning() const
{
    return scanner_->isRunning();
}

QString DataPage::statusText() const
{
    return statusLabel_->text();
}

void DataPage::showStatus(const QString& text, bool problem)
{
    statusLabel_->setText(text);
    statusLabel_->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    statusLabel_->setVisible(!text.isEmpty());
}

void DataPage::showDemoDataset()
{
    showingDemo_ = true;
    const QString dir = AppPaths::demoDatasetDir();
    sourceLabel_->setText(tr("Demo dataset: synthetic brain MR slices, %1 x %1 pixels")
                              .arg(DemoDataGenerator::kImageSize));
    sourceLabel_->setToolTip(QDir::toNativeSeparators(dir));
    demoProgress_->setVisible(demoBeingCreated_);
    if (demoBeingCreated_ || !DemoDataGenerator::isPresent(dir)) {
        // MainWindow creates it in the background and calls demoFinished() when it is there.
        scanner_->cancel();
        folder_ = dir;
        countLabel_->setText(tr("Being created..."));
        return;
    }
    startScan(dir);
}

void DataPage::showFolder(const QString& dir)
{
    showingDemo_ = false;
    demoProgress_->setVisible(false);
    sourceLabel_->setText(QDir::toNativeSeparators(dir));
    sourceLabel_->setToolTip(QDir::toNativeSeparators(dir));
    startScan(dir);
}

bool DataPage::mayLeaveFolder()
{
    if (showingDemo_ || !spec_.hasUnsavedEdits())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved labels and splits"),
                    tr("The labels and splits set in %1 are not saved. Save them to its labels.csv first?")
                        .arg(QDir::toNativeSeparators(folder_)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return editor_->save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DataPage::openFolder(const QString& dir)
{
    if (!mayLeaveFolder())
        return;
    const QFileInfo info(dir);
    if (!info.isDir()) {
        showStatus(tr("Cannot open %1: it is not a folder, or it does not exist.").arg(QDir::toNativeSeparators(dir)),
                   true);
        return;
    }
    const QString clean = QDir::cleanPath(info.absoluteFilePath());
    recent_->add(clean);
    showFolder(clean);
    Q_EMIT folderOpened(clean);
}

void DataPage::chooseFolder()
{
    if (!mayLeaveFolder())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of images"),
                                                          showingDemo_ ? QDir::homePath() : shownFolder());
    if (!dir.isEmpty())
        openFolder(dir);
}

void DataPage::startScan(const QString& dir)
{
    folder_ = dir;
    spec_.reset(nullptr);
    gridFiles_.clear();
    tree_->clear();
    skippedList_->clear();
    skippedBox_->setVisible(false);
    model_->setFiles(dir, {});
    viewerTab_->reset(dir, tr("Select an image or a series to view it."));
    showStatus(QString());
    countLabel_->setText(tr("Indexing..."));
    scanProgress_->setRange(0, 0);
    scanProgress_->setFormat(tr("Listing files..."));
    scanRow_->setVisible(true);
    editor_->setSelection(selectedFiles());
    editor_->reload(dir, showingDemo_);
    io::ScanOptions options = DatasetScanner::defaultOptions();
    // Labels and splits saved from this page (or written by the user) come back, as training
    // reads them.
    const QString labels = SessionDatasetSpec::labelsFile(dir);
    if (QFileInfo(labels).isFile())
        options.labelsCsv = QDir::toNativeSeparators(labels).toStdString();
    scanner_->start(dir, options);
}

void DataPage::cancelScan()
{
    scanner_->cancel();
}

void DataPage::onScanProgress(const QString& stage, int done, int total)
{
    if (stage == QLatin1String("listing") || total <= 0) {
        scanProgress_->setRange(0, 0);
        scanProgress_->setFormat(tr("Listing files..."));
        return;
    }
    scanProgress_->setRange(0, total);
    scanProgress_->setValue(done);
    scanProgress_->setFormat(stage == QLatin1String("reading") ? tr("Reading file headers: %v of %m")
                                                               : tr("Sampling intensities: %v of %m"));
}

void DataPage::onScanFinished(const QString& error, bool cancelled)
{
    scanRow_->setVisible(false);
    if (cancelled) {
        countLabel_->setText(tr("Not indexed"));
        showStatus(tr("Indexing was cancelled. Open the folder again to index it."));
        return;
    }
    if (!error.isEmpty()) {
        countLabel_->setText(tr("No images"));
        showStatus(tr("The folder could not be indexed: %1").arg(error), true);
        return;
    }
    spec_.reset(scanner_->index());
    const io::DatasetIndex& index = *spec_.index();
    const io::DatasetSummary summary = index.summary();
    QString count = tr("%n image(s)", "", summary.indexed);
    if (summary.patients > 0)
        count += QStringLiteral(" · ") + tr("%n patient(s)", "", summary.patients) + QStringLiteral(" · ")
                 + tr("%n series", "", summary.series);
    countLabel_->setText(count);

    for (const io::SkippedFile& skipped : index.skipped()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1: %2").arg(QString::fromStdString(skipped.path),
                                                                      QString::fromStdString(skipped.reason)),
                                         skippedList_);
        item->setToolTip(item->text());
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    // Rows of labels.csv that could not be used (not the NumPy archives' label notes).
    int labelProblems = 0;
    for (const io::LabelProblem& problem : index.labelProblems()) {
        if (!problem.row)
            continue;
        ++labelProblems;
        auto* item = new QListWidgetItem(tr("labels.csv, line %1: %2").arg(problem.line).arg(QString::fromStdString(problem.message)),
                                         skippedList_);
        item->setToolTip(item->text());
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
    skippedBox_->setTitle(labelProblems == 0 ? tr("Skipped files (%1)").arg(index.skipped().size())
                                             : tr("Skipped files (%1) and labels.csv rows not used (%2)")
                                                   .arg(index.skipped().size())
                                                   .arg(labelProblems));
    skippedBox_->setVisible(!index.skipped().empty() || labelProblems > 0);
    if (summary.indexed == 0)
        showStatus(tr("No image files were found in this folder. It is searched with its sub-folders for DICOM, "
                      "NIfTI, PNG, JPEG, TIFF, BMP and NumPy files."), true);
    editor_->reload(folder_, showingDemo_);
    fillDatasetTree(tree_, index);  // selects "All images", which fills the grid
    editor_->setSelection(selectedFiles());
}

void DataPage::onTreeSelection(QTreeWidgetItem* item)
{
    gridFiles_ = datasetTreeFiles(item);
    QStringList paths;
    paths.reserve(gridFiles_.size());
    const QDir root(folder_);
    if (const io::DatasetIndex* index = spec_.index()) {
        for (int file : gridFiles_)
            paths << root.filePath(QString::fromStdString(index->files()[static_cast<size_t>(file)].path));
    }
    model_->setFiles(folder_, paths);
    // A series of several images opens as a volume; otherwise the first image shows, if none is.
    const int series = datasetTreeSeries(item);
    if (series >= 0 && gridFiles_.size() > 1) {
        viewSeries(series);
        tabs_->setCurrentIndex(ViewerTab);
    } else if (series >= 0) {
        viewSeries(series);
    }
    else if (!gridFiles_.isEmpty() && shownFile() < 0 && !isLoadingImage())
        view_->setCurrentIndex(model_->index(0));
    editor_->setSelection(selectedFiles());
}

void DataPage::viewFile(int file)
{
    viewerTab_->viewFile(file);
}

void DataPage::viewSeries(int series)
{
    viewerTab_->viewSeries(series);
}

QList<int> DataPage::selectedFiles() const
{
    QList<int> files;
    for (const QModelIndex& index : view_->selectionModel()->selectedIndexes()) {
        if (index.row() < gridFiles_.size())
            files << gridFiles_.at(index.row());
    }
    return files;
}

void DataPage::setDemoProgress(int done, int total)
{
    demoBeingCreated_ = done < total;
    demoProgress_->setMaximum(total);
    demoProgress_->setValue(done);
    demoProgress_->setVisible(demoBeingCreated_ && showingDemo_);  // the status bar shows it otherwise
    if (showingDemo_ && demoBeingCreated_)
        countLabel_->setText(tr("Being created..."));
}

void DataPage::demoFinished(bool ok, const QString& message)
{
    demoBeingCreated_ = false;
    demoProgress_->setVisible(false);
    if (!ok && !message.isEmpty()) {
        countLabel_->setText(tr("Demo dataset not available"));
        showStatus(tr("The demo dataset could not be created: %1").arg(message), true);
        return;
    }
    if (showingDemo_)
        showDemoDataset();
}

}  // namespace medsynth::gui
