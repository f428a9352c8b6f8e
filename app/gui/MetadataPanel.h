#pragma once
// MetadataPanel: what the Data page knows about the file in the viewer. The non-identifying
// metadata the reader returns (format, geometry, pixel encoding, modality transform, windows)
// and where the file sits in the index (patient, study and series keys, which are opaque
// sequence numbers, label, split). Below, the identifying DICOM attributes the index holds for
// the file, masked ("••••••"). The Reveal button shows their values; it is off for every new
// file, never saved, and nothing it shows is written anywhere (DESIGN.md, Privacy).

#include "medsynth/io/DatasetIndex.h"
#include "medsynth/io/MedicalImage.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace medsynth::gui {

class MetadataPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget* parent = nullptr);

    // placement: rows about the file's place in the dataset ("Patient" -> "Patient 1", ...).
    void showFile(const QString& relativePath, const io::ImageMetadata& metadata,
                  const QList<QPair<QString, QString>>& placement,
                  std::vector<io::IdentifyingAttribute> identifying);
    void clear(const QString& message = QString());

    bool isRevealed() const;
    void setRevealed(bool revealed);
    // The text shown in the value column for an attribute (by the name in its first column).
    QString shownValue(const QString& attribute) const;
    int identifyingCount() const { return static_cast<int>(identifying_.size()); }

private:
    void fillIdentifying();

    QTreeWidget* tree_ = nullptr;
    QTreeWidgetItem* identifyingRoot_ = nullptr;
    QPushButton* revealButton_ = nullptr;
    QLabel* note_ = nullptr;
    std::vector<io::IdentifyingAttribute> identifying_;
};

}  // namespace medsynth::gui
