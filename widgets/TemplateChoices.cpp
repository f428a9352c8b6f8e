#include "TemplateChoices.h"

#include "CatalogText.h"

#include <QComboBox>

namespace medsynth::widgets {

void addTemplateChoices(QComboBox& combo)
{
    try {
        for (const auto& info : engine::listTemplates())
            combo.addItem(CatalogText::templateTitle(info), QString::fromStdString(info.id));
    } catch (const std::exception&) {
        combo.clear();
    }
}

}  // namespace medsynth::widgets
