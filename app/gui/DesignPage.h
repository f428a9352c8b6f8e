#pragma once
// DesignPage: shows the networks an architecture template builds, read-only. The user picks a
// template, the number of image channels and the image size; each network (generator,
// discriminator) is drawn in its own tab by a NetworkGraphView, with the shape on every edge and
// the network's parameter count. Editing comes in a later version.

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace medsynth::gui {

class DesignPage : public QWidget {
    Q_OBJECT
public:
    explicit DesignPage(QWidget* parent = nullptr);

    QComboBox* templateCombo() const { return templateCombo_; }
    QTabWidget* networkTabs() const { return tabs_; }

public Q_SLOTS:
    void rebuild();

private:
    QComboBox* templateCombo_ = nullptr;
    QComboBox* channelsCombo_ = nullptr;
    QComboBox* sizeCombo_ = nullptr;
    QLabel* descriptionLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QTabWidget* tabs_ = nullptr;
};

}  // namespace medsynth::gui
