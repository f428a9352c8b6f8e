#pragma once
// TemplateLibrary: the architecture templates of models/*.json, compiled into the engine so the
// CLI and the GUI find them without the source tree. A template is instantiated for a number of
// image channels and an image size into a ready GraphDocument.

#include "medsynth/engine/GraphDocument.h"

#include <string>
#include <vector>

namespace medsynth::engine {

struct TemplateInfo {
    std::string id;           // "dcgan"
    std::string title;        // "DCGAN"
    std::string description;  // plain-language summary
    std::string paper;        // citation of the paper it comes from
    std::string recipe;       // the training recipe it is made for, e.g. "gan"
    std::vector<int> channels;    // supported channel counts
    std::vector<int> imageSizes;  // supported square image sizes
};

std::vector<TemplateInfo> listTemplates();

// Throws GraphError when the id is unknown or the channels/size are not supported (the message
// lists what is).
GraphDocument instantiateTemplate(const std::string& id, int channels, int imageSize);

}  // namespace medsynth::engine
