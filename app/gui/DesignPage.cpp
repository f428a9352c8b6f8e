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
#include "medsynth/engine/RoleContracts.h"
#include "medsynth/engine/ShapeInference.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
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

constexpr int kRecentFiles = 8;
const char* const kRecentKey = "design/recentModels";

QString roleTitle(const std::string& role)
{
    if (role == "generator")
        return DesignPage::tr("Generator");
    if (role == "discriminator")
        return DesignPage::tr("Discriminator");
    if (role == "encoder")
        return DesignPage::tr("Encoder");
    if (role == "decoder")
        return DesignPage::tr("Decoder");
    if (role == "classifier")
        return DesignPage::tr("Classifier");
    if (role == "segmenter")
        return DesignPage::tr("Segmenter");
    return QString();
}

QString networkTitle(const engine::GraphNetwork& network)
{
    const QString title = roleTitle(network.role);
    if (!title.isEmpty())
        return title;
    return QString::fromStdString(network.name.empty() ? network.role : network.name);
}

QString networkRoleHelp(const engine::GraphNetwork& network)
{
    if (network.role == "generator")
        return DesignPage::tr("Turns a vector of random numbers (or an image) into an image.");
    if (network.role == "discriminator")
        return DesignPage::tr("Looks at an image and scores how real it seems.");
    if (network.role == "encoder")
        return DesignPage::tr("Compresses an image into the mean and log-variance of its latent code.");
    if (network.role == "decoder")
        return DesignPage::tr("Turns a latent code back into an image.");
    if (network.role == "classifier")
        return DesignPage::tr("Gives a score for each class of an image.");
    if (network.role == "segmenter")
        return DesignPage::tr("Marks, pixel by pixel, where the structure of interest is.");
    return QString();
}

// The empty models offered by New: a recipe and what its menu entry says.
struct EmptyModelChoice {
    const char* recipe;
    const char* text;
};
const EmptyModelChoice kEmptyModels[] = {
    {"gan", QT_TRANSLATE_NOOP("medsynth::gui::DesignPage", "Empty GAN (generator and discriminator)")},
    {"vae", QT_TRANSLATE_NOOP("medsynth::gui::DesignPage", "Empty VAE (encoder and decoder)")},
    {"vae-gan", QT_TRANSLATE_NOOP("medsynth::gui::DesignPage", "Empty VAE-GAN (encoder, decoder, discriminator)")},
    {"classifier", QT_TRANSLATE_NOOP("medsynth::gui::DesignPage", "Empty classifier")},
    {"segmentation", QT_TRANSLATE_NOOP("medsynth::gui::DesignPage", "Empty segmenter")},
};

}  // namespace

