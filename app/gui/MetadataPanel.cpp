#include "MetadataPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace medsynth::gui {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

template <size_t N>
QString numbers(const std::array<double, N>& values)
{
    QStringList parts;
    for (double v : values)
        parts << number(v);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

MetadataPanel::MetadataPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("metadataPanel"));
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("metadataTree"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Attribute"), tr("Value")});
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    // Both columns visible also in a narrow panel: long attribute names elide (full in the tooltip).
    tree_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree_->setColumnWidth(0, 175);
    tree_->header()->setStretchLastSection(true);
    tree_->setSelectionMode(QAbstractItemView::NoSelection);

    revealButton_ = new QPushButton(tr("Reveal identifying values"), this);
    revealButton_->setObjectName(QStringLiteral("revealButton"));
    revealButton_->setCheckable(true);
    revealButton_->setChecked(false);
    revealButton_->setToolTip(tr("Shows the patient names, IDs, dates, UIDs and other identifying values of this "
                                 "file on screen, for this file only. They are never saved or written anywhere."));
    connect(revealButton_, &QPushButton::toggled, this, [this](bool) { fillIdentifying(); });

    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("metadataNote"));
    note_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_, 1);
    layout->addWidget(revealButton_);
    layout->addWidget(note_);
    clear(tr("No file shown."));
}

void MetadataPanel::clear(const QString& message)
{
    tree_->clear();
    identifyingRoot_ = nullptr;
    identifying_.clear();
    {
        const QSignalBlocker block(revealButton_);
        revealButton_->setChecked(false);
    }
    revealButton_->setEnabled(false);
    note_->setText(message);
}

void MetadataPanel::showFile(const QString& relativePath, const io::ImageMetadata& m,
                             const QList<QPair<QString, QString>>& placement,
                             std::vector<io::IdentifyingAttribute> identifying)
{
    clear();
    identifying_ = std::move(identifying);

    auto add = [this](QTreeWidgetItem* parent, const QString& name, const QString& value) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
        item->setText(0, name);
        item->setToolTip(0, name);
        item->setText(1, value);
        item->setToolTip(1, value);
        return item;
    };

    auto* file = add(nullptr, tr("File"), relativePath);
    for (const auto& row : placement)
        add(file, row.first, row.second);
    file->setExpanded(true);

    auto* image = add(nullptr, tr("Image"), QString::fromStdString(m.format));
    if (!m.modality.empty())
        add(image, tr("Modality"), QString::fromStdString(m.modality));
    if (!m.photometric.empty())
        add(image, tr("Photometric interpretation"), QString::fromStdString(m.photometric));
    add(image, tr("Size"), tr("%1 x %2 pixels").arg(m.columns).arg(m.rows));
    add(image, tr("Frames"), QString::number(m.frames));
    add(image, tr("Samples per pixel"), QString::number(m.samplesPerPixel));
    if (m.bitsAllocated > 0)
        add(image, tr("Bits allocated / stored"), tr("%1 / %2").arg(m.bitsAllocated).arg(m.bitsStored));
    add(image, tr("Values"), m.isFloat ? tr("floating point") : (m.isSigned ? tr("signed integers") : tr("unsigned integers")));
    if (!m.transferSyntaxName.empty() || !m.transferSyntaxUid.empty())
        add(image, tr("Transfer syntax"),
            QString::fromStdString(m.transferSyntaxName.empty() ? m.transferSyntaxUid : m.transferSyntaxName));
    if (m.sliceAxis >= 0)
        add(image, tr("Slices along"), m.sliceAxis == 0 ? tr("i (sagittal)") : m.sliceAxis == 1 ? tr("j (coronal)") : tr("k (axial)"));
    if (m.pixelSpacing)
        add(image, tr("Pixel spacing (mm)"), numbers(*m.pixelSpacing));
    if (m.sliceThickness)
        add(image, tr("Slice thickness (mm)"), number(*m.sliceThickness));
    if (m.imagePosition)
        add(image, tr("Image position (mm)"), numbers(*m.imagePosition));
    if (m.imageOrientation)
        add(image, tr("Image orientation"), numbers(*m.imageOrientation));
    image->setExpanded(true);

    auto* values = add(nullptr, tr("Values and display"), QString());
    if (m.modalityLutApplied)
        add(values, tr("Modality LUT"), tr("applied"));
    else
        add(values, tr("Rescale slope / intercept"), tr("%1 / %2").arg(number(m.rescaleSlope), number(m.rescaleIntercept)));
    if (!m.rescaleType.empty())
        add(values, tr("Rescale type"), QString::fromStdString(m.rescaleType));
    for (size_t i = 0; i < m.windows.size(); ++i) {
        const io::VoiWindow& w = m.windows[i];
        QString text = tr("width %1, level %2").arg(number(w.width), number(w.center));
        if (!w.explanation.empty())
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(w.explanation));
        add(values, tr("Window %1").arg(i + 1), text);
    }
    if (!m.voiLuts.empty())
        add(values, tr("VOI LUTs"), QString::number(m.voiLuts.size()));
    if (m.voiLutFunction != "LINEAR")
        add(values, tr("VOI LUT function"), QString::fromStdString(m.voiLutFunction));
    values->setExpanded(true);

    if (!m.arrays.empty()) {
        auto* arrays = add(nullptr, tr("Arrays"), QString::number(m.arrays.size()));
        for (const io::ArchiveArray& array : m.arrays) {
            QStringList shape;
            for (int64_t s : array.shape)
                shape << QString::number(s);
            add(arrays, QString::fromStdString(array.name),
                QStringLiteral("%1 [%2]").arg(QString::fromStdString(array.dtype), shape.join(QStringLiteral(" x "))));
        }
        arrays->setExpanded(true);
    }

    if (!identifying_.empty()) {
        identifyingRoot_ = add(nullptr, tr("Identifying (masked)"), QString::number(identifying_.size()));
        identifyingRoot_->setExpanded(true);
        revealButton_->setEnabled(true);
        note_->setText(tr("Identifying values are masked. Reveal shows them on screen for this file only; "
                          "they are never saved, logged or exported."));
    } else {
        note_->setText(m.format == "DICOM" ? tr("The file holds no identifying values.")
                                           : tr("Only DICOM files carry identifying values."));
    }
    fillIdentifying();
}

void MetadataPanel::fillIdentifying()
{
    if (!identifyingRoot_)
        return;
    const bool reveal = revealButton_->isChecked();
    qDeleteAll(identifyingRoot_->takeChildren());
    for (const io::IdentifyingAttribute& attribute : identifying_) {
        auto* item = new QTreeWidgetItem(identifyingRoot_);
        item->setText(0, QStringLiteral("%1 %2").arg(QString::fromStdString(attribute.name),
                                                     QString::fromStdString(attribute.tag)));
        const std::string& text = reveal ? attribute.value.reveal() : attribute.value.masked();
        item->setText(1, QString::fromStdString(text));
    }
    identifyingRoot_->setText(0, reveal ? tr("Identifying (shown)") : tr("Identifying (masked)"));
    revealButton_->setText(reveal ? tr("Mask identifying values") : tr("Reveal identifying values"));
}

bool MetadataPanel::isRevealed() const
{
    return revealButton_->isChecked();
}

void MetadataPanel::setRevealed(bool revealed)
{
    revealButton_->setChecked(revealed);
}

QString MetadataPanel::shownValue(const QString& attribute) const
{
    const QList<QTreeWidgetItem*> found = tree_->findItems(attribute, Qt::MatchStartsWith | Qt::MatchRecursive, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}

}  // namespace medsynth::gui
