#pragma once
// The large bold heading every page starts with (object name "pageTitle", which tests find).

#include <QLabel>

namespace medsynth::gui {

QLabel* makePageTitle(const QString& text, QWidget* parent);

}  // namespace medsynth::gui
