#pragma once
// DataPage: the images a model will learn from. Opens the demo dataset (created in the background
// on first start) or any folder of DICOM, NIfTI, PNG / JPEG / TIFF / BMP and NumPy files, and
// indexes it in the background (DatasetScanner) with progress and Cancel. Then:
//   - a tree of DICOM patients > studies > series (opaque keys) and folders of other files, with
//     the files the scan skipped and why;
//   - the thumbnails of the tree's selection (ThumbnailModel: lazy, off the GUI thread);
//   - a viewer (window/level, presets, zoom, pan, frames and slices), the file's metadata with
//     identifying values masked until Reveal, and its intensity histogram with the window on it
//     (DataViewerTab). Selecting a series in the tree opens it there as a volume;
//   - label and split editing for the selected images, used by training on the folder and saved
//     to its labels.csv on request (SessionDatasetSpec); leaving a folder with unsaved edits asks
//     first.
// Recent folders live in RecentFolders (paths the user chose only). Emits folderOpened() when the
// user opens a folder, so the Train page can offer it.

#include "SessionDatasetSpec.h"
#include "medsynth/io/MedicalImage.h"

#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace medsynth::widgets {
class HistogramChart;
class ImageViewer;
}  // namespace medsynth::widgets

namespace medsynth::gui {

class DataViewerTab;
class DatasetScanner;
class LabelSplitEditor;
class MetadataPanel;
class RecentFolders;
class ThumbnailModel;

class DataPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { ImagesTab, ViewerTab };

    explicit DataPage(QWidget* parent = nullptr);
    ~DataPage() override;

    ThumbnailModel* model() const { return model_; }
    QString shownFolder() const { return folder_; }
    bool showingDemo() const { return showingDemo_; }
    bool isScanning() const;
    const io::DatasetIndex* index() const { return spec_.index(); }
    const SessionDatasetSpec& datasetSpec() const { return spec_; }
    RecentFolders* recentFolders() const { return recent_; }

    QTreeWidget* datasetTree() const { return tree_; }
    QListView* thumbnailView() const { return view_; }
    QListWidget* skippedList() const { return skippedList_; }
    DataViewerTab* viewerTab() const { return viewerTab_; }
    widgets::ImageViewer* viewer() const;
    MetadataPanel* metadataPanel() const;
    widgets::HistogramChart* histogram() const;
    QTabWidget* tabs() const { return tabs_; }
    // The index of the file in the viewer (into index()->files()), -1 when none (for a series: the
    // current slice's file); the series shown as a volume (into index()->series()), -1 when none;
    // and whether a file or series is still being read for it.
    int shownFile() const;
    int shownSeries() const;
    bool isLoadingImage() const;
    // The files shown as thumbnails, by row.
    QList<int> shownFiles() const { return gridFiles_; }
    QString statusText() const;
    // Asks what to do with unsaved labels and splits (save, discard, cancel) before another folder
    // opens or the window closes; true when there are none, or they were saved or discarded.
    bool mayLeaveFolder();

public Q_SLOTS:
    void showDemoDataset();
    // Indexes dir and shows it (no recent-folder entry, no folderOpened).
    void showFolder(const QString& dir);
    // A folder the user chose (dialog, drop, recent menu): shown, remembered, announced.
    void openFolder(const QString& dir);
    void chooseFolder();
    void cancelScan();
    // Reads the file (an index into index()->files()) in the background and shows it.
    void viewFile(int file);
    // Shows the series (an index into index()->series()) as a volume, slice by slice.
    void viewSeries(int series);
    // From the demo data generator.
    void setDemoProgress(int done, int total);
    void demoFinished(bool ok, const QString& message);

Q_SIGNALS:
    void folderOpened(const QString& dir);

private:
    QWidget* createBrowser();
    void startScan(const QString& dir);
    void onScanProgress(const QString& stage, int done, int total);
    void onScanFinished(const QString& error, bool cancelled);
    void onTreeSelection(QTreeWidgetItem* item);
    void showStatus(const QString& text, bool problem = false);
    QList<int> selectedFiles() const;

    ThumbnailModel* model_ = nullptr;
    DatasetScanner* scanner_ = nullptr;
    RecentFolders* recent_ = nullptr;
    SessionDatasetSpec spec_;
    QString folder_;
    QList<int> gridFiles_;

    QLabel* sourceLabel_ = nullptr;
    QLabel* countLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QProgressBar* demoProgress_ = nullptr;
    QWidget* scanRow_ = nullptr;
    QProgressBar* scanProgress_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* demoButton_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QGroupBox* skippedBox_ = nullptr;
    QListWidget* skippedList_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QListView* view_ = nullptr;
    DataViewerTab* viewerTab_ = nullptr;
    LabelSplitEditor* editor_ = nullptr;
    bool showingDemo_ = true;
    bool demoBeingCreated_ = false;
};

}  // namespace medsynth::gui
