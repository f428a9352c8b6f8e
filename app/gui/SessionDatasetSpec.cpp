#include "SessionDatasetSpec.h"

#include "medsynth/io/IoError.h"

#include <QDir>
#include <QSet>

namespace medsynth::gui {

void SessionDatasetSpec::reset(std::shared_ptr<const io::DatasetIndex> index)
{
    index_ = std::move(index);
    labels_.clear();
    splits_.clear();
    unsaved_ = false;
}

QString SessionDatasetSpec::label(int file) const
{
    const auto edited = labels_.constFind(file);
    if (edited != labels_.constEnd())
        return *edited;
    if (!index_ || file < 0 || file >= static_cast<int>(index_->files().size()))
        return {};
    const int label = index_->files()[static_cast<size_t>(file)].label;
    if (label < 0 || label >= static_cast<int>(index_->classNames().size()))
        return {};
    return QString::fromStdString(index_->classNames()[static_cast<size_t>(label)]);
}

io::Split SessionDatasetSpec::split(int file) const
{
    if (!index_ || file < 0 || file >= static_cast<int>(index_->files().size()))
        return io::Split::Train;
    const io::IndexedFile& f = index_->files()[static_cast<size_t>(file)];
    const auto edited = splits_.constFind(f.group);
    return edited != splits_.constEnd() ? *edited : f.split;
}

QStringList SessionDatasetSpec::labels() const
{
    QSet<QString> all;
    if (index_) {
        for (const std::string& name : index_->classNames())
            all.insert(QString::fromStdString(name));
    }
    for (const QString& label : labels_) {
        if (!label.isEmpty())
            all.insert(label);
    }
    QStringList sorted(all.begin(), all.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int SessionDatasetSpec::setLabel(const QList<int>& files, const QString& label)
{
    int changed = 0;
    const QString clean = label.trimmed();
    for (int file : files) {
        if (!index_ || file < 0 || file >= static_cast<int>(index_->files().size()))
            continue;
        if (this->label(file) != clean)
            ++changed;
        labels_.insert(file, clean);
    }
    unsaved_ = unsaved_ || changed > 0;
    return changed;
}

int SessionDatasetSpec::setLabelFromFolder(const QList<int>& files)
{
    int changed = 0;
    for (int file : files) {
        if (!index_ || file < 0 || file >= static_cast<int>(index_->files().size()))
            continue;
        const QString path = QString::fromStdString(index_->files()[static_cast<size_t>(file)].path);
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            continue;
        changed += setLabel({file}, path.left(slash));
    }
    return changed;
}

int SessionDatasetSpec::setSplit(const QList<int>& files, io::Split split, int* groups)
{
    if (!index_)
        return 0;
    QSet<int> touched;
    for (int file : files) {
        if (file < 0 || file >= static_cast<int>(index_->files().size()))
            continue;
        const int group = index_->files()[static_cast<size_t>(file)].group;
        if (group >= 0)
            touched.insert(group);
    }
    int moved = 0;
    for (int group : touched) {
        const io::PatientGroup& g = index_->groups()[static_cast<size_t>(group)];
        if (g.files.empty() || this->split(g.files.front()) != split)
            unsaved_ = true;
        splits_.insert(group, split);
        moved += static_cast<int>(index_->groups()[static_cast<size_t>(group)].files.size());
    }
    if (groups)
        *groups = static_cast<int>(touched.size());
    return moved;
}

int SessionDatasetSpec::count(io::Split split) const
{
    if (!index_)
        return 0;
    int n = 0;
    for (int i = 0; i < static_cast<int>(index_->files().size()); ++i) {
        if (this->split(i) == split)
            ++n;
    }
    return n;
}

std::vector<io::LabelRow> SessionDatasetSpec::rows() const
{
    std::vector<io::LabelRow> rows;
    if (!index_)
        return rows;
    const std::vector<io::IndexedFile>& files = index_->files();
    rows.reserve(files.size());
    for (int i = 0; i < static_cast<int>(files.size()); ++i) {
        io::LabelRow row;
        row.file = files[static_cast<size_t>(i)].path;
        row.label = label(i).toStdString();
        row.split = split(i);
        rows.push_back(std::move(row));
    }
    return rows;
}

QString SessionDatasetSpec::save(const QString& path)
{
    try {
        io::writeLabelCsv(QDir::toNativeSeparators(path).toStdString(), rows());
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    unsaved_ = false;
    return {};
}

QString SessionDatasetSpec::labelsFile(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("labels.csv"));
}

}  // namespace medsynth::gui
