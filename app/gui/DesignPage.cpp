#include "DesignPage.h"

#include "CatalogText.h"
#include "NetworkGraphView.h"
#include "PageTitle.h"
#include "TemplateChoices.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/ShapeInference.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace medsynth::gui {

namespace {

QString networkTitle(const engine::GraphNetwork& network)
{
    if (network.role == "generator")
        return DesignPage::tr("Generator");
    if (network.role == "discriminator")
        return DesignPage::tr("Discriminator");
    return QString::fromStdString(network.name.empty() ? network.role : network.name);
}

QString networkRoleHelp(const engine::GraphNetwork& network)
{
    if (network.role == "generator")
        return DesignPage::tr("Turns a vector of random numbers into an image.");
    if (network.role == "discriminator")
        return DesignPage::tr("Looks at an image and scores how real it seems.");
    return QString();
}

}  // namespace

DesignPage::DesignPage(QWidget* parent)
    : QWidget(parent)
{
    auto* title = makePageTitle(tr("Design"), this);

    templateCombo_ = new QComboBox(this);
    templateCombo_->setObjectName(QStringLiteral("templateCombo"));
    widgets::addTemplateChoices(*templateCombo_);  // empty if unreadable: reported when used
    channelsCombo_ = new QComboBox(this);
    channelsCombo_->setObjectName(QStringLiteral("channelsCombo"));
    channelsCombo_->addItem(tr("1 (grey)"), 1);
    channelsCombo_->addItem(tr("3 (colour)"), 3);
    sizeCombo_ = new QComboBox(this);
    sizeCombo_->setObjectName(QStringLiteral("designSizeCombo"));
    for (int size : {32, 64, 128, 256})
        sizeCombo_->addItem(tr("%1 x %1 pixels").arg(size), size);
    sizeCombo_->setCurrentIndex(1);

    auto* choices = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("Template:"), templateCombo_);
    auto* form2 = new QFormLayout;
    form2->addRow(tr("Channels:"), channelsCombo_);
    auto* form3 = new QFormLayout;
    form3->addRow(tr("Image size:"), sizeCombo_);
    choices->addLayout(form);
    choices->addSpacing(12);
    choices->addLayout(form2);
    choices->addSpacing(12);
    choices->addLayout(form3);
    choices->addStretch(1);

    descriptionLabel_ = new QLabel(this);
    descriptionLabel_->setObjectName(QStringLiteral("templateDescription"));
    descriptionLabel_->setWordWrap(true);
    errorLabel_ = new QLabel(this);
    errorLabel_->setObjectName(QStringLiteral("designError"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet(QStringLiteral("color: #b00000;"));
    errorLabel_->setVisible(false);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("networkTabs"));
    tabs_->setDocumentMode(true);

    auto* note = new QLabel(tr("This version shows the networks read-only: hover over a block to read what it does, "
                               "hold Ctrl and turn the mouse wheel to zoom. "
                               "Editing blocks and connections comes in a later version."), this);
    note->setObjectName(QStringLiteral("designNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(choices);
    layout->addWidget(descriptionLabel_);
    layout->addWidget(errorLabel_);
    layout->addWidget(tabs_, 1);
    layout->addWidget(note);

    for (QComboBox* combo : {templateCombo_, channelsCombo_, sizeCombo_})
        connect(combo, &QComboBox::currentIndexChanged, this, &DesignPage::rebuild);
    rebuild();
}

void DesignPage::rebuild()
{
    // Keep the tab the user looks at when switching size or channels.
    const int currentTab = tabs_->currentIndex();
    while (tabs_->count() > 0) {
        QWidget* page = tabs_->widget(0);
        tabs_->removeTab(0);
        page->deleteLater();
    }
    errorLabel_->setVisible(false);
    descriptionLabel_->clear();

    const std::string id = templateCombo_->currentData().toString().toStdString();
    if (id.empty()) {
        errorLabel_->setText(tr("No architecture templates are available. The installation may be incomplete."));
        errorLabel_->setVisible(true);
        return;
    }
    try {
        for (const auto& info : engine::listTemplates()) {
            if (info.id != id)
                continue;
            QString text = widgets::CatalogText::templateDescription(info).toHtmlEscaped();
            if (!info.paper.empty())
                text += QStringLiteral(" <i>%1</i>").arg(QString::fromStdString(info.paper).toHtmlEscaped());
            descriptionLabel_->setText(text);
        }
        const engine::GraphDocument document = engine::instantiateTemplate(
            id, channelsCombo_->currentData().toInt(), sizeCombo_->currentData().toInt());
        for (const auto& network : document.networks) {
            auto* page = new QWidget;
            auto* countLabel = new QLabel(page);
            countLabel->setObjectName(QStringLiteral("parameterCount"));
            // From the catalog's rules, not a compiled module: cheap enough for every edit.
            const engine::NetworkShapes shapes = engine::inferShapes(network);
            const QString count = shapes.ok()
                ? tr("%1 parameters (%2 MB as 32-bit numbers)")
                      .arg(QLocale().toString(static_cast<qlonglong>(shapes.parameterCount)),
                           QLocale().toString(shapes.parameterCount * 4.0 / 1e6, 'f', 1))
                : tr("Parameter count not available until the network's problems are fixed.");
            const QString help = networkRoleHelp(network);
            countLabel->setText(help.isEmpty() ? count : help + QStringLiteral("  ") + count);
            auto* view = new widgets::NetworkGraphView(page);
            view->setObjectName(QStringLiteral("networkGraphView"));
            view->setNetwork(network);
            auto* pageLayout = new QVBoxLayout(page);
            pageLayout->setContentsMargins(0, 6, 0, 0);
            pageLayout->addWidget(countLabel);
            pageLayout->addWidget(view, 1);
            tabs_->addTab(page, networkTitle(network));
        }
    } catch (const std::exception& error) {
        errorLabel_->setText(tr("This template cannot be built with these choices: %1")
                                 .arg(QString::fromStdString(error.what())));
        errorLabel_->setVisible(true);
    }
    if (currentTab >= 0 && currentTab < tabs_->count())
        tabs_->setCurrentIndex(currentTab);
}

}  // namespace medsynth::gui
