#pragma once
// LabelSplitEditor: the row under the Data page's thumbnails that labels the selected images and
// moves them to a split (train / validation / test), editing a SessionDatasetSpec, and saves them
// to the folder's labels.csv. A split is set for whole patients (or non-DICOM file groups), never
// for part of one; the message says how many images moved with the selection. The note under it
// says what training does with them and whether they are saved. GUI thread only.

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
    // After the spec got a new index: the label choices and the split counts. folder: where it
    // was scanned; demo: the built-in demo (trained from memory, so edits do not reach training).
    void reload(const QString& folder, bool demo);
    // Writes the labels and splits to the folder's labels.csv; false (and failed()) when it could
    // not be written.
    bool save();

    static QString splitText(io::Split split);

Q_SIGNALS:
    // After an edit or a save; message is one line for the page's status.
    void edited(const QString& message);
    void failed(const QString& message);

private:
    void applyLabel();
    void applyFolderLabels();
    void applySplit();
    void updateSummary();
    void updateNote();

    SessionDatasetSpec& spec_;
    QList<int> files_;
    QLabel* selectionLabel_ = nullptr;
    QComboBox* labelCombo_ = nullptr;
    QPushButton* setLabelButton_ = nullptr;
    QPushButton* folderLabelButton_ = nullptr;
    QComboBox* splitCombo_ = nullptr;
    QPushButton* setSplitButton_ = nullptr;
    QLabel* splitSummary_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QLabel* note_ = nullptr;
    QString folder_;
    bool demo_ = false;
};

}  // namespace medsynth::gui
