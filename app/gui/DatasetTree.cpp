#include "DatasetTree.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMap>
#include <QStyle>
#include <QTreeWidget>

namespace medsynth::gui {

namespace {

constexpr int kSeriesRole = Qt::UserRole + 1;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("medsynth::gui::DatasetTree", text, disambiguation, n);
}

QTreeWidgetItem* addItem(QTreeWidget* tree, QTreeWidgetItem* parent, const QString& text, const QList<int>& files,
                         QStyle::StandardPixmap icon)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, text);
    item->setText(1, QString::number(files.size()));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setIcon(0, QApplication::style()->standardIcon(icon));
    item->setData(0, Qt::UserRole, QVariant::fromValue(files));
    return item;
}

QList<int> toList(const std::vector<int>& values)
{
    return QList<int>(values.begin(), values.end());
}

}  // namespace

QList<int> datasetTreeFiles(const QTreeWidgetItem* item)
{
    return item ? item->data(0, Qt::UserRole).value<QList<int>>() : QList<int>();
}

int datasetTreeSeries(const QTreeWidgetItem* item)
{
    const QVariant series = item ? item->data(0, kSeriesRole) : QVariant();
    return series.isValid() ? series.toInt() : -1;
}

void fillDatasetTree(QTreeWidget* tree, const io::DatasetIndex& index)
{
    tree->clear();
    const auto& files = index.files();
    QList<int> all;
    for (int i = 0; i < static_cast<int>(files.size()); ++i)
        all << i;
    auto* allItem = addItem(tree, nullptr, tr("All images"), all, QStyle::SP_DirHomeIcon);
    allItem->setToolTip(0, tr("Every image file found in the folder and its sub-folders"));

    for (const io::PatientGroup& group : index.groups()) {
        if (!group.dicom)
            continue;
        auto* patient = addItem(tree, nullptr, QString::fromStdString(group.key), toList(group.files),
                                QStyle::SP_DirIcon);
        patient->setToolTip(0, tr("A patient, numbered in the order of the files; no identifying value is shown"));
        for (int s : group.studies) {
            const io::StudyGroup& study = index.studies()[static_cast<size_t>(s)];
            QList<int> studyFiles;
            for (int r : study.series)
                studyFiles << toList(index.series()[static_cast<size_t>(r)].files);
            auto* studyItem = addItem(tree, patient, QString::fromStdString(study.key), studyFiles, QStyle::SP_DirIcon);
            for (int r : study.series) {
                const io::SeriesGroup& series = index.series()[static_cast<size_t>(r)];
                QString text = QString::fromStdString(series.key);
                if (!series.modality.empty())
                    text += QStringLiteral(" · ") + QString::fromStdString(series.modality);
                if (series.width > 0)
                    text += QStringLiteral(" · %1x%2").arg(series.width).arg(series.height);
                auto* seriesItem = addItem(tree, studyItem, text, toList(series.files), QStyle::SP_FileIcon);
                seriesItem->setData(0, kSeriesRole, r);
                QString tip = tr("Slices ordered by %1").arg(QString::fromLatin1(io::sliceOrderName(series.order)));
                if (series.files.size() > 1)
                    tip += QStringLiteral("\n") + tr("Select to open the series as a volume in the viewer");
                if (series.parts > 1)
                    tip += QStringLiteral("\n") + tr("Part of a series split because %1")
                                                      .arg(QString::fromStdString(series.partReason));
                seriesItem->setToolTip(0, tip);
            }
        }
        patient->setExpanded(true);
        for (int i = 0; i < patient->childCount(); ++i)
            patient->child(i)->setExpanded(true);
    }

    // Other files, by the folder they are in (relative to the scanned folder).
    QMap<QString, QList<int>> folders;
    for (int i = 0; i < static_cast<int>(files.size()); ++i) {
        if (files[static_cast<size_t>(i)].series >= 0)
            continue;
        const QString path = QString::fromStdString(files[static_cast<size_t>(i)].path);
        const int slash = path.lastIndexOf(QLatin1Char('/'));
        folders[slash < 0 ? QString() : path.left(slash)] << i;
    }
    for (auto it = folders.constBegin(); it != folders.constEnd(); ++it) {
        const QString name = it.key().isEmpty() ? tr("(top folder)") : it.key() + QLatin1Char('/');
        auto* item = addItem(tree, nullptr, name, it.value(), QStyle::SP_DirOpenIcon);
        item->setToolTip(0, tr("Files that are not DICOM (NIfTI, PNG, JPEG, TIFF, BMP, NumPy) in this folder"));
    }
    tree->setCurrentItem(allItem);
}

}  // namespace medsynth::gui
