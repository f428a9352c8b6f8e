#pragma once
// Losses and metrics of the recipes, as plain functions of tensors so tests check them against
// hand-computed values. Private to the engine (LibTorch header).

#include <torch/torch.h>

#include <string>

namespace medsynth::engine {

// Adversarial losses on a discriminator's raw scores (logits), averaged over all elements (one per
// image, or one per patch for a PatchGAN). kind "bce": binary cross-entropy with real = 1, fake = 0
// (non-saturating: the generator maximises log D(G(z))); "hinge" (Lim and Ye 2017; Miyato et al.
// 2018): D: mean(relu(1 - real)) + mean(relu(1 + fake)), G: -mean(fake).
torch::Tensor discriminatorLoss(const std::string& kind, const torch::Tensor& realLogits, const torch::Tensor& fakeLogits);
torch::Tensor generatorAdversarialLoss(const std::string& kind, const torch::Tensor& fakeLogits);

// Multi-class focal loss (Lin et al. 2017) on logits [B, K] and classes [B]:
// mean over the batch of -(1 - p_t)^gamma log p_t. gamma 0 is cross-entropy.
torch::Tensor focalLoss(const torch::Tensor& logits, const torch::Tensor& classes, double gamma);

// Soft overlap losses on predicted probabilities and 0/1 targets of the same shape [B, 1, H, W],
// computed per image and averaged; smooth = 1 keeps empty masks defined (both empty: loss 0).
// Tversky index TI = (TP + s) / (TP + alpha FP + beta FN + s); Dice is alpha = beta = 0.5.
torch::Tensor diceLoss(const torch::Tensor& probabilities, const torch::Tensor& targets, double smooth = 1.0);
torch::Tensor tverskyLoss(const torch::Tensor& probabilities, const torch::Tensor& targets, double alpha, double beta,
                          double smooth = 1.0);
// Abraham and Khan 2019: (1 - TI)^(1 / gamma).
torch::Tensor focalTverskyLoss(const torch::Tensor& probabilities, const torch::Tensor& targets, double alpha,
                               double beta, double gamma, double smooth = 1.0);

// Binary classification counts and the metrics derived from them. A ratio whose denominator is 0
// (no positives in the batch, say) is reported as 0, never as NaN.
struct ConfusionCounts {
    double truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;
};
struct ClassificationMetrics {
    double accuracy = 0, precision = 0, recall = 0, specificity = 0, f1 = 0;
};
ClassificationMetrics classificationMetrics(const ConfusionCounts& counts);
// Class 1 ("lesion") is the positive class; predictions and truth are class indices [B].
ConfusionCounts confusionCounts(const torch::Tensor& predicted, const torch::Tensor& truth);

// Hard segmentation metrics over a batch of 0/1 masks: Dice and IoU pooled over all pixels (both
// empty: 1), and pixel accuracy.
struct SegmentationMetrics {
    double dice = 0, iou = 0, pixelAccuracy = 0;
};
SegmentationMetrics segmentationMetrics(const torch::Tensor& predicted, const torch::Tensor& truth);

}  // namespace medsynth::engine
