#pragma once
// DatasetScanner: runs io::DatasetIndex::scan on a worker thread (one QThread per scan), so the
// Data page stays responsive while a large folder is indexed. Progress comes back to the GUI
// thread at most about 20 times a second; the end comes as finished() with the index, or with a
// one-line error (a missing or unreadable folder), or cancelled. Starting a new scan cancels the
// running one and drops its result. The destructor cancels every scan and joins its thread.
// Messages name the folder the user chose, never a DICOM value (the index promises the same).

#include "medsynth/io/DatasetIndex.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace medsynth::gui {

class DatasetScanner : public QObject {
    Q_OBJECT
public:
    explicit DatasetScanner(QObject* parent = nullptr);
    ~DatasetScanner() override;

    // Options used by start(): no labels CSV, no whole-dataset histograms (the viewer draws
    // one per image), seed 1.
    static io::ScanOptions defaultOptions();

    void start(const QString& folder, const io::ScanOptions& options = defaultOptions());
    void cancel();
    bool isRunning() const { return running_; }
    QString folder() const { return folder_; }
    // The last finished, not cancelled scan (null before one finished).
    std::shared_ptr<const io::DatasetIndex> index() const { return index_; }

Q_SIGNALS:
    // stage: "listing", "reading", "decoding"; total is 0 while the total is not known.
    void progress(const QString& stage, int done, int total);
    // error is empty on success; cancelled is true when cancel() (or a newer start()) stopped it.
    void finished(const QString& error, bool cancelled);

private:
    struct Job {
        QThread* thread = nullptr;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    void accept(quint64 generation, std::shared_ptr<const io::DatasetIndex> index, const QString& error);
    void reap();

    std::vector<Job> jobs_;
    quint64 generation_ = 0;
    bool running_ = false;
    QString folder_;
    std::shared_ptr<const io::DatasetIndex> index_;
};

}  // namespace medsynth::gui
