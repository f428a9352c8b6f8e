#pragma once
// RecentFolders: the folders the user opened on the Data page (by the dialog, a drop, or this
// menu), newest first, at most kMaxFolders, kept in QSettings under "data/". Only paths the user
// chose are stored, never anything read from a file. Remembering can be turned off (which also
// forgets the list) and the list cleared, from menu(), which MainWindow puts in its File menu;
// either says so with forgotten().

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace medsynth::gui {

class RecentFolders : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFolders = 10;

    explicit RecentFolders(QWidget* parent = nullptr);

    QStringList folders() const;
    // Whether opened folders may be remembered at all (here and in other pages' settings).
    static bool isRemembering();
    void setRemembering(bool remember);
    void add(const QString& folder);
    void clear();
    // "Recent Folders" with one entry per folder, "Remember Recent Folders" and "Clear".
    QMenu* menu() const { return menu_; }

Q_SIGNALS:
    void folderChosen(const QString& folder);
    // The list was cleared or remembering turned off: other places that keep opened folders
    // (the Train page's dataset choices) forget them too.
    void forgotten();

private:
    void rebuildMenu();

    QMenu* menu_ = nullptr;
};

}  // namespace medsynth::gui
