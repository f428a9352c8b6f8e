#include "ProblemsList.h"

#include <QApplication>
#include <QStyle>

namespace medsynth::widgets {

namespace {

constexpr int kNodeIdRole = Qt::UserRole;

}  // namespace

ProblemsList::ProblemsList(GraphModel& model, QWidget* parent)
    : QListWidget(parent)
    , model_(model)
{
    setObjectName(QStringLiteral("problemsList"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(&model_, &GraphModel::shapesChanged, this, [this](int networkIndex) {
        if (networkIndex == networkIndex_)
            refresh();
    });
    connect(&model_, &GraphModel::documentReset, this, &ProblemsList::refresh);
    const auto activate = [this](QListWidgetItem* item) {
        const QString nodeId = item->data(kNodeIdRole).toString();
        if (!nodeId.isEmpty())
            Q_EMIT nodeActivated(nodeId);
    };
    connect(this, &QListWidget::itemClicked, this, activate);
    connect(this, &QListWidget::itemActivated, this, activate);
    refresh();
}

void ProblemsList::setNetworkIndex(int networkIndex)
{
    networkIndex_ = networkIndex;
    refresh();
}

QString ProblemsList::nodeIdAt(int row) const
{
    const QListWidgetItem* entry = item(row);
    return entry ? entry->data(kNodeIdRole).toString() : QString();
}

void ProblemsList::refresh()
{
    clear();
    if (!model_.hasNetwork(networkIndex_))
        return;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const engine::ShapeDiagnostic& diagnostic : model_.shapes(networkIndex_).diagnostics) {
        const QString message = QString::fromStdString(diagnostic.message);
        const QString fix = QString::fromStdString(diagnostic.fix);
        auto* entry = new QListWidgetItem(fix.isEmpty() ? message : tr("%1\n%2").arg(message, fix), this);
        entry->setIcon(diagnostic.severity == engine::ShapeDiagnostic::Severity::Error ? errorIcon : warningIcon);
        entry->setData(kNodeIdRole, QString::fromStdString(diagnostic.nodeId));
        entry->setToolTip(fix.isEmpty() ? message : tr("%1\nFix: %2").arg(message, fix));
    }
}

}  // namespace medsynth::widgets
