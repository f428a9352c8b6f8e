#pragma once
// DesignPage: the model designer. The user starts from an architecture template (channels, image
// size) and edits its networks on a canvas: blocks dragged from the palette, connections drawn
// port to port, parameters changed in the inspector, problems listed with their fixes, every
// action undoable. The page owns the GraphModel (the single source of truth) and the undo stack;
// each network (generator, discriminator, encoder...) has its own tab with a DesignerView, a minimap
// when it is large, and its parameter count. The roles the model's recipe needs are checked (role
// contracts). A model starts from a template or empty, opens from and saves to graph files (with a
// list of recent files), and unsaved changes are never dropped without asking.

#include "GraphModel.h"

#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

#include <functional>

class QComboBox;
class QMenu;
class QLabel;
class QTabWidget;

namespace medsynth::widgets {
class BlockInspector;
class ProblemsList;
}

namespace medsynth::gui {

class DesignPage : public QWidget {
    Q_OBJECT
public:
    explicit DesignPage(QWidget* parent = nullptr);
    ~DesignPage() override;

    QComboBox* templateCombo() const { return templateCombo_; }
    QTabWidget* networkTabs() const { return tabs_; }
    widgets::GraphModel& model() { return model_; }
    const widgets::GraphModel& model() const { return model_; }
    QUndoStack& undoStack() { return undoStack_; }

    // Graph files: what the Open and Save buttons do after their file dialogs. False, with the
    // reason in the page's status line, when the file cannot be read, used or written.
    bool openModelFile(const QString& path);
    bool saveModelFile(const QString& path);
    QString statusText() const;
    // The file the model was opened from or last saved to; empty for a template or a new model.
    QString currentFile() const { return currentFile_; }
    bool isModified() const { return !undoStack_.isClean(); }
    // The images the model makes and takes: the channels and size chosen above the canvas.
    int imageChannels() const;
    int imageSize() const;
    // Problems that keep the model from training: shape and role-contract errors of every network
    // and missing roles, counted; 0 when it can train.
    int problemCount() const;
    // A model with the networks a recipe trains and no blocks yet ("gan", "vae", "classifier"...).
    void newEmptyModel(const QString& recipe);

    // Before the model is replaced or the window closes: true when it may go on (nothing unsaved,
    // saved now, or the user chose to discard), false when the user cancelled or saving failed.
    bool maybeKeepChanges();
    // What maybeKeepChanges() asks; by default a message box with Save, Discard and Cancel.
    // Tests replace it to answer without a dialog.
    using UnsavedChangesQuestion = std::function<QMessageBox::StandardButton()>;
    void setUnsavedChangesQuestion(UnsavedChangesQuestion question) { askUnsaved_ = std::move(question); }
    // Model files opened or saved lately, newest first (kept in the settings; missing files dropped).
    QStringList recentFiles() const;
    void clearRecentFiles();

public Q_SLOTS:
    // Loads the chosen template into the designer (the edits so far are replaced).
    void rebuild();

private:
    void showNetwork(int index);
    // The template choice shows "(own model)": the canvas holds a new or opened model.
    void showOwnModel();
    void clearTabs();     // before the document is replaced: no view may outlive its network
    void showDocument();  // one tab with a designer view per network of the model
    void openModel();
    bool saveModel();     // to the current file, or as a new one when there is none
    bool saveModelAs();
    void choiceChanged(); // template, channels or size chosen: rebuild, unless the user keeps edits
    void rememberFile(const QString& path);
    void adoptFile(const QString& path);  // the model now is this file: name, recent list, label
    void fillRecentMenu();
    void updateDocumentLabel();
    void updateParameterCount(int networkIndex);
    void updateProblemsTitle();

    // Declared first so they outlive every widget that refers to them.
    widgets::GraphModel model_;
    QUndoStack undoStack_;

    QComboBox* templateCombo_ = nullptr;
    QComboBox* channelsCombo_ = nullptr;
    QComboBox* sizeCombo_ = nullptr;
    QLabel* descriptionLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QLabel* problemsTitle_ = nullptr;
    QLabel* documentLabel_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QString currentFile_;
    QString documentName_;               // shown in the document label
    QList<int> appliedChoices_;          // combo indexes of the model now shown (to undo a cancelled choice)
    UnsavedChangesQuestion askUnsaved_;
    QTabWidget* tabs_ = nullptr;
    widgets::BlockInspector* inspector_ = nullptr;
    widgets::ProblemsList* problems_ = nullptr;
};

}  // namespace medsynth::gui
