#pragma once
// Experiment: everything a training run needs, as plain data, and what both the GUI and the CLI
// run. Its JSON form is frozen into each run folder as experiment.json. It never holds a
// patient-identifying value: a user's dataset appears only as a content hash and a count.

#include "medsynth/engine/GraphDocument.h"

#include <cstdint>
#include <map>
#include <string>

namespace medsynth::engine {

struct DatasetManifest {
    std::string kind = "phantom";    // "phantom" (built-in demo) or "folder"
    std::string phantomName = "brain";
    std::string contentHash;         // folder: hash of the decoded pixels, never a path or name
    int imageCount = 0;
    // Images per split ("train", "validation", "test") when the dataset was split by patient;
    // empty when it was not (phantoms, experiments written before splits).
    std::map<std::string, int> splitImages;
    // Folder: hash of every image's class and split, in order ("" when the images had neither, and
    // in experiments written before it), so a continued run is checked to get the same labels.
    std::string labelsHash;
};

// How a folder's images become the model's input (JSON "preprocessing"). The defaults are what
// training did before these options existed. The built-in phantoms are made at the model's size
// and ignore window and fit.
struct Preprocessing {
    // "file": each file's own window (else its VOI LUT, natural range or value range); a CT
    // preset ("ct-lung", "ct-bone", "ct-brain", "ct-soft-tissue", ... see io's windowPresetNames),
    // in Hounsfield units, for images that may hold them (DICOM CT, NIfTI, NumPy, float images;
    // io's mayHoldHounsfieldUnits) while other images keep their own window; "percentile": each
    // image between its lowPercentile and highPercentile values.
    std::string window = "file";
    double lowPercentile = 1;
    double highPercentile = 99;
    // "crop": the centre square, resized to the model's size; "pad": the whole image, resized
    // to fit and centred on a border of -1 (black).
    std::string fit = "crop";
    // Which way NIfTI volumes are cut into training images: "k" (the third axis; axial slices in
    // most scans), "j" (coronal) or "i" (sagittal). The names of scans stored in the usual order.
    std::string sliceAxis = "k";
    // Where classes come from. "auto": labels.csv beside the images, else NumPy archives' label
    // arrays, else none; "folders": the first sub-folder's name; "csv": a "file,label" CSV;
    // "archive": NumPy archives' label arrays; "none".
    std::string labels = "auto";
    // Train / validation / test by patient (DICOM), by file or folder otherwise; seeded. Off in
    // experiments written before splits (they trained on the whole folder).
    bool splitByPatient = true;
    double trainFraction = 0.8;
    double validationFraction = 0.1;
    double testFraction = 0.1;
    uint64_t splitSeed = 1;
    bool groupByFolder = false;      // non-DICOM files of one folder are one patient
};

// Random changes to each training batch (JSON "augmentation"), drawn from the run's own seeded
// stream on the training device. Never applied to held-out images, evaluation or samples.
struct Augmentation {
    bool flip = false;               // mirror left-right, half of the images
    double rotationDegrees = 0;      // rotate by up to +- this many degrees (0 to 45)
    double shiftFraction = 0;        // shift by up to +- this share of the image (0 to 0.25)
    double intensityJitter = 0;      // contrast x (1 +- j) and brightness +- j (0 to 0.5)

