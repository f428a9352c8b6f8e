#include "BlockPalette.h"

#include "BlockStyle.h"
#include "CatalogText.h"

#include "medsynth/engine/LayerCatalog.h"

#include <QApplication>
#include <QDrag>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace medsynth::widgets {

namespace {

constexpr int kTypeRole = Qt::UserRole;
constexpr int kSearchTextRole = Qt::UserRole + 1;

QString categoryTitle(const std::string& category)
{
    if (category == "Inputs")        return BlockPalette::tr("Inputs");
    if (category == "Layers")        return BlockPalette::tr("Layers");
    if (category == "Normalisation") return BlockPalette::tr("Normalisation");
    if (category == "Activations")   return BlockPalette::tr("Activations");
    if (category == "Structure")     return BlockPalette::tr("Structure");
    if (category == "Outputs")       return BlockPalette::tr("Outputs");
    return QString::fromStdString(category);
}

}  // namespace

BlockPalette::BlockPalette(QWidget* parent)
    : QWidget(parent)
    , search_(new QLineEdit(this))
    , tree_(new QTreeWidget(this))
{
    search_->setObjectName(QStringLiteral("blockSearch"));
    search_->setPlaceholderText(tr("Search blocks"));
    search_->setClearButtonEnabled(true);
    tree_->setObjectName(QStringLiteral("blockTree"));
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_);
    layout->addWidget(tree_);

    populate();
    connect(search_, &QLineEdit::textChanged, this, &BlockPalette::applyFilter);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString type = item->data(0, kTypeRole).toString();
        if (!type.isEmpty())
            Q_EMIT blockActivated(type);
    });
}

void BlockPalette::populate()
{
    QHash<QString, QTreeWidgetItem*> groups;
    for (const engine::BlockSpec& block : engine::LayerCatalog::instance().blocks()) {
        const QString category = QString::fromStdString(block.category);
        QTreeWidgetItem* group = groups.value(category);
        if (!group) {
            group = new QTreeWidgetItem(tree_, {categoryTitle(block.category)});
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            groups.insert(category, group);
        }
        const QString title = CatalogText::title(block);
        const QString explanation = CatalogText::explanation(block);
        auto* item = new QTreeWidgetItem(group, {title});
        item->setData(0, kTypeRole, QString::fromStdString(block.type));
        item->setData(0, kSearchTextRole, title + QLatin1Char('\n') + explanation);
        item->setToolTip(0, QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(title.toHtmlEscaped(), explanation.toHtmlEscaped()));
        item->setIcon(0, blockIcon(block));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    tree_->expandAll();
}

void BlockPalette::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        bool anyVisible = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() || item->data(0, kSearchTextRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            anyVisible = anyVisible || match;
        }
        group->setHidden(!anyVisible);
    }
}

QStringList BlockPalette::visibleBlockTypes() const
{
    QStringList types;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                types << group->child(i)->data(0, kTypeRole).toString();
    }
    return types;
}

bool BlockPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != tree_->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            pressPos_ = mouse->position().toPoint();
            QTreeWidgetItem* item = tree_->itemAt(pressPos_);
            pressedType_ = item ? item->data(0, kTypeRole).toString() : QString();
        }
    } else if (event->type() == QEvent::MouseMove) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if ((mouse->buttons() & Qt::LeftButton) && !pressedType_.isEmpty()
            && (mouse->position().toPoint() - pressPos_).manhattanLength() >= QApplication::startDragDistance()) {
            const QString type = pressedType_;
            pressedType_.clear();
            startDrag(type);
            return true;
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        pressedType_.clear();
    }
    return QWidget::eventFilter(watched, event);
}

void BlockPalette::startDrag(const QString& blockType)
{
    auto* mime = new QMimeData;
    mime->setData(mimeType(), blockType.toUtf8());
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}

}  // namespace medsynth::widgets
