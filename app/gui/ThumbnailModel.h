#pragma once
// ThumbnailModel: the image files of one folder as a list model for a QListView in icon mode.
// The folder is listed and each thumbnail decoded (io::readThumbnail) on the model's own thread
// pool; a thumbnail is requested only when a view first asks for that row's icon, so opening a
// folder of thousands of files is instant; data() never decodes on the GUI thread. Every icon is
// the same size (views should set uniformItemSizes), so views of 10,000 rows lay out at once. Results come back to the GUI thread and update the
// row. The destructor waits for its pool, so no task outlives the model.

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

namespace medsynth::gui {

class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kThumbnailSide = 96;
    // Decoded icons kept at most; the oldest are dropped (and decoded again when shown again),
    // so scrolling through 10,000 files does not hold 10,000 pixmaps.
    static constexpr int kMaxCachedIcons = 1500;

    explicit ThumbnailModel(QObject* parent = nullptr);
    ~ThumbnailModel() override;

    // Lists dir (recursively) in the background; emits folderListed when done.
    void setFolder(const QString& dir);
    // Shows the given files (absolute paths) at once, without listing; folder() becomes folder.
    // Emits folderListed too, so a page can treat both alike.
    void setFiles(const QString& folder, const QStringList& files);
    // The row's file, or an empty string.
    QString fileAt(int row) const { return row >= 0 && row < files_.size() ? files_.at(row) : QString(); }
    QString folder() const { return folder_; }
    QStringList files() const { return files_; }
    int loadedThumbnailCount() const { return icons_.size(); }
    bool isListing() const { return listing_; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // error is empty on success.
    void folderListed(int imageCount, const QString& error);
    void thumbnailLoaded(int row);

private:
    void requestThumbnail(int row) const;
    void acceptListing(quint64 generation, const QStringList& files, const QString& error);
    void acceptThumbnail(quint64 generation, int row, const QImage& image, const QString& error);

    mutable QThreadPool pool_;
    QString folder_;
    QStringList files_;
    quint64 generation_ = 0;  // bumped on each setFolder(); stale results are dropped
    bool listing_ = false;
    QIcon placeholder_;
    QIcon unreadable_;
    QHash<int, QIcon> icons_;
    QHash<int, QString> errors_;
    mutable QSet<int> requested_;
    QList<int> iconOrder_;         // rows in icons_, oldest first
    mutable int requestCounter_ = 0;  // later requests run first: the rows just scrolled to
};

}  // namespace medsynth::gui
