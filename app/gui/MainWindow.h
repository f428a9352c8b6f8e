#pragma once
// MainWindow: the workbench's frame. A sidebar lists the pages (Data, Design, Train, Compare,
// Explore) and a stacked widget shows the chosen one; Compare and Explore are not built yet and
// say so. On first start it creates the demo dataset in the background. Window geometry, the last
// page and the Train page's choices persist in QSettings. Closing the window stops a training
// run and waits for its thread, and cancels the demo dataset job. A local folder dropped onto the
// window opens on the Data page.

#include <QMainWindow>

class QDragEnterEvent;
class QDropEvent;
class QListWidget;
class QMimeData;
class QProgressBar;
class QStackedWidget;

namespace medsynth::gui {

class DataPage;
class DemoDataGenerator;
class DesignPage;
class TrainPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { DataPageIndex, DesignPageIndex, TrainPageIndex, ComparePageIndex, ExplorePageIndex, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    int currentPage() const;
    QString pageTitle(int page) const;
    QWidget* page(int page) const;
    DataPage* dataPage() const { return dataPage_; }
    DesignPage* designPage() const { return designPage_; }
    TrainPage* trainPage() const { return trainPage_; }
    DemoDataGenerator* demoGenerator() const { return demo_; }

public Q_SLOTS:
    void setCurrentPage(int page);
    void showAbout();

    // The local folder a drag carries (the first URL, when it is a folder), or "".
    static QString droppedFolder(const QMimeData* mime);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void startDemoDataIfMissing();
    void saveSettings() const;

    QListWidget* sidebar_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    DataPage* dataPage_ = nullptr;
    DesignPage* designPage_ = nullptr;
    TrainPage* trainPage_ = nullptr;
    DemoDataGenerator* demo_ = nullptr;
    QProgressBar* demoProgress_ = nullptr;
};

}  // namespace medsynth::gui
