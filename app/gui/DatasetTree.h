#pragma once
// The Data page's folder/series tree, filled from a DatasetIndex: "All images" first, then each
// DICOM patient > study > series by the index's opaque keys ("Patient 1", "Study 1.1",
// "Series 2"), then one item per folder holding other files (NIfTI, PNG, NumPy ...). Each item
// carries the indices (into index.files()) of the images under it, in slice order for a series.

#include "medsynth/io/DatasetIndex.h"

#include <QList>

class QTreeWidget;
class QTreeWidgetItem;

namespace medsynth::gui {

void fillDatasetTree(QTreeWidget* tree, const io::DatasetIndex& index);
QList<int> datasetTreeFiles(const QTreeWidgetItem* item);

}  // namespace medsynth::gui
