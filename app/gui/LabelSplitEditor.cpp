#include "LabelSplitEditor.h"

#include "SessionDatasetSpec.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medsynth::gui {

QString LabelSplitEditor::splitText(io::Split split)
{
    switch (split) {
    case io::Split::Train:
        return tr("train");
    case io::Split::Validation:
        return tr("validation");
    case io::Split::Test:
        return tr("test");
    }
    return {};
}

LabelSplitEditor::LabelSplitEditor(SessionDatasetSpec& spec, QWidget* parent)
    : QWidget(parent)
    , spec_(spec)
{
    setObjectName(QStringLiteral("labelSplitEditor"));
    selectionLabel_ = new QLabel(this);
    selectionLabel_->setObjectName(QStringLiteral("selectionLabel"));
    labelCombo_ = new QComboBox(this);
    labelCombo_->setObjectName(QStringLiteral("labelCombo"));
    labelCombo_->setEditable(true);
    labelCombo_->setInsertPolicy(QComboBox::NoInsert);
    labelCombo_->setMinimumContentsLength(10);
    labelCombo_->setToolTip(tr("A class name for the selected images; type a new one or pick one in use"));
    setLabelButton_ = new QPushButton(tr("Set label"), this);
    setLabelButton_->setObjectName(QStringLiteral("setLabelButton"));
    folderLabelButton_ = new QPushButton(tr("By folder"), this);
    folderLabelButton_->setObjectName(QStringLiteral("folderLabelButton"));
    folderLabelButton_->setToolTip(tr("Labels each selected image with the name of the sub-folder it is in (for "
                                      "folders laid out one class per sub-folder)"));
    splitCombo_ = new QComboBox(this);
    splitCombo_->setObjectName(QStringLiteral("splitCombo"));
    for (io::Split split : {io::Split::Train, io::Split::Validation, io::Split::Test})
        splitCombo_->addItem(splitText(split), static_cast<int>(split));
    setSplitButton_ = new QPushButton(tr("Set split"), this);
    setSplitButton_->setObjectName(QStringLiteral("setSplitButton"));
    setSplitButton_->setToolTip(tr("Moves every image of the selected images' patients (or files), so that no "
                                   "patient is in two splits"));
    splitSummary_ = new QLabel(this);
    splitSummary_->setObjectName(QStringLiteral("splitSummaryLabel"));
    splitSummary_->setWordWrap(true);  // beside the Save button in narrow windows
    saveButton_ = new QPushButton(tr("Save to labels.csv"), this);
    saveButton_->setObjectName(QStringLiteral("saveLabelsButton"));
    saveButton_->setToolTip(tr("Writes every image's label and split to labels.csv in this folder (lines "
                               "\"file,label,split\"), where training, medsynth-cli and the next session find them"));
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("dataNote"));
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Label:"), this));
    row->addWidget(labelCombo_);
    row->addWidget(setLabelButton_);
    row->addWidget(folderLabelButton_);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Split:"), this));
    row->addWidget(splitCombo_);
    row->addWidget(setSplitButton_);
    row->addStretch(1);
    auto* counts = new QHBoxLayout;
    counts->addWidget(selectionLabel_);
    counts->addSpacing(12);
    counts->addWidget(splitSummary_, 1);
    counts->addWidget(saveButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(counts);
    layout->addWidget(note_);

    connect(setLabelButton_, &QPushButton::clicked, this, &LabelSplitEditor::applyLabel);
    connect(folderLabelButton_, &QPushButton::clicked, this, &LabelSplitEditor::applyFolderLabels);
    connect(setSplitButton_, &QPushButton::clicked, this, &LabelSplitEditor::applySplit);
    connect(saveButton_, &QPushButton::clicked, this, &LabelSplitEditor::save);
    setSelection({});
}

void LabelSplitEditor::reload(const QString& folder, bool demo)
{
    folder_ = folder;
    demo_ = demo;
    labelCombo_->clear();
    labelCombo_->addItems(spec_.labels());
    labelCombo_->setCurrentText(QString());
    updateSummary();
}

