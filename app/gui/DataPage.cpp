#include "DataPage.h"

#include "AppPaths.h"
#include "DemoDataGenerator.h"
#include "ThumbnailModel.h"
#include "PageTitle.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace medsynth::gui {

DataPage::DataPage(QWidget* parent)
    : QWidget(parent)
    , model_(new ThumbnailModel(this))
{
    auto* title = makePageTitle(tr("Data"), this);

    auto* intro = new QLabel(tr("The images a model learns from. Start with the demo dataset of synthetic "
                                "brain MR slices, or open a folder of your own DICOM or PNG images."), this);
    intro->setWordWrap(true);

    demoButton_ = new QPushButton(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Demo: brain MR"), this);
    demoButton_->setObjectName(QStringLiteral("demoButton"));
    demoButton_->setToolTip(tr("Show the demo dataset: %n synthetic brain MR slices (DICOM).", "",
                               DemoDataGenerator::kImageCount));
    auto* openButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open folder..."), this);
    openButton->setObjectName(QStringLiteral("openFolderButton"));
    openButton->setToolTip(tr("Show the images of a folder (DICOM, PNG, JPEG, TIFF or BMP; subfolders included)."));

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

    view_ = new QListView(this);
    view_->setObjectName(QStringLiteral("thumbnailView"));
    view_->setViewMode(QListView::IconMode);
    view_->setResizeMode(QListView::Adjust);
    view_->setMovement(QListView::Static);
    view_->setUniformItemSizes(true);
    view_->setIconSize(QSize(ThumbnailModel::kThumbnailSide, ThumbnailModel::kThumbnailSide));
    view_->setGridSize(QSize(ThumbnailModel::kThumbnailSide + 44, ThumbnailModel::kThumbnailSide + 30));
    view_->setSpacing(4);
    view_->setTextElideMode(Qt::ElideMiddle);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setModel(model_);

    auto* note = new QLabel(tr("This version shows the images only. Tools for whole datasets (grouping DICOM "
                               "series, labels from folders or a table, splits by patient) come in a later version."),
                            this);
    note->setObjectName(QStringLiteral("dataNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(demoButton_);
    buttons->addWidget(openButton);
    buttons->addSpacing(12);
    buttons->addWidget(sourceLabel_, 1);
    buttons->addWidget(countLabel_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(demoProgress_);
    layout->addWidget(view_, 1);
    layout->addWidget(note);

    connect(demoButton_, &QPushButton::clicked, this, &DataPage::showDemoDataset);
    connect(openButton, &QPushButton::clicked, this, &DataPage::chooseFolder);
    connect(model_, &ThumbnailModel::folderListed, this, &DataPage::onFolderListed);

    showDemoDataset();
}

QString DataPage::shownFolder() const
{
    return model_->folder();
}

void DataPage::showDemoDataset()
{
    showingDemo_ = true;
    sourceLabel_->setText(tr("Demo dataset: synthetic brain MR slices, %1 x %1 pixels")
                              .arg(DemoDataGenerator::kImageSize));
    sourceLabel_->setToolTip(QDir::toNativeSeparators(AppPaths::demoDatasetDir()));
    model_->setFolder(AppPaths::demoDatasetDir());
    countLabel_->setText(demoBeingCreated_ ? tr("Being created...") : tr("Counting..."));
}

void DataPage::showFolder(const QString& dir)
{
    showingDemo_ = false;
    sourceLabel_->setText(QDir::toNativeSeparators(dir));
    sourceLabel_->setToolTip(QDir::toNativeSeparators(dir));
    countLabel_->setText(tr("Counting..."));
    model_->setFolder(dir);
}

void DataPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of images"),
                                                          showingDemo_ ? QDir::homePath() : shownFolder());
    if (dir.isEmpty())
        return;
    showFolder(dir);
    Q_EMIT folderOpened(dir);
}

void DataPage::setDemoProgress(int done, int total)
{
    demoBeingCreated_ = done < total;
    demoProgress_->setMaximum(total);
    demoProgress_->setValue(done);
    demoProgress_->setVisible(demoBeingCreated_);
    if (showingDemo_ && demoBeingCreated_)
        countLabel_->setText(tr("Being created..."));
}

void DataPage::demoFinished(bool ok, const QString& message)
{
    demoBeingCreated_ = false;
    demoProgress_->setVisible(false);
    if (!ok && !message.isEmpty()) {
        countLabel_->setText(tr("Demo dataset not available"));
        sourceLabel_->setText(tr("The demo dataset could not be created: %1").arg(message));
        return;
    }
    if (showingDemo_)
        showDemoDataset();
}

void DataPage::onFolderListed(int imageCount, const QString& error)
{
    if (!error.isEmpty()) {
        countLabel_->setText(tr("No images"));
        sourceLabel_->setText(error);
        return;
    }
    if (imageCount == 0 && showingDemo_ && demoBeingCreated_) {
        countLabel_->setText(tr("Being created..."));
        return;
    }
    countLabel_->setText(tr("%n image(s)", "", imageCount));
}

}  // namespace medsynth::gui
