#pragma once
// LabelSplitEditor: the row under the Data page's thumbnails that labels the selected images and
// moves them to a split (train / validation / test), editing a SessionDatasetSpec in memory.
// A split is set for whole patients (or non-DICOM file groups), never for part of one; the
// message says how many images moved with the selection. The row says plainly that nothing is
// saved and that training does not use these yet. GUI thread only.

#include "medsynth/io/DatasetIndex.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace medsynth::gui {

class SessionDatasetSpec;

class LabelSplitEditor : public QWidget {
    Q_OBJECT
public:
    LabelSplitEditor(SessionDatasetSpec& spec, QWidget* parent = nullptr);

    // Files (indices into the index's files) the buttons act on.
    void setSelection(const QList<int>& files);
    // After the spec got a new index: the label choices and the split counts.
    void reload();

    static QString splitText(io::Split split);

Q_SIGNALS:
    // After an edit; message is one line for the page's status.
    void edited(const QString& message);

private:
    void applyLabel();
    void applySplit();
    void updateSummary();

    SessionDatasetSpec& spec_;
    QList<int> files_;
    QLabel* selectionLabel_ = nullptr;
    QComboBox* labelCombo_ = nullptr;
    QPushButton* setLabelButton_ = nullptr;
    QComboBox* splitCombo_ = nullptr;
    QPushButton* setSplitButton_ = nullptr;
    QLabel* splitSummary_ = nullptr;
};

}  // namespace medsynth::gui
