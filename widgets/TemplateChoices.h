#pragma once
// Fills a combo box with the built-in architecture templates: the translated title shown, the
// template id as item data. Leaves the box empty when the templates cannot be read; the caller
// says so to the user (an empty box means nothing can be built or trained).

class QComboBox;

namespace medsynth::widgets {

void addTemplateChoices(QComboBox& combo);

}  // namespace medsynth::widgets
