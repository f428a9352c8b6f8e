#include "DataViewerTab.h"

#include "HistogramChart.h"
#include "ImageViewer.h"
#include "LabelSplitEditor.h"
#include "MetadataPanel.h"
#include "ViewerImageLoader.h"
#include "ViewerSliceLoader.h"

#include <QDir>
#include <QPointer>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace medsynth::gui {

DataViewerTab::DataViewerTab(const SessionDatasetSpec& spec, QWidget* parent)
    : QWidget(parent)
    , spec_(spec)
    , imagePool_(new QThreadPool(this))
    , slices_(new ViewerSliceLoader(this))
    , metadataTimer_(new QTimer(this))
    , eagerLimit_(kEagerViewerBytes)
{
    imagePool_->setMaxThreadCount(1);
    // While slices fly by, the metadata panel is refilled once the scrolling pauses.
    metadataTimer_->setSingleShot(true);
    metadataTimer_->setInterval(150);
    connect(metadataTimer_, &QTimer::timeout, this, &DataViewerTab::refreshMetadata);

    viewer_ = new widgets::ImageViewer(this);
    metadata_ = new MetadataPanel(this);
    histogram_ = new widgets::HistogramChart(this);
    connect(viewer_, &widgets::ImageViewer::windowChanged, histogram_, &widgets::HistogramChart::setWindow);
    connect(viewer_, &widgets::ImageViewer::frameShown, this, [this] {
        if (const widgets::ViewerFrame* frame = viewer_->shownFrame()) {
            histogram_->setValues(frame->values);
            histogram_->setWindow(viewer_->window().center, viewer_->window().width);
        }
    });
    connect(viewer_, &widgets::ImageViewer::frameWanted, slices_, &ViewerSliceLoader::request);
    connect(slices_, &ViewerSliceLoader::sliceReady, this, [this](int index, std::shared_ptr<const LoadedSlice> slice) {
        if (!slice->error.isEmpty()) {
            viewer_->setFrameError(index, tr("This slice cannot be shown.\n%1").arg(slice->error));
            return;
        }
        if (!viewer_->setFrame(index, slice->frame))
            return;
        if (index < volumeFiles_.size() && volumeFiles_.at(index) != shownFile_) {
            shownFile_ = volumeFiles_.at(index);
            shownMetadata_ = slice->metadata;
            metadataTimer_->start();
        }
    });

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(metadata_);
    side->addWidget(histogram_);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    side->setChildrenCollapsible(false);
    side->setMinimumWidth(250);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(viewer_);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
}

DataViewerTab::~DataViewerTab()
{
    imagePool_->clear();
    imagePool_->waitForDone();
}

void DataViewerTab::reset(const QString& folder, const QString& message)
{
    folder_ = folder;
    ++generation_;
    loadingFile_ = loadingSeries_ = -1;
    shownFile_ = shownSeries_ = -1;
    volumeFiles_.clear();
    slices_->clear();
    metadataTimer_->stop();
    viewer_->clear(message);
    metadata_->clear(tr("No file shown."));
    histogram_->clear();
}

QString DataViewerTab::absolutePath(int file) const
{
    return QDir(folder_).filePath(QString::fromStdString(spec_.index()->files()[static_cast<size_t>(file)].path));
}

void DataViewerTab::viewFile(int file)
{
    const io::DatasetIndex* index = spec_.index();
    if (!index || file < 0 || file >= static_cast<int>(index->files().size()) || (file == loadingFile_ && loadingSeries_ < 0)
        || (file == shownFile_ && shownSeries_ < 0 && !isLoading()))
        return;
    const QString path = absolutePath(file);
    const unsigned long long limit = eagerLimit_;
    load(file, -1, {}, [path, limit] { return loadViewerImage(path, limit); });
}

void DataViewerTab::viewSeries(int series)
{
    const io::DatasetIndex* index = spec_.index();
    if (!index || series < 0 || series >= static_cast<int>(index->series().size()) || series == loadingSeries_
        || (series == shownSeries_ && !isLoading()))
        return;
    const io::SeriesGroup& group = index->series()[static_cast<size_t>(series)];
    if (group.files.empty())
        return;
    if (group.files.size() == 1) {
        viewFile(group.files.front());
        return;
    }
    // Every frame of every file, files in slice order (a series of multi-frame files is rare).
    QVector<ViewerSliceRef> slices;
    QVector<int> files;
    for (int file : group.files) {
        const int frames = std::max(1, index->files()[static_cast<size_t>(file)].frames);
        for (int f = 0; f < frames; ++f) {
            slices.append({absolutePath(file), f});
            files.append(file);
        }
    }
    load(files.front(), series, files, [slices] { return loadViewerSeries(slices); });
}