    bool any() const { return flip || rotationDegrees > 0 || shiftFraction > 0 || intensityJitter > 0; }
};

// One network's optimizer. type: "sgd" (with momentum), "adam", "adamw", "rmsprop", "adagrad" or
// "adadelta". Fields a type does not use are ignored (and kept in the JSON).
struct OptimizerSettings {
    std::string type = "adam";
    double learningRate = 2e-4;
    double beta1 = 0.5;          // adam, adamw
    double beta2 = 0.999;        // adam, adamw
    double momentum = 0.9;       // sgd, rmsprop
    double weightDecay = 0.0;    // all; decoupled for adamw
    double alpha = 0.99;         // rmsprop: smoothing of the squared gradients
    double rho = 0.9;            // adadelta: smoothing of squared gradients and updates
    double eps = 1e-8;           // all but sgd (adagrad uses 1e-10 in PyTorch; 1e-8 here unless set)
};

// How the learning rate changes over a run, as a factor of each optimizer's own rate.
// "constant": 1. "step": gamma^floor(step / stepSize). "cosine": from 1 down to minimumFactor along
// half a cosine over the run's steps.
struct LearningRateSchedule {
    std::string kind = "constant";
    int64_t stepSize = 1000;
    double gamma = 0.5;
    double minimumFactor = 0.0;
};
// The factor at a 0-based step (the number of updates done before it) of a run of totalSteps.
double learningRateFactor(const LearningRateSchedule& schedule, int64_t step, int64_t totalSteps);

struct Experiment {
    static constexpr const char* kFormatName = "medsynth.experiment";
    static constexpr int kFormatVersion = 1;

    std::string name = "dcgan";
    std::string templateId = "dcgan";
    GraphDocument graph;             // the model; instantiated from templateId when empty
    // "gan": generator and discriminator (adversarialLoss: "bce" non-saturating binary
    // cross-entropy, or "hinge"); "cgan": the same with class labels fed to both networks;
    // "wgan-gp": Wasserstein loss with gradient penalty and several critic updates; "vae": encoder
    // and decoder, reconstruction plus beta x KL; "cvae": the same with class labels; "vae-gan":
    // encoder, decoder and discriminator (Larsen et al.); "pix2pix": paired image-to-image with a
    // PatchGAN (L1 x l1Weight plus adversarial); "classifier": image -> class; "segmentation":
    // image -> mask (U-Net).
    std::string recipe = "gan";
    std::string adversarialLoss = "bce";   // gan, cgan, vae-gan, pix2pix: "bce" or "hinge"
    std::string reconstructionLoss = "mse";  // vae, cvae, vae-gan: "mse" or "bce" (images as probabilities)
    double klBeta = 1.0;                   // vae family: weight of the KL term after the warm-up
    int64_t klWarmupSteps = 0;             // vae family: the KL weight grows linearly from 0 over these steps
    double reconstructionWeight = 1.0;     // vae-gan: weight of the feature reconstruction in the decoder's loss
    std::string featureLayer;              // vae-gan: discriminator node whose output is compared; empty: pixels
    double l1Weight = 100.0;               // pix2pix: lambda of the L1 term
    std::string pairDirection = "mask-to-image";  // pix2pix: "mask-to-image" or "image-to-mask"
    std::string classifierLoss = "cross-entropy";  // classifier: "cross-entropy" or "focal"
    double focalGamma = 2.0;               // focal loss (classifier): focusing exponent
    std::string segmentationLoss = "dice";  // "dice", "tversky", "focal-tversky" or "bce-dice"
    double tverskyAlpha = 0.3;             // weight of false positives in the Tversky index
    double tverskyBeta = 0.7;              // weight of false negatives
    double focalTverskyGamma = 4.0 / 3.0;  // focal Tversky: loss = (1 - TI)^(1 / gamma)
    // classifier, segmentation: share of images held out for metrics when the dataset has no
    // splits (the phantoms); with splits the validation split is held out.
    double validationFraction = 0.1;
    int criticSteps = 1;             // discriminator (critic) updates per generator update
    double gradientPenalty = 10.0;   // wgan-gp: weight of the gradient penalty
    int channels = 1;
    int imageSize = 64;
    int batchSize = 64;
    int64_t steps = 1000;            // generator updates
    uint64_t seed = 1;
    int threads = 0;                 // CPU threads; 0 = number of cores
    std::string device = "auto";     // "auto", "cpu" or "cuda"
    // "fp32", or "bf16": bfloat16 autocast on a CUDA device (on the CPU the run says so and uses fp32).
    std::string precision = "fp32";
    // Where the dataset lives while training on a GPU: "auto" keeps it on the GPU when the GPU could
    // hold it twice over plus 1 GiB (room for the networks to train), else in memory, copying each
    // batch over; "host" always keeps it in memory (a GPU shared with others). The CPU ignores it.
    std::string dataPlacement = "auto";
    // Write checkpoints/latest.pt every N steps; 0: only on pause, stop and at the end (with a run folder).
    int64_t checkpointEvery = 0;
    // The optimizer of every trained network; optimizerType, learningRate, beta1 ... are its
    // settings, and networkOptimizers overrides them for a role ("discriminator", ...).
    std::string optimizerType = "adam";
    double learningRate = 2e-4;
    double beta1 = 0.5;
    double beta2 = 0.999;
    double momentum = 0.9;
    double weightDecay = 0.0;
    std::map<std::string, OptimizerSettings> networkOptimizers;
    LearningRateSchedule schedule;
    bool ema = false;                // keep an exponential moving average of the generator's weights
    double emaDecay = 0.999;         //   ema = decay x ema + (1 - decay) x weights, after every update
    int latentSize = 100;            // read from the generator's latent input when a graph is set
    int sampleEvery = 50;            // write a fixed-seed sample grid every N steps (and at the end)
    int sampleCount = 64;            // images in a grid
    DatasetManifest dataset;
    Preprocessing preprocessing;
    Augmentation augmentation;

