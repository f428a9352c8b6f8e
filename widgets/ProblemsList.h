#pragma once
// ProblemsList: the shape diagnostics of one network of a GraphModel, one row each, with the
// message and, under it, what to do about it. The list follows the model's shapesChanged signal.
// Clicking (or activating) a row about a node emits nodeActivated with its id; connect it to
// DesignerView::focusNode to select and centre the block. GUI thread only; the model must
// outlive the list.

#include "GraphModel.h"

#include <QListWidget>

namespace medsynth::widgets {

class ProblemsList : public QListWidget {
    Q_OBJECT
public:
    explicit ProblemsList(GraphModel& model, QWidget* parent = nullptr);

    void setNetworkIndex(int networkIndex);
    int networkIndex() const { return networkIndex_; }
    // The node a row is about (empty for network-wide problems).
    QString nodeIdAt(int row) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void nodeActivated(const QString& nodeId);

private:
    GraphModel& model_;
    int networkIndex_ = 0;
};

}  // namespace medsynth::widgets