bool LabelSplitEditor::save()
{
    if (!spec_.index() || folder_.isEmpty())
        return false;
    const QString file = SessionDatasetSpec::labelsFile(folder_);
    const QString problem = spec_.save(file);
    updateNote();
    if (!problem.isEmpty()) {
        Q_EMIT failed(tr("The labels and splits could not be saved: %1. Training in this session still uses them; "
                         "to keep them, copy the folder to one you can write to.")
                          .arg(problem));
        return false;
    }
    Q_EMIT edited(tr("Labels and splits of %n image(s) saved to %1.", "", static_cast<int>(spec_.index()->files().size()))
                      .arg(QDir::toNativeSeparators(file)));
    return true;
}

void LabelSplitEditor::updateNote()
{
    saveButton_->setEnabled(spec_.index() && !demo_ && spec_.hasUnsavedEdits());
    if (!spec_.index()) {
        note_->clear();
        return;
    }
    if (demo_)
        note_->setText(tr("The demo is trained from images made in memory, so labels and splits set here are not used "
                          "by training. Open a folder to label it for training."));
    else if (spec_.hasUnsavedEdits())
        note_->setText(tr("Training on this folder uses the labels and splits shown here. They are not saved yet: "
                          "\"Save to labels.csv\" keeps them for later sessions and for medsynth-cli."));
    else
        note_->setText(tr("Training on this folder uses the labels and splits shown here (from labels.csv when the "
                          "folder has one; otherwise no labels, and splits drawn by patient with seed 1)."));
}

void LabelSplitEditor::setSelection(const QList<int>& files)
{
    files_ = files;
    selectionLabel_->setText(files.isEmpty() ? tr("Select images to label them or choose their split.")
                                             : tr("%n image(s) selected", "", files.size()));
    const bool enabled = !files.isEmpty() && spec_.index();
    labelCombo_->setEnabled(enabled);
    setLabelButton_->setEnabled(enabled);
    folderLabelButton_->setEnabled(enabled);
    splitCombo_->setEnabled(enabled);
    setSplitButton_->setEnabled(enabled);
    if (enabled && files.size() == 1) {
        labelCombo_->setCurrentText(spec_.label(files.first()));
        splitCombo_->setCurrentIndex(splitCombo_->findData(static_cast<int>(spec_.split(files.first()))));
    }
    updateSummary();
}

void LabelSplitEditor::updateSummary()
{
    updateNote();
    if (!spec_.index()) {
        splitSummary_->clear();
        return;
    }
    splitSummary_->setText(tr("Splits (by patient): train %1, validation %2, test %3 images")
                               .arg(spec_.count(io::Split::Train))
                               .arg(spec_.count(io::Split::Validation))
                               .arg(spec_.count(io::Split::Test)));
}

void LabelSplitEditor::applyLabel()
{
    const QString label = labelCombo_->currentText().trimmed();
    spec_.setLabel(files_, label);
    if (!label.isEmpty() && labelCombo_->findText(label) < 0)
        labelCombo_->addItem(label);
    updateNote();
    Q_EMIT edited(label.isEmpty() ? tr("Label removed from %n image(s).", "", files_.size())
                                  : tr("Label \"%1\" set on %n image(s).", "", files_.size()).arg(label));
}

void LabelSplitEditor::applyFolderLabels()
{
    const int changed = spec_.setLabelFromFolder(files_);
    const QStringList labels = spec_.labels();
    for (const QString& label : labels) {
        if (labelCombo_->findText(label) < 0)
            labelCombo_->addItem(label);
    }
    updateNote();
    Q_EMIT edited(changed > 0 ? tr("%n image(s) labelled by their sub-folder.", "", changed)
                              : tr("No label changed: the selected images are not in sub-folders, or already have "
                                   "their sub-folder's name."));
}

void LabelSplitEditor::applySplit()
{
    const auto split = static_cast<io::Split>(splitCombo_->currentData().toInt());
    int groups = 0;
    const int moved = spec_.setSplit(files_, split, &groups);
    updateSummary();
    Q_EMIT edited(tr("%1 set for %2 (%3 images): a patient is never in two splits.")
                      .arg(splitText(split), tr("%n patient(s) or file group(s)", "", groups))
                      .arg(moved));
}

}  // namespace medsynth::gui
