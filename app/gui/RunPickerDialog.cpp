#include "RunPickerDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace medsynth::gui {

RunPickerDialog::RunPickerDialog(const QStringList& runs, const QStringList& shown, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare runs"));
    auto* text = new QLabel(tr("Tick the runs to compare (newest first):"), this);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("runPickerList"));
    for (const QString& run : runs) {
        auto* item = new QListWidgetItem(QFileInfo(run).fileName(), list_);
        item->setData(Qt::UserRole, run);
        const bool isShown = shown.contains(run);
        item->setToolTip(isShown ? tr("%1 (shown already)").arg(QDir::toNativeSeparators(run))
                                 : QDir::toNativeSeparators(run));
        item->setFlags(isShown ? Qt::ItemIsUserCheckable : (Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
        item->setCheckState(isShown ? Qt::Checked : Qt::Unchecked);
    }
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(list_, 1);
    layout->addWidget(box);
    resize(480, 420);
}

QStringList RunPickerDialog::chosenRuns() const
{
    QStringList chosen;
    for (int i = 0; i < list_->count(); ++i) {
        const QListWidgetItem* item = list_->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            chosen << item->data(Qt::UserRole).toString();
    }
    return chosen;
}

QStringList RunPickerDialog::choose(QWidget* parent, const QStringList& runs, const QStringList& shown)
{
    RunPickerDialog dialog(runs, shown, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenRuns() : QStringList();
}

}  // namespace medsynth::gui
