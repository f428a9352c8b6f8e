#include "RecentFolders.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace medsynth::gui {

namespace {
const QString kFoldersKey = QStringLiteral("data/recentFolders");
const QString kRememberKey = QStringLiteral("data/rememberRecentFolders");
}  // namespace

RecentFolders::RecentFolders(QWidget* parent)
    : QObject(parent)
    , menu_(new QMenu(tr("Recent Folders"), parent))
{
    menu_->setObjectName(QStringLiteral("recentFoldersMenu"));
    connect(menu_, &QMenu::aboutToShow, this, &RecentFolders::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFolders::folders() const
{
    return QSettings().value(kFoldersKey).toStringList();
}

bool RecentFolders::isRemembering()
{
    return QSettings().value(kRememberKey, true).toBool();
}

void RecentFolders::setRemembering(bool remember)
{
    QSettings settings;
    settings.setValue(kRememberKey, remember);
    if (!remember)
        settings.remove(kFoldersKey);
    rebuildMenu();
    if (!remember)
        Q_EMIT forgotten();
}

void RecentFolders::add(const QString& folder)
{
    if (!isRemembering() || folder.isEmpty())
        return;
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList list = folders();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxFolders)
        list.removeLast();
    QSettings().setValue(kFoldersKey, list);
    rebuildMenu();
}

void RecentFolders::clear()
{
    QSettings().remove(kFoldersKey);
    rebuildMenu();
    Q_EMIT forgotten();
}

void RecentFolders::rebuildMenu()
{
    menu_->clear();
    const QStringList list = folders();
    for (const QString& folder : list) {
        QAction* action = menu_->addAction(QDir::toNativeSeparators(folder), this,
                                           [this, folder] {
            QMetaObject::invokeMethod(this, [this, folder] { Q_EMIT folderChosen(folder); }, Qt::QueuedConnection);
        });
        action->setEnabled(QFileInfo(folder).isDir());
    }
    if (list.isEmpty()) {
        QAction* none = menu_->addAction(isRemembering() ? tr("No recent folders") : tr("Not remembering folders"));
        none->setEnabled(false);
    }
    menu_->addSeparator();
    QAction* remember = menu_->addAction(tr("Remember Recent Folders"));
    remember->setObjectName(QStringLiteral("rememberRecentAction"));
    remember->setCheckable(true);
    remember->setChecked(isRemembering());
    remember->setToolTip(tr("Keep a list of the folders you open in this program's settings (paths only)."));
    connect(remember, &QAction::toggled, this, [this](bool on) {
        // Rebuilding the menu inside the action's own signal would delete the action under it.
        QMetaObject::invokeMethod(this, [this, on] { setRemembering(on); }, Qt::QueuedConnection);
    });
    QAction* clearAction = menu_->addAction(tr("Clear Recent Folders"));
    clearAction->setObjectName(QStringLiteral("clearRecentAction"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        QMetaObject::invokeMethod(this, [this] { clear(); }, Qt::QueuedConnection);
    });
}

}  // namespace medsynth::gui
