#include "PlaceholderPage.h"

#include "PageTitle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace medsynth::gui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
    , explanation_(explanation)
{
    auto* heading = makePageTitle(title, this);
    heading->setAlignment(Qt::AlignCenter);

    auto* notYet = new QLabel(tr("Not built yet"), this);
    notYet->setObjectName(QStringLiteral("notBuiltLabel"));
    notYet->setAlignment(Qt::AlignCenter);
    notYet->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* message = new QLabel(explanation, this);
    message->setObjectName(QStringLiteral("placeholderMessage"));
    message->setWordWrap(true);
    message->setAlignment(Qt::AlignCenter);
    message->setMaximumWidth(560);
    message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // Centred by stretches, not by an alignment flag: a word-wrapped label placed with an
    // alignment gets its height for the wrong width and is cut off.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(message, 4);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(notYet);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addStretch(2);
}

}  // namespace medsynth::gui
