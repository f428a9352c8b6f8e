#pragma once
// TrainPage: set up and watch a training run. The user picks a dataset (the demo or a folder
// opened on the Data page), a template or the model on the Design page, image size, batch size, steps and optionally a fixed
// seed, how a folder's images are prepared (window, crop or pad) and augmented (flip, rotation,
// shift, intensity), then Start / Stop. While the run goes, a live loss chart, the latest sample grid, a
// progress bar with the time left, the device in use (and why), images per second and a status
// line show what happens; a failure shows a banner saying what went wrong and what to do.
// The run itself lives in a TrainingController (worker thread). The page's choices persist in
// QSettings (group "train").

#include <cstddef>  // before ImageSet.h, which uses size_t
#include "TrainingWorker.h"  // RunStart, LabelRows
#include "medsynth/engine/TrainingRun.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QToolButton;
class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace medsynth::widgets {
class MetricChart;
class SampleGridView;
class SampleHistory;
}

namespace medsynth::gui {

class DataPage;
class DesignPage;
class LiveCharts;
class TrainingController;

class TrainPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainPage(QWidget* parent = nullptr);
    ~TrainPage() override;

    TrainingController* controller() const { return controller_; }
    widgets::MetricChart* lossChart() const;
    LiveCharts* charts() const { return charts_; }
    widgets::SampleGridView* sampleGrid() const { return samples_; }
    widgets::SampleHistory* sampleHistory() const { return history_; }
    QString lastRunFolder() const { return runFolder_; }
    bool lastRunStopped() const { return lastSummary_.stopped; }
    const engine::RunSummary& lastSummary() const { return lastSummary_; }

    // Where the "model on the Design page" choice comes from (MainWindow connects the two pages).
    // Without it, only templates are offered.
    void setDesignPage(const DesignPage* page);
    // Where a folder's labels and splits come from when the Data page shows that folder with
    // edits (saved or not): training uses them as shown there.
    void setDataPage(const DataPage* page);

    void saveSettings() const;
    // Stops a run and waits for its thread (the window is closing).
    void shutdown();

public Q_SLOTS:
    // Offers a folder (chosen on the Data page) as a dataset.
    void addDatasetFolder(const QString& dir);
    // Drops the opened folders from the dataset choices and the settings (the user cleared the
    // recent folders or turned remembering off); a folder a run is training on stays until it ends.
    void forgetDatasetFolders();
    void startTraining();
    void stopTraining();
    // Continues a run folder from its last checkpoint with the run's own settings; the Dataset
    // choice gives the images when the run was trained on a folder. The charts and the sample
    // slider show the run's history up to the checkpoint. False, with the reason in the error banner, when it cannot.
    bool continueRun(const QString& runFolder);
    // A new run (a folder of its own) from any checkpoint, with the checkpoint's settings but this
    // page's step count, which must exceed the checkpoint's step. False with the reason shown.
    bool forkRun(const QString& checkpointFile);
    // Writes the experiment Start would run (training settings, preparation, batch, steps, seed)
    // as JSON that medsynth-cli train runs; a folder dataset is recorded as a kind only. False,
    // with the reason in the error banner, when it cannot.
    bool saveExperimentTo(const QString& file);
    // Offers an experiment file (a run's experiment.json, or one saved with Save experiment) as
    // the model to train, with its settings; the page's run settings show the file's. False,
    // with the reason in the error banner, when it is not an experiment this version reads.
    bool openExperiment(const QString& file);

private:
    void restoreSettings();
    void setRunning(bool running);
    void showError(const QString& message);
    void onDataLoading(int done, int total);
    void onDataLoaded(int images, int skipped, const QStringList& notes);
    void onRunStarted(const engine::RunStarted& report);
    void onStepDone(const engine::StepReport& report);
    void onSamplesReady(const engine::SampleReport& report);
    void onRunFinished(const engine::RunSummary& summary);
    void onRunFailed(const QString& message);
    void onDiagnostic(const engine::DiagnosticReport& report);
    QString durationText(double seconds) const;
    // The status line for a step: a GAN's two losses, another recipe's loss, or what a single
    // discriminator or generator update did.
    QString stepStatus(const engine::StepReport& report) const;
    // Resets the dashboard for a run into `folder` and shows what it is doing.
    void beginRun(const engine::Experiment& experiment, const QString& folder, int64_t startStep);
    // The checkpoint a resumed (latestOfRun: the run folder's latest.pt) or forked run starts
    // from; false, with the reason in the error banner, when there is none or a run is going.
    bool checkpointToStartFrom(const QString& path, bool latestOfRun, engine::CheckpointInfo& info);
    // The charts of a run folder's metrics.jsonl and its sample grids, up to a step (a resumed or
    // forked run's past).
    void loadHistory(const QString& runFolder, int64_t upToStep);

