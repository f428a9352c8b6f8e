#pragma once
// How blocks look, the same on the canvas and in the palette: a fill colour per catalog category,
// and a small badge icon (the category's colour with a short abbreviation of the block).

#include "medsynth/engine/LayerCatalog.h"

#include <QColor>
#include <QIcon>

#include <string>

namespace medsynth::widgets {

QColor blockCategoryColour(const std::string& category);
QIcon blockIcon(const engine::BlockSpec& block);

}  // namespace medsynth::widgets
