#pragma once
// DesignerEdgeItem: one connection in the DesignerScene, drawn as a curve from an output port to
// an input port and labelled with the shape that shape inference gives it ("512x4x4", "?" when
// unknown). It holds the edge's two port references and a reference to the GraphModel; the scene
// calls updatePath() when a node at either end moves and refresh() when shapes change. An edge
// is identified by its input port, as in the model. Selectable, so Delete can disconnect it.

#include "medsynth/engine/GraphDocument.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace medsynth::widgets {

class GraphModel;

class DesignerEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 102 };

    DesignerEdgeItem(const GraphModel& model, int networkIndex, const engine::PortRef& from,
                     const engine::PortRef& to);

    int type() const override { return Type; }
    const engine::PortRef& from() const { return from_; }
    const engine::PortRef& to() const { return to_; }
    QString labelText() const { return label_; }
    // The curve in scene coordinates (the item itself stays at the origin).
    const QPainterPath& path() const { return path_; }

    // Sets the end points (scene coordinates) of the curve.
    void updatePath(QPointF start, QPointF end);
    // Re-reads the shape label from the model.
    void refresh();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF labelRect() const;

    const GraphModel& model_;
    const int networkIndex_;
    const engine::PortRef from_;
    const engine::PortRef to_;
    QPainterPath path_;
    QString label_;
};

}  // namespace medsynth::widgets
