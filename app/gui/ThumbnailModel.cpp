#include "ThumbnailModel.h"

#include "ImageBufferConversion.h"
#include "medsynth/io/DatasetLoader.h"
#include "medsynth/io/ImageReader.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace medsynth::gui {

namespace {

QIcon framedIcon(const QImage& image)
{
    // Every icon on the same square canvas, so the grid stays regular whatever the aspect ratio.
    QPixmap canvas(ThumbnailModel::kThumbnailSide, ThumbnailModel::kThumbnailSide);
    canvas.fill(QColor(20, 20, 24));
    if (!image.isNull()) {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QImage scaled = image.scaled(canvas.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((canvas.width() - scaled.width()) / 2, (canvas.height() - scaled.height()) / 2, scaled);
    }
    return QIcon(canvas);
}

}  // namespace

ThumbnailModel::ThumbnailModel(QObject* parent)
    : QAbstractListModel(parent)
{
    pool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    placeholder_ = framedIcon(QImage());
    unreadable_ = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

ThumbnailModel::~ThumbnailModel()
{
    pool_.clear();
    pool_.waitForDone();
}

void ThumbnailModel::setFolder(const QString& dir)
{
    pool_.clear();  // pending thumbnails of the previous folder are not needed any more
    beginResetModel();
    ++generation_;
    folder_ = dir;
    files_.clear();
    icons_.clear();
    errors_.clear();
    requested_.clear();
    iconOrder_.clear();
    listing_ = true;
    endResetModel();

    const quint64 generation = generation_;
    pool_.start([this, dir, generation] {
        QStringList files;
        QString error;
        try {
            for (const std::string& file : io::listImageFiles(dir.toStdString()))
                files << QString::fromStdString(file);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, generation, files, error] {
            acceptListing(generation, files, error);
        }, Qt::QueuedConnection);
    });
}

void ThumbnailModel::setFiles(const QString& folder, const QStringList& files)
{
    pool_.clear();
    beginResetModel();
    ++generation_;
    folder_ = folder;
    files_ = files;
    icons_.clear();
    errors_.clear();
    requested_.clear();
    iconOrder_.clear();
    listing_ = false;
    endResetModel();
    Q_EMIT folderListed(static_cast<int>(files_.size()), QString());
}

void ThumbnailModel::acceptListing(quint64 generation, const QStringList& files, const QString& error)
{
    if (generation != generation_)
        return;
    listing_ = false;
    if (!files.isEmpty()) {
        beginInsertRows(QModelIndex(), 0, static_cast<int>(files.size()) - 1);
        files_ = files;
        endInsertRows();
    }
    Q_EMIT folderListed(static_cast<int>(files_.size()), error);
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(files_.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= files_.size())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(files_.at(row)).fileName();
    case Qt::ToolTipRole:
        return errors_.contains(row) ? errors_.value(row) : QFileInfo(files_.at(row)).fileName();
    case Qt::DecorationRole: {
        const auto icon = icons_.constFind(row);
        if (icon != icons_.constEnd())
            return *icon;
        requestThumbnail(row);
        return placeholder_;
    }
    default:
        return {};
    }
}

void ThumbnailModel::requestThumbnail(int row) const
{
    if (requested_.contains(row))
        return;
    requested_.insert(row);
    auto* self = const_cast<ThumbnailModel*>(this);
    const quint64 generation = generation_;
    const QString path = files_.at(row);
    // Priority grows with each request: while a user scrolls, what is on screen now is decoded
    // before rows requested earlier and already scrolled past.
    pool_.start([self, generation, row, path] {
        QImage image;
        QString error;
        try {
            image = widgets::imageBufferToQImage(io::readThumbnail(path.toStdString(), kThumbnailSide));
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(self, [self, generation, row, image, error] {
            self->acceptThumbnail(generation, row, image, error);
        }, Qt::QueuedConnection);
    }, ++requestCounter_);
}

void ThumbnailModel::acceptThumbnail(quint64 generation, int row, const QImage& image, const QString& error)
{
    if (generation != generation_ || row >= files_.size())
        return;
    if (image.isNull()) {
        icons_.insert(row, unreadable_);
        errors_.insert(row, error);
    } else {
        icons_.insert(row, framedIcon(image));
    }
    iconOrder_.append(row);
    while (iconOrder_.size() > kMaxCachedIcons) {
        const int oldest = iconOrder_.takeFirst();
        icons_.remove(oldest);
        errors_.remove(oldest);
        requested_.remove(oldest);
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, Qt::ToolTipRole});
    Q_EMIT thumbnailLoaded(row);
}

}  // namespace medsynth::gui
