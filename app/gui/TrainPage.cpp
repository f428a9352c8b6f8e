#include "TrainPage.h"

#include "AppPaths.h"
#include "DataPage.h"
#include "DesignPage.h"
#include "DiagnosticText.h"
#include "medsynth/engine/RoleContracts.h"
#include "medsynth/engine/RunHistory.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "LiveCharts.h"
#include "MetricChart.h"
#include "SampleGridView.h"
#include "SampleHistory.h"
#include "TrainingController.h"
#include "TrainingSettings.h"
#include "TrainingSettingsDialog.h"
#include "PageTitle.h"
#include "RecentFolders.h"
#include "RunsPanel.h"
#include "TemplateChoices.h"
#include "ViewerImageLoader.h"
#include "medsynth/io/DisplayWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QToolButton>
#include <QSignalBlocker>
#include <QScrollArea>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <cmath>

namespace medsynth::gui {

namespace {

// The model choice that means "the model on the Design page".
const QString kDesignedModel = QStringLiteral("design:");
// The model choice that means "the experiment file opened" (openExperiment).
const QString kOpenedExperiment = QStringLiteral("experiment:");

}  // namespace

namespace {
const QString kDemoSpec = QStringLiteral("phantom:brain");
constexpr int kMaxRememberedFolders = 10;

// A network's role as the user reads it; a role not known here as it is.
QString roleName(const std::string& role)
{
    static const std::map<std::string, const char*> names = {
        {"generator", QT_TRANSLATE_NOOP("TrainPage", "Generator")},
        {"discriminator", QT_TRANSLATE_NOOP("TrainPage", "Discriminator")},
        {"encoder", QT_TRANSLATE_NOOP("TrainPage", "Encoder")},
        {"decoder", QT_TRANSLATE_NOOP("TrainPage", "Decoder")},
        {"classifier", QT_TRANSLATE_NOOP("TrainPage", "Classifier")},
        {"segmenter", QT_TRANSLATE_NOOP("TrainPage", "Segmenter")}};
    const auto found = names.find(role);
    return found != names.end() ? QCoreApplication::translate("TrainPage", found->second) : QString::fromStdString(role);
}
}  // namespace

TrainPage::TrainPage(QWidget* parent)
    : QWidget(parent)
    , controller_(new TrainingController(this))
{
    auto* title = makePageTitle(tr("Train"), this);

    // Set-up column.
    datasetCombo_ = new QComboBox(this);
    datasetCombo_->setObjectName(QStringLiteral("datasetCombo"));
    datasetCombo_->addItem(tr("Demo: brain MR (synthetic)"), kDemoSpec);
    datasetCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    datasetCombo_->setMinimumContentsLength(12);
    // The full name as tooltip, for when the column is too narrow for it.
    connect(datasetCombo_, &QComboBox::currentTextChanged, datasetCombo_, &QWidget::setToolTip);
    templateCombo_ = new QComboBox(this);
    templateCombo_->setObjectName(QStringLiteral("trainTemplateCombo"));
    widgets::addTemplateChoices(*templateCombo_);  // empty if unreadable: reported when used
    sizeCombo_ = new QComboBox(this);
    sizeCombo_->setObjectName(QStringLiteral("imageSizeCombo"));
    for (int size : {32, 64, 128, 256})
        sizeCombo_->addItem(tr("%1 x %1 pixels").arg(size), size);
    sizeCombo_->setCurrentIndex(0);  // 32 x 32: learns visibly within minutes on a laptop CPU, and trains stably
    sizeCombo_->setToolTip(tr("Smaller images train much faster; 32 or 64 suits a laptop."));
    batchSpin_ = new QSpinBox(this);
    batchSpin_->setObjectName(QStringLiteral("batchSizeSpin"));
    batchSpin_->setRange(2, 1024);  // batch normalisation needs two images or more
    batchSpin_->setValue(32);
    batchSpin_->setToolTip(tr("How many images the networks see at each step."));
    stepsSpin_ = new QSpinBox(this);
    stepsSpin_->setObjectName(QStringLiteral("stepsSpin"));
    stepsSpin_->setRange(1, 10000000);
    stepsSpin_->setSingleStep(100);
    stepsSpin_->setValue(2000);
    stepsSpin_->setGroupSeparatorShown(true);
    stepsSpin_->setToolTip(tr("How many times the generator is updated. More steps take longer and usually give better images."));
    fixedSeedCheck_ = new QCheckBox(tr("Fixed seed"), this);
    fixedSeedCheck_->setObjectName(QStringLiteral("fixedSeedCheck"));
    fixedSeedCheck_->setToolTip(tr("With a fixed seed, the same settings give the same run again."));
    seedSpin_ = new QSpinBox(this);
    seedSpin_->setObjectName(QStringLiteral("seedSpin"));
    seedSpin_->setRange(0, std::numeric_limits<int>::max());
    seedSpin_->setValue(1);
    seedSpin_->setEnabled(false);
    connect(fixedSeedCheck_, &QCheckBox::toggled, seedSpin_, &QSpinBox::setEnabled);

    auto* setupBox = new QGroupBox(tr("Set-up"), this);
    auto* form = new QFormLayout(setupBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Dataset:"), datasetCombo_);
    form->addRow(tr("Template:"), templateCombo_);
    form->addRow(tr("Image size:"), sizeCombo_);
    form->addRow(tr("Batch size:"), batchSpin_);
    form->addRow(tr("Steps:"), stepsSpin_);
    form->addRow(QString(), fixedSeedCheck_);
    form->addRow(tr("Seed:"), seedSpin_);
    // The optimizer, losses, checkpoints, evaluation and device, in a dialog of their own; and the
    // experiment as a file that medsynth-cli runs.
    settingsButton_ = new QPushButton(tr("Training settings..."), setupBox);
    settingsButton_->setObjectName(QStringLiteral("trainingSettingsButton"));
    settingsButton_->setToolTip(tr("The optimizer and learning rates, the schedule, the losses, how often checkpoints "
                                   "are written and FID/KID measured, and the device. They start as the template "
                                   "recommends and are kept for each template."));
    connect(settingsButton_, &QPushButton::clicked, this, &TrainPage::editTrainingSettings);
    auto* saveExperimentButton = new QPushButton(tr("Save experiment..."), setupBox);
    saveExperimentButton->setObjectName(QStringLiteral("saveExperimentButton"));
    saveExperimentButton->setToolTip(tr("Save everything Start would run as an experiment file, to run again here "
                                        "or with \"medsynth-cli train FILE\" on another machine."));
    connect(saveExperimentButton, &QPushButton::clicked, this, &TrainPage::saveExperimentAs);
    auto* openExperimentButton = new QPushButton(tr("Open experiment..."), setupBox);
    openExperimentButton->setObjectName(QStringLiteral("openExperimentButton"));
    openExperimentButton->setToolTip(tr("Train an experiment file: a run's experiment.json, or one saved here or "
                                        "written for medsynth-cli. Its model and settings are used as they are."));
    connect(openExperimentButton, &QPushButton::clicked, this, &TrainPage::openExperimentFile);
    form->addRow(settingsButton_);
    auto* experimentRow = new QHBoxLayout;
    experimentRow->addWidget(openExperimentButton);
    experimentRow->addWidget(saveExperimentButton);
    form->addRow(experimentRow);

    startButton_ = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start"), this);
    startButton_->setObjectName(QStringLiteral("startButton"));
    startButton_->setDefault(true);
    stopButton_ = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this);
    stopButton_->setObjectName(QStringLiteral("stopButton"));
    stopButton_->setEnabled(false);
    stopButton_->setToolTip(tr("End the run after the current step; its results so far are kept."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(startButton_);
    buttons->addWidget(stopButton_);

    // Pause and single steps, for watching a GAN learn one update at a time in a classroom.
    pauseButton_ = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"), this);
    pauseButton_->setObjectName(QStringLiteral("pauseButton"));
    pauseButton_->setCheckable(true);
    pauseButton_->setEnabled(false);
    pauseButton_->setToolTip(tr("Pause after the current step (a checkpoint is written); press again to go on."));
    stepButton_ = new QToolButton(this);
    stepButton_->setObjectName(QStringLiteral("singleStepButton"));
    stepButton_->setText(tr("Step"));
    stepButton_->setToolTip(tr("While paused: one training step. The arrow offers one discriminator update or one "
                               "generator update alone (GANs)."));
    stepButton_->setEnabled(false);
    stepButton_->setPopupMode(QToolButton::MenuButtonPopup);
    auto* stepMenu = new QMenu(stepButton_);
    stepMenu->addAction(tr("One discriminator update"), this,
                        [this] { controller_->stepOnce(engine::StepPart::Discriminator); });
    stepMenu->addAction(tr("One generator update"), this, [this] { controller_->stepOnce(engine::StepPart::Generator); });
    stepButton_->setMenu(stepMenu);
    connect(stepButton_, &QToolButton::clicked, this, [this] { controller_->stepOnce(engine::StepPart::Whole); });
    connect(pauseButton_, &QPushButton::toggled, this, [this](bool paused) {
        if (paused)
            controller_->pause();
        else
            controller_->resume();
        pauseButton_->setText(paused ? tr("Resume") : tr("Pause"));
        stepButton_->setEnabled(paused && controller_->isRunning());
        statusLabel_->setText(paused ? tr("Paused: a checkpoint is written; Step trains one step at a time.")
                                     : tr("Training..."));
        // The time left is estimated again from the steps after the pause, which it does not count.
        firstTimedStep_ = 0;
        if (paused)
            etaLabel_->setText(tr("Paused"));
    });
    auto* controls = new QHBoxLayout;
    controls->addWidget(pauseButton_);
    controls->addWidget(stepButton_);

    // The learning rate, changed while the run goes (applied before the next step).
    learningRateSpin_ = new QDoubleSpinBox(this);
    learningRateSpin_->setObjectName(QStringLiteral("learningRateSpin"));
    learningRateSpin_->setDecimals(6);
    learningRateSpin_->setRange(0.000001, 1.0);
    learningRateSpin_->setSingleStep(0.0001);
    learningRateSpin_->setValue(0.0002);
    learningRateSpin_->setEnabled(false);
    learningRateSpin_->setToolTip(tr("A new learning rate, used from the next step on."));
    rateRoleCombo_ = new QComboBox(this);
    rateRoleCombo_->setObjectName(QStringLiteral("learningRateRoleCombo"));
    rateRoleCombo_->addItem(tr("Every network"), -1);
    rateRoleCombo_->setEnabled(false);
    rateRoleCombo_->setToolTip(tr("Which network the new learning rate is for. Lowering only the discriminator's "
                                  "helps when it wins too easily."));
    auto* applyRate = new QPushButton(tr("Apply"), this);
    applyRate->setObjectName(QStringLiteral("applyLearningRate"));
    applyRate->setEnabled(false);
    connect(learningRateSpin_, &QDoubleSpinBox::valueChanged, applyRate, [this, applyRate] {
        applyRate->setEnabled(controller_->isRunning());
    });
    connect(applyRate, &QPushButton::clicked, this, [this, applyRate] {
        const int role = rateRoleCombo_->currentData().toInt();
        controller_->setLearningRate(learningRateSpin_->value(), role);
        applyRate->setEnabled(false);
        const QString rate = QLocale().toString(learningRateSpin_->value(), 'g', 4);
        statusLabel_->setText(role < 0 ? tr("Learning rate set to %1 from the next step on.").arg(rate)
                                       : tr("Learning rate (%1) set to %2 from the next step on.")
                                             .arg(rateRoleCombo_->currentText(), rate));
    });
    applyRate_ = applyRate;
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(new QLabel(tr("Learning rate:"), this));
    rateRow->addWidget(learningRateSpin_, 1);
    rateRow->addWidget(applyRate);
    auto* rateRoleRow = new QHBoxLayout;
    rateRoleRow->addWidget(new QLabel(tr("For:"), this));
    rateRoleRow->addWidget(rateRoleCombo_, 1);

    auto* runBox = new QGroupBox(tr("Run"), this);
    deviceLabel_ = new QLabel(tr("Device: chosen when the run starts"), runBox);
    deviceLabel_->setObjectName(QStringLiteral("deviceLabel"));
    deviceLabel_->setWordWrap(true);
    speedLabel_ = new QLabel(tr("Speed: -"), runBox);
    speedLabel_->setObjectName(QStringLiteral("speedLabel"));
    runFolderLabel_ = new QLabel(runBox);
    runFolderLabel_->setObjectName(QStringLiteral("runFolderLabel"));
    runFolderLabel_->setWordWrap(true);
    runFolderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataNotesLabel_ = new QLabel(runBox);
    dataNotesLabel_->setObjectName(QStringLiteral("dataNotesLabel"));
    dataNotesLabel_->setWordWrap(true);
    dataNotesLabel_->hide();
    auto* runLayout = new QVBoxLayout(runBox);
    runLayout->addWidget(deviceLabel_);
    runLayout->addWidget(speedLabel_);
    runLayout->addWidget(dataNotesLabel_);
    runLayout->addWidget(runFolderLabel_);
    checkpointLabel_ = new QLabel(runBox);
    checkpointLabel_->setObjectName(QStringLiteral("checkpointLabel"));
    checkpointLabel_->setWordWrap(true);
    runLayout->addWidget(checkpointLabel_);

    // Runs written elsewhere (medsynth-cli on another machine) and comparisons, in a window of their own.
    auto* otherRunsBox = new QGroupBox(tr("Other runs"), this);
    auto* followRunButton = new QPushButton(tr("Follow a run folder..."), otherRunsBox);
    followRunButton->setObjectName(QStringLiteral("trainFollowRunButton"));
    auto* compareRunsButton = new QPushButton(tr("Compare runs..."), otherRunsBox);
    compareRunsButton->setObjectName(QStringLiteral("trainCompareRunsButton"));
    auto* continueRunButton = new QPushButton(tr("Continue a run..."), otherRunsBox);
    continueRunButton->setObjectName(QStringLiteral("continueRunButton"));
    continueRunButton->setToolTip(tr("Go on with a stopped or interrupted run from its last checkpoint, with its own "
                                     "settings. A run trained on a folder needs that folder as the Dataset."));
    auto* forkRunButton = new QPushButton(tr("Fork from a checkpoint..."), otherRunsBox);
    forkRunButton->setObjectName(QStringLiteral("forkRunButton"));
    forkRunButton->setToolTip(tr("Start a new run from any checkpoint of a run (its checkpoints folder): the same "
                                 "model and settings, trained up to the Steps set above."));
    auto* otherRunsLayout = new QVBoxLayout(otherRunsBox);
    otherRunsLayout->addWidget(followRunButton);
    otherRunsLayout->addWidget(compareRunsButton);
    otherRunsLayout->addWidget(continueRunButton);
    otherRunsLayout->addWidget(forkRunButton);
    connect(continueRunButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Continue a run: choose its run folder"), AppPaths::runsDir());
        if (!folder.isEmpty())
            continueRun(folder);
    });
    connect(forkRunButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Fork from a checkpoint"), AppPaths::runsDir(),
                                                          tr("Checkpoints (*.pt)"));
        if (!file.isEmpty())
            forkRun(file);
    });
    continueRunButton_ = continueRunButton;
    forkRunButton_ = forkRunButton;
    connect(followRunButton, &QPushButton::clicked, this, [this] { RunsPanel::windowFor(this)->chooseRunToFollow(); });
    connect(compareRunsButton, &QPushButton::clicked, this, [this] { RunsPanel::windowFor(this)->chooseRunsToCompare(); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(setupBox);
    leftLayout->addWidget(makePreparationBox());
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(controls);
    leftLayout->addLayout(rateRow);
    leftLayout->addLayout(rateRoleRow);
    leftLayout->addWidget(runBox);
    leftLayout->addWidget(otherRunsBox);
    leftLayout->addStretch(1);
    left->setMinimumWidth(240);
    left->setMaximumWidth(290);
    // On a small screen the set-up column scrolls instead of squeezing its groups together.
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(QStringLiteral("trainSetupScroll"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    leftScroll->setMinimumWidth(240 + scrollBar);
    leftScroll->setMaximumWidth(290 + scrollBar);

    // Watching column.
    errorBanner_ = new QFrame(this);
    errorBanner_->setObjectName(QStringLiteral("errorBanner"));
    errorBanner_->setStyleSheet(QStringLiteral(
        "#errorBanner { background: #fdecea; border: 1px solid #e6a09a; border-radius: 4px; }"
        "#errorBanner QLabel { color: #611a15; }"));
    errorLabel_ = new QLabel(errorBanner_);
    errorLabel_->setObjectName(QStringLiteral("errorText"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* errorIcon = new QLabel(errorBanner_);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    auto* dismiss = new QPushButton(tr("Dismiss"), errorBanner_);
    connect(dismiss, &QPushButton::clicked, errorBanner_, &QWidget::hide);
    auto* bannerLayout = new QHBoxLayout(errorBanner_);
    bannerLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(errorLabel_, 1);
    bannerLayout->addWidget(dismiss, 0, Qt::AlignTop);
    errorBanner_->hide();

    // Diagnostics of the run (a collapsing discriminator, NaN losses...) with their remedy.
    diagnosticBanner_ = new QFrame(this);
    diagnosticBanner_->setObjectName(QStringLiteral("diagnosticBanner"));
    diagnosticBanner_->setStyleSheet(QStringLiteral(
        "#diagnosticBanner { background: #fff4e5; border: 1px solid #f0b962; border-radius: 4px; }"
        "#diagnosticBanner QLabel { color: #663c00; }"));
    diagnosticLabel_ = new QLabel(diagnosticBanner_);
    diagnosticLabel_->setObjectName(QStringLiteral("diagnosticText"));
    diagnosticLabel_->setWordWrap(true);
    diagnosticLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* diagnosticIcon = new QLabel(diagnosticBanner_);
    diagnosticIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto* dismissDiagnostic = new QPushButton(tr("Dismiss"), diagnosticBanner_);
    connect(dismissDiagnostic, &QPushButton::clicked, diagnosticBanner_, &QWidget::hide);
    auto* diagnosticLayout = new QHBoxLayout(diagnosticBanner_);
    diagnosticLayout->addWidget(diagnosticIcon, 0, Qt::AlignTop);
    diagnosticLayout->addWidget(diagnosticLabel_, 1);
    diagnosticLayout->addWidget(dismissDiagnostic, 0, Qt::AlignTop);
    diagnosticBanner_->hide();

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("trainProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("Step %v of %m"));
    progress_->setTextVisible(false);  // no "Step 0 of 1" before a run
    etaLabel_ = new QLabel(this);
    etaLabel_->setObjectName(QStringLiteral("etaLabel"));
    etaLabel_->setMinimumWidth(150);
    etaLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(etaLabel_);

    statusLabel_ = new QLabel(tr("Ready. Choose the settings on the left and press Start."), this);
    statusLabel_->setObjectName(QStringLiteral("statusLabel"));
    statusLabel_->setWordWrap(true);

    charts_ = new LiveCharts(this);
    charts_->setObjectName(QStringLiteral("liveCharts"));
    history_ = new widgets::SampleHistory(this);
    history_->setObjectName(QStringLiteral("sampleHistory"));
    samples_ = history_->view();
    samples_->setObjectName(QStringLiteral("sampleGrid"));
    samples_->setPlaceholderText(tr("Generated samples appear here while the model trains."));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(charts_);
    splitter->addWidget(history_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 400});  // proportions; the splitter scales them to its width

    auto* right = new QVBoxLayout;
    right->addWidget(errorBanner_);
    right->addWidget(diagnosticBanner_);
    right->addLayout(progressRow);
    right->addWidget(statusLabel_);
    right->addWidget(splitter, 1);

    auto* columns = new QHBoxLayout;
    columns->addWidget(leftScroll);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);

    connect(startButton_, &QPushButton::clicked, this, &TrainPage::startTraining);
    connect(stopButton_, &QPushButton::clicked, this, &TrainPage::stopTraining);
    connect(controller_, &TrainingController::runningChanged, this, &TrainPage::setRunning);
    connect(controller_, &TrainingController::dataLoading, this, &TrainPage::onDataLoading);
    connect(controller_, &TrainingController::dataLoaded, this, &TrainPage::onDataLoaded);
    connect(controller_, &TrainingController::runStarted, this, &TrainPage::onRunStarted);
    connect(controller_, &TrainingController::stepDone, this, &TrainPage::onStepDone);
    connect(controller_, &TrainingController::samplesReady, this, &TrainPage::onSamplesReady);
    connect(controller_, &TrainingController::runFinished, this, &TrainPage::onRunFinished);
    connect(controller_, &TrainingController::evaluationDone, charts_, &LiveCharts::addEvaluation);
    connect(controller_, &TrainingController::diagnosticRaised, this, &TrainPage::onDiagnostic);
    connect(controller_, &TrainingController::checkpointSaved, this, [this](const engine::CheckpointReport& report) {
        // The engine's reasons ("pause", "every N steps", "stop", "end") in the user's language.
        const std::map<std::string, QString> reasons = {{"pause", tr("paused")},
                                                        {"every N steps", tr("every %n step(s)", "", checkpointEvery_)},
                                                        {"stop", tr("stopped")},
                                                        {"end", tr("finished")}};
        const auto reason = reasons.find(report.reason);
        checkpointLabel_->setText(tr("Last checkpoint: step %1 (%2)")
                                      .arg(QLocale().toString(static_cast<qlonglong>(report.step)),
                                           reason != reasons.end() ? reason->second
                                                                   : QString::fromStdString(report.reason)));
        checkpointLabel_->setToolTip(QDir::toNativeSeparators(QString::fromStdString(report.file)));
    });
    connect(controller_, &TrainingController::runFailed, this, &TrainPage::onRunFailed);

    restoreSettings();
}

QWidget* TrainPage::makePreparationBox()
{
    auto* box = new QGroupBox(tr("Data preparation"), this);
    box->setObjectName(QStringLiteral("dataPreparationBox"));
    box->setToolTip(tr("How the images of a folder become the model's input. The demo data is made at the model's "
                       "size and only takes the augmentation."));
    windowCombo_ = new QComboBox(box);
    windowCombo_->setObjectName(QStringLiteral("windowCombo"));
    windowCombo_->addItem(tr("The file's own"), QStringLiteral("file"));
    windowCombo_->addItem(tr("Percentiles 1 to 99"), QStringLiteral("percentile"));
    for (const std::string& preset : io::windowPresetNames())
        windowCombo_->addItem(tr("CT: %1").arg(presetDisplayName(preset)), QString::fromStdString(preset));
    windowCombo_->setToolTip(tr("Which range of values is shown from black to white. CT presets apply to CT images "
                                "(and NIfTI or NumPy volumes); other images keep their own window."));
    fitCombo_ = new QComboBox(box);
    fitCombo_->setObjectName(QStringLiteral("fitCombo"));
    fitCombo_->addItem(tr("Crop to a square"), QStringLiteral("crop"));
    fitCombo_->addItem(tr("Pad to a square"), QStringLiteral("pad"));
    sliceAxisCombo_ = new QComboBox(box);
    sliceAxisCombo_->setObjectName(QStringLiteral("sliceAxisCombo"));
    sliceAxisCombo_->addItem(tr("Axial (along k)"), QStringLiteral("k"));
    sliceAxisCombo_->addItem(tr("Coronal (along j)"), QStringLiteral("j"));
    sliceAxisCombo_->addItem(tr("Sagittal (along i)"), QStringLiteral("i"));
    sliceAxisCombo_->setToolTip(tr("How NIfTI volumes are cut into training images: along their third, second or "
                                   "first axis. The names hold for scans stored in the usual order."));
    fitCombo_->setToolTip(tr("Images that are not square: keep their centre square, or keep all of the image on a "
                             "black border."));

    // Augmentation: each control says what it does, and "off" at zero.
    flipCheck_ = new QCheckBox(tr("Flip"), box);
    flipCheck_->setObjectName(QStringLiteral("flipCheck"));
    flipCheck_->setToolTip(tr("Mirror half of the training images left to right."));
    const auto spin = [box](const char* name, const QString& prefix, const QString& suffix, int maximum,
                            const QString& off, const QString& tip) {
        auto* s = new QSpinBox(box);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(0, maximum);
        s->setPrefix(prefix);
        s->setSuffix(suffix);
        s->setSpecialValueText(off);
        s->setToolTip(tip);
        return s;
    };
    rotationSpin_ = spin("rotationSpin", tr("Rotate \u00b1"), tr("\u00b0"), 45, tr("No rotation"),
                         tr("Rotate each training image by a random angle up to this many degrees."));
    shiftSpin_ = spin("shiftSpin", tr("Shift \u00b1"), tr(" %"), 25, tr("No shift"),
                      tr("Move each training image by up to this share of its size."));
    intensitySpin_ = spin("intensitySpin", tr("Contrast \u00b1"), tr(" %"), 50, tr("No contrast"),
                          tr("Change each training image's contrast and brightness by up to this much."));
    auto* augment = new QGridLayout;
    augment->setContentsMargins(0, 0, 0, 0);
    augment->addWidget(flipCheck_, 0, 0);
    augment->addWidget(rotationSpin_, 0, 1);
    augment->addWidget(shiftSpin_, 1, 0);
    augment->addWidget(intensitySpin_, 1, 1);

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Window:"), windowCombo_);
    form->addRow(tr("Fit:"), fitCombo_);
    form->addRow(tr("Volume slices:"), sliceAxisCombo_);
    form->addRow(new QLabel(tr("Augment each training batch:"), box));
    form->addRow(augment);  // the whole width: the spin boxes say what they do
    return box;
}

void TrainPage::applyPreparation(engine::Experiment& experiment) const
{
    experiment.preprocessing.window = windowCombo_->currentData().toString().toStdString();
    experiment.preprocessing.fit = fitCombo_->currentData().toString().toStdString();
    experiment.preprocessing.sliceAxis = sliceAxisCombo_->currentData().toString().toStdString();
    experiment.augmentation.flip = flipCheck_->isChecked();
    experiment.augmentation.rotationDegrees = rotationSpin_->value();
    experiment.augmentation.shiftFraction = shiftSpin_->value() / 100.0;
    experiment.augmentation.intensityJitter = intensitySpin_->value() / 100.0;
}

TrainPage::~TrainPage()
{
    shutdown();
}

void TrainPage::shutdown()
{
    controller_->stopAndWait();
}

void TrainPage::addDatasetFolder(const QString& dir)
{
    const QString clean = QDir::cleanPath(dir);
    int index = datasetCombo_->findData(clean);
    if (index < 0) {
        datasetCombo_->addItem(style()->standardIcon(QStyle::SP_DirIcon), QFileInfo(clean).fileName(), clean);
        index = datasetCombo_->count() - 1;
        datasetCombo_->setItemData(index, QDir::toNativeSeparators(clean), Qt::ToolTipRole);
    }
    datasetCombo_->setCurrentIndex(index);
}

void TrainPage::forgetDatasetFolders()
{
    const QString running = controller_->isRunning() ? datasetCombo_->currentData().toString() : QString();
    for (int i = datasetCombo_->count() - 1; i >= 0; --i) {
        const QString spec = datasetCombo_->itemData(i).toString();
        if (spec != kDemoSpec && spec != running)
            datasetCombo_->removeItem(i);
    }
    saveSettings();
}

void TrainPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    const QStringList folders = settings.value(QStringLiteral("folders")).toStringList();
    for (const QString& folder : folders) {
        if (QFileInfo(folder).isDir())
            addDatasetFolder(folder);
    }
    const int dataset = datasetCombo_->findData(settings.value(QStringLiteral("dataset"), kDemoSpec).toString());
    datasetCombo_->setCurrentIndex(std::max(0, dataset));
    const int templ = templateCombo_->findData(settings.value(QStringLiteral("template"), QStringLiteral("dcgan")));
    if (templ >= 0)
        templateCombo_->setCurrentIndex(templ);
    const int size = sizeCombo_->findData(settings.value(QStringLiteral("imageSize"), 32).toInt());
    if (size >= 0)
        sizeCombo_->setCurrentIndex(size);
    batchSpin_->setValue(settings.value(QStringLiteral("batchSize"), 32).toInt());
    stepsSpin_->setValue(settings.value(QStringLiteral("steps"), 2000).toInt());
    fixedSeedCheck_->setChecked(settings.value(QStringLiteral("fixedSeed"), false).toBool());
    seedSpin_->setValue(settings.value(QStringLiteral("seed"), 1).toInt());
    windowCombo_->setCurrentIndex(std::max(0, windowCombo_->findData(settings.value(QStringLiteral("window")))));
    fitCombo_->setCurrentIndex(std::max(0, fitCombo_->findData(settings.value(QStringLiteral("fit")))));
    sliceAxisCombo_->setCurrentIndex(std::max(0, sliceAxisCombo_->findData(settings.value(QStringLiteral("sliceAxis")))));
    flipCheck_->setChecked(settings.value(QStringLiteral("flip"), false).toBool());
    rotationSpin_->setValue(settings.value(QStringLiteral("rotation"), 0).toInt());
    shiftSpin_->setValue(settings.value(QStringLiteral("shiftPercent"), 0).toInt());
    intensitySpin_->setValue(settings.value(QStringLiteral("intensityPercent"), 0).toInt());
}

void TrainPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("train"));
    QStringList folders;
    for (int i = 0; i < datasetCombo_->count(); ++i) {
        const QString spec = datasetCombo_->itemData(i).toString();
        if (spec != kDemoSpec)
            folders << spec;
    }
    while (folders.size() > kMaxRememberedFolders)
        folders.removeFirst();
    // Opened folders are remembered only while the user lets them be (File > Recent Folders).
    const bool remember = RecentFolders::isRemembering();
    const QString dataset = datasetCombo_->currentData().toString();
    if (remember)
        settings.setValue(QStringLiteral("folders"), folders);
    else
        settings.remove(QStringLiteral("folders"));
    if (remember || dataset == kDemoSpec)
        settings.setValue(QStringLiteral("dataset"), dataset);
    else
        settings.remove(QStringLiteral("dataset"));
    if (templateCombo_->currentData().toString() != kOpenedExperiment)  // a file is opened again by choice
        settings.setValue(QStringLiteral("template"), templateCombo_->currentData().toString());
    settings.setValue(QStringLiteral("imageSize"), sizeCombo_->currentData().toInt());
    settings.setValue(QStringLiteral("batchSize"), batchSpin_->value());
    settings.setValue(QStringLiteral("steps"), stepsSpin_->value());
    settings.setValue(QStringLiteral("fixedSeed"), fixedSeedCheck_->isChecked());
    settings.setValue(QStringLiteral("seed"), seedSpin_->value());
    settings.setValue(QStringLiteral("window"), windowCombo_->currentData());
    settings.setValue(QStringLiteral("fit"), fitCombo_->currentData());
    settings.setValue(QStringLiteral("sliceAxis"), sliceAxisCombo_->currentData());
    settings.setValue(QStringLiteral("flip"), flipCheck_->isChecked());
    settings.setValue(QStringLiteral("rotation"), rotationSpin_->value());
    settings.setValue(QStringLiteral("shiftPercent"), shiftSpin_->value());
    settings.setValue(QStringLiteral("intensityPercent"), intensitySpin_->value());
}

widgets::MetricChart* TrainPage::lossChart() const { return charts_->lossChart(); }

void TrainPage::onDiagnostic(const engine::DiagnosticReport& report)
{
    QString text = QStringLiteral("<b>%1</b> %2").arg(widgets::DiagnosticText::message(report).toHtmlEscaped(),
                                                      widgets::DiagnosticText::remedy(report).toHtmlEscaped());
    if (report.paused)
        text += QStringLiteral("<br>") + tr("The run paused itself at step %1 so nothing is lost.")
                                              .arg(QLocale().toString(static_cast<qlonglong>(report.step)));
    diagnosticLabel_->setText(text);
    diagnosticBanner_->show();
    if (report.paused) {  // the run paused itself: the button says so, and Resume goes on
        const QSignalBlocker block(pauseButton_);
        pauseButton_->setChecked(true);
        pauseButton_->setText(tr("Resume"));
        stepButton_->setEnabled(true);
    }
}

void TrainPage::setDataPage(const DataPage* page)
{
    dataPage_ = page;
}

LabelRows TrainPage::dataPageLabels(const QString& datasetSpec, bool* unsaved) const
{
    *unsaved = false;
    if (!dataPage_ || dataPage_->showingDemo() || dataPage_->isScanning() || !dataPage_->index()
        || !dataPage_->datasetSpec().isEdited())
        return {};
    const QFileInfo chosen(datasetSpec), shown(dataPage_->shownFolder());
    if (!chosen.isDir() || chosen.canonicalFilePath() != shown.canonicalFilePath())
        return {};
    *unsaved = dataPage_->datasetSpec().hasUnsavedEdits();
    return std::make_shared<const std::vector<io::LabelRow>>(dataPage_->datasetSpec().rows());
}

void TrainPage::startController(const engine::Experiment& experiment, const QString& runFolder, const RunStart& how)
{
    const QString spec = datasetCombo_->currentData().toString();
    const LabelRows labels = dataPageLabels(spec, &unsavedLabels_);
    controller_->start(experiment, spec, runFolder, how, labels);
}

void TrainPage::setDesignPage(const DesignPage* page)
{
    designPage_ = page;
    if (page && templateCombo_->findData(kDesignedModel) < 0) {
        templateCombo_->insertSeparator(templateCombo_->count());
        templateCombo_->addItem(tr("The model on the Design page"), kDesignedModel);
        connect(templateCombo_, &QComboBox::currentIndexChanged, this, [this] { setRunning(controller_->isRunning()); });
    }
}

bool TrainPage::buildExperiment(engine::Experiment& experiment, QString& runName)
{
    const QString choice = templateCombo_->currentData().toString();
    if (choice.isEmpty()) {
        showError(tr("No architecture template is available, so there is nothing to train. "
                     "The installation may be incomplete: reinstall MedSynth Workbench."));
        return false;
    }
    if (choice == kOpenedExperiment && openedExperiment_) {
        experiment = *openedExperiment_;  // as opened, with the Training settings changed since
        runName = QString::fromStdString(experiment.name);
        return true;
    }
    if (choice != kDesignedModel || !designPage_) {
        // The template's graph, recipe and optimizer settings; datasets load as grey images.
        try {
            experiment = engine::experimentForTemplate(choice.toStdString(), 1, sizeCombo_->currentData().toInt());
        } catch (const std::exception& error) {
            showError(tr("This template cannot be built with these choices: %1").arg(QString::fromStdString(error.what())));
            return false;
        }
        runName = choice;
        return true;
    }

    // The Design page's model as it is now, with the settings of a template of the same recipe.
    const DesignPage& page = *designPage_;
    if (const int problems = page.problemCount(); problems > 0) {
        showError(tr("The model on the Design page has %n problem(s) to fix before it can train. The Design page "
                     "lists each one with its fix.", "", problems));
        return false;
    }
    const engine::GraphDocument& document = page.model().document();
    const std::string recipe = engine::recipeOfDocument(document).empty() ? "gan" : engine::recipeOfDocument(document);
    std::string templateId;
    for (const engine::TemplateInfo& info : engine::listTemplates())
        if (info.recipe == recipe && templateId.empty())
            templateId = info.id;
    if (templateId.empty()) {
        showError(tr("The model on the Design page is for the %1 recipe, which this version cannot train yet.")
                      .arg(QString::fromStdString(recipe)));
        return false;
    }
    try {
        experiment = engine::experimentForTemplate(templateId, page.imageChannels(), page.imageSize());
    } catch (const std::exception& error) {
        showError(QString::fromStdString(error.what()));
        return false;
    }
    experiment.graph = document;
    experiment.name = "designed";
    runName = QStringLiteral("designed");
    return true;
}

bool TrainPage::experimentToStart(engine::Experiment& experiment, QString& runName)
{
    if (!buildExperiment(experiment, runName) || !applyTrainingSettings(experiment))
        return false;
    experiment.batchSize = batchSpin_->value();
    experiment.steps = stepsSpin_->value();
    applyPreparation(experiment);
    experiment.seed = fixedSeedCheck_->isChecked() ? static_cast<uint64_t>(seedSpin_->value())
                                                   : QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max());
    // Samples about 20 times a run, but at least every 50 steps and at most every 5.
    experiment.sampleEvery = static_cast<int>(std::clamp<int64_t>(experiment.steps / 20, 5, 50));
    experiment.sampleCount = experiment.imageSize >= 128 ? 36 : 64;

    const std::string invalid = engine::validateExperiment(experiment);
    if (!invalid.empty()) {
        showError(QString::fromStdString(invalid));
        return false;
    }
    return true;
}

QString TrainPage::trainingSettingsKey(const engine::Experiment& experiment) const
{
    const QString choice = templateCombo_->currentData().toString();
    return QStringLiteral("train/trainingSettings/") +
           (choice == kDesignedModel ? QStringLiteral("designed-") + QString::fromStdString(experiment.recipe) : choice);
}

bool TrainPage::applyTrainingSettings(engine::Experiment& experiment)
{
    if (templateCombo_->currentData().toString() == kOpenedExperiment)
        return true;  // an experiment file has its own settings
    experiment.checkpointEvery = kGuiCheckpointEvery;
    const QString saved = QSettings().value(trainingSettingsKey(experiment)).toString();
    if (saved.isEmpty())
        return true;
    try {
        gui::applyTrainingSettings(experiment, nlohmann::json::parse(saved.toStdString()));
    } catch (const std::exception& error) {
        showError(tr("The training settings kept for this template cannot be used (%1). Open Training settings and "
                     "choose \"Restore the template's\".")
                      .arg(QString::fromStdString(error.what())));
        return false;
    }
    return true;
}

void TrainPage::editTrainingSettings()
{
    if (templateCombo_->currentData().toString() == kOpenedExperiment && openedExperiment_) {
        // An experiment file: its settings as opened are what "Restore" goes back to.
        TrainingSettingsDialog dialog(*openedExperiment_, openedAsFiled_, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        dialog.applyTo(*openedExperiment_);
        errorBanner_->hide();
        statusLabel_->setText(tr("Training settings changed for this experiment; the next run uses them."));
        return;
    }
    engine::Experiment recommended;
    QString runName;
    if (!buildExperiment(recommended, runName))
        return;
    recommended.checkpointEvery = kGuiCheckpointEvery;
    engine::Experiment current = recommended;
    if (!applyTrainingSettings(current))
        current = recommended;
    TrainingSettingsDialog dialog(current, recommended, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.applyTo(current);  // checked by the dialog before it closed
    QSettings().setValue(trainingSettingsKey(current), QString::fromStdString(trainingSettingsOf(current).dump()));
    errorBanner_->hide();
    statusLabel_->setText(tr("Training settings saved for this template; the next run uses them."));
}

void TrainPage::openExperimentFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open experiment"), AppPaths::runsDir(),
                                                      tr("Experiments (*.json)"));
    if (!file.isEmpty())
        openExperiment(file);
}

bool TrainPage::openExperiment(const QString& file)
{
    if (controller_->isRunning())
        return false;
    engine::Experiment e;
    try {
        e = engine::loadExperimentFile(QFile::encodeName(file).toStdString());
    } catch (const std::exception& error) {
        showError(tr("%1 cannot be opened as an experiment: %2. Choose an experiment.json of a run, or a file saved "
                     "with \"Save experiment...\".")
                      .arg(QDir::toNativeSeparators(file), QString::fromStdString(error.what())));
        return false;
    }
    errorBanner_->hide();
    openedExperiment_ = e;
    openedAsFiled_ = e;
    int index = templateCombo_->findData(kOpenedExperiment);
    if (index < 0) {
        templateCombo_->addItem(QString(), kOpenedExperiment);
        index = templateCombo_->count() - 1;
    }
    templateCombo_->setItemText(index, tr("Experiment: %1").arg(QFileInfo(file).fileName()));
    templateCombo_->setItemData(index, QDir::toNativeSeparators(file), Qt::ToolTipRole);
    templateCombo_->setCurrentIndex(index);
    // The page shows the file's run settings, which Start then uses.
    batchSpin_->setValue(e.batchSize);
    stepsSpin_->setValue(static_cast<int>(std::min<int64_t>(e.steps, stepsSpin_->maximum())));
    fixedSeedCheck_->setChecked(true);
    seedSpin_->setValue(static_cast<int>(std::min<uint64_t>(e.seed, uint64_t(seedSpin_->maximum()))));
    const auto choose = [](QComboBox* box, const std::string& value) {
        if (const int i = box->findData(QString::fromStdString(value)); i >= 0)
            box->setCurrentIndex(i);
    };
    choose(windowCombo_, e.preprocessing.window);
    choose(fitCombo_, e.preprocessing.fit);
    choose(sliceAxisCombo_, e.preprocessing.sliceAxis);
    flipCheck_->setChecked(e.augmentation.flip);
    rotationSpin_->setValue(static_cast<int>(std::lround(e.augmentation.rotationDegrees)));
    shiftSpin_->setValue(static_cast<int>(std::lround(e.augmentation.shiftFraction * 100)));
    intensitySpin_->setValue(static_cast<int>(std::lround(e.augmentation.intensityJitter * 100)));
    if (e.dataset.kind == "phantom")
        datasetCombo_->setCurrentIndex(std::max(0, datasetCombo_->findData(kDemoSpec)));
    statusLabel_->setText(e.dataset.kind == "phantom"
                              ? tr("Experiment opened: Start trains it on the demo data, as it was.")
                              : tr("Experiment opened. It was trained on a folder, which experiment files never "
                                   "name: choose that folder as the Dataset, then Start."));
    return true;
}

void TrainPage::saveExperimentAs()
{
    const QString choice = templateCombo_->currentData().toString();
    const QString name = choice == kDesignedModel                           ? QStringLiteral("designed")
                         : choice == kOpenedExperiment && openedExperiment_ ? QString::fromStdString(openedExperiment_->name)
                                                                            : choice;
    QString file = QFileDialog::getSaveFileName(this, tr("Save experiment"),
                                                QDir(AppPaths::runsDir()).filePath(name + QStringLiteral(".json")),
                                                tr("Experiments (*.json)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        file += QStringLiteral(".json");
    saveExperimentTo(file);
}

bool TrainPage::saveExperimentTo(const QString& file)
{
    engine::Experiment experiment;
    QString runName;
    if (!experimentToStart(experiment, runName))
        return false;
    // The dataset is named only as a kind (privacy): a folder is given again when the file is run.
    if (datasetCombo_->currentData().toString() != kDemoSpec) {
        experiment.dataset = {};
        experiment.dataset.kind = "folder";
    }
    QSaveFile out(file);
    const std::string text = engine::experimentToJson(experiment).dump(2) + "\n";
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), static_cast<qint64>(text.size())) != qint64(text.size()) ||
        !out.commit()) {
        showError(tr("The experiment could not be saved to %1 (%2). Choose another folder, or free some disk space.")
                      .arg(QDir::toNativeSeparators(file), out.errorString()));
        return false;
    }
    statusLabel_->setText(tr("Experiment saved to %1. Run it with: medsynth-cli train \"%1\" --data DATASET")
                              .arg(QDir::toNativeSeparators(file)));
    return true;
}

