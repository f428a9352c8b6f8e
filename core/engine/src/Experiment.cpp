#include "medsynth/engine/Experiment.h"

#include "medsynth/engine/TemplateLibrary.h"

#include <stdexcept>

namespace medsynth::engine {

using nlohmann::json;

json experimentToJson(const Experiment& e)
{
    json dataset = {{"kind", e.dataset.kind}, {"image_count", e.dataset.imageCount}};
    if (e.dataset.kind == "phantom")
        dataset["phantom"] = e.dataset.phantomName;
    else
        dataset["content_hash"] = e.dataset.contentHash;
    return {{"format", Experiment::kFormatName},
            {"version", Experiment::kFormatVersion},
            {"name", e.name},
            {"template", e.templateId},
            {"recipe", e.recipe},
            {"critic_steps", e.criticSteps},
            {"gradient_penalty", e.gradientPenalty},
            {"channels", e.channels},
            {"image_size", e.imageSize},
            {"batch_size", e.batchSize},
            {"steps", e.steps},
            {"seed", e.seed},
            {"threads", e.threads},
            {"device", e.device},
            {"optimizer", {{"type", "adam"}, {"learning_rate", e.learningRate}, {"beta1", e.beta1}, {"beta2", e.beta2}}},
            {"latent_size", e.latentSize},
            {"sample_every", e.sampleEvery},
            {"sample_count", e.sampleCount},
            {"dataset", dataset},
            {"graph", graphToJson(e.graph)}};
}

Experiment experimentFromJson(const json& j)
{
    if (!j.is_object() || j.value("format", "") != Experiment::kFormatName)
        throw GraphError(std::string("This is not a MedSynth experiment: \"format\" must be \"") +
                         Experiment::kFormatName + "\".");
    if (j.value("version", 0) != Experiment::kFormatVersion)
        throw GraphError("This experiment has format version " + std::to_string(j.value("version", 0)) +
                         "; this MedSynth reads version " + std::to_string(Experiment::kFormatVersion) + ".");
    Experiment e;
    try {
        e.name = j.value("name", e.name);
        e.templateId = j.value("template", e.templateId);
        e.recipe = j.value("recipe", e.recipe);
        e.criticSteps = j.value("critic_steps", e.criticSteps);
        e.gradientPenalty = j.value("gradient_penalty", e.gradientPenalty);
        e.channels = j.value("channels", e.channels);
        e.imageSize = j.value("image_size", e.imageSize);
        e.batchSize = j.value("batch_size", e.batchSize);
        e.steps = j.value("steps", e.steps);
        e.seed = j.value("seed", e.seed);
        e.threads = j.value("threads", e.threads);
        e.device = j.value("device", e.device);
        if (j.contains("optimizer")) {
            const json& o = j.at("optimizer");
            e.learningRate = o.value("learning_rate", e.learningRate);
            e.beta1 = o.value("beta1", e.beta1);
            e.beta2 = o.value("beta2", e.beta2);
        }
        e.latentSize = j.value("latent_size", e.latentSize);
        e.sampleEvery = j.value("sample_every", e.sampleEvery);
        e.sampleCount = j.value("sample_count", e.sampleCount);
        if (j.contains("dataset")) {
            const json& d = j.at("dataset");
            e.dataset.kind = d.value("kind", e.dataset.kind);
            e.dataset.phantomName = d.value("phantom", e.dataset.phantomName);
            e.dataset.contentHash = d.value("content_hash", "");
            e.dataset.imageCount = d.value("image_count", 0);
        }
    } catch (const json::exception& ex) {
        throw GraphError(std::string("The experiment has a value of the wrong type: ") + ex.what());
    }
    e.graph = j.contains("graph") ? graphFromJson(j.at("graph"))
                                  : instantiateTemplate(e.templateId, e.channels, e.imageSize);
    const std::string problem = validateExperiment(e);
    if (!problem.empty())
        throw std::invalid_argument(problem);
    return e;
}

void applyTemplate(Experiment& e, const std::string& templateId, int channels, int imageSize)
{
    GraphDocument graph = instantiateTemplate(templateId, channels, imageSize);  // throws before any change
    e.templateId = templateId;
    e.name = templateId;
    e.channels = channels;
    e.imageSize = imageSize;
    e.graph = std::move(graph);
    for (const TemplateInfo& info : listTemplates())
        if (info.id == templateId)
            e.recipe = info.recipe;
    const json& t = e.graph.training;
    e.learningRate = t.value("learning_rate", e.learningRate);
    e.beta1 = t.value("beta1", e.beta1);
    e.beta2 = t.value("beta2", e.beta2);
    e.criticSteps = t.value("critic_steps", e.criticSteps);
    e.gradientPenalty = t.value("gradient_penalty", e.gradientPenalty);
}

Experiment experimentForTemplate(const std::string& templateId, int channels, int imageSize)
{
    Experiment e;
    applyTemplate(e, templateId, channels, imageSize);
    return e;
}

std::string validateExperiment(const Experiment& e)
{
    if (e.recipe != "gan" && e.recipe != "cgan" && e.recipe != "wgan-gp")
        return "The recipe '" + e.recipe + "' is not available yet; this version trains gan, cgan and wgan-gp.";
    if (e.criticSteps < 1 || e.criticSteps > 100)
        return "Critic steps must lie between 1 and 100 (WGAN-GP uses 5).";
    if (!(e.gradientPenalty >= 0 && e.gradientPenalty <= 1000))
        return "The gradient penalty weight must lie between 0 and 1000 (WGAN-GP uses 10).";
    if (e.channels != 1 && e.channels != 3)
        return "Channels must be 1 (grey) or 3 (colour), not " + std::to_string(e.channels) + ".";
    if (e.imageSize < 8 || e.imageSize > 1024)
        return "Image size must lie between 8 and 1024 pixels, not " + std::to_string(e.imageSize) + ".";
    if (e.batchSize < 2 || e.batchSize > 4096)
        return "Batch size must lie between 2 and 4096 (batch normalisation needs at least 2), not " +
               std::to_string(e.batchSize) + ".";
    if (e.steps < 1 || e.steps > 100000000)
        return "Steps must be at least 1.";
    if (e.threads < 0 || e.threads > 1024)
        return "Threads must be 0 (all cores) or a positive number.";
    if (e.device != "auto" && e.device != "cpu" && e.device != "cuda")
        return "Device must be auto, cpu or cuda, not '" + e.device + "'.";
    if (!(e.learningRate > 0 && e.learningRate < 1))
        return "The learning rate must lie between 0 and 1 (DCGAN uses 0.0002).";
    if (!(e.beta1 >= 0 && e.beta1 < 1 && e.beta2 >= 0 && e.beta2 < 1))
        return "Adam's betas must lie in [0, 1).";
    if (e.sampleEvery < 1 || e.sampleCount < 1 || e.sampleCount > 256)
        return "Samples: every N steps with N >= 1, and 1 to 256 images in a grid.";
    return {};
}

}  // namespace medsynth::engine
