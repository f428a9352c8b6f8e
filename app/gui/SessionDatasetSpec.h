#pragma once
// SessionDatasetSpec: the labels and splits the user set on the Data page, over a scanned
// DatasetIndex, kept in memory for this session only. Nothing here is written to disk: a sidecar
// file would have to name files, and in PACS exports file and folder names often carry patient
// names, so persisting edits safely needs a design of its own (see the Data page's note).
// Splits are set per group (a DICOM patient, or a non-DICOM file), so a patient is never in
// two splits, whichever of their images the user selected. GUI thread only.

#include "medsynth/io/DatasetIndex.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

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
    // Sets the split of every group these files belong to; returns the files that moved with
    // them (all files of those groups).
    int setSplit(const QList<int>& files, io::Split split, int* groups = nullptr);

    // Files per split, after the edits.
    int count(io::Split split) const;
    bool isEdited() const { return !labels_.isEmpty() || !splits_.isEmpty(); }

private:
    std::shared_ptr<const io::DatasetIndex> index_;
    QHash<int, QString> labels_;     // file -> label
    QHash<int, io::Split> splits_;   // group -> split
};

}  // namespace medsynth::gui