void TrainPage::startTraining()
{
    if (controller_->isRunning())
        return;
    errorBanner_->hide();
    engine::Experiment experiment;
    QString runName;
    if (!experimentToStart(experiment, runName))
        return;
    saveSettings();
    beginRun(experiment, AppPaths::newRunFolder(runName), 0);
    startController(experiment, runFolder_, {});
}

void TrainPage::beginRun(const engine::Experiment& experiment, const QString& folder, int64_t startStep)
{
    checkpointEvery_ = static_cast<int>(std::min<int64_t>(experiment.checkpointEvery, std::numeric_limits<int>::max()));
    {
        const QSignalBlocker block(learningRateSpin_);
        learningRateSpin_->setValue(experiment.learningRate);
    }
    runFolder_ = folder;
    lastSummary_ = {};
    failed_ = false;
    firstTimedStep_ = 0;
    charts_->clear();
    history_->clear();
    const auto clampInt = [](int64_t v) { return static_cast<int>(std::min<int64_t>(v, std::numeric_limits<int>::max())); };
    progress_->setRange(0, clampInt(experiment.steps));
    progress_->setValue(clampInt(startStep));
    progress_->setTextVisible(true);
    etaLabel_->clear();
    speedLabel_->setText(tr("Speed: -"));
    deviceLabel_->setText(tr("Device: being chosen..."));
    runFolderLabel_->setText(tr("Run folder: %1").arg(QDir::toNativeSeparators(runFolder_)));
    checkpointLabel_->clear();
    dataNotesLabel_->hide();
    diagnosticBanner_->hide();
    statusLabel_->setText(tr("Loading the images (seed %1)...").arg(experiment.seed));
    sinceStart_.start();
}

