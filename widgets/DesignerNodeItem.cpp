#include "DesignerNodeItem.h"

#include "BlockStyle.h"
#include "CatalogText.h"
#include "GraphModel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace medsynth::widgets {

namespace {

constexpr double kWidth = 200.0;
constexpr double kPortRadius = 5.0;
constexpr double kPortSlack = 9.0;   // a port is easy to hit even when the view is zoomed out
constexpr double kLine = 16.0;
constexpr double kPortLabel = 13.0;  // room for port names when a block has several
constexpr int kMaxParams = 3;        // key params shown in the box; the inspector shows them all

QString valueText(const nlohmann::json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? QCoreApplication::translate("DesignerNodeItem", "on")
                                 : QCoreApplication::translate("DesignerNodeItem", "off");
    if (value.is_number_float())
        return QString::number(value.get<double>(), 'g', 4);
    if (value.is_array()) {
        QStringList parts;
        for (const auto& item : value)
            parts << valueText(item);
        return parts.join(QLatin1Char('x'));
    }
    return QString::fromStdString(value.dump());
}

}  // namespace

DesignerNodeItem::DesignerNodeItem(const GraphModel& model, int networkIndex, const QString& nodeId)
    : model_(model)
    , networkIndex_(networkIndex)
    , nodeId_(nodeId)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1.0);
    refresh();
}

const engine::BlockSpec* DesignerNodeItem::spec() const
{
    const engine::GraphNode* node = model_.node(networkIndex_, nodeId_);
    return node ? engine::LayerCatalog::instance().find(node->type) : nullptr;
}

QStringList DesignerNodeItem::paramLines() const
{
    const engine::GraphNode* node = model_.node(networkIndex_, nodeId_);
    const engine::BlockSpec* block = spec();
    if (!node || !block)
        return {};
    nlohmann::json params = node->params;
    try {
        params = engine::LayerCatalog::instance().completeParams(node->id, node->type, node->params);
    } catch (const std::exception&) {
        // Show what is stored; the diagnostic explains what is wrong with it.
    }
    QStringList parts;
    for (const engine::ParamSpec& param : block->params) {
        if (parts.size() == kMaxParams || !params.contains(param.name))
            continue;
        parts << QStringLiteral("%1 %2").arg(CatalogText::paramLabel(param), valueText(params[param.name]));
    }
    return parts;
}

void DesignerNodeItem::refresh()
{
    prepareGeometryChange();
    const engine::BlockSpec* block = spec();
    const engine::GraphNode* node = model_.node(networkIndex_, nodeId_);
    double height = 10.0 + 2 * kLine + 6.0;
    if (!paramLines().isEmpty())
        height += kLine;
    if (block && block->inputs.size() > 1)
        height += kPortLabel;
    if (block && block->outputs.size() > 1)
        height += kPortLabel;
    height_ = height;

    QString tip;
    if (block) {
        tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                  .arg(CatalogText::title(*block).toHtmlEscaped(), CatalogText::explanation(*block).toHtmlEscaped());
    } else if (node) {
        tip = QStringLiteral("<p><b>%1</b></p>").arg(QString::fromStdString(node->type).toHtmlEscaped());
    }
    hasDiagnostic_ = false;
    if (model_.hasNetwork(networkIndex_)) {
        for (const engine::ShapeDiagnostic& diagnostic : model_.shapes(networkIndex_).diagnostics) {
            if (QString::fromStdString(diagnostic.nodeId) != nodeId_)
                continue;
            hasDiagnostic_ = true;
            tip += QStringLiteral("<p style='color:#b00000'>%1<br>%2</p>")
                       .arg(QString::fromStdString(diagnostic.message).toHtmlEscaped(),
                            QString::fromStdString(diagnostic.fix).toHtmlEscaped());
        }
    }
    setToolTip(tip);
    update();
}

QRectF DesignerNodeItem::boundingRect() const
{
    const double margin = kPortRadius + 2.0;
    return QRectF(-margin, -margin, kWidth + 2 * margin, height_ + 2 * margin);
}

QSizeF DesignerNodeItem::boxSize() const { return {kWidth, height_}; }

QPointF DesignerNodeItem::portPos(int index, int count, bool input) const
{
    const double x = kWidth * (index + 1) / (count + 1);
    return {x, input ? 0.0 : height_};
}

QPointF DesignerNodeItem::inputPortPos(const QString& port) const
{
    const engine::BlockSpec* block = spec();
    if (!block)
        return {};
    const int count = static_cast<int>(block->inputs.size());
    for (int i = 0; i < count; ++i)
        if (QString::fromStdString(block->inputs[i].name) == port)
            return mapToScene(portPos(i, count, true));
    return {};
}

