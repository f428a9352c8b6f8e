#pragma once
// BlockInspector: the settings of the block selected in the designer: its translated title and
// explanation and one editor per parameter (spin boxes, check box, choice list, or a line of
// whole numbers for a shape), with the catalog's ranges. Each edit pushes one SetParamsCommand
// on the given stack (repeated edits of one parameter merge into one undo step); an edit the
// model refuses is undone in the editor and its message is shown under the form and emitted as
// editRefused. The editors follow the model: undo, redo and edits elsewhere update them.
// The model and the stack must outlive the inspector. GUI thread only.

#include "GraphModel.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;
class QUndoStack;

namespace medsynth::widgets {

class BlockInspector : public QWidget {
    Q_OBJECT
public:
    BlockInspector(GraphModel& model, QUndoStack& undoStack, QWidget* parent = nullptr);

    void setNetworkIndex(int networkIndex);
    QString nodeId() const { return nodeId_; }
    // The editor of a parameter of the shown block (for tests); nullptr when there is none.
    QWidget* editor(const QString& param) const { return editors_.value(param); }
    QString message() const;

public Q_SLOTS:
    // Shows this node of the current network; an empty or unknown id shows a hint instead.
    void setNode(const QString& nodeId);

Q_SIGNALS:
    void editRefused(const QString& message);

private Q_SLOTS:
    void onNodeParamsChanged(int networkIndex, const QString& nodeId);
    void onNodeRemoved(int networkIndex, const QString& nodeId);

private:
    void rebuild();
    void refreshValues();
    nlohmann::json currentParams() const;
    void commit(const QString& param, const nlohmann::json& value);
    void showMessage(const QString& message);

    GraphModel& model_;
    QUndoStack& undoStack_;
    int networkIndex_ = 0;
    QString nodeId_;
    QLabel* title_ = nullptr;
    QLabel* explanation_ = nullptr;
    QWidget* form_ = nullptr;
    QFormLayout* formLayout_ = nullptr;
    QLabel* message_ = nullptr;
    QHash<QString, QWidget*> editors_;
};

}  // namespace medsynth::widgets