void TrainPage::loadHistory(const QString& runFolder, int64_t upToStep)
{
    engine::RunHistory history;
    if (!history.open(runFolder.toStdString()))
        return;  // not a run folder (a checkpoint copied elsewhere): the charts start empty
    do {
        for (const engine::MetricRecord& record : history.poll())
            if (record.step <= upToStep)
                charts_->addRecord(record);
    } while (history.moreToRead());
    // Its sample grids so far, so that the slider replays them (the run adds its new ones).
    for (const engine::SampleGridFile& grid : history.sampleGrids())
        if (grid.step <= upToStep)
            if (const QImage image(QString::fromStdString(grid.path)); !image.isNull())
                history_->addGrid(grid.step, image);
}

bool TrainPage::checkpointToStartFrom(const QString& path, bool latestOfRun, engine::CheckpointInfo& info)
{
    if (controller_->isRunning())
        return false;
    errorBanner_->hide();
    try {
        info = engine::readCheckpointInfo(latestOfRun ? engine::latestCheckpoint(path.toStdString()) : path.toStdString());
        return true;
    } catch (const std::exception& error) {
        showError(QString::fromStdString(error.what()));
        return false;
    }
}

bool TrainPage::continueRun(const QString& folder)
{
    engine::CheckpointInfo info;
    if (!checkpointToStartFrom(folder, /*latestOfRun=*/true, info))
        return false;
    if (info.step >= info.experiment.steps) {
        showError(tr("This run has done all its %1 steps. To train it further, fork it from its last checkpoint "
                     "(checkpoints/latest.pt) with more steps.")
                      .arg(info.experiment.steps));
        return false;
    }
    beginRun(info.experiment, folder, info.step);
    loadHistory(folder, info.step);
    statusLabel_->setText(tr("Continuing from step %1: loading the images...").arg(info.step));
    startController(info.experiment, folder, RunStart{RunStart::Kind::Resume, QString()});
    return true;
}

