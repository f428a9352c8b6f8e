#pragma once
// CatalogText: the engine's user-facing words (block titles and explanations, parameter labels and help,
// template titles and descriptions) in the user's language. The engine keeps them in English as
// plain C++ strings; this class looks them up in the "LayerCatalog" translation context. Every
// such string is listed once in CatalogText.cpp for lupdate, and tst_CatalogText fails when the
// catalog gains a string that the list lacks.

#include "medsynth/engine/LayerCatalog.h"
#include "medsynth/engine/TemplateLibrary.h"

#include <QString>
#include <QStringList>

namespace medsynth::widgets {

class CatalogText {
public:
    static QString title(const engine::BlockSpec& block);
    static QString explanation(const engine::BlockSpec& block);
    static QString paramLabel(const engine::ParamSpec& param);
    static QString paramHelp(const engine::ParamSpec& param);  // the inspector's tooltip
    static QString templateTitle(const engine::TemplateInfo& info);
    static QString templateDescription(const engine::TemplateInfo& info);

    // Every English string this class can translate (for the completeness test).
    static QStringList translatableStrings();
    // The catalog's and the templates' strings that translatableStrings() lacks.
    static QStringList missingStrings();

private:
    static QString translate(const std::string& english);
};

}  // namespace medsynth::widgets
