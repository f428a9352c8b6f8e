#include "TrainingSettingsDialog.h"

#include "TrainingSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>
#include <stdexcept>

namespace medsynth::gui {

namespace {

QDoubleSpinBox* doubleSpin(QWidget* parent, const char* name, double minimum, double maximum, int decimals,
                           double step, const QString& tip)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(minimum, maximum);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setToolTip(tip);
    return spin;
}

QSpinBox* intSpin(QWidget* parent, const char* name, int minimum, int maximum, int step, const QString& tip)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setGroupSeparatorShown(true);
    spin->setToolTip(tip);
    return spin;
}

QComboBox* combo(QWidget* parent, const char* name, const QList<QPair<QString, QString>>& items, const QString& tip)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);  // narrow windows
    box->setMinimumContentsLength(12);
    return box;
}

void select(QComboBox* box, const std::string& value)
{
    const int index = box->findData(QString::fromStdString(value));
    box->setCurrentIndex(index >= 0 ? index : 0);
}

std::string valueOf(const QComboBox* box)
{
    return box->currentData().toString().toStdString();
}

// The spin box's value, or `shown` when the box still shows that (rounded to its decimals), so
// that a value with more digits than the box shows (4/3) is kept exactly unless the user edits it.
double valueOr(const QDoubleSpinBox* spin, double shown)
{
    return QString::number(shown, 'f', spin->decimals()).toDouble() == spin->value() ? shown : spin->value();
}

bool oneOf(const std::string& recipe, std::initializer_list<const char*> recipes)
{
    for (const char* r : recipes)
        if (recipe == r)
            return true;
    return false;
}

}  // namespace

