#pragma once
// RunPickerDialog: asks which of the runs found in a folder to compare: a list of the run folders'
// names with a tick box each (full path as tooltip); runs already shown appear ticked and fixed.

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace medsynth::gui {

class RunPickerDialog : public QDialog {
    Q_OBJECT
public:
    RunPickerDialog(const QStringList& runs, const QStringList& shown, QWidget* parent = nullptr);
    // The runs ticked, not counting those shown already.
    QStringList chosenRuns() const;
    // Shows the dialog; the runs ticked, or none when cancelled.
    static QStringList choose(QWidget* parent, const QStringList& runs, const QStringList& shown);

private:
    QListWidget* list_ = nullptr;
};

}  // namespace medsynth::gui
