#pragma once
// DataPage: the images a model will learn from. Shows the demo dataset (created in the background
// on first start) or any folder of DICOM / PNG / JPEG / TIFF / BMP files the user opens, as a
// grid of lazily loaded thumbnails with the image count. Full dataset tools (series grouping,
// labels, patient-level splits) come in a later version. Emits folderOpened() so the Train page
// can offer the folder.

#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace medsynth::gui {

class ThumbnailModel;

class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(QWidget* parent = nullptr);

    ThumbnailModel* model() const { return model_; }
    QString shownFolder() const;
    bool showingDemo() const { return showingDemo_; }

public Q_SLOTS:
    void showDemoDataset();
    void showFolder(const QString& dir);
    void chooseFolder();
    // From the demo data generator.
    void setDemoProgress(int done, int total);
    void demoFinished(bool ok, const QString& message);

Q_SIGNALS:
    void folderOpened(const QString& dir);

private:
    void onFolderListed(int imageCount, const QString& error);

    ThumbnailModel* model_ = nullptr;
    QLabel* sourceLabel_ = nullptr;
    QLabel* countLabel_ = nullptr;
    QProgressBar* demoProgress_ = nullptr;
    QListView* view_ = nullptr;
    QPushButton* demoButton_ = nullptr;
    bool showingDemo_ = true;
    bool demoBeingCreated_ = false;
};

}  // namespace medsynth::gui
