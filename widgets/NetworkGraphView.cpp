#include "NetworkGraphView.h"

#include "CatalogText.h"

#include "medsynth/engine/LayerCatalog.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QMap>
#include <QPainterPath>
#include <QPen>
#include <QScrollBar>
#include <QTextDocument>
#include <QWheelEvent>

#include <algorithm>

namespace medsynth::widgets {

namespace {

constexpr double kBoxWidth = 230.0;
constexpr double kPadding = 6.0;
constexpr double kGapX = 40.0;
constexpr double kGapY = 48.0;  // room for an edge and its shape label

QColor categoryColour(const std::string& category)
{
    if (category == "Inputs")        return {207, 226, 243};
    if (category == "Outputs")       return {252, 229, 205};
    if (category == "Normalisation") return {217, 234, 211};
    if (category == "Activations")   return {255, 242, 204};
    if (category == "Structure")     return {230, 218, 240};
    return {236, 239, 244};  // Layers and anything new
}

QString jsonValueText(const nlohmann::json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? NetworkGraphView::tr("on") : NetworkGraphView::tr("off");
    if (value.is_number_float()) {
        return QString::number(value.get<double>(), 'g', 4);
    }
    if (value.is_array()) {
        QStringList parts;
        for (const auto& item : value)
            parts << jsonValueText(item);
        return parts.join(QLatin1Char('x'));
    }
    return QString::fromStdString(value.dump());
}

// Box text: block title, node id and the parameters set on the node, as HTML.
QString nodeHtml(const engine::GraphNode& node, const engine::BlockSpec* spec)
{
    const QString title = spec ? CatalogText::title(*spec) : QString::fromStdString(node.type);
    QString html = QStringLiteral("<div align='center'><b>%1</b><br><span style='color:#555'>%2</span>")
                       .arg(title.toHtmlEscaped(), QString::fromStdString(node.id).toHtmlEscaped());
    QStringList params;
    if (node.params.is_object()) {
        for (auto it = node.params.begin(); it != node.params.end(); ++it) {
            const engine::ParamSpec* param = spec ? spec->findParam(it.key()) : nullptr;
            const QString label = param && !param->label.empty() ? CatalogText::paramLabel(*param)
                                                                 : QString::fromStdString(it.key());
            params << QStringLiteral("%1 %2").arg(label, jsonValueText(it.value())).toHtmlEscaped();
        }
    }
    if (!params.isEmpty())
        html += QStringLiteral("<br><span style='font-size:small'>%1</span>").arg(params.join(QStringLiteral(" &middot; ")));
    html += QStringLiteral("</div>");
    return html;
}

QString nodeToolTip(const engine::GraphNode& node, const engine::BlockSpec* spec,
                    const std::vector<const engine::ShapeDiagnostic*>& diagnostics)
{
    QString tip;
    if (spec) {
        tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                  .arg(CatalogText::title(*spec).toHtmlEscaped(), CatalogText::explanation(*spec).toHtmlEscaped());
    } else {
        tip = QStringLiteral("<p><b>%1</b></p>").arg(QString::fromStdString(node.type).toHtmlEscaped());
    }
    for (const auto* diagnostic : diagnostics) {
        tip += QStringLiteral("<p style='color:#b00000'>%1<br>%2</p>")
                   .arg(QString::fromStdString(diagnostic->message).toHtmlEscaped(),
                        QString::fromStdString(diagnostic->fix).toHtmlEscaped());
    }
    return tip;
}

}  // namespace

NetworkGraphView::NetworkGraphView(QWidget* parent)
    : QGraphicsView(parent)
    , scene_(new QGraphicsScene(this))
{
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setInteractive(false);  // read-only: nothing in the scene can be selected or moved
    setBackgroundBrush(QColor(250, 250, 252));
}

void NetworkGraphView::setNetwork(const engine::GraphNetwork& network)
{
    network_ = network;
    try {
        shapes_ = engine::inferShapes(network_);
    } catch (const std::exception& error) {
        shapes_ = {};
        engine::ShapeDiagnostic diagnostic;
        diagnostic.message = error.what();
        shapes_.diagnostics.push_back(diagnostic);
    }
    rebuildScene();
}

void NetworkGraphView::clearNetwork()
{
    network_ = {};
    shapes_ = {};
    rebuildScene();
}

void NetworkGraphView::zoomBy(double factor)
{
    const double next = std::clamp(zoom_ * factor, 0.2, 4.0);
    scale(next / zoom_, next / zoom_);
    zoom_ = next;
}

void NetworkGraphView::resetZoom()
{
    resetTransform();
    zoom_ = 1.0;
}

void NetworkGraphView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1.0 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void NetworkGraphView::rebuildScene()
{
    scene_->clear();
    edgeLabels_.clear();
    nodeBoxes_ = 0;
    if (network_.nodes.empty()) {
        scene_->setSceneRect(QRectF());
        return;
    }

    const engine::LayerCatalog& catalog = engine::LayerCatalog::instance();

    // Order the nodes so every edge points forward; a cyclic graph falls back to file order.
    std::vector<std::string> order;
    try {
        order = network_.topologicalOrder();
    } catch (const std::exception&) {
        for (const auto& node : network_.nodes)
            order.push_back(node.id);
    }

    // Layer = longest path from an input, so a chain reads straight down.
    QHash<QString, int> layerOf;
    for (const auto& id : order)
        layerOf.insert(QString::fromStdString(id), 0);
    for (const auto& id : order) {
        const int here = layerOf.value(QString::fromStdString(id));
        for (const auto& edge : network_.edges) {
            if (edge.from.node == id) {
                const QString to = QString::fromStdString(edge.to.node);
                if (layerOf.contains(to) && layerOf.value(to) < here + 1)
                    layerOf[to] = here + 1;
            }
        }
    }
    QMap<int, QStringList> layers;
    for (const auto& id : order) {
        const QString key = QString::fromStdString(id);
        layers[layerOf.value(key)] << key;
    }

    QHash<QString, std::vector<const engine::ShapeDiagnostic*>> diagnosticsByNode;
    QStringList networkMessages;
    for (const auto& diagnostic : shapes_.diagnostics) {
        if (diagnostic.nodeId.empty() || !network_.findNode(diagnostic.nodeId))
            networkMessages << QString::fromStdString(diagnostic.message + " " + diagnostic.fix).trimmed();
        else
            diagnosticsByNode[QString::fromStdString(diagnostic.nodeId)].push_back(&diagnostic);
    }

    // Boxes, layer by layer.
    QHash<QString, QRectF> boxOf;
    QHash<QString, int> layerIndex;
    QFont font = this->font();
    double y = 0.0;
    double widestRight = kBoxWidth / 2;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        const QStringList& ids = it.value();
        const double total = ids.size() * kBoxWidth + (ids.size() - 1) * kGapX;
        double x = -total / 2.0;
        double tallest = 0.0;
        std::vector<std::pair<QGraphicsPathItem*, QGraphicsTextItem*>> row;
        for (const QString& id : ids) {
            const engine::GraphNode* node = network_.findNode(id.toStdString());
            const engine::BlockSpec* spec = catalog.find(node->type);

            auto* text = new QGraphicsTextItem;
            text->setFont(font);
            text->setTextWidth(kBoxWidth - 2 * kPadding);
            text->setHtml(nodeHtml(*node, spec));
            text->setDefaultTextColor(Qt::black);
            const double height = text->boundingRect().height() + 2 * kPadding;
            tallest = std::max(tallest, height);

            const auto& diagnostics = diagnosticsByNode.value(id);
            bool hasError = false;
            for (const auto* diagnostic : diagnostics)
                hasError = hasError || diagnostic->severity == engine::ShapeDiagnostic::Severity::Error;
            QPen pen(diagnostics.empty() ? QColor(120, 130, 145) : (hasError ? QColor(200, 0, 0) : QColor(220, 130, 0)),
                     diagnostics.empty() ? 1.2 : 2.5);
            auto* box = new QGraphicsPathItem;
            box->setPen(pen);
            box->setBrush(categoryColour(spec ? spec->category : std::string()));
            box->setToolTip(nodeToolTip(*node, spec, diagnostics));
            box->setPos(x, y);
            text->setParentItem(box);
            text->setPos(kPadding, kPadding);
            scene_->addItem(box);
            row.emplace_back(box, text);
            boxOf.insert(id, QRectF(x, y, kBoxWidth, height));
            layerIndex.insert(id, it.key());
            x += kBoxWidth + kGapX;
            widestRight = std::max(widestRight, x - kGapX);
            ++nodeBoxes_;
        }
        // Boxes of one layer share a height so edges leave from one line.
        for (auto& [box, text] : row) {
            QPainterPath path;
            path.addRoundedRect(QRectF(0, 0, kBoxWidth, tallest), 6, 6);
            box->setPath(path);
            const double textHeight = text->boundingRect().height();
            text->setPos(kPadding, (tallest - textHeight) / 2.0);
        }
        for (const QString& id : ids)
            boxOf[id].setHeight(tallest);
        y += tallest + kGapY;
    }