DesignPage::DesignPage(QWidget* parent)
    : QWidget(parent)
{
    auto* title = makePageTitle(tr("Design"), this);

    templateCombo_ = new QComboBox(this);
    templateCombo_->setObjectName(QStringLiteral("templateCombo"));
    widgets::addTemplateChoices(*templateCombo_);  // empty if unreadable: reported when used
    // Shown while the canvas holds a model of the user's own (new or opened), not a template.
    templateCombo_->setPlaceholderText(tr("(own model)"));
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
    // The model's name and the file and edit buttons share a second row, so the choices keep their
    // labels at small window sizes.
    auto* tools = new QHBoxLayout;

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

    // New, open (with recent files), save and save as: graph files, the format of models/ and of
    // medsynth-cli validate.
    auto* newButton = new QToolButton(this);
    newButton->setObjectName(QStringLiteral("newModelButton"));
    newButton->setText(tr("New"));
    newButton->setPopupMode(QToolButton::InstantPopup);
    auto* newMenu = new QMenu(newButton);
    for (const EmptyModelChoice& choice : kEmptyModels) {
        const QString recipe = QString::fromLatin1(choice.recipe);
        newMenu->addAction(tr(choice.text), this, [this, recipe] { newEmptyModel(recipe); });
    }
    newButton->setMenu(newMenu);
    tools->addWidget(newButton);

    QAction* open = new QAction(tr("Open..."), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &DesignPage::openModel);
    QAction* save = new QAction(tr("Save"), this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &DesignPage::saveModel);
    QAction* saveAs = new QAction(tr("Save as..."), this);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs, &QAction::triggered, this, &DesignPage::saveModelAs);
    recentMenu_ = new QMenu(this);
    connect(recentMenu_, &QMenu::aboutToShow, this, &DesignPage::fillRecentMenu);
    for (QAction* action : {open, save, saveAs}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        if (action == open) {
            button->setObjectName(QStringLiteral("openModelButton"));
            button->setMenu(recentMenu_);  // the arrow lists recent files
            button->setPopupMode(QToolButton::MenuButtonPopup);
        }
        tools->addWidget(button);
    }

    // Undo and redo, as buttons and as the usual shortcuts while the page has focus.
    QAction* undo = undoStack_.createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoStack_.createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    // The buttons keep short names; what they would undo or redo is in their tooltips.
    connect(&undoStack_, &QUndoStack::undoTextChanged, undo, [undo](const QString& text) {
        undo->setText(tr("Undo"));
        undo->setToolTip(text.isEmpty() ? tr("Nothing to undo") : tr("Undo: %1").arg(text));
    });
    connect(&undoStack_, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) {
        redo->setText(tr("Redo"));
        redo->setToolTip(text.isEmpty() ? tr("Nothing to redo") : tr("Redo: %1").arg(text));
    });
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tools->addWidget(button);
    }
    auto currentView = [this]() -> widgets::DesignerView* {
        return tabs_ && tabs_->currentWidget() ? tabs_->currentWidget()->findChild<widgets::DesignerView*>() : nullptr;
    };
    auto* arrange = new QToolButton(this);
    arrange->setObjectName(QStringLiteral("arrangeButton"));
    arrange->setText(tr("Arrange"));
    arrange->setToolTip(tr("Lay the blocks out automatically, layer by layer (L). Undo puts them back."));
    connect(arrange, &QToolButton::clicked, this, [currentView] {
        if (auto* view = currentView())
            view->arrange();
    });
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole network (F)."));
    connect(fit, &QToolButton::clicked, this, [currentView] {
        if (auto* view = currentView())
            view->fitNetwork();
    });
    tools->addSpacing(8);
    tools->addWidget(arrange);
    tools->addWidget(fit);

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
    palette->setMinimumWidth(150);  // block names stay readable at small window sizes
    right->setMinimumWidth(180);
    split->setSizes({180, 700, 240});

    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("designStatus"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setStyleSheet(QStringLiteral("color: #b00000;"));
    auto* note = new QLabel(tr("Drag blocks from the palette onto the canvas and draw connections from an output to "
                               "an input; Delete removes, Ctrl+Z undoes, F fits the view, L arranges, Ctrl+S saves. "
                               "The Train page can train this model as it is here."),
                            this);
    note->setObjectName(QStringLiteral("designNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    documentLabel_ = new QLabel(this);
    documentLabel_->setObjectName(QStringLiteral("documentLabel"));
    connect(&undoStack_, &QUndoStack::cleanChanged, this, &DesignPage::updateDocumentLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    tools->insertWidget(0, documentLabel_, 1);
    layout->addLayout(choices);
    layout->addLayout(tools);
    layout->addWidget(descriptionLabel_);
    layout->addWidget(errorLabel_);
    layout->addWidget(split, 1);
    layout->addWidget(statusLabel_);
    layout->addWidget(note);

    for (QComboBox* combo : {templateCombo_, channelsCombo_, sizeCombo_})
        connect(combo, &QComboBox::currentIndexChanged, this, &DesignPage::choiceChanged);
    askUnsaved_ = [this] {
        return QMessageBox::warning(this, tr("Unsaved changes"),
                                    tr("The model has changes that are not saved. Save them first?"),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    rebuild();
}

void DesignPage::choiceChanged()
{
    if (templateCombo_->currentIndex() < 0) {
        // An own model does not change with the channels and size: they become the images it is
        // checked against (the model itself is kept, edits and all).
        const int64_t size = sizeCombo_->currentData().toInt();
        model_.setRoleContext(
            {engine::recipeOfDocument(model_.document()), {{channelsCombo_->currentData().toInt(), size, size}}});
        appliedChoices_ = {-1, channelsCombo_->currentIndex(), sizeCombo_->currentIndex()};
        return;
    }
    if (maybeKeepChanges()) {
        rebuild();
        return;
    }
    // Cancelled: the combos go back to what the model on the canvas was made from.
    const QList<QComboBox*> combos{templateCombo_, channelsCombo_, sizeCombo_};
    for (int i = 0; i < combos.size() && i < appliedChoices_.size(); ++i) {
        const QSignalBlocker block(combos[i]);
        combos[i]->setCurrentIndex(appliedChoices_[i]);
    }
}

bool DesignPage::maybeKeepChanges()
{
    if (undoStack_.isClean())
        return true;
    switch (askUnsaved_ ? askUnsaved_() : QMessageBox::Cancel) {
    case QMessageBox::Save:
        return saveModel();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DesignPage::newEmptyModel(const QString& recipe)
{
    if (!maybeKeepChanges())
        return;
    engine::GraphDocument document;
    document.name = tr("New model").toStdString();
    document.training = {{"recipe", recipe.toStdString()}};
    for (const std::string& role : engine::rolesForRecipe(recipe.toStdString())) {
        engine::GraphNetwork network;
        network.role = role;
        network.name = roleTitle(role).toStdString();
        document.networks.push_back(std::move(network));
    }
    clearTabs();
    undoStack_.clear();
    const widgets::EditResult loaded = model_.setDocument(document);
    const int64_t size = sizeCombo_->currentData().toInt();
    model_.setRoleContext({recipe.toStdString(), {{channelsCombo_->currentData().toInt(), size, size}}});
    showDocument();
    currentFile_.clear();
    documentName_ = tr("New model");
    descriptionLabel_->setText(tr("An empty model: drag blocks from the palette onto each network's canvas. The "
                                  "channels and image size above are the images it must make and take."));
    statusLabel_->setText(loaded ? QString() : loaded.error);
    showOwnModel();
    updateDocumentLabel();
}

void DesignPage::showOwnModel()
{
    const QSignalBlocker block(templateCombo_);
    templateCombo_->setCurrentIndex(-1);
    appliedChoices_ = {-1, channelsCombo_->currentIndex(), sizeCombo_->currentIndex()};
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
        const int64_t size = sizeCombo_->currentData().toInt();
        model_.setRoleContext({engine::recipeOfDocument(document), {{channelsCombo_->currentData().toInt(), size, size}}});
        showDocument();
        currentFile_.clear();
        documentName_ = tr("%1 (template)").arg(QString::fromStdString(document.name));
        appliedChoices_ = {templateCombo_->currentIndex(), channelsCombo_->currentIndex(), sizeCombo_->currentIndex()};
        updateDocumentLabel();
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
        countLabel->setWordWrap(true);
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
    if (!maybeKeepChanges())
        return;
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
        // A file does not say which dataset it is for: its recipe's roles are checked, and the
        // generator and discriminator against each other, but not against an image size.
        model_.setRoleContext({engine::recipeOfDocument(document), {}});
        descriptionLabel_->setText(QString::fromStdString(document.description).toHtmlEscaped());
        statusLabel_->clear();
        adoptFile(path);
        showOwnModel();
        return true;
    } catch (const std::exception& error) {
        statusLabel_->setText(tr("The model could not be opened: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
}

QString DesignPage::statusText() const { return statusLabel_->text(); }

bool DesignPage::saveModel()
{
    return currentFile_.isEmpty() ? saveModelAs() : saveModelFile(currentFile_);
}

bool DesignPage::saveModelAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the model"),
                                                currentFile_.isEmpty() ? QStringLiteral("model.json") : currentFile_,
                                                tr("MedSynth models (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    return saveModelFile(path);
}

bool DesignPage::saveModelFile(const QString& path)
{
    try {
        engine::saveGraphFile(model_.document(), path.toStdString());
        undoStack_.setClean();
        statusLabel_->clear();
        adoptFile(path);
        return true;
    } catch (const std::exception& error) {
        statusLabel_->setText(tr("The model could not be saved: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
}

int DesignPage::imageChannels() const { return channelsCombo_->currentData().toInt(); }

int DesignPage::imageSize() const { return sizeCombo_->currentData().toInt(); }

int DesignPage::problemCount() const
{
    int count = static_cast<int>(model_.modelProblems().size());
    for (int i = 0; i < model_.networkCount(); ++i)
        for (const engine::ShapeDiagnostic& d : model_.shapes(i).diagnostics)
            count += d.severity == engine::ShapeDiagnostic::Severity::Error ? 1 : 0;
    return count;
}

void DesignPage::adoptFile(const QString& path)
{
    currentFile_ = path;
    documentName_ = QFileInfo(path).fileName();
    rememberFile(path);
    updateDocumentLabel();
}

QStringList DesignPage::recentFiles() const
{
    QStringList files;
    for (const QString& file : QSettings().value(QLatin1String(kRecentKey)).toStringList())
        if (QFileInfo::exists(file) && !files.contains(file))
            files.append(file);
    return files;
}

void DesignPage::clearRecentFiles() { QSettings().remove(QLatin1String(kRecentKey)); }

void DesignPage::rememberFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
}

void DesignPage::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = recentFiles();
    if (files.isEmpty())
        recentMenu_->addAction(tr("No recent models"))->setEnabled(false);
    for (const QString& file : files)
        recentMenu_->addAction(QFileInfo(file).fileName(), this, [this, file] {
            if (maybeKeepChanges())
                openModelFile(file);
        })->setToolTip(file);
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("Clear the list"), this, &DesignPage::clearRecentFiles)->setEnabled(!files.isEmpty());
}

void DesignPage::updateDocumentLabel()
{
    documentLabel_->setText(isModified() ? tr("<b>Model:</b> %1, <i>unsaved changes</i>").arg(documentName_.toHtmlEscaped())
                                         : tr("<b>Model:</b> %1").arg(documentName_.toHtmlEscaped()));
}

DesignPage::~DesignPage()
{
    // The undo stack says it is clean again while it is destroyed, after the labels are gone.
    undoStack_.disconnect(this);
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
        ? tr("%1 parameters (%2 MB), %3 million multiply-adds per image")
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
    QString text = count == 0 ? tr("<b>Problems:</b> none, every block fits.")
                              : tr("<b>Problems:</b> %n to fix (click one to find its block).", "", count);
    for (const engine::ShapeDiagnostic& problem : model_.modelProblems())
        text += QStringLiteral("<br><span style=\"color:#b00000\">%1 %2</span>")
                    .arg(QString::fromStdString(problem.message).toHtmlEscaped(),
                         QString::fromStdString(problem.fix).toHtmlEscaped());
    problemsTitle_->setText(text);
}

}  // namespace medsynth::gui