bool TrainPage::forkRun(const QString& checkpointFile)
{
    engine::CheckpointInfo info;
    if (!checkpointToStartFrom(checkpointFile, /*latestOfRun=*/false, info))
        return false;
    engine::Experiment experiment = info.experiment;
    experiment.steps = stepsSpin_->value();
    if (experiment.steps <= info.step) {
        showError(tr("The checkpoint is at step %1, so a run forked from it needs more steps than that. Set Steps "
                     "above %1 and fork again.")
                      .arg(info.step));
        return false;
    }
    beginRun(experiment, AppPaths::newRunFolder(QString::fromStdString(experiment.templateId) + QStringLiteral("-fork")),
             info.step);
    // The checkpoint's own run, when it sits in one (RUN/checkpoints/FILE.pt): its curves so far.
    QDir source = QFileInfo(checkpointFile).absoluteDir();
    if (source.cdUp())
        loadHistory(source.absolutePath(), info.step);
    statusLabel_->setText(tr("Forking from step %1: loading the images...").arg(info.step));
    startController(experiment, runFolder_, RunStart{RunStart::Kind::Fork, QFileInfo(checkpointFile).absoluteFilePath()});
    return true;
}

void TrainPage::stopTraining()
{
    if (!controller_->isRunning())
        return;
    controller_->stop();
    stopButton_->setEnabled(false);
    statusLabel_->setText(tr("Stopping after the current step..."));
}

