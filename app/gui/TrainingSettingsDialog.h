#pragma once
// TrainingSettingsDialog: how a model trains, beyond the Train page's set-up: the optimizer and
// its learning rates (the discriminator's apart, for recipes with one), the learning-rate schedule,
// a moving average of the generator's weights, the recipe's losses and their weights, critic
// steps, how often checkpoints are written and FID/KID measured (with the built-in feature
// network or a TorchScript file), and the device and precision. Only the settings the model's
// recipe uses are shown. It opens on an experiment's settings and puts the edited ones into an
// experiment (applyTo); "Restore the template's" goes back to the recommendations it was given.

#include "medsynth/engine/Experiment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace medsynth::gui {

class TrainingSettingsDialog : public QDialog {
    Q_OBJECT
public:
    // current: the settings to edit; recommended: what "Restore the template's" goes back to.
    // Both are of the same recipe.
    TrainingSettingsDialog(const engine::Experiment& current, const engine::Experiment& recommended,
                           QWidget* parent = nullptr);

    // The settings as shown, put into `experiment` (of the same recipe). Throws
    // std::invalid_argument (or engine::GraphError) saying what to change when a value does not
    // fit, leaving `experiment` unchanged.
    void applyTo(engine::Experiment& experiment) const;

    void accept() override;

private:
    void load(const engine::Experiment& e);
    void updateRows();
    void chooseExtractorFile();

    engine::Experiment recommended_;
    engine::Experiment shown_;  // what load() put into the fields
    std::string recipe_;
    QFormLayout* optimizerForm_ = nullptr;
    QFormLayout* lossForm_ = nullptr;
    QFormLayout* runForm_ = nullptr;
    QComboBox* optimizerCombo_ = nullptr;
    QDoubleSpinBox* learningRateSpin_ = nullptr;
    QDoubleSpinBox* discriminatorRateSpin_ = nullptr;
    QDoubleSpinBox* beta1Spin_ = nullptr;
    QDoubleSpinBox* beta2Spin_ = nullptr;
    QDoubleSpinBox* momentumSpin_ = nullptr;
    QDoubleSpinBox* weightDecaySpin_ = nullptr;
    QComboBox* scheduleCombo_ = nullptr;
    QSpinBox* stepSizeSpin_ = nullptr;
    QDoubleSpinBox* gammaSpin_ = nullptr;
    QDoubleSpinBox* minimumFactorSpin_ = nullptr;
    QCheckBox* emaCheck_ = nullptr;
    QDoubleSpinBox* emaDecaySpin_ = nullptr;
    QComboBox* adversarialCombo_ = nullptr;
    QSpinBox* criticStepsSpin_ = nullptr;
    QDoubleSpinBox* penaltySpin_ = nullptr;
    QComboBox* reconstructionCombo_ = nullptr;
    QDoubleSpinBox* klBetaSpin_ = nullptr;
    QSpinBox* klWarmupSpin_ = nullptr;
    QDoubleSpinBox* reconstructionWeightSpin_ = nullptr;
    QDoubleSpinBox* l1WeightSpin_ = nullptr;
    QComboBox* directionCombo_ = nullptr;
    QComboBox* classifierLossCombo_ = nullptr;
    QDoubleSpinBox* focalGammaSpin_ = nullptr;
    QComboBox* segmentationLossCombo_ = nullptr;
    QDoubleSpinBox* tverskyAlphaSpin_ = nullptr;
    QDoubleSpinBox* tverskyBetaSpin_ = nullptr;
    QDoubleSpinBox* focalTverskyGammaSpin_ = nullptr;
    QSpinBox* checkpointEverySpin_ = nullptr;
    QSpinBox* evaluateEverySpin_ = nullptr;
    QComboBox* extractorCombo_ = nullptr;
    QLineEdit* extractorPath_ = nullptr;
    QPushButton* browseExtractor_ = nullptr;
    QWidget* extractorFileRow_ = nullptr;  // the path and its Browse button
    QComboBox* deviceCombo_ = nullptr;
    QComboBox* precisionCombo_ = nullptr;
    QLabel* problemLabel_ = nullptr;
};

}  // namespace medsynth::gui