void DataViewerTab::load(int file, int series, QVector<int> volumeFiles, std::function<ViewerImage()> read)
{
    const quint64 generation = ++generation_;
    loadingFile_ = file;
    loadingSeries_ = series;
    imagePool_->clear();  // an image asked for earlier and not started is not wanted any more
    QPointer<DataViewerTab> self(this);
    imagePool_->start([self, generation, file, series, volumeFiles, read] {
        auto image = std::make_shared<ViewerImage>(read());
        QMetaObject::invokeMethod(self.data(), [self, generation, file, series, volumeFiles, image] {
            if (self)
                self->onImageLoaded(generation, file, series, volumeFiles, image);
        }, Qt::QueuedConnection);
    });
}

void DataViewerTab::onImageLoaded(quint64 generation, int file, int series, QVector<int> volumeFiles,
                                  std::shared_ptr<ViewerImage> image)
{
    if (generation != generation_ || !spec_.index())
        return;
    loadingFile_ = loadingSeries_ = -1;
    shownFile_ = file;
    shownSeries_ = -1;
    volumeFiles_.clear();
    slices_->clear();
    metadataTimer_->stop();
    if (!image->error.isEmpty()) {
        viewer_->clear(tr("This file cannot be shown.\n%1").arg(image->error));
        metadata_->clear(image->error);
        histogram_->clear();
        return;
    }
    shownSeries_ = series;
    volumeFiles_ = std::move(volumeFiles);
    viewer_->setPresets(image->presets);
    viewer_->setFrameUnit(image->volume ? widgets::ImageViewer::FrameUnit::Slice : widgets::ImageViewer::FrameUnit::Frame);
    if (image->lazy) {
        slices_->setSlices(image->slices);
        auto first = std::make_shared<LoadedSlice>();
        first->frame = image->frames.front();
        first->metadata = image->metadata;
        slices_->put(0, std::move(first));
        viewer_->setLazyImage(image->frameCount, 0, std::move(image->frames.front()), image->initialWindow,
                              image->monochrome1);
    } else {
        viewer_->setImage(std::move(image->frames), image->initialWindow, image->monochrome1);
    }
    if (image->initialLut)
        viewer_->setLut(image->initialLut);
    shownMetadata_ = std::move(image->metadata);
    refreshMetadata();
}

bool DataViewerTab::showSliceOf(int file)
{
    if (shownSeries_ < 0 || isLoading())
        return false;
    const int slice = volumeFiles_.indexOf(file);
    if (slice < 0)
        return false;
    viewer_->setCurrentFrame(slice);
    return true;
}

void DataViewerTab::refreshMetadata()
{
    if (shownFile_ < 0 || !spec_.index())
        return;
    const QString relative = QString::fromStdString(spec_.index()->files()[static_cast<size_t>(shownFile_)].path);
    metadata_->showFile(relative, shownMetadata_, placementOf(shownFile_), spec_.index()->identifyingValues(shownFile_));
}

QList<QPair<QString, QString>> DataViewerTab::placementOf(int file) const
{
    QList<QPair<QString, QString>> rows;
    const io::DatasetIndex* index = spec_.index();
    const io::IndexedFile& f = index->files()[static_cast<size_t>(file)];
    if (f.series >= 0) {
        const io::SeriesGroup& series = index->series()[static_cast<size_t>(f.series)];
        rows.append({tr("Patient"), QString::fromStdString(index->groups()[static_cast<size_t>(series.group)].key)});
        if (series.study >= 0)
            rows.append({tr("Study"), QString::fromStdString(index->studies()[static_cast<size_t>(series.study)].key)});
        const auto position = std::find(series.files.begin(), series.files.end(), file) - series.files.begin();
        rows.append({tr("Series"), tr("%1, image %2 of %3 (ordered by %4)")
                                       .arg(QString::fromStdString(series.key))
                                       .arg(position + 1)
                                       .arg(series.files.size())
                                       .arg(QString::fromLatin1(io::sliceOrderName(series.order)))});
    } else if (f.group >= 0) {
        rows.append({tr("Group"), QString::fromStdString(index->groups()[static_cast<size_t>(f.group)].key)});
    }
    const QString label = spec_.label(file);
    rows.append({tr("Label"), label.isEmpty() ? tr("(none)") : label});
    rows.append({tr("Split"), LabelSplitEditor::splitText(spec_.split(file))});
    return rows;
}

}  // namespace medsynth::gui