    // The experiment for the chosen model: a template, or the Design page's model; false with the
    // reason shown when it cannot be trained.
    bool buildExperiment(engine::Experiment& experiment, QString& runName);
    // The experiment Start runs: buildExperiment, the training settings kept for it, this page's
    // batch, steps, seed and preparation; false with the reason shown.
    bool experimentToStart(engine::Experiment& experiment, QString& runName);
    // The settings key under which the training settings of the chosen model are kept (by the
    // template's id).
    QString trainingSettingsKey(const engine::Experiment& experiment) const;
    // The GUI's checkpoint interval, then the settings the user kept for this model (Training
    // settings dialog); false with the reason shown when the kept ones no longer fit.
    bool applyTrainingSettings(engine::Experiment& experiment);
    void editTrainingSettings();
    void saveExperimentAs();
    void openExperimentFile();
    // The "Data preparation" group: window, fit and augmentation controls.
    QWidget* makePreparationBox();
    // Their values into the experiment's preprocessing and augmentation.
    void applyPreparation(engine::Experiment& experiment) const;

    // The Data page's labels and splits for this dataset, when it shows it edited; null
    // otherwise. unsaved: whether they are saved (for the run's note).
    LabelRows dataPageLabels(const QString& datasetSpec, bool* unsaved) const;
    // Starts the controller on the chosen dataset with the Data page's labels, if any.
    void startController(const engine::Experiment& experiment, const QString& runFolder, const RunStart& how);

    const DesignPage* designPage_ = nullptr;
    std::optional<engine::Experiment> openedExperiment_;  // the experiment file opened, as edited since
    engine::Experiment openedAsFiled_;                     // ... and as it was in the file
    const DataPage* dataPage_ = nullptr;
    bool unsavedLabels_ = false;  // this run uses the Data page's unsaved labels and splits
    TrainingController* controller_ = nullptr;
    QComboBox* datasetCombo_ = nullptr;
    QComboBox* templateCombo_ = nullptr;
    QComboBox* sizeCombo_ = nullptr;
    QSpinBox* batchSpin_ = nullptr;
    QSpinBox* stepsSpin_ = nullptr;
    QCheckBox* fixedSeedCheck_ = nullptr;
    QSpinBox* seedSpin_ = nullptr;
    QComboBox* windowCombo_ = nullptr;
    QComboBox* fitCombo_ = nullptr;
    QComboBox* sliceAxisCombo_ = nullptr;
    QCheckBox* flipCheck_ = nullptr;
    QSpinBox* rotationSpin_ = nullptr;
    QSpinBox* shiftSpin_ = nullptr;
    QSpinBox* intensitySpin_ = nullptr;
    QPushButton* settingsButton_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QPushButton* pauseButton_ = nullptr;
    QToolButton* stepButton_ = nullptr;
    QDoubleSpinBox* learningRateSpin_ = nullptr;
    QPushButton* applyRate_ = nullptr;
    QComboBox* rateRoleCombo_ = nullptr;  // every network, or one of the run's (index in RunStarted::networks)
    QPushButton* continueRunButton_ = nullptr;
    QPushButton* forkRunButton_ = nullptr;
    QLabel* deviceLabel_ = nullptr;
    QLabel* speedLabel_ = nullptr;
    QLabel* runFolderLabel_ = nullptr;
    QLabel* dataNotesLabel_ = nullptr;  // what the data preparation said (splits, presets)
    QFrame* errorBanner_ = nullptr;
    QFrame* diagnosticBanner_ = nullptr;
    QLabel* diagnosticLabel_ = nullptr;
    QLabel* checkpointLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* etaLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    LiveCharts* charts_ = nullptr;
    widgets::SampleHistory* history_ = nullptr;
    widgets::SampleGridView* samples_ = nullptr;

    QString runFolder_;
    engine::RunSummary lastSummary_;
    bool failed_ = false;
    qint64 firstTimedStep_ = 0;
    int checkpointEvery_ = 0;  // of the run shown
    QElapsedTimer sinceFirstStep_;
    QElapsedTimer sinceStart_;
};

}  // namespace medsynth::gui
