#include "medsynth/engine/Experiment.h"

#include "medsynth/engine/TemplateLibrary.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>

namespace medsynth::engine {

using nlohmann::json;

namespace {

const std::vector<std::string> kRecipes = {"gan", "cgan", "wgan-gp", "vae", "cvae", "vae-gan", "pix2pix",
                                           "classifier", "segmentation"};
const std::vector<std::string> kOptimizers = {"sgd", "adam", "adamw", "rmsprop", "adagrad", "adadelta"};

bool oneOf(const std::string& value, const std::vector<std::string>& allowed)
{
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

std::string joined(const std::vector<std::string>& values)
{
    std::string text;
    for (const std::string& v : values)
        text += (text.empty() ? "" : ", ") + v;
    return text;
}

json optimizerToJson(const OptimizerSettings& o)
{
    return {{"type", o.type},         {"learning_rate", o.learningRate}, {"beta1", o.beta1},
            {"beta2", o.beta2},       {"momentum", o.momentum},          {"weight_decay", o.weightDecay},
            {"alpha", o.alpha},       {"rho", o.rho},                    {"eps", o.eps}};
}

// Reads the fields present, keeping the others as they are in o.
void readOptimizer(const json& j, OptimizerSettings& o)
{
    o.type = j.value("type", o.type);
    o.learningRate = j.value("learning_rate", o.learningRate);
    o.beta1 = j.value("beta1", o.beta1);
    o.beta2 = j.value("beta2", o.beta2);
    o.momentum = j.value("momentum", o.momentum);
    o.weightDecay = j.value("weight_decay", o.weightDecay);
    o.alpha = j.value("alpha", o.alpha);
    o.rho = j.value("rho", o.rho);
    o.eps = j.value("eps", o.eps);
}

// The experiment-wide optimizer settings; typeKey names the optimizer's type ("type" in an
// experiment file's "optimizer" object, "optimizer" in a template's "training").
void readExperimentOptimizer(const json& j, const char* typeKey, Experiment& e)
{
    e.optimizerType = j.value(typeKey, e.optimizerType);
    e.learningRate = j.value("learning_rate", e.learningRate);
    e.beta1 = j.value("beta1", e.beta1);
    e.beta2 = j.value("beta2", e.beta2);
    e.momentum = j.value("momentum", e.momentum);
    e.weightDecay = j.value("weight_decay", e.weightDecay);
}

// Per-role overrides, each starting from what the role has so far.
void readNetworkOptimizers(const json& j, Experiment& e)
{
    for (const auto& [role, o] : j.items()) {
        OptimizerSettings settings = optimizerFor(e, role);
        readOptimizer(o, settings);
        e.networkOptimizers[role] = settings;
    }
}

// The recipe options, under the same names in experiment files and in templates' "training".
json recipeOptionsToJson(const Experiment& e)
{
    return {{"adversarial_loss", e.adversarialLoss},
            {"reconstruction_loss", e.reconstructionLoss},
            {"kl_beta", e.klBeta},
            {"kl_warmup_steps", e.klWarmupSteps},
            {"reconstruction_weight", e.reconstructionWeight},
            {"feature_layer", e.featureLayer},
            {"l1_weight", e.l1Weight},
            {"pair_direction", e.pairDirection},
            {"classifier_loss", e.classifierLoss},
            {"focal_gamma", e.focalGamma},
            {"segmentation_loss", e.segmentationLoss},
            {"tversky_alpha", e.tverskyAlpha},
            {"tversky_beta", e.tverskyBeta},
            {"focal_tversky_gamma", e.focalTverskyGamma},
            {"validation_fraction", e.validationFraction}};
}

void readRecipeOptions(const json& j, Experiment& e)
{
    e.adversarialLoss = j.value("adversarial_loss", e.adversarialLoss);
    e.reconstructionLoss = j.value("reconstruction_loss", e.reconstructionLoss);
    e.klBeta = j.value("kl_beta", e.klBeta);
    e.klWarmupSteps = j.value("kl_warmup_steps", e.klWarmupSteps);
    e.reconstructionWeight = j.value("reconstruction_weight", e.reconstructionWeight);
    e.featureLayer = j.value("feature_layer", e.featureLayer);
    e.l1Weight = j.value("l1_weight", e.l1Weight);
    e.pairDirection = j.value("pair_direction", e.pairDirection);
    e.classifierLoss = j.value("classifier_loss", e.classifierLoss);
    e.focalGamma = j.value("focal_gamma", e.focalGamma);
    e.segmentationLoss = j.value("segmentation_loss", e.segmentationLoss);
    e.tverskyAlpha = j.value("tversky_alpha", e.tverskyAlpha);
    e.tverskyBeta = j.value("tversky_beta", e.tverskyBeta);
    e.focalTverskyGamma = j.value("focal_tversky_gamma", e.focalTverskyGamma);
    e.validationFraction = j.value("validation_fraction", e.validationFraction);
}

json preprocessingToJson(const Preprocessing& p)
{
    return {{"window", p.window},
            {"percentiles", {p.lowPercentile, p.highPercentile}},
            {"fit", p.fit},
            {"slice_axis", p.sliceAxis},
            {"labels", p.labels},
            {"split", {{"enabled", p.splitByPatient}, {"train", p.trainFraction}, {"validation", p.validationFraction},
                       {"test", p.testFraction}, {"seed", p.splitSeed}, {"group_by_folder", p.groupByFolder}}}};
}

void readPreprocessing(const json& j, Preprocessing& p)
{
    p.window = j.value("window", p.window);
    if (j.contains("percentiles")) {
        const json& range = j.at("percentiles");
        if (!range.is_array() || range.size() != 2)
            throw std::invalid_argument("The preprocessing's \"percentiles\" must be two numbers, like [1, 99].");
        p.lowPercentile = range.at(0).get<double>();
        p.highPercentile = range.at(1).get<double>();
    }
    p.fit = j.value("fit", p.fit);
    p.sliceAxis = j.value("slice_axis", p.sliceAxis);
    p.labels = j.value("labels", p.labels);
    if (j.contains("split")) {
        const json& split = j.at("split");
        p.splitByPatient = split.value("enabled", p.splitByPatient);
        p.trainFraction = split.value("train", p.trainFraction);
        p.validationFraction = split.value("validation", p.validationFraction);
        p.testFraction = split.value("test", p.testFraction);
        p.splitSeed = split.value("seed", p.splitSeed);
        p.groupByFolder = split.value("group_by_folder", p.groupByFolder);
    }
}

json augmentationToJson(const Augmentation& a)
{
    return {{"flip", a.flip},
            {"rotation_degrees", a.rotationDegrees},
            {"shift_fraction", a.shiftFraction},
            {"intensity_jitter", a.intensityJitter}};
}

void readAugmentation(const json& j, Augmentation& a)
{
    a.flip = j.value("flip", a.flip);
    a.rotationDegrees = j.value("rotation_degrees", a.rotationDegrees);
    a.shiftFraction = j.value("shift_fraction", a.shiftFraction);
    a.intensityJitter = j.value("intensity_jitter", a.intensityJitter);
}

std::string checkAugmentation(const Augmentation& a)
{
    if (!(a.rotationDegrees >= 0 && a.rotationDegrees <= 45))
        return "Rotation must lie between 0 and 45 degrees (10 is a small rotation), not " +
               std::to_string(a.rotationDegrees) + ".";
    if (!(a.shiftFraction >= 0 && a.shiftFraction <= 0.25))
        return "The shift must lie between 0 and 0.25 of the image (0.05 is a small shift), not " +
               std::to_string(a.shiftFraction) + ".";
    if (!(a.intensityJitter >= 0 && a.intensityJitter <= 0.5))
        return "Intensity jitter must lie between 0 and 0.5 (0.1 changes contrast and brightness by up to 10%), "
               "not " + std::to_string(a.intensityJitter) + ".";
    return {};
}

void readSchedule(const json& j, LearningRateSchedule& s)
{
    s.kind = j.value("kind", s.kind);
    s.stepSize = j.value("step_size", s.stepSize);
    s.gamma = j.value("gamma", s.gamma);
    s.minimumFactor = j.value("minimum_factor", s.minimumFactor);
}

std::string checkOptimizer(const OptimizerSettings& o, const std::string& whose)
{
    if (!oneOf(o.type, kOptimizers))
        return "The optimizer '" + o.type + "' " + whose + " is unknown; choose one of " + joined(kOptimizers) + ".";
    if (!(o.learningRate > 0 && o.learningRate < 10))
        return "The learning rate " + whose + " must lie between 0 and 10 (Adam for GANs uses 0.0002).";
    if (!(o.beta1 >= 0 && o.beta1 < 1 && o.beta2 >= 0 && o.beta2 < 1))
        return "Adam's betas " + whose + " must lie in [0, 1) (DCGAN uses 0.5 and 0.999).";
    if (!(o.momentum >= 0 && o.momentum < 1))
        return "The momentum " + whose + " must lie in [0, 1) (0.9 is usual).";
    if (!(o.weightDecay >= 0 && o.weightDecay <= 1))
        return "The weight decay " + whose + " must lie between 0 and 1 (0.01 is usual for AdamW).";
    if (!(o.alpha >= 0 && o.alpha < 1) || !(o.rho >= 0 && o.rho < 1))
        return "RMSprop's alpha and AdaDelta's rho " + whose + " must lie in [0, 1) (0.99 and 0.9 are usual).";
    if (!(o.eps > 0 && o.eps <= 1))
        return "The optimizer's epsilon " + whose + " must lie in (0, 1] (1e-8 is usual).";
    return {};
}

}  // namespace

std::string validatePreprocessing(const Preprocessing& p)
{
    // Preset names belong to medsynth_io (DisplayWindow.h), which checks them when loading.
    const bool presetLike = p.window.size() > 3 && p.window.compare(0, 3, "ct-") == 0;
    if (p.window != "file" && p.window != "percentile" && !presetLike)
        return "The window must be file (each file's own), percentile, or a CT preset such as ct-lung, ct-bone, "
               "ct-brain or ct-soft-tissue; not '" + p.window + "'.";
    if (!(p.lowPercentile >= 0 && p.highPercentile <= 100 && p.lowPercentile < p.highPercentile))
        return "The percentile window needs 0 <= low < high <= 100 (1 and 99 are usual).";
    if (p.fit != "crop" && p.fit != "pad")
        return "Fit must be crop (the centre square) or pad (the whole image on a black border), not '" + p.fit + "'.";
    if (!oneOf(p.sliceAxis, {"i", "j", "k"}))
        return "The slice axis of volumes must be k (axial in most scans), j (coronal) or i (sagittal), not '" +
               p.sliceAxis + "'.";
    if (!oneOf(p.labels, {"auto", "folders", "csv", "archive", "none"}))
        return "Labels must come from auto, folders, csv, archive or none, not '" + p.labels + "'.";
    for (double v : {p.trainFraction, p.validationFraction, p.testFraction})
        if (!(v >= 0 && v <= 1))
            return "Split fractions must lie between 0 and 1 (0.8, 0.1 and 0.1 are usual).";
    if (!(p.trainFraction > 0))
        return "The training split must not be empty: give it a fraction above 0 (0.8 is usual).";
    return {};
}

bool recipeIsEvaluated(const std::string& recipe)
{
    return oneOf(recipe, {"gan", "cgan", "wgan-gp", "vae", "cvae", "vae-gan", "pix2pix"});
}

double learningRateFactor(const LearningRateSchedule& s, int64_t step, int64_t totalSteps)
{
    if (s.kind == "step")
        return std::pow(s.gamma, static_cast<double>(step / std::max<int64_t>(1, s.stepSize)));
    if (s.kind == "cosine") {
        const double progress = std::clamp(static_cast<double>(step) / std::max<int64_t>(1, totalSteps), 0.0, 1.0);
        return s.minimumFactor + (1 - s.minimumFactor) * 0.5 * (1 + std::cos(M_PI * progress));
    }
    return 1.0;
}

OptimizerSettings optimizerFor(const Experiment& e, const std::string& role)
{
    const auto found = e.networkOptimizers.find(role);
    if (found != e.networkOptimizers.end())
        return found->second;
    OptimizerSettings o;
    o.type = e.optimizerType;
    o.learningRate = e.learningRate;
    o.beta1 = e.beta1;
    o.beta2 = e.beta2;
    o.momentum = e.momentum;
    o.weightDecay = e.weightDecay;
    return o;
}

json experimentToJson(const Experiment& e)
{
    json dataset = {{"kind", e.dataset.kind}, {"image_count", e.dataset.imageCount}};
    if (e.dataset.kind == "phantom")
        dataset["phantom"] = e.dataset.phantomName;
    else
        dataset["content_hash"] = e.dataset.contentHash;
    if (!e.dataset.splitImages.empty())
        dataset["split_images"] = e.dataset.splitImages;
    if (!e.dataset.labelsHash.empty())
        dataset["labels_hash"] = e.dataset.labelsHash;
    json networkOptimizers = json::object();
    for (const auto& [role, settings] : e.networkOptimizers)
        networkOptimizers[role] = optimizerToJson(settings);
    return {{"format", Experiment::kFormatName},
            {"version", Experiment::kFormatVersion},
            {"name", e.name},
            {"template", e.templateId},
            {"recipe", e.recipe},
            {"recipe_options", recipeOptionsToJson(e)},
            {"critic_steps", e.criticSteps},
            {"gradient_penalty", e.gradientPenalty},
            {"channels", e.channels},
            {"image_size", e.imageSize},
            {"batch_size", e.batchSize},
            {"steps", e.steps},
            {"seed", e.seed},
            {"threads", e.threads},
            {"device", e.device},
            {"precision", e.precision},
            {"data_placement", e.dataPlacement},
            {"checkpoint_every", e.checkpointEvery},
            {"optimizer", {{"type", e.optimizerType}, {"learning_rate", e.learningRate}, {"beta1", e.beta1},
                           {"beta2", e.beta2}, {"momentum", e.momentum}, {"weight_decay", e.weightDecay}}},
            {"network_optimizers", networkOptimizers},
            {"schedule", {{"kind", e.schedule.kind}, {"step_size", e.schedule.stepSize}, {"gamma", e.schedule.gamma},
                          {"minimum_factor", e.schedule.minimumFactor}}},
            {"ema", {{"enabled", e.ema}, {"decay", e.emaDecay}}},
            {"latent_size", e.latentSize},
            {"sample_every", e.sampleEvery},
            {"sample_count", e.sampleCount},
            {"dataset", dataset},
            {"preprocessing", preprocessingToJson(e.preprocessing)},
            {"augmentation", augmentationToJson(e.augmentation)},
            {"evaluation", {{"every", e.evaluateEvery}, {"samples", e.evaluationSamples},
                            {"feature_extractor", e.featureExtractor},
                            {"feature_extractor_sha256", e.featureExtractorSha256},
                            {"kid_subsets", e.kidSubsets}, {"kid_subset_size", e.kidSubsetSize}}},
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
        e.precision = j.value("precision", e.precision);
        e.dataPlacement = j.value("data_placement", e.dataPlacement);
        e.checkpointEvery = j.value("checkpoint_every", e.checkpointEvery);
        if (j.contains("recipe_options"))
            readRecipeOptions(j.at("recipe_options"), e);
        if (j.contains("optimizer"))
            readExperimentOptimizer(j.at("optimizer"), "type", e);
        if (j.contains("network_optimizers"))
            readNetworkOptimizers(j.at("network_optimizers"), e);
        if (j.contains("schedule"))
            readSchedule(j.at("schedule"), e.schedule);
        if (j.contains("ema")) {
            e.ema = j.at("ema").value("enabled", e.ema);
            e.emaDecay = j.at("ema").value("decay", e.emaDecay);
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
            e.dataset.labelsHash = d.value("labels_hash", "");
            if (d.contains("split_images"))
                e.dataset.splitImages = d.at("split_images").get<std::map<std::string, int>>();
        }
        // Files written before preprocessing options trained on the whole folder, unsplit.
        if (j.contains("preprocessing"))
            readPreprocessing(j.at("preprocessing"), e.preprocessing);
        else
            e.preprocessing.splitByPatient = false;
        if (j.contains("augmentation"))
            readAugmentation(j.at("augmentation"), e.augmentation);
        if (j.contains("evaluation")) {
            const json& v = j.at("evaluation");
            e.evaluateEvery = v.value("every", e.evaluateEvery);
            e.evaluationSamples = v.value("samples", e.evaluationSamples);
            e.featureExtractor = v.value("feature_extractor", e.featureExtractor);
            e.featureExtractorSha256 = v.value("feature_extractor_sha256", e.featureExtractorSha256);
            e.kidSubsets = v.value("kid_subsets", e.kidSubsets);
            e.kidSubsetSize = v.value("kid_subset_size", e.kidSubsetSize);
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

Experiment loadExperimentFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw GraphError("Cannot open the experiment file '" + path + "'. Check that it exists and is readable.");
    json value;
    try {
        in >> value;
    } catch (const json::exception& e) {
        throw GraphError("The experiment file '" + path + "' is not valid JSON (" + e.what() + ").");
    }
    return experimentFromJson(value);
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
    // The template's recommendations over a default experiment's, so nothing of an earlier
    // template (a loss, a schedule) lingers; run settings stay.
    const Experiment defaults;
    readRecipeOptions(recipeOptionsToJson(defaults), e);
    e.optimizerType = defaults.optimizerType;
    e.learningRate = defaults.learningRate;
    e.beta1 = defaults.beta1;
    e.beta2 = defaults.beta2;
    e.momentum = defaults.momentum;
    e.weightDecay = defaults.weightDecay;
    e.networkOptimizers.clear();
    e.schedule = defaults.schedule;
    e.ema = defaults.ema;
    e.emaDecay = defaults.emaDecay;
    e.criticSteps = defaults.criticSteps;
    e.gradientPenalty = defaults.gradientPenalty;
    // Generative recipes are measured live by default (FID/KID every 100 steps, stretched on a
    // slow CPU); the others have nothing to measure.
    e.evaluateEvery = recipeIsEvaluated(e.recipe) ? 100 : 0;

    const json& t = e.graph.training;
    readRecipeOptions(t, e);
    readExperimentOptimizer(t, "optimizer", e);
    e.criticSteps = t.value("critic_steps", e.criticSteps);
    e.gradientPenalty = t.value("gradient_penalty", e.gradientPenalty);
    if (t.contains("schedule"))
        readSchedule(t.at("schedule"), e.schedule);
    e.ema = t.value("ema", e.ema);
    e.emaDecay = t.value("ema_decay", e.emaDecay);
    if (t.contains("network_optimizers"))
        readNetworkOptimizers(t.at("network_optimizers"), e);
}

Experiment experimentForTemplate(const std::string& templateId, int channels, int imageSize)
{
    Experiment e;
    applyTemplate(e, templateId, channels, imageSize);
    return e;
}

std::string validateExperiment(const Experiment& e)
{
    if (!oneOf(e.recipe, kRecipes))
        return "The recipe '" + e.recipe + "' is unknown; choose one of " + joined(kRecipes) + ".";
    if (e.adversarialLoss != "bce" && e.adversarialLoss != "hinge")
        return "The adversarial loss must be bce (non-saturating binary cross-entropy) or hinge, not '" +
               e.adversarialLoss + "'.";
    if (e.reconstructionLoss != "mse" && e.reconstructionLoss != "bce")
        return "The reconstruction loss must be mse or bce, not '" + e.reconstructionLoss + "'.";
    if (!(e.klBeta >= 0 && e.klBeta <= 1000))
        return "The KL weight beta must lie between 0 and 1000 (1 is the plain VAE).";
    if (e.klWarmupSteps < 0 || e.klWarmupSteps > 100000000)
        return "The KL warm-up must be 0 steps (none) or more.";
    if (!(e.reconstructionWeight >= 0 && e.reconstructionWeight <= 1000))
        return "The reconstruction weight must lie between 0 and 1000.";
    if (!(e.l1Weight >= 0 && e.l1Weight <= 10000))
        return "The L1 weight must lie between 0 and 10000 (pix2pix uses 100).";
    if (e.pairDirection != "mask-to-image" && e.pairDirection != "image-to-mask")
        return "The pair direction must be mask-to-image or image-to-mask, not '" + e.pairDirection + "'.";
    if (e.classifierLoss != "cross-entropy" && e.classifierLoss != "focal")
        return "The classifier loss must be cross-entropy or focal, not '" + e.classifierLoss + "'.";
    if (!(e.focalGamma >= 0 && e.focalGamma <= 10))
        return "The focal loss's gamma must lie between 0 and 10 (2 is usual; 0 is cross-entropy).";
    if (!oneOf(e.segmentationLoss, {"dice", "tversky", "focal-tversky", "bce-dice"}))
        return "The segmentation loss must be dice, tversky, focal-tversky or bce-dice, not '" + e.segmentationLoss + "'.";
    if (!(e.tverskyAlpha >= 0 && e.tverskyBeta >= 0 && e.tverskyAlpha + e.tverskyBeta > 0 && e.tverskyAlpha <= 1 &&
          e.tverskyBeta <= 1))
        return "Tversky's alpha and beta must lie between 0 and 1 and not both be 0 (0.3 and 0.7 are usual).";
    if (!(e.focalTverskyGamma >= 1 && e.focalTverskyGamma <= 3))
        return "The focal Tversky gamma must lie between 1 and 3 (4/3 is usual).";
    if (!(e.validationFraction >= 0 && e.validationFraction <= 0.5))
        return "The held-out share must lie between 0 and 0.5 (0.1 keeps one image in ten for the metrics).";
    if (const std::string problem = validatePreprocessing(e.preprocessing); !problem.empty())
        return problem;
    if (const std::string problem = checkAugmentation(e.augmentation); !problem.empty())
        return problem;
    if (const std::string problem = checkOptimizer(optimizerFor(e, ""), "of the experiment"); !problem.empty())
        return problem;
    for (const auto& [role, settings] : e.networkOptimizers)
        if (const std::string problem = checkOptimizer(settings, "for the " + role); !problem.empty())
            return problem;
    if (!oneOf(e.schedule.kind, {"constant", "step", "cosine"}))
        return "The learning-rate schedule must be constant, step or cosine, not '" + e.schedule.kind + "'.";
    if (e.schedule.stepSize < 1)
        return "The step schedule's step size must be at least 1.";
    if (!(e.schedule.gamma > 0 && e.schedule.gamma <= 1))
        return "The step schedule's factor gamma must lie in (0, 1] (0.5 halves the rate).";
    if (!(e.schedule.minimumFactor >= 0 && e.schedule.minimumFactor <= 1))
        return "The cosine schedule's floor must lie between 0 and 1 (a share of the starting rate).";
    if (!(e.emaDecay > 0 && e.emaDecay < 1))
        return "The moving-average decay must lie between 0 and 1 (0.999 is usual).";
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
    if (e.precision != "fp32" && e.precision != "bf16")
        return "Precision must be fp32 or bf16 (bfloat16 on a CUDA GPU), not '" + e.precision + "'.";
    if (e.dataPlacement != "auto" && e.dataPlacement != "host")
        return "Data placement must be auto (on the GPU when it fits) or host (in memory), not '" + e.dataPlacement +
               "'.";
    if (e.checkpointEvery < 0 || e.checkpointEvery > 100000000)
        return "Checkpoints: every N steps with N >= 1, or 0 for only on pause, stop and at the end.";
    if (e.sampleEvery < 1 || e.sampleCount < 1 || e.sampleCount > 256)
        return "Samples: every N steps with N >= 1, and 1 to 256 images in a grid.";
    if (e.evaluateEvery < 0 || e.evaluateEvery > 100000000)
        return "Evaluation: every N steps with N >= 1, or 0 for none.";
    if (e.evaluationSamples < 2 || e.evaluationSamples > 50000)
        return "Evaluation needs between 2 and 50000 generated images (256 is a quick estimate, 10000 a "
               "publishable one).";
    if (e.featureExtractor.empty())
        return "The feature extractor must be builtin or the path of a TorchScript file.";
    if (e.kidSubsets < 1 || e.kidSubsets > 10000 || e.kidSubsetSize < 2 || e.kidSubsetSize > 100000)
        return "KID needs 1 to 10000 subsets of 2 to 100000 images (20 subsets of 1000 are usual).";
    return {};
}

}  // namespace medsynth::engine
