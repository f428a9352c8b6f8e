#include "TrainingSettings.h"

#include <stdexcept>

namespace medsynth::gui {

namespace {

// Top-level keys of experiment JSON taken whole, and those of "evaluation" taken one by one.
const char* const kWholeKeys[] = {"optimizer", "network_optimizers", "schedule", "ema", "critic_steps",
                                  "gradient_penalty", "checkpoint_every", "device", "precision"};
const char* const kEvaluationKeys[] = {"every", "feature_extractor"};

}  // namespace

bool recipeHasDiscriminator(const std::string& recipe)
{
    return recipe == "gan" || recipe == "cgan" || recipe == "wgan-gp" || recipe == "vae-gan" || recipe == "pix2pix";
}

nlohmann::json trainingSettingsOf(const engine::Experiment& experiment)
{
    const nlohmann::json whole = engine::experimentToJson(experiment);
    nlohmann::json settings = nlohmann::json::object();
    for (const char* key : kWholeKeys)
        settings[key] = whole.at(key);
    settings["recipe_options"] = whole.at("recipe_options");
    settings["recipe_options"].erase("feature_layer");  // a node of the model, not a setting
    settings["recipe_options"].erase("validation_fraction");
    for (const char* key : kEvaluationKeys)
        settings["evaluation"][key] = whole.at("evaluation").at(key);
    return settings;
}

void applyTrainingSettings(engine::Experiment& experiment, const nlohmann::json& settings)
{
    if (!settings.is_object())
        throw std::invalid_argument("The saved training settings are not a JSON object.");
    const nlohmann::json before = engine::experimentToJson(experiment);
    nlohmann::json whole = before;
    for (const char* key : kWholeKeys)
        if (settings.contains(key))
            whole[key] = settings.at(key);
    if (settings.contains("recipe_options") && settings.at("recipe_options").is_object())
        for (const auto& [key, value] : settings.at("recipe_options").items())
            if (key != "feature_layer" && key != "validation_fraction")
                whole["recipe_options"][key] = value;
    if (settings.contains("evaluation") && settings.at("evaluation").is_object())
        for (const char* key : kEvaluationKeys)
            if (settings.at("evaluation").contains(key))
                whole["evaluation"][key] = settings.at("evaluation").at(key);
    // A file's hash belongs to the file: a new extractor is hashed again when the run starts.
    if (whole.at("evaluation").at("feature_extractor") != before.at("evaluation").at("feature_extractor"))
        whole["evaluation"]["feature_extractor_sha256"] = "";
    experiment = engine::experimentFromJson(whole);  // validates; throws before any change
}

}  // namespace medsynth::gui