void TrainPage::setRunning(bool running)
{
    startButton_->setEnabled(!running);
    continueRunButton_->setEnabled(!running);
    forkRunButton_->setEnabled(!running);
    stopButton_->setEnabled(running);
    pauseButton_->setEnabled(running);
    learningRateSpin_->setEnabled(running);
    rateRoleCombo_->setEnabled(running);
    if (!running) {
        rateRoleCombo_->setCurrentIndex(0);
        const QSignalBlocker block(pauseButton_);
        pauseButton_->setChecked(false);
        pauseButton_->setText(tr("Pause"));
        stepButton_->setEnabled(false);
        applyRate_->setEnabled(false);
    }
    for (QWidget* input : std::initializer_list<QWidget*>{datasetCombo_, templateCombo_, sizeCombo_, batchSpin_,
                                                          stepsSpin_, fixedSeedCheck_, windowCombo_, fitCombo_, sliceAxisCombo_,
                                                          flipCheck_, rotationSpin_, shiftSpin_, intensitySpin_})
        input->setEnabled(!running);
    seedSpin_->setEnabled(!running && fixedSeedCheck_->isChecked());
    // The Design page's model and an experiment file have their own image size.
    sizeCombo_->setEnabled(!running && templateCombo_->currentData().toString() != kDesignedModel &&
                           templateCombo_->currentData().toString() != kOpenedExperiment);
    if (running)
        progress_->setRange(0, 0);  // busy until the first step tells the count
}

