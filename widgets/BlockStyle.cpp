#include "BlockStyle.h"

#include "GraphModel.h"

#include <QPainter>
#include <QPixmap>

namespace medsynth::widgets {

QColor blockCategoryColour(const std::string& category)
{
    if (category == "Inputs")        return {207, 226, 243};
    if (category == "Outputs")       return {252, 229, 205};
    if (category == "Normalisation") return {217, 234, 211};
    if (category == "Activations")   return {255, 242, 204};
    if (category == "Structure")     return {230, 218, 240};
    return {236, 239, 244};
}

QIcon blockIcon(const engine::BlockSpec& block)
{
    // The abbreviation the block's ids start with ("conv", "up", "bn"...), two letters of it.
    QString text = GraphModel::nodeIdPrefix(QString::fromStdString(block.type)).left(2);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    QIcon icon;
    for (int side : {16, 24, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(90, 90, 100), 1.0));
        painter.setBrush(blockCategoryColour(block.category));
        painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1.0, side - 1.0), side / 5.0, side / 5.0);
        QFont font = painter.font();
        font.setPixelSize(side / 2);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(40, 40, 50));
        painter.drawText(QRect(0, 0, side, side), Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace medsynth::widgets
