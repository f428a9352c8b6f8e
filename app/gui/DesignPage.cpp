#include "DesignPage.h"

#include "BlockInspector.h"
#include "BlockPalette.h"
#include "CatalogText.h"
#include "DesignerScene.h"
#include "DesignerView.h"
#include "ProblemsList.h"
#include "PageTitle.h"
#include "TemplateChoices.h"
#include "medsynth/engine/TemplateLibrary.h"
#include "medsynth/engine/ShapeInference.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QKeySequence>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
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
    connect(tabs_, &QTabWidget::currentChanged, this, &DesignPage::showNetwork);

    auto* palette = new widgets::BlockPalette(this);
    palette->setObjectName(QStringLiteral("blockPalette"));
    inspector_ = new widgets::BlockInspector(model_, undoStack_, this);
    inspector_->setObjectName(QStringLiteral("blockInspector"));
    problems_ = new widgets::ProblemsList(model_, this);
    problems_->setObjectName(QStringLiteral("problemsList"));
    connect(inspector_, &widgets::BlockInspector::editRefused, this, [this](const QString& m) { statusLabel_->setText(m); });
    connect(palette, &widgets::BlockPalette::blockActivated, this, [this](const QString& type) {
        if (auto* view = tabs_->currentWidget() ? tabs_->currentWidget()->findChild<widgets::DesignerView*>() : nullptr)
            view->addBlockAtCentre(type);
    });
    connect(problems_, &widgets::ProblemsList::nodeActivated, this, [this](const QString& id) {
        if (auto* view = tabs_->currentWidget() ? tabs_->currentWidget()->findChild<widgets::DesignerView*>() : nullptr)
            view->focusNode(id);
    });
    connect(&model_, &widgets::GraphModel::shapesChanged, this, &DesignPage::updateParameterCount);

    // Open and save a model as a graph file (the format of models/ and of medsynth-cli validate).
    QAction* open = new QAction(tr("Open..."), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &DesignPage::openModel);
    QAction* save = new QAction(tr("Save as..."), this);
    save->setShortcuts({QKeySequence::Save, QKeySequence::SaveAs});
    connect(save, &QAction::triggered, this, &DesignPage::saveModel);
    for (QAction* action : {open, save}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        choices->addWidget(button);
    }

    // Undo and redo, as buttons and as the usual shortcuts while the page has focus.
    QAction* undo = undoStack_.createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoStack_.createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        choices->addWidget(button);
    }

    problemsTitle_ = new QLabel(this);
    problemsTitle_->setObjectName(QStringLiteral("problemsTitle"));
    problemsTitle_->setWordWrap(true);
    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(problemsTitle_);
    problemsLayout->addWidget(problems_, 1);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(inspector_);
    right->addWidget(problemsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(palette);
    split->addWidget(tabs_);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    palette->setMinimumWidth(170);  // block names stay readable at small window sizes
    right->setMinimumWidth(200);
    split->setSizes({200, 700, 260});

    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("designStatus"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setStyleSheet(QStringLiteral("color: #b00000;"));
    auto* note = new QLabel(tr("Drag blocks from the palette onto the canvas and draw connections from an output to "
                               "an input; Delete removes, Ctrl+Z undoes, F fits the view, Ctrl+S saves. Training an "
                               "edited model comes in a later version: the Train page trains the template as it is."),
                            this);
    note->setObjectName(QStringLiteral("designNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(choices);
    layout->addWidget(descriptionLabel_);
    layout->addWidget(errorLabel_);
    layout->addWidget(split, 1);
    layout->addWidget(statusLabel_);
    layout->addWidget(note);

    for (QComboBox* combo : {templateCombo_, channelsCombo_, sizeCombo_})
        connect(combo, &QComboBox::currentIndexChanged, this, &DesignPage::rebuild);
    rebuild();
}

void DesignPage::rebuild()
{
    // Keep the tab the user looks at when switching size or channels.
    const int currentTab = tabs_->currentIndex();
    clearTabs();
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
        undoStack_.clear();
        const widgets::EditResult loaded = model_.setDocument(document);
        if (!loaded)
            throw std::runtime_error(loaded.error.toStdString());
        showDocument();
    } catch (const std::exception& error) {
        errorLabel_->setText(tr("This template cannot be built with these choices: %1")
                                 .arg(QString::fromStdString(error.what())));
        errorLabel_->setVisible(true);
    }
    if (currentTab >= 0 && currentTab < tabs_->count())
        tabs_->setCurrentIndex(currentTab);
}

void DesignPage::clearTabs()
{
    while (tabs_->count() > 0) {
        QWidget* page = tabs_->widget(0);
        tabs_->removeTab(0);
        delete page;  // now, before the model changes under its view
    }
}

void DesignPage::showDocument()
{
    for (int i = 0; i < model_.networkCount(); ++i) {
        const engine::GraphNetwork& network = model_.network(i);
        auto* page = new QWidget;
        auto* countLabel = new QLabel(page);
        countLabel->setObjectName(QStringLiteral("parameterCount"));
        auto* view = new widgets::DesignerView(model_, undoStack_, page);
        view->setObjectName(QStringLiteral("designerView"));
        view->setNetworkIndex(i);
        connect(view, &widgets::DesignerView::editRefused, this, [this](const QString& m) { statusLabel_->setText(m); });
        connect(view->designerScene(), &widgets::DesignerScene::currentNodeChanged, inspector_,
                &widgets::BlockInspector::setNode);
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 6, 0, 0);
        pageLayout->addWidget(countLabel);
        pageLayout->addWidget(view, 1);
        tabs_->addTab(page, networkTitle(network));
        updateParameterCount(i);
    }
}

void DesignPage::openModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a model"), QString(),
                                                      tr("MedSynth models (*.json);;All files (*)"));
    if (!path.isEmpty())
        openModelFile(path);
}