void TrainPage::showError(const QString& message)
{
    errorLabel_->setText(tr("<b>The training could not run.</b><br>%1<br><br>What to do: change the set-up on the "
                            "left (for example a smaller image size or batch size, or another dataset) and press "
                            "Start again.").arg(message.toHtmlEscaped()));
    errorBanner_->show();
}

void TrainPage::onDataLoading(int done, int total)
{
    statusLabel_->setText(tr("Loading the images: %1 of %2...").arg(done).arg(total));
}

void TrainPage::onDataLoaded(int images, int skipped, const QStringList& notes)
{
    QString text = skipped > 0 ? tr("Loaded %n image(s); %1 unreadable file(s) left out. Preparing the model...", "",
                                    images).arg(skipped)
                               : tr("Loaded %n image(s). Preparing the model...", "", images);
    statusLabel_->setText(text);
    QStringList all = notes;
    if (unsavedLabels_)
        all << tr("The labels and splits set on the Data page are used, but they are not saved: save them there "
                  "(\"Save to labels.csv\") to be able to continue this run in a later session.");
    dataNotesLabel_->setText(tr("Data: %1").arg(all.join(QLatin1Char(' '))));
    dataNotesLabel_->setVisible(!all.isEmpty());
}

void TrainPage::onRunStarted(const engine::RunStarted& report)
{
    const QString device = QString::fromStdString(report.device);
    const QString name = device.startsWith(QLatin1String("cuda")) ? tr("GPU (%1)").arg(device) : tr("CPU");
    QString text = tr("Device: %1, %n thread(s)", "", report.threads).arg(name);
    if (!report.deviceReason.empty())
        text += QLatin1Char('\n') + tr("Why: %1").arg(widgets::DiagnosticText::deviceReason(report));
    deviceLabel_->setText(text);
    deviceLabel_->setToolTip(tr("Generator: %1 parameters, discriminator: %2 parameters.")
                                 .arg(QLocale().toString(static_cast<qlonglong>(report.generatorParameters)),
                                      QLocale().toString(static_cast<qlonglong>(report.discriminatorParameters))));
    statusLabel_->setText(tr("Training..."));
    // The networks whose learning rate can be changed on its own, in the run's order.
    while (rateRoleCombo_->count() > 1)
        rateRoleCombo_->removeItem(1);
    for (size_t i = 0; i < report.networks.size() && report.networks.size() > 1; ++i)
        rateRoleCombo_->addItem(roleName(report.networks[i].role), static_cast<int>(i));
}

