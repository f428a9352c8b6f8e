#pragma once
// Experiment: everything a training run needs, as plain data, and what both the GUI and the CLI
// run. Its JSON form is frozen into each run folder as experiment.json. It never holds a
// patient-identifying value: a user's dataset appears only as a content hash and a count.

#include "medsynth/engine/GraphDocument.h"

#include <cstdint>
#include <string>

namespace medsynth::engine {

struct DatasetManifest {
    std::string kind = "phantom";    // "phantom" (built-in demo) or "folder"
    std::string phantomName = "brain";
    std::string contentHash;         // folder: hash of the decoded pixels, never a path or name
    int imageCount = 0;
};

struct Experiment {
    static constexpr const char* kFormatName = "medsynth.experiment";
    static constexpr int kFormatVersion = 1;

    std::string name = "dcgan";
    std::string templateId = "dcgan";
    GraphDocument graph;             // the model; instantiated from templateId when empty
    // "gan": non-saturating binary cross-entropy; "cgan": the same with class labels fed to both
    // networks; "wgan-gp": Wasserstein loss with gradient penalty and several critic updates.
    std::string recipe = "gan";
    int criticSteps = 1;             // discriminator (critic) updates per generator update
    double gradientPenalty = 10.0;   // wgan-gp: weight of the gradient penalty
    int channels = 1;
    int imageSize = 64;
    int batchSize = 64;
    int64_t steps = 1000;            // generator updates
    uint64_t seed = 1;
    int threads = 0;                 // CPU threads; 0 = number of cores
    std::string device = "auto";     // "auto", "cpu" or "cuda"
    double learningRate = 2e-4;
    double beta1 = 0.5;
    double beta2 = 0.999;
    int latentSize = 100;            // read from the generator's latent input when a graph is set
    int sampleEvery = 50;            // write a fixed-seed sample grid every N steps (and at the end)
    int sampleCount = 64;            // images in a grid
    DatasetManifest dataset;
};

// Puts a template into an experiment: its graph at these channels and size, and the recipe,
// optimizer settings and critic steps the template recommends; run settings (batch, steps, seed,
// device, ...) stay. Throws GraphError like instantiateTemplate, leaving the experiment unchanged.
void applyTemplate(Experiment& experiment, const std::string& templateId, int channels, int imageSize);
// applyTemplate on a default experiment.
Experiment experimentForTemplate(const std::string& templateId, int channels, int imageSize);

nlohmann::json experimentToJson(const Experiment& experiment);
// Throws GraphError (or std::invalid_argument for values out of range) with a user-facing message.
Experiment experimentFromJson(const nlohmann::json& json);
// Range checks of the numeric fields; returns an empty string when valid, else what to change.
std::string validateExperiment(const Experiment& experiment);

}  // namespace medsynth::engine
