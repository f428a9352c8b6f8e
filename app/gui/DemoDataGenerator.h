#pragma once
// DemoDataGenerator: writes the demo dataset (brain-MR phantom slices as DICOM) into a folder on
// a background thread, so the application starts at once. Slices go to "<dir>.partial" first and
// the folder is renamed to <dir> only when complete, so a folder at <dir> is always a whole
// dataset. Progress and the end are reported as signals on the GUI thread. Destroying the
// generator cancels a running job and waits for its thread.

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace medsynth::gui {

class DemoDataGenerator : public QObject {
    Q_OBJECT
public:
    static constexpr int kImageCount = 256;
    static constexpr int kImageSize = 128;
    static constexpr int kSeed = 1;

    explicit DemoDataGenerator(QObject* parent = nullptr);
    ~DemoDataGenerator() override;

    // True when dir holds a completed demo dataset.
    static bool isPresent(const QString& dir);

    // Starts writing into dir; does nothing while a job runs.
    void start(const QString& dir);
    bool isRunning() const { return thread_ != nullptr; }
    void cancelAndWait();

Q_SIGNALS:
    void progress(int done, int total);
    // ok == false: message says what went wrong (empty when cancelled).
    void finished(bool ok, const QString& message);

private:
    void onThreadFinished();

    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
    bool ok_ = false;
    QString error_;
};

}  // namespace medsynth::gui