void TrainPage::onStepDone(const engine::StepReport& report)
{
    charts_->addStep(report);
    const int total = static_cast<int>(std::min<int64_t>(report.totalSteps, std::numeric_limits<int>::max()));
    if (progress_->maximum() != total)
        progress_->setRange(0, total);
    progress_->setValue(static_cast<int>(std::min<int64_t>(report.step, total)));

    // Time left from the average since the first report (which carries start-up costs); steps
    // made one at a time while paused are not timed.
    if (report.part != engine::StepPart::Whole || pauseButton_->isChecked()) {
    } else if (firstTimedStep_ == 0) {
        firstTimedStep_ = report.step;
        sinceFirstStep_.start();
        etaLabel_->setText(tr("Estimating time left..."));
    } else if (report.step > firstTimedStep_) {
        const double perStep = sinceFirstStep_.elapsed() / 1000.0 / double(report.step - firstTimedStep_);
        etaLabel_->setText(tr("About %1 left").arg(durationText(perStep * double(report.totalSteps - report.step))));
    }
    if (report.imagesPerSecond > 0)
        speedLabel_->setText(tr("Speed: %1 images/s").arg(QLocale().toString(report.imagesPerSecond, 'f', 1)));
    if (!controller_->stopRequested())
        statusLabel_->setText(stepStatus(report));
}