    // Edges with their shape labels.
    QFont labelFont = font;
    labelFont.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.0));
    for (size_t i = 0; i < network_.edges.size(); ++i) {
        const auto& edge = network_.edges[i];
        const QString from = QString::fromStdString(edge.from.node);
        const QString to = QString::fromStdString(edge.to.node);
        QString label = QStringLiteral("?");
        if (i < shapes_.edgeShapes.size() && !shapes_.edgeShapes[i].dims.empty())
            label = QString::fromStdString(shapes_.edgeShapes[i].toString());
        edgeLabels_ << label;
        if (!boxOf.contains(from) || !boxOf.contains(to))
            continue;
        const QRectF a = boxOf.value(from);
        const QRectF b = boxOf.value(to);
        const QPointF start(a.center().x(), a.bottom());
        const QPointF end(b.center().x(), b.top());
        QPainterPath path(start);
        QPointF labelAt;
        if (layerIndex.value(to) - layerIndex.value(from) <= 1) {
            const double bend = (end.y() - start.y()) / 2.0;
            path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end);
            labelAt = (start + end) / 2.0;
        } else {
            // A skip connection: go round the right of the layers in between.
            const double side = widestRight + kGapX;
            path.cubicTo(QPointF(side, start.y() + 20), QPointF(side, end.y() - 20), end);
            labelAt = QPointF(side - 10, (start.y() + end.y()) / 2.0);
        }
        auto* line = scene_->addPath(path, QPen(QColor(90, 100, 115), 1.4));
        line->setZValue(-1);
        QPolygonF arrow;
        arrow << end << end + QPointF(-5, -9) << end + QPointF(5, -9);
        scene_->addPolygon(arrow, QPen(Qt::NoPen), QBrush(QColor(90, 100, 115)));

        auto* text = new QGraphicsSimpleTextItem(label);
        text->setFont(labelFont);
        text->setBrush(QColor(30, 60, 120));
        const QRectF textRect = text->boundingRect();
        auto* background = scene_->addRect(QRectF(0, 0, textRect.width() + 8, textRect.height() + 2),
                                           QPen(QColor(200, 205, 215)), QBrush(Qt::white));
        background->setPos(labelAt.x() + 8, labelAt.y() - textRect.height() / 2.0 - 1);
        text->setParentItem(background);
        text->setPos(4, 1);
    }

    // Problems that belong to no single node go on top, in red.
    if (!networkMessages.isEmpty()) {
        auto* text = new QGraphicsTextItem;
        text->setTextWidth(std::max(kBoxWidth * 1.5, widestRight * 2));
        text->setDefaultTextColor(QColor(180, 0, 0));
        text->setPlainText(networkMessages.join(QLatin1Char('\n')));
        text->setPos(-text->textWidth() / 2.0, -text->boundingRect().height() - 12);
        scene_->addItem(text);
    }

    scene_->setSceneRect(scene_->itemsBoundingRect().adjusted(-24, -24, 24, 24));
    scrollToInputsPending_ = true;
    if (isVisible())
        scrollToInputs();
}

void NetworkGraphView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (scrollToInputsPending_)
        scrollToInputs();
}

void NetworkGraphView::scrollToInputs()
{
    // A network reads from its inputs down: start at the top, not at the scene's centre (which
    // is where a view starts by default).
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    scrollToInputsPending_ = false;
}

}  // namespace medsynth::widgets
