#pragma once
// SessionDatasetSpec: the labels and splits the user set on the Data page, over a scanned
// DatasetIndex (whose labels and splits come from the folder's labels.csv when it has one).
// Training on the folder uses them as they are (rows(), passed as io::LoadOptions::labelRows),
// saved or not; save() writes them as "file,label,split" rows to labels.csv in the folder, where
// training, medsynth-cli and the next session find them. That file names files only by their path
// inside the folder, which already holds them, and is written nowhere else: never to settings,
// caches or run folders (DESIGN.md, Privacy). Splits are set per group (a DICOM patient, or a
// non-DICOM file), so a patient is never in two splits, whichever of their images the user
// selected. GUI thread only.

#include "medsynth/io/DatasetIndex.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace medsynth::gui {

class SessionDatasetSpec {
public:
    void reset(std::shared_ptr<const io::DatasetIndex> index);
    const io::DatasetIndex* index() const { return index_.get(); }

    // The label of a file: the user's, else the index's (folder, CSV), else "".
    QString label(int file) const;
    io::Split split(int file) const;
    // Every label in use or known to the index, sorted.
    QStringList labels() const;

    // Sets the label of these files ("" removes it). Returns the number of files changed.
    int setLabel(const QList<int>& files, const QString& label);
    // Labels each of these files by the first sub-folder it lies in under the scanned folder
    // ("lesion/a.png" -> "lesion"; the usual layout of class folders); files directly in the
    // folder keep their label. Returns the number of files changed.
    int setLabelFromFolder(const QList<int>& files);
    // Sets the split of every group these files belong to; returns the files that moved with
    // them (all files of those groups).
    int setSplit(const QList<int>& files, io::Split split, int* groups = nullptr);

    // Files per split, after the edits.
    int count(io::Split split) const;
    bool isEdited() const { return !labels_.isEmpty() || !splits_.isEmpty(); }
    // Edited since the scan or the last save.
    bool hasUnsavedEdits() const { return unsaved_; }

    // Every indexed file with its label ("" for none) and split, after the edits, in path order.
    std::vector<io::LabelRow> rows() const;
    // Writes rows() to path (labelsFile() by default); returns "" or what went wrong (one line).
    QString save(const QString& path);
    // labels.csv in the folder: where the Data page's scan and training look for labels.
    static QString labelsFile(const QString& folder);

private:
    std::shared_ptr<const io::DatasetIndex> index_;
    QHash<int, QString> labels_;     // file -> label
    QHash<int, io::Split> splits_;   // group -> split
    bool unsaved_ = false;
};

}  // namespace medsynth::gui
