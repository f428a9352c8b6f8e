#pragma once
// DesignPage: the model designer. The user starts from an architecture template (channels, image
// size) and edits its networks on a canvas: blocks dragged from the palette, connections drawn
// port to port, parameters changed in the inspector, problems listed with their fixes, every
// action undoable. The page owns the GraphModel (the single source of truth) and the undo stack;
// each network (generator, discriminator) has its own tab with a DesignerView and its parameter
// count. Models open from and save to graph files; training an edited model comes in a later
// version, and the page says so.

#include "GraphModel.h"

#include <QUndoStack>
#include <QWidget>

class QComboBox;
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
    QUndoStack& undoStack() { return undoStack_; }

    // Graph files: what the Open and Save buttons do after their file dialogs. False, with the
    // reason in the page's status line, when the file cannot be read, used or written.
    bool openModelFile(const QString& path);
    bool saveModelFile(const QString& path);
    QString statusText() const;

public Q_SLOTS:
    // Loads the chosen template into the designer (the edits so far are replaced).
    void rebuild();

private:
    void showNetwork(int index);
    void clearTabs();     // before the document is replaced: no view may outlive its network
    void showDocument();  // one tab with a designer view per network of the model
    void openModel();
    void saveModel();
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
    QTabWidget* tabs_ = nullptr;
    widgets::BlockInspector* inspector_ = nullptr;
    widgets::ProblemsList* problems_ = nullptr;
};

}  // namespace medsynth::gui