TrainingSettingsDialog::TrainingSettingsDialog(const engine::Experiment& current,
                                               const engine::Experiment& recommended, QWidget* parent)
    : QDialog(parent), recommended_(recommended), recipe_(current.recipe)
{
    setObjectName(QStringLiteral("trainingSettingsDialog"));
    setWindowTitle(tr("Training settings"));
    auto* content = new QWidget(this);

    // Optimizer.
    auto* optimizerBox = new QGroupBox(tr("Optimizer"), content);
    optimizerForm_ = new QFormLayout(optimizerBox);
    optimizerCombo_ = combo(optimizerBox, "optimizerCombo",
                            {{tr("Adam"), QStringLiteral("adam")},
                             {tr("AdamW (decoupled weight decay)"), QStringLiteral("adamw")},
                             {tr("SGD with momentum"), QStringLiteral("sgd")},
                             {tr("RMSprop"), QStringLiteral("rmsprop")},
                             {tr("AdaGrad"), QStringLiteral("adagrad")},
                             {tr("AdaDelta"), QStringLiteral("adadelta")}},
                            tr("How each network's weights follow their gradients. Adam suits most models."));
    learningRateSpin_ = doubleSpin(optimizerBox, "settingsLearningRate", 0.000001, 10, 6, 0.0001,
                                   tr("How large each update is. Too large and training becomes unstable or NaN; "
                                      "too small and it learns slowly."));
    discriminatorRateSpin_ = doubleSpin(optimizerBox, "settingsDiscriminatorRate", 0.000001, 10, 6, 0.0001,
                                        tr("The discriminator's (critic's) own learning rate. Lower it when the "
                                           "discriminator wins too easily."));
    beta1Spin_ = doubleSpin(optimizerBox, "beta1Spin", 0, 0.999, 3, 0.05,
                            tr("Adam's smoothing of the gradients; 0.5 is usual for GANs, 0.9 otherwise."));
    beta2Spin_ = doubleSpin(optimizerBox, "beta2Spin", 0, 0.9999, 4, 0.001,
                            tr("Adam's smoothing of the squared gradients; 0.999 is usual."));
    momentumSpin_ = doubleSpin(optimizerBox, "momentumSpin", 0, 0.999, 3, 0.05,
                               tr("How much of the last update carries into the next (SGD, RMSprop); 0.9 is usual."));
    weightDecaySpin_ = doubleSpin(optimizerBox, "weightDecaySpin", 0, 1, 5, 0.0001,
                                  tr("Pulls weights towards zero at each step; 0 is off."));
    optimizerForm_->addRow(tr("Optimizer:"), optimizerCombo_);
    optimizerForm_->addRow(recipeHasDiscriminator(recipe_) ? tr("Generator learning rate:") : tr("Learning rate:"),
                           learningRateSpin_);
    optimizerForm_->addRow(tr("Discriminator learning rate:"), discriminatorRateSpin_);
    optimizerForm_->addRow(tr("Beta 1:"), beta1Spin_);
    optimizerForm_->addRow(tr("Beta 2:"), beta2Spin_);
    optimizerForm_->addRow(tr("Momentum:"), momentumSpin_);
    optimizerForm_->addRow(tr("Weight decay:"), weightDecaySpin_);
    scheduleCombo_ = combo(optimizerBox, "scheduleCombo",
                           {{tr("Constant"), QStringLiteral("constant")},
                            {tr("Step: multiply by a factor every N steps"), QStringLiteral("step")},
                            {tr("Cosine: down to a minimum over the run"), QStringLiteral("cosine")}},
                           tr("How the learning rates change over the run."));
    stepSizeSpin_ = intSpin(optimizerBox, "scheduleStepSize", 1, 100000000, 100,
                            tr("Every this many steps the learning rates are multiplied by the factor."));
    gammaSpin_ = doubleSpin(optimizerBox, "scheduleGamma", 0.01, 1, 3, 0.05, tr("The factor, for example 0.5."));
    minimumFactorSpin_ = doubleSpin(optimizerBox, "scheduleMinimum", 0, 1, 3, 0.05,
                                    tr("The share of the learning rate left at the end of the run."));
    optimizerForm_->addRow(tr("Schedule:"), scheduleCombo_);
    optimizerForm_->addRow(tr("Every (steps):"), stepSizeSpin_);
    optimizerForm_->addRow(tr("Factor:"), gammaSpin_);
    optimizerForm_->addRow(tr("Down to (share):"), minimumFactorSpin_);
    emaCheck_ = new QCheckBox(tr("Moving average of the generator's weights"), optimizerBox);
    emaCheck_->setObjectName(QStringLiteral("emaCheck"));
    emaCheck_->setToolTip(tr("Samples and evaluation use a slowly moving average of the generator's weights, which "
                             "often gives steadier, better images."));
    emaDecaySpin_ = doubleSpin(optimizerBox, "emaDecaySpin", 0, 0.99999, 5, 0.001,
                               tr("How slowly the average moves: 0.999 keeps about the last thousand steps."));
    optimizerForm_->addRow(QString(), emaCheck_);
    optimizerForm_->addRow(tr("Average decay:"), emaDecaySpin_);

    // The recipe's losses.
    auto* lossBox = new QGroupBox(tr("Losses"), content);
    lossForm_ = new QFormLayout(lossBox);
    adversarialCombo_ = combo(lossBox, "adversarialLossCombo",
                              {{tr("Binary cross-entropy (non-saturating)"), QStringLiteral("bce")},
                               {tr("Hinge"), QStringLiteral("hinge")}},
                              tr("How the discriminator scores real and generated images. Hinge often trains more "
                                 "steadily."));
    criticStepsSpin_ = intSpin(lossBox, "criticStepsSpin", 1, 20, 1,
                               tr("Discriminator (critic) updates per generator update; WGAN-GP usually takes 5."));
    penaltySpin_ = doubleSpin(lossBox, "gradientPenaltySpin", 0, 1000, 2, 1,
                              tr("Weight of WGAN-GP's gradient penalty; 10 is usual."));
    reconstructionCombo_ = combo(lossBox, "reconstructionLossCombo",
                                 {{tr("Mean squared error"), QStringLiteral("mse")},
                                  {tr("Binary cross-entropy"), QStringLiteral("bce")}},
                                 tr("How a reconstruction is compared with its image."));
    klBetaSpin_ = doubleSpin(lossBox, "klBetaSpin", 0, 1000, 3, 0.1,
                             tr("Weight of the KL term (beta): higher gives a smoother latent space and blurrier "
                                "images."));
    klWarmupSpin_ = intSpin(lossBox, "klWarmupSpin", 0, 100000000, 100,
                            tr("The KL weight grows from 0 to beta over these steps; 0 starts at beta."));
    reconstructionWeightSpin_ = doubleSpin(lossBox, "reconstructionWeightSpin", 0, 1000, 4, 0.01,
                                           tr("Weight of the feature reconstruction in the decoder's loss."));
    l1WeightSpin_ = doubleSpin(lossBox, "l1WeightSpin", 0, 10000, 1, 10,
                               tr("Weight of the L1 distance to the target image (lambda); 100 is usual."));
    directionCombo_ = combo(lossBox, "pairDirectionCombo",
                            {{tr("Mask to image"), QStringLiteral("mask-to-image")},
                             {tr("Image to mask"), QStringLiteral("image-to-mask")}},
                            tr("Which of a pair is the input and which the target."));
    classifierLossCombo_ = combo(lossBox, "classifierLossCombo",
                                 {{tr("Cross-entropy"), QStringLiteral("cross-entropy")},
                                  {tr("Focal (for rare classes)"), QStringLiteral("focal")}},
                                 tr("Focal loss weighs the hard, often rare, examples more."));
    focalGammaSpin_ = doubleSpin(lossBox, "focalGammaSpin", 0, 10, 2, 0.5,
                                 tr("How strongly focal loss ignores easy examples; 2 is usual."));
    segmentationLossCombo_ = combo(lossBox, "segmentationLossCombo",
                                   {{tr("Dice"), QStringLiteral("dice")},
                                    {tr("Tversky"), QStringLiteral("tversky")},
                                    {tr("Focal Tversky"), QStringLiteral("focal-tversky")},
                                    {tr("Binary cross-entropy plus Dice"), QStringLiteral("bce-dice")}},
                                   tr("How a predicted mask is compared with the true one. Tversky weighs missed "
                                      "pixels against extra ones."));
    tverskyAlphaSpin_ = doubleSpin(lossBox, "tverskyAlphaSpin", 0, 1, 2, 0.05,
                                   tr("Tversky: weight of pixels marked but not in the mask (false positives)."));
    tverskyBetaSpin_ = doubleSpin(lossBox, "tverskyBetaSpin", 0, 1, 2, 0.05,
                                  tr("Tversky: weight of mask pixels missed (false negatives)."));
    focalTverskyGammaSpin_ = doubleSpin(lossBox, "focalTverskyGammaSpin", 0.1, 10, 3, 0.1,
                                        tr("Focal Tversky: the loss is (1 - Tversky index) to the power 1/gamma."));
    lossForm_->addRow(tr("Adversarial loss:"), adversarialCombo_);
    lossForm_->addRow(tr("Critic steps:"), criticStepsSpin_);
    lossForm_->addRow(tr("Gradient penalty:"), penaltySpin_);
    lossForm_->addRow(tr("Reconstruction:"), reconstructionCombo_);
    lossForm_->addRow(tr("KL weight (beta):"), klBetaSpin_);
    lossForm_->addRow(tr("KL warm-up (steps):"), klWarmupSpin_);
    lossForm_->addRow(tr("Feature reconstruction weight:"), reconstructionWeightSpin_);
    lossForm_->addRow(tr("L1 weight:"), l1WeightSpin_);
    lossForm_->addRow(tr("Direction:"), directionCombo_);
    lossForm_->addRow(tr("Loss:"), classifierLossCombo_);
    lossForm_->addRow(tr("Focal gamma:"), focalGammaSpin_);
    lossForm_->addRow(tr("Loss:"), segmentationLossCombo_);
    lossForm_->addRow(tr("Tversky alpha:"), tverskyAlphaSpin_);
    lossForm_->addRow(tr("Tversky beta:"), tverskyBetaSpin_);
    lossForm_->addRow(tr("Focal Tversky gamma:"), focalTverskyGammaSpin_);

    // The run: checkpoints, evaluation, device.
    auto* runBox = new QGroupBox(tr("Run"), content);
    runForm_ = new QFormLayout(runBox);
    checkpointEverySpin_ = intSpin(runBox, "checkpointEverySpin", 0, 100000000, 50,
                                   tr("Write a checkpoint every this many steps, so that a crash or a NaN loss loses "
                                      "little. Checkpoints are also written on Pause and Stop."));
    checkpointEverySpin_->setSpecialValueText(tr("Only on Pause and Stop"));
    evaluateEverySpin_ = intSpin(runBox, "evaluateEverySpin", 0, 100000000, 50,
                                 tr("Measure FID and KID of fixed samples against the real images every this many "
                                    "steps. On the CPU the interval grows so that measuring takes at most a tenth of "
                                    "the time."));
    evaluateEverySpin_->setSpecialValueText(tr("Off"));
    extractorCombo_ = combo(runBox, "extractorCombo",
                            {{tr("Built-in feature network"), QStringLiteral("builtin")},
                             {tr("A TorchScript file..."), QStringLiteral("file")}},
                            tr("The network whose features FID and KID compare. The built-in one is fixed and "
                               "seeded; a TorchScript file (for example an Inception-v3 export) makes the numbers "
                               "comparable with other tools. Charts name the features used."));
    extractorPath_ = new QLineEdit;
    extractorPath_->setObjectName(QStringLiteral("extractorPath"));
    extractorPath_->setPlaceholderText(tr("TorchScript file (.pt)"));
    browseExtractor_ = new QPushButton(tr("Browse..."));
    browseExtractor_->setObjectName(QStringLiteral("browseExtractor"));
    extractorFileRow_ = new QWidget(runBox);
    auto* extractorRow = new QHBoxLayout(extractorFileRow_);
    extractorRow->setContentsMargins(0, 0, 0, 0);
    extractorRow->addWidget(extractorPath_, 1);
    extractorRow->addWidget(browseExtractor_);
    deviceCombo_ = combo(runBox, "deviceCombo",
                         {{tr("Automatic: an NVIDIA GPU when there is one"), QStringLiteral("auto")},
                          {tr("CPU"), QStringLiteral("cpu")},
                          {tr("NVIDIA GPU (CUDA)"), QStringLiteral("cuda")}},
                         tr("Where the model trains. The Train page says which device a run uses and why."));
    precisionCombo_ = combo(runBox, "precisionCombo",
                            {{tr("32-bit floating point"), QStringLiteral("fp32")},
                             {tr("bfloat16 on a GPU (faster)"), QStringLiteral("bf16")}},
                            tr("bfloat16 runs faster on recent NVIDIA GPUs; on the CPU the run uses 32-bit and "
                               "says so."));
    runForm_->addRow(tr("Checkpoint every (steps):"), checkpointEverySpin_);
    runForm_->addRow(tr("FID/KID every (steps):"), evaluateEverySpin_);
    runForm_->addRow(tr("Features:"), extractorCombo_);
    runForm_->addRow(QString(), extractorFileRow_);
    runForm_->addRow(tr("Device:"), deviceCombo_);
    runForm_->addRow(tr("Precision:"), precisionCombo_);

    problemLabel_ = new QLabel(this);
    problemLabel_->setObjectName(QStringLiteral("settingsProblem"));
    problemLabel_->setWordWrap(true);
    problemLabel_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problemLabel_->hide();

    for (QFormLayout* form : {optimizerForm_, lossForm_, runForm_})
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // labels above their fields when narrow
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(optimizerBox);
    contentLayout->addWidget(lossBox);
    contentLayout->addWidget(runBox);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore the template's"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreTemplateSettings"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrainingSettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(recommended_); });

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("How the model trains. Only the settings its recipe uses are shown; the "
                                "template's recommendations are a good start."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(problemLabel_);
    layout->addWidget(buttons);

    for (QComboBox* box : {optimizerCombo_, scheduleCombo_, extractorCombo_, classifierLossCombo_, segmentationLossCombo_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingSettingsDialog::updateRows);
    connect(emaCheck_, &QCheckBox::toggled, this, &TrainingSettingsDialog::updateRows);
    connect(browseExtractor_, &QPushButton::clicked, this, &TrainingSettingsDialog::chooseExtractorFile);

    load(current);
    resize(520, 640);
}

void TrainingSettingsDialog::load(const engine::Experiment& e)
{
    shown_ = e;
    select(optimizerCombo_, e.optimizerType);
    learningRateSpin_->setValue(e.learningRate);
    discriminatorRateSpin_->setValue(engine::optimizerFor(e, "discriminator").learningRate);
    beta1Spin_->setValue(e.beta1);
    beta2Spin_->setValue(e.beta2);
    momentumSpin_->setValue(e.momentum);
    weightDecaySpin_->setValue(e.weightDecay);
    select(scheduleCombo_, e.schedule.kind);
    stepSizeSpin_->setValue(static_cast<int>(std::min<int64_t>(e.schedule.stepSize, stepSizeSpin_->maximum())));
    gammaSpin_->setValue(e.schedule.gamma);
    minimumFactorSpin_->setValue(e.schedule.minimumFactor);
    emaCheck_->setChecked(e.ema);
    emaDecaySpin_->setValue(e.emaDecay);
    select(adversarialCombo_, e.adversarialLoss);
    criticStepsSpin_->setValue(e.criticSteps);
    penaltySpin_->setValue(e.gradientPenalty);
    select(reconstructionCombo_, e.reconstructionLoss);
    klBetaSpin_->setValue(e.klBeta);
    klWarmupSpin_->setValue(static_cast<int>(std::min<int64_t>(e.klWarmupSteps, klWarmupSpin_->maximum())));
    reconstructionWeightSpin_->setValue(e.reconstructionWeight);
    l1WeightSpin_->setValue(e.l1Weight);
    select(directionCombo_, e.pairDirection);
    select(classifierLossCombo_, e.classifierLoss);
    focalGammaSpin_->setValue(e.focalGamma);
    select(segmentationLossCombo_, e.segmentationLoss);
    tverskyAlphaSpin_->setValue(e.tverskyAlpha);
    tverskyBetaSpin_->setValue(e.tverskyBeta);
    focalTverskyGammaSpin_->setValue(e.focalTverskyGamma);
    checkpointEverySpin_->setValue(static_cast<int>(std::min<int64_t>(e.checkpointEvery, checkpointEverySpin_->maximum())));
    evaluateEverySpin_->setValue(e.evaluateEvery);
    const bool builtin = e.featureExtractor == "builtin";
    extractorCombo_->setCurrentIndex(builtin ? 0 : 1);
    extractorPath_->setText(builtin ? QString() : QString::fromStdString(e.featureExtractor));
    select(deviceCombo_, e.device);
    select(precisionCombo_, e.precision);
    problemLabel_->hide();
    updateRows();
}

void TrainingSettingsDialog::updateRows()
{
    const std::string type = valueOf(optimizerCombo_), schedule = valueOf(scheduleCombo_);
    const std::string& r = recipe_;
    const bool adversarial = recipeHasDiscriminator(r);
    optimizerForm_->setRowVisible(discriminatorRateSpin_, adversarial);
    optimizerForm_->setRowVisible(beta1Spin_, type == "adam" || type == "adamw");
    optimizerForm_->setRowVisible(beta2Spin_, type == "adam" || type == "adamw");
    optimizerForm_->setRowVisible(momentumSpin_, type == "sgd" || type == "rmsprop");
    optimizerForm_->setRowVisible(stepSizeSpin_, schedule == "step");
    optimizerForm_->setRowVisible(gammaSpin_, schedule == "step");
    optimizerForm_->setRowVisible(minimumFactorSpin_, schedule == "cosine");
    const bool generative = engine::recipeIsEvaluated(r);
    optimizerForm_->setRowVisible(emaCheck_, generative);
    optimizerForm_->setRowVisible(emaDecaySpin_, generative && emaCheck_->isChecked());

    lossForm_->setRowVisible(adversarialCombo_, oneOf(r, {"gan", "cgan", "vae-gan", "pix2pix"}));
    lossForm_->setRowVisible(criticStepsSpin_, oneOf(r, {"gan", "cgan", "wgan-gp"}));
    lossForm_->setRowVisible(penaltySpin_, r == "wgan-gp");
    const bool vae = oneOf(r, {"vae", "cvae", "vae-gan"});
    lossForm_->setRowVisible(reconstructionCombo_, oneOf(r, {"vae", "cvae"}));
    lossForm_->setRowVisible(klBetaSpin_, vae);
    lossForm_->setRowVisible(klWarmupSpin_, vae);
    lossForm_->setRowVisible(reconstructionWeightSpin_, r == "vae-gan");
    lossForm_->setRowVisible(l1WeightSpin_, r == "pix2pix");
    lossForm_->setRowVisible(directionCombo_, r == "pix2pix");
    lossForm_->setRowVisible(classifierLossCombo_, r == "classifier");
    lossForm_->setRowVisible(focalGammaSpin_, r == "classifier" && valueOf(classifierLossCombo_) == "focal");
    const bool segmentation = r == "segmentation";
    lossForm_->setRowVisible(segmentationLossCombo_, segmentation);
    const std::string segmentationLoss = valueOf(segmentationLossCombo_);
    const bool tversky = segmentation && (segmentationLoss == "tversky" || segmentationLoss == "focal-tversky");
    lossForm_->setRowVisible(tverskyAlphaSpin_, tversky);
    lossForm_->setRowVisible(tverskyBetaSpin_, tversky);
    lossForm_->setRowVisible(focalTverskyGammaSpin_, segmentation && segmentationLoss == "focal-tversky");

    runForm_->setRowVisible(evaluateEverySpin_, generative);
    runForm_->setRowVisible(extractorCombo_, generative);
    runForm_->setRowVisible(extractorFileRow_, generative && extractorCombo_->currentIndex() == 1);
}

void TrainingSettingsDialog::chooseExtractorFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Feature network (TorchScript)"), extractorPath_->text(),
                                                      tr("TorchScript files (*.pt *.pth *.ts);;All files (*)"));
    if (!file.isEmpty())
        extractorPath_->setText(file);
}

