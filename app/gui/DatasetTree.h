#pragma once
// The Data page's folder/series tree, filled from a DatasetIndex: "All images" first, then each
// DICOM patient > study > series by the index's opaque keys ("Patient 1", "Study 1.1",
// "Series 2"), then one item per folder holding other files (NIfTI, PNG, NumPy ...). Each item
// carries the indices (into index.files()) of the images under it, in slice order for a series,
// and a series item the series' index (into index.series()), so that it can be opened as a volume.

#include "medsynth/io/DatasetIndex.h"

#include <QList>

class QTreeWidget;
class QTreeWidgetItem;

namespace medsynth::gui {

void fillDatasetTree(QTreeWidget* tree, const io::DatasetIndex& index);
QList<int> datasetTreeFiles(const QTreeWidgetItem* item);
// The series of a series item, -1 for any other item.
int datasetTreeSeries(const QTreeWidgetItem* item);

}  // namespace medsynth::gui
