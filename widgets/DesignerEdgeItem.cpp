#include "DesignerEdgeItem.h"

#include "GraphModel.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace medsynth::widgets {

DesignerEdgeItem::DesignerEdgeItem(const GraphModel& model, int networkIndex, const engine::PortRef& from,
                                   const engine::PortRef& to)
    : model_(model)
    , networkIndex_(networkIndex)
    , from_(from)
    , to_(to)
{
    setFlag(ItemIsSelectable);
    setZValue(0.0);  // under the node boxes
    refresh();
}

void DesignerEdgeItem::updatePath(QPointF start, QPointF end)
{
    prepareGeometryChange();
    // A vertical S-curve: leaves the output downwards and enters the input from above.
    const double bend = std::max(30.0, std::abs(end.y() - start.y()) / 2);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end);
    path_ = path;
    update();
}

void DesignerEdgeItem::refresh()
{
    prepareGeometryChange();
    label_ = QStringLiteral("?");
    if (model_.hasNetwork(networkIndex_)) {
        const int index = model_.edgeIndex(networkIndex_, to_);
        const engine::NetworkShapes& shapes = model_.shapes(networkIndex_);
        if (index >= 0 && index < static_cast<int>(shapes.edgeShapes.size()) && !shapes.edgeShapes[index].dims.empty())
            label_ = QString::fromStdString(shapes.edgeShapes[index].toString());
    }
    update();
}

QRectF DesignerEdgeItem::labelRect() const
{
    const QFontMetricsF metrics(QApplication::font());
    const QSizeF size(metrics.horizontalAdvance(label_) + 10, metrics.height() + 4);
    const QPointF centre = path_.pointAtPercent(0.5);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF DesignerEdgeItem::boundingRect() const
{
    return path_.boundingRect().adjusted(-6, -6, 6, 6).united(labelRect());
}

QPainterPath DesignerEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath shape = stroker.createStroke(path_);
    shape.addRect(labelRect());
    return shape;
}

void DesignerEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? QColor(30, 110, 220) : QColor(110, 110, 125), selected ? 3.0 : 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path_);

    const QRectF label = labelRect();
    painter->setPen(QPen(selected ? QColor(30, 110, 220) : QColor(190, 190, 200), 1.0));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(label, 4, 4);
    painter->setFont(QApplication::font());
    painter->setPen(label_ == QLatin1String("?") ? QColor(170, 0, 0) : QColor(30, 60, 120));
    painter->drawText(label, Qt::AlignCenter, label_);
}

}  // namespace medsynth::widgets
