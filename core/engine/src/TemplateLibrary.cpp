#include "medsynth/engine/TemplateLibrary.h"

#include <algorithm>
#include <map>

namespace medsynth::engine {

const std::map<std::string, std::string>& embeddedTemplates();  // generated from models/*.json

namespace {

using nlohmann::json;

const json& templateJson(const std::string& id)
{
    static const std::map<std::string, json> parsed = [] {
        std::map<std::string, json> out;
        for (const auto& [name, text] : embeddedTemplates())
            out[name] = json::parse(text);  // a broken template is a build error, caught by the tests
        return out;
    }();
    const auto found = parsed.find(id);
    if (found == parsed.end()) {
        std::string known;
        for (const auto& [name, value] : parsed)
            known += (known.empty() ? "" : ", ") + name;
        throw GraphError("There is no template '" + id + "'. Available: " + known + ".");
    }
    return found->second;
}

// Replaces the "$channels" / "$image_size" placeholders of a template by numbers.
void substitute(json& value, int channels, int imageSize)
{
    if (value.is_string()) {
        if (value == "$channels")
            value = channels;
        else if (value == "$image_size")
            value = imageSize;
    } else if (value.is_structured()) {
        for (json& child : value)
            substitute(child, channels, imageSize);
    }
}

std::string joinNumbers(const std::vector<int>& values)
{
    std::string text;
    for (int v : values)
        text += (text.empty() ? "" : ", ") + std::to_string(v);
    return text;
}

TemplateInfo infoOf(const json& t)
{
    TemplateInfo info;
    info.id = t.at("id");
    info.title = t.at("title");
    info.description = t.value("description", "");
    info.paper = t.value("paper", "");
    info.recipe = t.value("recipe", "gan");
    info.channels = t.at("channels").get<std::vector<int>>();
    info.imageSizes = t.at("image_sizes").get<std::vector<int>>();
    return info;
}

}  // namespace

std::vector<TemplateInfo> listTemplates()
{
    std::vector<TemplateInfo> out;
    for (const auto& [name, text] : embeddedTemplates())
        out.push_back(infoOf(templateJson(name)));
    return out;
}

GraphDocument instantiateTemplate(const std::string& id, int channels, int imageSize)
{
    const json& t = templateJson(id);
    const TemplateInfo info = infoOf(t);
    if (std::find(info.channels.begin(), info.channels.end(), channels) == info.channels.end())
        throw GraphError("The " + info.title + " template is made for " + joinNumbers(info.channels) +
                         " channel(s), not " + std::to_string(channels) + ".");
    const std::string size = std::to_string(imageSize);
    if (!t.at("variants").contains(size))
        throw GraphError("The " + info.title + " template is made for image sizes " + joinNumbers(info.imageSizes) +
                         ", not " + size + ". Choose one of those sizes; the data is resized to it.");
    json graph = t.at("variants").at(size);
    substitute(graph, channels, imageSize);
    graph["format"] = GraphDocument::kFormatName;
    graph["version"] = GraphDocument::kFormatVersion;
    graph["name"] = info.title + " " + size + "x" + size + (channels == 1 ? " grey" : " colour");
    graph["description"] = info.description;
    graph["training"] = t.value("training", json::object());
    graph["training"]["recipe"] = info.recipe;  // so a saved model remembers what trains it
    return graphFromJson(graph);
}

}  // namespace medsynth::engine