bool DesignPage::openModelFile(const QString& path)
{
    try {
        const engine::GraphDocument document = engine::loadGraphFile(path.toStdString());
        clearTabs();
        undoStack_.clear();
        const widgets::EditResult loaded = model_.setDocument(document);
        showDocument();  // the new document, or the old one again when it was refused
        if (!loaded)
            throw std::runtime_error(loaded.error.toStdString());
        descriptionLabel_->setText(QString::fromStdString(document.description).toHtmlEscaped());
        statusLabel_->clear();
        return true;
    } catch (const std::exception& error) {
        statusLabel_->setText(tr("The model could not be opened: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
}

QString DesignPage::statusText() const { return statusLabel_->text(); }

void DesignPage::saveModel()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the model"), QStringLiteral("model.json"),
                                                tr("MedSynth models (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    saveModelFile(path);
}

bool DesignPage::saveModelFile(const QString& path)
{
    try {
        engine::saveGraphFile(model_.document(), path.toStdString());
        undoStack_.setClean();
        statusLabel_->clear();
        return true;
    } catch (const std::exception& error) {
        statusLabel_->setText(tr("The model could not be saved: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
}

DesignPage::~DesignPage()
{
    // The views, inspector and problems list refer to the model and the undo stack, which are
    // members: delete the widgets first.
    tabs_ = nullptr;
    qDeleteAll(findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
}

void DesignPage::showNetwork(int index)
{
    if (index < 0 || !model_.hasNetwork(index))
        return;
    inspector_->setNetworkIndex(index);
    problems_->setNetworkIndex(index);
    statusLabel_->clear();
    updateProblemsTitle();
}

void DesignPage::updateParameterCount(int networkIndex)
{
    if (!tabs_ || networkIndex < 0 || networkIndex >= tabs_->count() || !model_.hasNetwork(networkIndex))
        return;
    auto* countLabel = tabs_->widget(networkIndex)->findChild<QLabel*>(QStringLiteral("parameterCount"));
    const engine::NetworkShapes& shapes = model_.shapes(networkIndex);
    const QString count = shapes.ok()
        ? tr("%1 parameters (%2 MB as 32-bit numbers), %3 million multiply-adds per image")
              .arg(QLocale().toString(static_cast<qlonglong>(shapes.parameterCount)),
                   QLocale().toString(shapes.parameterCount * 4.0 / 1e6, 'f', 1),
                   QLocale().toString(shapes.multiplyAdds / 1e6, 'f', 1))
        : tr("Parameter count not available until the network's problems are fixed.");
    const QString help = networkRoleHelp(model_.network(networkIndex));
    countLabel->setText(help.isEmpty() ? count : help + QStringLiteral("  ") + count);
    if (networkIndex == tabs_->currentIndex())
        updateProblemsTitle();
}

void DesignPage::updateProblemsTitle()
{
    const int index = tabs_ ? tabs_->currentIndex() : -1;
    const int count = model_.hasNetwork(index) ? static_cast<int>(model_.shapes(index).diagnostics.size()) : 0;
    problemsTitle_->setText(count == 0 ? tr("<b>Problems:</b> none, every block fits.")
                                       : tr("<b>Problems:</b> %n to fix (click one to find its block).", "", count));
}

}  // namespace medsynth::gui
