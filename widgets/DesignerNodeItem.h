#pragma once
// DesignerNodeItem: the box of one block in the DesignerScene. It holds the node's id and a
// reference to the GraphModel, nothing more: title, id, key parameters, ports and diagnostics are
// read from the model whenever the box is refreshed or painted. Input ports sit on the top edge,
// output ports on the bottom edge, named when a block has several. A node with a shape diagnostic
// is outlined red and its tooltip gives the message and the fix. The item never moves itself; the
// scene positions it from the model's nodeMoved signal. GUI thread only.

#include "medsynth/engine/LayerCatalog.h"

#include <QGraphicsItem>
#include <QPointF>
#include <QString>

namespace medsynth::widgets {

class GraphModel;

class DesignerNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 101 };

    DesignerNodeItem(const GraphModel& model, int networkIndex, const QString& nodeId);

    int type() const override { return Type; }
    QString nodeId() const { return nodeId_; }

    // Re-reads size, tooltip and diagnostics from the model (after params or shapes changed).
    void refresh();
    bool hasDiagnostic() const { return hasDiagnostic_; }

    // Port centres in scene coordinates; a null point when the block has no such port.
    QPointF inputPortPos(const QString& port) const;
    QPointF outputPortPos(const QString& port) const;
    // The port whose circle (with some slack) contains the scene point, or an empty string.
    QString inputPortAt(QPointF scenePos) const;
    QString outputPortAt(QPointF scenePos) const;

    QRectF boundingRect() const override;
    // The box without its ports' margin (what a layout spaces).
    QSizeF boxSize() const;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const engine::BlockSpec* spec() const;
    QPointF portPos(int index, int count, bool input) const;  // item coordinates
    QStringList paramLines() const;

    const GraphModel& model_;
    const int networkIndex_;
    const QString nodeId_;
    double height_ = 60.0;
    bool hasDiagnostic_ = false;
};

}  // namespace medsynth::widgets