QString TrainPage::stepStatus(const engine::StepReport& report) const
{
    const auto number = [](double v) { return QLocale().toString(v, 'f', 3); };
    // A single update while paused says what it changed, with the values it has.
    if (report.part == engine::StepPart::Discriminator)
        return tr("One discriminator update: discriminator loss %1, D(x) %2, D(G(z)) %3.")
            .arg(number(report.discriminatorLoss), number(report.dReal), number(report.dFake));
    if (report.part == engine::StepPart::Generator)
        return tr("One generator update (step %1): generator loss %2.").arg(report.step).arg(number(report.generatorLoss));
    const bool adversarial = std::any_of(report.values.begin(), report.values.end(),
                                         [](const engine::NamedValue& v) { return v.name == "loss_d"; });
    if (adversarial)
        return tr("Training: step %1 of %2, epoch %3. Generator loss %4, discriminator loss %5.")
            .arg(report.step)
            .arg(report.totalSteps)
            .arg(report.epoch)
            .arg(number(report.generatorLoss), number(report.discriminatorLoss));
    return tr("Training: step %1 of %2, epoch %3. Loss %4.")
        .arg(report.step)
        .arg(report.totalSteps)
        .arg(report.epoch)
        .arg(number(report.generatorLoss));
}

void TrainPage::onSamplesReady(const engine::SampleReport& report)
{
    history_->addGrid(report.step, report.grid);
}

void TrainPage::onRunFinished(const engine::RunSummary& summary)
{
    lastSummary_ = summary;
    etaLabel_->clear();
    if (summary.imagesPerSecond > 0)
        speedLabel_->setText(tr("Speed: %1 images/s").arg(QLocale().toString(summary.imagesPerSecond, 'f', 1)));
    const QString time = durationText(summary.seconds > 0 ? summary.seconds : sinceStart_.elapsed() / 1000.0);
    if (summary.stopped)
        statusLabel_->setText(tr("Stopped at step %1 after %2. The results so far are in the run folder.")
                                  .arg(summary.steps)
                                  .arg(time));
    else
        statusLabel_->setText(tr("Finished: %1 steps in %2. The results are in the run folder.")
                                  .arg(summary.steps)
                                  .arg(time));
}

void TrainPage::onRunFailed(const QString& message)
{
    failed_ = true;
    etaLabel_->clear();
    statusLabel_->setText(tr("The training stopped with an error."));
    showError(message);
}

QString TrainPage::durationText(double seconds) const
{
    const qint64 total = std::max<qint64>(0, std::llround(seconds));
    if (total < 60)
        return tr("%n second(s)", "", static_cast<int>(total));
    if (total < 3600)
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

}  // namespace medsynth::gui
