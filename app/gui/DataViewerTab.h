#pragma once
// DataViewerTab: the Data page's Viewer tab: the image viewer, the shown file's metadata
// (identifying values masked until Reveal) and its histogram with the window on it.
//   - viewFile: one file, every frame at once, or frame by frame when its frames would not fit in
//     memory (a large NIfTI volume; ViewerImageLoader.h).
//   - viewSeries: a DICOM series of files as one volume in the index's slice order (position
//     along the normal, else instance number). Only the first slice is read at once; the others
//     as the slider, the wheel or the keys reach them (ViewerSliceLoader: off the GUI thread, with
//     a small cache and reading ahead). The window stays while moving through the slices; the
//     metadata panel follows the slice's file.
// Everything is read off the GUI thread; an answer for something no longer asked for is dropped.

#include "SessionDatasetSpec.h"
#include "medsynth/io/MedicalImage.h"

#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QThreadPool;
class QTimer;

namespace medsynth::widgets {
class HistogramChart;
class ImageViewer;
}  // namespace medsynth::widgets

namespace medsynth::gui {

class MetadataPanel;
class ViewerSliceLoader;
struct ViewerImage;

class DataViewerTab : public QWidget {
    Q_OBJECT
public:
    explicit DataViewerTab(const SessionDatasetSpec& spec, QWidget* parent = nullptr);
    ~DataViewerTab() override;

    // Another folder: nothing shown, nothing loading; files are relative to folder.
    void reset(const QString& folder, const QString& message);
    // Reads the file (an index into the index's files()) in the background and shows it.
    void viewFile(int file);
    // Shows a series (an index into the index's series()) as a volume; a series of one file is
    // shown as that file.
    void viewSeries(int series);
    // When the volume shown holds file, moves to its slice and returns true.
    bool showSliceOf(int file);
    void refreshMetadata();

    // The file in the viewer (for a volume: the current slice's), -1 when none.
    int shownFile() const { return shownFile_; }
    // The series shown as a volume, -1 when none.
    int shownSeries() const { return shownSeries_; }
    bool isLoading() const { return loadingFile_ >= 0 || loadingSeries_ >= 0; }
    // Files whose frames would take more than this as floats are read frame by frame
    // (ViewerImageLoader's kEagerViewerBytes unless changed, e.g. by a test).
    void setEagerLimit(unsigned long long bytes) { eagerLimit_ = bytes; }

    widgets::ImageViewer* viewer() const { return viewer_; }
    MetadataPanel* metadataPanel() const { return metadata_; }
    widgets::HistogramChart* histogram() const { return histogram_; }
    ViewerSliceLoader* sliceLoader() const { return slices_; }

private:
    void load(int file, int series, QVector<int> volumeFiles, std::function<ViewerImage()> read);
    void onImageLoaded(quint64 generation, int file, int series, QVector<int> volumeFiles, std::shared_ptr<ViewerImage> image);
    QList<QPair<QString, QString>> placementOf(int file) const;
    QString absolutePath(int file) const;

    const SessionDatasetSpec& spec_;
    QString folder_;
    QThreadPool* imagePool_ = nullptr;
    ViewerSliceLoader* slices_ = nullptr;
    QTimer* metadataTimer_ = nullptr;
    quint64 generation_ = 0;
    int loadingFile_ = -1;
    int loadingSeries_ = -1;
    int shownFile_ = -1;
    int shownSeries_ = -1;
    QVector<int> volumeFiles_;  // a series volume: the file of each slice
    io::ImageMetadata shownMetadata_;
    unsigned long long eagerLimit_;

    widgets::ImageViewer* viewer_ = nullptr;
    MetadataPanel* metadata_ = nullptr;
    widgets::HistogramChart* histogram_ = nullptr;
};

}  // namespace medsynth::gui
