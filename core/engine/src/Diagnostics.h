#pragma once
// TrainingDiagnostics: watches a run's numbers and says in plain words when training goes wrong,
// with what to do about it. Each problem is raised once per episode: when its condition first
// holds, not again while it keeps holding, and again only after it has cleared (hysteresis below).
// Plain C++ (no LibTorch), fed on the training thread; engine-private.
//
// Thresholds (documented here, used in the .cpp):
//  - Discriminator collapse (recipes with a discriminator and the bce or hinge loss; not wgan-gp,
//    whose critic loss has no floor): the mean discriminator loss over the last
//    kCollapseWindow = 20 steps falls below kCollapseLoss = 0.05. For bce that is D(x) ~ 0.98
//    and D(G(z)) ~ 0.02 on average (an even game gives 2 ln 2 ~ 1.39); for hinge both margins
//    are met for nearly every image (an even game gives ~2). Clears when that mean rises above
//    kCollapseClear = 0.2.
//  - Mode collapse: the diversity of the fixed samples (mean pairwise feature distance as a
//    share of the real images', see Evaluator) falls below kModeCollapseShare = 0.4 of the
//    highest value seen so far, after at least kModeCollapseMinimumEvaluations = 3 evaluations.
//    Clears above kModeCollapseClear = 0.6 of that peak.
//  - Oscillation: over the last 4 blocks of kOscillationBlock = 25 steps, the swing (max - min)
//    of the generator's or the discriminator's loss grows block after block, the last at least
//    kOscillationGrowth = 2 times the first and at least kOscillationMinimumSwing = 0.5 in loss
//    units (small noise around a settled loss is not oscillation). Checked at each block's end;
//    clears after 4 checks in a row without it.

#include "medsynth/engine/TrainingRun.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace medsynth::engine {

class TrainingDiagnostics {
public:
    static constexpr int kCollapseWindow = 20;
    static constexpr double kCollapseLoss = 0.05;
    static constexpr double kCollapseClear = 0.2;
    static constexpr double kModeCollapseShare = 0.4;
    static constexpr double kModeCollapseClear = 0.6;
    static constexpr int kModeCollapseMinimumEvaluations = 3;
    static constexpr int kOscillationBlock = 25;
    static constexpr double kOscillationGrowth = 2.0;
    static constexpr double kOscillationMinimumSwing = 0.5;
    static constexpr int kOscillationClearChecks = 4;

    // recipe and adversarialLoss as in Experiment; criticSteps to tailor the advice.
    TrainingDiagnostics(std::string recipe, std::string adversarialLoss, int criticSteps);

    // After each step: the discriminator's and the generator's loss (0 for recipes without them).
    std::vector<DiagnosticReport> observeLosses(int64_t step, double discriminatorLoss, double generatorLoss);
    // After each evaluation with a diversity value.
    std::vector<DiagnosticReport> observeDiversity(int64_t step, double diversity);

private:
    bool adversarial() const;
    bool watchesCollapse() const;

    std::string recipe_, adversarialLoss_;
    int criticSteps_ = 1;
    std::deque<double> recentDiscriminatorLoss_;
    bool collapseActive_ = false;
    double diversityPeak_ = 0;
    int diversityCount_ = 0;
    bool modeCollapseActive_ = false;
    std::vector<double> blockLossG_, blockLossD_;            // the current block's values
    std::deque<double> swingsG_, swingsD_;                   // the last 4 blocks' swings
    bool oscillationActive_ = false;
    int oscillationQuietChecks_ = 0;
};

}  // namespace medsynth::engine
