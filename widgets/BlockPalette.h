#pragma once
// BlockPalette: every block of the LayerCatalog, grouped by category, with a search field that
// filters by the translated title and explanation. Hovering a block shows its explanation.
// Dragging a block (past QApplication::startDragDistance()) starts a drag carrying its type
// under mimeType(), which DesignerView accepts; double-clicking emits blockActivated so a page
// can add it without dragging. Reads the catalog only; holds no model. GUI thread only.

#include <QString>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace medsynth::widgets {

class BlockPalette : public QWidget {
    Q_OBJECT
public:
    explicit BlockPalette(QWidget* parent = nullptr);

    // The MIME type of a dragged block; its data is the block type in UTF-8 ("Conv2d").
    static QString mimeType() { return QStringLiteral("application/x-medsynth-block"); }

    QTreeWidget* tree() const { return tree_; }
    QLineEdit* searchField() const { return search_; }
    // Block types currently shown (not hidden by the search), in display order (for tests).
    QStringList visibleBlockTypes() const;

Q_SIGNALS:
    void blockActivated(const QString& blockType);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private Q_SLOTS:
    void applyFilter(const QString& text);

private:
    void populate();
    void startDrag(const QString& blockType);

    QLineEdit* search_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QPoint pressPos_;
    QString pressedType_;
};

}  // namespace medsynth::widgets
