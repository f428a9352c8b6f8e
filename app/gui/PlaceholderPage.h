#pragma once
// PlaceholderPage: the page of a part of the workbench that is not built yet. It says so
// plainly, centred: a title, what the page will offer, and nothing that pretends to work.

#include <QWidget>

namespace medsynth::gui {

class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    QString explanation() const { return explanation_; }

private:
    QString explanation_;
};

}  // namespace medsynth::gui