    // Live evaluation of generative recipes (JSON "evaluation"): every evaluateEvery steps (0: off;
    // templates of generative recipes recommend 100) evaluationSamples images from fixed z are
    // measured against the real images with featureExtractor ("builtin", or a TorchScript file's
    // path): FID and KID (kidSubsets subsets of at most kidSubsetSize rows); reconstruction and
    // paired recipes add PSNR and SSIM. On the CPU the interval stretches so that evaluation costs
    // at most a tenth of the training time. featureExtractorSha256 is filled in by the run for a
    // TorchScript file; when set, a run refuses a file with another hash.
    int evaluateEvery = 0;
    int evaluationSamples = 256;
    std::string featureExtractor = "builtin";
    std::string featureExtractorSha256;
    int kidSubsets = 20;
    int kidSubsetSize = 1000;
};

// Whether a recipe makes images that live evaluation can measure (gan, cgan, wgan-gp, vae, cvae,
// vae-gan, pix2pix).
bool recipeIsEvaluated(const std::string& recipe);

// The optimizer settings of the network with this role: its override, or the experiment's own.
OptimizerSettings optimizerFor(const Experiment& experiment, const std::string& role);

// Puts a template into an experiment: its graph at these channels and size, and the recipe,
// optimizer settings, critic steps and loss options the template recommends; run settings (batch, steps, seed,
// device, ...) stay. Throws GraphError like instantiateTemplate, leaving the experiment unchanged.
void applyTemplate(Experiment& experiment, const std::string& templateId, int channels, int imageSize);
// applyTemplate on a default experiment.
Experiment experimentForTemplate(const std::string& templateId, int channels, int imageSize);

nlohmann::json experimentToJson(const Experiment& experiment);
// Throws GraphError (or std::invalid_argument for values out of range) with a user-facing message.
Experiment experimentFromJson(const nlohmann::json& json);
// An experiment file (a run's experiment.json, or one written for it). Throws GraphError (cannot
// be opened, not JSON, not an experiment) or std::invalid_argument, with a user-facing message.
Experiment loadExperimentFile(const std::string& path);
// Range checks of the numeric fields; returns an empty string when valid, else what to change.
std::string validateExperiment(const Experiment& experiment);
// The part of validateExperiment that checks the preprocessing (window names other than file and
// percentile are only checked for their form here: the presets are medsynth_io's).
std::string validatePreprocessing(const Preprocessing& preprocessing);

}  // namespace medsynth::engine
