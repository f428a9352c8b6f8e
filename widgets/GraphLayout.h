#pragma once
// Automatic layout of one network for the designer: blocks in layers from top to bottom, each
// block one layer below the deepest block that feeds it (longest path from the inputs), blocks of
// a layer side by side, ordered to keep connections short (the mean position of the blocks that
// feed them, a few sweeps down and up), every layer centred on the same vertical line. Plain computation on
// the graph: the caller turns the positions into one undoable command.

#include "medsynth/engine/GraphDocument.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <functional>

namespace medsynth::widgets {

// Top-left corner of every node's box, by node id. boxSize gives a node's box (the designer's
// item size); a cycle (which the model refuses anyway) leaves the nodes on it in the first layer.
QHash<QString, QPointF> layeredLayout(const engine::GraphNetwork& network,
                                      const std::function<QSizeF(const QString& nodeId)>& boxSize);

}  // namespace medsynth::widgets