QPointF DesignerNodeItem::outputPortPos(const QString& port) const
{
    const engine::BlockSpec* block = spec();
    if (!block)
        return {};
    const int count = static_cast<int>(block->outputs.size());
    for (int i = 0; i < count; ++i)
        if (QString::fromStdString(block->outputs[i].name) == port)
            return mapToScene(portPos(i, count, false));
    return {};
}

QString DesignerNodeItem::inputPortAt(QPointF scenePos) const
{
    const engine::BlockSpec* block = spec();
    if (!block)
        return {};
    const QPointF local = mapFromScene(scenePos);
    const int count = static_cast<int>(block->inputs.size());
    for (int i = 0; i < count; ++i)
        if (QLineF(local, portPos(i, count, true)).length() <= kPortSlack)
            return QString::fromStdString(block->inputs[i].name);
    return {};
}

QString DesignerNodeItem::outputPortAt(QPointF scenePos) const
{
    const engine::BlockSpec* block = spec();
    if (!block)
        return {};
    const QPointF local = mapFromScene(scenePos);
    const int count = static_cast<int>(block->outputs.size());
    for (int i = 0; i < count; ++i)
        if (QLineF(local, portPos(i, count, false)).length() <= kPortSlack)
            return QString::fromStdString(block->outputs[i].name);
    return {};
}

void DesignerNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const engine::BlockSpec* block = spec();
    const engine::GraphNode* node = model_.node(networkIndex_, nodeId_);
    if (!node)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(0, 0, kWidth, height_);
    const bool selected = option->state & QStyle::State_Selected;
    QPen frame(hasDiagnostic_ ? QColor(200, 0, 0) : QColor(90, 90, 100), hasDiagnostic_ ? 2.5 : 1.2);
    if (selected)
        frame = QPen(QColor(30, 110, 220), 3.0);
    painter->setPen(frame);
    painter->setBrush(block ? blockCategoryColour(block->category) : QColor(240, 240, 240));
    painter->drawRoundedRect(box, 6, 6);

    const int inputCount = block ? static_cast<int>(block->inputs.size()) : 0;
    const int outputCount = block ? static_cast<int>(block->outputs.size()) : 0;
    double y = 5.0 + (inputCount > 1 ? kPortLabel : 0.0);
    QFont font = painter->font();
    QFont titleFont = font;
    titleFont.setBold(true);
    QFont smallFont = font;
    smallFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8.0);

    const QRectF textArea(6, 0, kWidth - 12, kLine);
    painter->setPen(Qt::black);
    painter->setFont(titleFont);
    const QString title = block ? CatalogText::title(*block) : QString::fromStdString(node->type);
    painter->drawText(textArea.translated(0, y), Qt::AlignCenter,
                      QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, textArea.width()));
    y += kLine;
    painter->setFont(font);
    painter->setPen(QColor(85, 85, 85));
    painter->drawText(textArea.translated(0, y), Qt::AlignCenter, nodeId_);
    y += kLine;
    const QStringList params = paramLines();
    if (!params.isEmpty()) {
        painter->setFont(smallFont);
        painter->setPen(QColor(40, 40, 40));
        painter->drawText(textArea.translated(0, y + 2), Qt::AlignCenter,
                          QFontMetricsF(smallFont).elidedText(params.join(QStringLiteral(" \u00b7 ")), Qt::ElideRight,
                                                              textArea.width()));
    }

    // Ports: inputs on top, outputs at the bottom; named when there are several.
    painter->setFont(smallFont);
    const QFontMetricsF small(smallFont);
    for (int i = 0; i < inputCount + outputCount; ++i) {
        const bool input = i < inputCount;
        const int index = input ? i : i - inputCount;
        const int count = input ? inputCount : outputCount;
        const QPointF centre = portPos(index, count, input);
        painter->setPen(QPen(QColor(60, 60, 70), 1.0));
        painter->setBrush(input ? QColor(255, 255, 255) : QColor(70, 90, 140));
        painter->drawEllipse(centre, kPortRadius, kPortRadius);
        if (count > 1) {
            const QString name = QString::fromStdString(input ? block->inputs[index].name : block->outputs[index].name);
            const double width = small.horizontalAdvance(name) + 4;
            const QRectF label(centre.x() - width / 2, input ? centre.y() + kPortRadius : centre.y() - kPortRadius - kPortLabel,
                               width, kPortLabel);
            painter->setPen(QColor(60, 60, 60));
            painter->drawText(label, Qt::AlignCenter, name);
        }
    }
}

}  // namespace medsynth::widgets