void TrainingSettingsDialog::applyTo(engine::Experiment& experiment) const
{
    engine::Experiment e = experiment;
    e.optimizerType = valueOf(optimizerCombo_);
    e.learningRate = valueOr(learningRateSpin_, shown_.learningRate);
    e.beta1 = valueOr(beta1Spin_, shown_.beta1);
    e.beta2 = valueOr(beta2Spin_, shown_.beta2);
    e.momentum = valueOr(momentumSpin_, shown_.momentum);
    e.weightDecay = valueOr(weightDecaySpin_, shown_.weightDecay);
    // The discriminator follows the optimizer chosen, with its own rate when that differs.
    e.networkOptimizers.erase("discriminator");
    const double discriminatorRate =
        valueOr(discriminatorRateSpin_, engine::optimizerFor(shown_, "discriminator").learningRate);
    if (recipeHasDiscriminator(e.recipe) && discriminatorRate != e.learningRate) {
        engine::OptimizerSettings d = engine::optimizerFor(e, "discriminator");
        d.learningRate = discriminatorRate;
        e.networkOptimizers["discriminator"] = d;
    }
    e.schedule.kind = valueOf(scheduleCombo_);
    e.schedule.stepSize = stepSizeSpin_->value();
    e.schedule.gamma = valueOr(gammaSpin_, shown_.schedule.gamma);
    e.schedule.minimumFactor = valueOr(minimumFactorSpin_, shown_.schedule.minimumFactor);
    e.ema = engine::recipeIsEvaluated(e.recipe) && emaCheck_->isChecked();
    e.emaDecay = valueOr(emaDecaySpin_, shown_.emaDecay);
    e.adversarialLoss = valueOf(adversarialCombo_);
    e.criticSteps = criticStepsSpin_->value();
    e.gradientPenalty = valueOr(penaltySpin_, shown_.gradientPenalty);
    e.reconstructionLoss = valueOf(reconstructionCombo_);
    e.klBeta = valueOr(klBetaSpin_, shown_.klBeta);
    e.klWarmupSteps = klWarmupSpin_->value();
    e.reconstructionWeight = valueOr(reconstructionWeightSpin_, shown_.reconstructionWeight);
    e.l1Weight = valueOr(l1WeightSpin_, shown_.l1Weight);
    e.pairDirection = valueOf(directionCombo_);
    e.classifierLoss = valueOf(classifierLossCombo_);
    e.focalGamma = valueOr(focalGammaSpin_, shown_.focalGamma);
    e.segmentationLoss = valueOf(segmentationLossCombo_);
    e.tverskyAlpha = valueOr(tverskyAlphaSpin_, shown_.tverskyAlpha);
    e.tverskyBeta = valueOr(tverskyBetaSpin_, shown_.tverskyBeta);
    e.focalTverskyGamma = valueOr(focalTverskyGammaSpin_, shown_.focalTverskyGamma);
    e.checkpointEvery = checkpointEverySpin_->value();
    e.evaluateEvery = evaluateEverySpin_->value();
    if (extractorCombo_->currentIndex() == 0) {
        e.featureExtractor = "builtin";
    } else {
        const QString path = extractorPath_->text().trimmed();
        if (path.isEmpty())
            throw std::invalid_argument(tr("Choose the TorchScript file of the feature network, or the built-in "
                                           "network.")
                                            .toStdString());
        e.featureExtractor = path.toStdString();
    }
    if (e.featureExtractor != experiment.featureExtractor)
        e.featureExtractorSha256.clear();  // hashed again when the run starts
    e.device = valueOf(deviceCombo_);
    e.precision = valueOf(precisionCombo_);
    const std::string problem = engine::validateExperiment(e);
    if (!problem.empty())
        throw std::invalid_argument(problem);
    experiment = std::move(e);
}

void TrainingSettingsDialog::accept()
{
    engine::Experiment check = recommended_;
    try {
        applyTo(check);
    } catch (const std::exception& error) {
        problemLabel_->setText(QString::fromStdString(error.what()));
        problemLabel_->show();
        return;
    }
    QDialog::accept();
}

}  // namespace medsynth::gui
