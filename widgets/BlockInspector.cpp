#include "BlockInspector.h"

#include "CatalogText.h"
#include "GraphCommands.h"

#include "medsynth/engine/LayerCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace medsynth::widgets {

namespace {

QString integerListText(const nlohmann::json& value)
{
    QStringList parts;
    if (value.is_array())
        for (const auto& item : value)
            parts << QString::fromStdString(item.dump());
    return parts.join(QStringLiteral(", "));
}

int clampToInt(double value) { return static_cast<int>(std::clamp(value, double(INT_MIN), double(INT_MAX))); }

}  // namespace

BlockInspector::BlockInspector(GraphModel& model, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , undoStack_(undoStack)
    , title_(new QLabel(this))
    , explanation_(new QLabel(this))
    , form_(new QWidget(this))
    , formLayout_(new QFormLayout(form_))
    , message_(new QLabel(this))
{
    title_->setObjectName(QStringLiteral("inspectorTitle"));
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);
    title_->setWordWrap(true);
    explanation_->setObjectName(QStringLiteral("inspectorExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    formLayout_->setContentsMargins(0, 0, 0, 0);
    formLayout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    message_->setObjectName(QStringLiteral("inspectorMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00000"));
    message_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(explanation_);
    layout->addWidget(form_);
    layout->addWidget(message_);
    layout->addStretch(1);

    connect(&model_, &GraphModel::nodeParamsChanged, this, &BlockInspector::onNodeParamsChanged);
    connect(&model_, &GraphModel::nodeRemoved, this, &BlockInspector::onNodeRemoved);
    connect(&model_, &GraphModel::documentReset, this, [this] { setNode(QString()); });
    rebuild();
}

void BlockInspector::setNetworkIndex(int networkIndex)
{
    networkIndex_ = networkIndex;
    setNode(QString());
}

void BlockInspector::setNode(const QString& nodeId)
{
    nodeId_ = model_.node(networkIndex_, nodeId) ? nodeId : QString();
    rebuild();
}

QString BlockInspector::message() const { return message_->isHidden() ? QString() : message_->text(); }

void BlockInspector::onNodeParamsChanged(int networkIndex, const QString& nodeId)
{
    if (networkIndex == networkIndex_ && nodeId == nodeId_)
        refreshValues();
}

void BlockInspector::onNodeRemoved(int networkIndex, const QString& nodeId)
{
    if (networkIndex == networkIndex_ && nodeId == nodeId_)
        setNode(QString());
}

nlohmann::json BlockInspector::currentParams() const
{
    const engine::GraphNode* node = model_.node(networkIndex_, nodeId_);
    if (!node)
        return nlohmann::json::object();
    try {
        return engine::LayerCatalog::instance().completeParams(node->id, node->type, node->params);
    } catch (const std::exception&) {
        return node->params;
    }
}

void BlockInspector::rebuild()
{
    qDeleteAll(editors_);
    editors_.clear();
    while (formLayout_->rowCount() > 0)
        formLayout_->removeRow(0);
    showMessage(QString());

    const engine::GraphNode* node = model_.node(networkIndex_, nodeId_);
    const engine::BlockSpec* spec = node ? engine::LayerCatalog::instance().find(node->type) : nullptr;
    if (!spec) {
        title_->setText(tr("No block selected"));
        explanation_->setText(tr("Select a block in the network to see what it does and change its settings."));
        form_->hide();
        return;
    }
    title_->setText(tr("%1 (%2)").arg(CatalogText::title(*spec), nodeId_));
    explanation_->setText(CatalogText::explanation(*spec));

    for (const engine::ParamSpec& param : spec->params) {
        const QString name = QString::fromStdString(param.name);
        QWidget* editor = nullptr;
        switch (param.kind) {
        case engine::ParamKind::Integer: {
            auto* spin = new QSpinBox(form_);
            spin->setRange(clampToInt(param.minimum), clampToInt(param.maximum));
            spin->setKeyboardTracking(false);  // commit typed numbers once, not digit by digit
            connect(spin, &QSpinBox::valueChanged, this, [this, name](int value) { commit(name, value); });
            editor = spin;
            break;
        }
        case engine::ParamKind::Real: {
            auto* spin = new QDoubleSpinBox(form_);
            spin->setDecimals(4);
            spin->setRange(param.minimum, param.maximum);
            spin->setSingleStep(param.maximum - param.minimum <= 1.0 ? 0.05 : 0.1);
            spin->setKeyboardTracking(false);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, name](double value) { commit(name, value); });
            editor = spin;
            break;
        }
        case engine::ParamKind::Boolean: {
            auto* check = new QCheckBox(form_);
            connect(check, &QCheckBox::toggled, this, [this, name](bool value) { commit(name, value); });
            editor = check;
            break;
        }
        case engine::ParamKind::Choice: {
            auto* combo = new QComboBox(form_);
            for (const std::string& choice : param.choices)
                combo->addItem(QString::fromStdString(choice), QString::fromStdString(choice));
            connect(combo, &QComboBox::activated, this, [this, name, combo](int index) {
                commit(name, combo->itemData(index).toString().toStdString());
            });
            editor = combo;
            break;
        }
        case engine::ParamKind::IntegerList: {
            auto* line = new QLineEdit(form_);
            line->setPlaceholderText(tr("e.g. 100, 1, 1"));
            connect(line, &QLineEdit::editingFinished, this, [this, name, line] {
                const QStringList parts =
                    line->text().split(QRegularExpression(QStringLiteral("[,x\\s]+")), Qt::SkipEmptyParts);
                nlohmann::json list = nlohmann::json::array();
                for (const QString& part : parts) {
                    bool ok = false;
                    const qlonglong value = part.toLongLong(&ok);
                    if (!ok) {
                        showMessage(tr("Write whole numbers separated by commas, for example 100, 1, 1."));
                        Q_EMIT editRefused(message_->text());
                        refreshValues();
                        return;
                    }
                    list.push_back(value);
                }
                commit(name, list);
            });
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("param_") + name);
        if (!param.help.empty())
            editor->setToolTip(CatalogText::paramHelp(param));
        editors_.insert(name, editor);
        formLayout_->addRow(CatalogText::paramLabel(param), editor);
    }
    form_->setVisible(!spec->params.empty());
    refreshValues();
}

void BlockInspector::refreshValues()
{
    const nlohmann::json params = currentParams();
    for (auto it = editors_.cbegin(); it != editors_.cend(); ++it) {
        const std::string name = it.key().toStdString();
        if (!params.contains(name))
            continue;
        const nlohmann::json& value = params[name];
        const QSignalBlocker blocker(it.value());
        if (auto* spin = qobject_cast<QSpinBox*>(it.value()); spin && value.is_number())
            spin->setValue(value.get<int>());
        else if (auto* real = qobject_cast<QDoubleSpinBox*>(it.value()); real && value.is_number())
            real->setValue(value.get<double>());
        else if (auto* check = qobject_cast<QCheckBox*>(it.value()); check && value.is_boolean())
            check->setChecked(value.get<bool>());
        else if (auto* combo = qobject_cast<QComboBox*>(it.value()); combo && value.is_string())
            combo->setCurrentIndex(combo->findData(QString::fromStdString(value.get<std::string>())));
        else if (auto* line = qobject_cast<QLineEdit*>(it.value()))
            line->setText(integerListText(value));
    }
}

void BlockInspector::commit(const QString& param, const nlohmann::json& value)
{
    const nlohmann::json params = currentParams();
    if (params.contains(param.toStdString()) && params[param.toStdString()] == value)
        return;  // nothing changed (e.g. focus left a line edit untouched)
    const EditResult result =
        pushGraphCommand(undoStack_, new SetParamsCommand(model_, networkIndex_, nodeId_, param, value));
    if (result.ok) {
        showMessage(QString());
        return;
    }
    showMessage(result.error);
    Q_EMIT editRefused(result.error);
    refreshValues();  // the editor shows what the model holds
}

void BlockInspector::showMessage(const QString& message)
{
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
}

}  // namespace medsynth::widgets
