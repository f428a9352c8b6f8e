#include "Diagnostics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace medsynth::engine {

namespace {

// Swings growing block after block by the documented factor and to a size that matters.
bool growingSwings(const std::deque<double>& swings)
{
    if (swings.size() < 4)
        return false;
    for (size_t i = 1; i < swings.size(); ++i)
        if (!(swings[i] > swings[i - 1]))
            return false;
    return swings.back() >= TrainingDiagnostics::kOscillationGrowth * swings.front() &&
           swings.back() >= TrainingDiagnostics::kOscillationMinimumSwing;
}

void closeBlock(std::vector<double>& block, std::deque<double>& swings)
{
    const auto [low, high] = std::minmax_element(block.begin(), block.end());
    swings.push_back(*high - *low);
    if (swings.size() > 4)
        swings.pop_front();
    block.clear();
}

}  // namespace

TrainingDiagnostics::TrainingDiagnostics(std::string recipe, std::string adversarialLoss, int criticSteps)
    : recipe_(std::move(recipe)), adversarialLoss_(std::move(adversarialLoss)), criticSteps_(criticSteps)
{
}

bool TrainingDiagnostics::adversarial() const
{
    return recipe_ == "gan" || recipe_ == "cgan" || recipe_ == "wgan-gp" || recipe_ == "vae-gan" || recipe_ == "pix2pix";
}

bool TrainingDiagnostics::watchesCollapse() const
{
    return adversarial() && recipe_ != "wgan-gp" && (adversarialLoss_ == "bce" || adversarialLoss_ == "hinge");
}

std::vector<DiagnosticReport> TrainingDiagnostics::observeLosses(int64_t step, double lossD, double lossG)
{
    std::vector<DiagnosticReport> out;
    if (!adversarial())
        return out;

    if (watchesCollapse()) {
        recentDiscriminatorLoss_.push_back(lossD);
        if (recentDiscriminatorLoss_.size() > static_cast<size_t>(kCollapseWindow))
            recentDiscriminatorLoss_.pop_front();
        if (recentDiscriminatorLoss_.size() == static_cast<size_t>(kCollapseWindow)) {
            const double mean = std::accumulate(recentDiscriminatorLoss_.begin(), recentDiscriminatorLoss_.end(), 0.0) /
                                kCollapseWindow;
            if (!collapseActive_ && mean < kCollapseLoss) {
                collapseActive_ = true;
                DiagnosticReport r;
                r.kind = DiagnosticReport::Kind::DiscriminatorCollapse;
                r.step = step;
                r.window = kCollapseWindow;
                r.criticSteps = criticSteps_;
                r.message = "The discriminator is winning: its loss has stayed near zero for " +
                            std::to_string(kCollapseWindow) +
                            " steps, so it tells real from generated images almost perfectly and the generator "
                            "gets almost no useful signal to learn from.";
                r.remedy = "Lower the discriminator's learning rate (for example to half of the generator's)";
                if (criticSteps_ > 1)
                    r.remedy += ", or give it fewer updates per generator update (critic steps now " +
                                std::to_string(criticSteps_) + ")";
                r.remedy += ", or make the discriminator smaller (fewer channels or layers). If it keeps happening, "
                            "try the hinge loss or the WGAN-GP recipe.";
                out.push_back(r);
            } else if (collapseActive_ && mean > kCollapseClear) {
                collapseActive_ = false;
            }
        }
    }

    blockLossG_.push_back(lossG);
    blockLossD_.push_back(lossD);
    if (blockLossG_.size() == static_cast<size_t>(kOscillationBlock)) {
        closeBlock(blockLossG_, swingsG_);
        closeBlock(blockLossD_, swingsD_);
        const bool growing = growingSwings(swingsG_) || growingSwings(swingsD_);
        if (growing && !oscillationActive_) {
            oscillationActive_ = true;
            oscillationQuietChecks_ = 0;
            DiagnosticReport r;
            r.kind = DiagnosticReport::Kind::Oscillation;
            r.step = step;
            r.window = 4 * kOscillationBlock;
            r.message = "The losses are swinging up and down more and more widely over the last " +
                        std::to_string(4 * kOscillationBlock) +
                        " steps: the generator and the discriminator keep overshooting each other instead of "
                        "settling.";
            r.remedy = "Lower the learning rates (for example halve both), or use Adam with beta1 = 0.5; a moving "
                       "average of the generator's weights (EMA) smooths the samples meanwhile.";
            out.push_back(r);
        } else if (oscillationActive_) {
            oscillationQuietChecks_ = growing ? 0 : oscillationQuietChecks_ + 1;
            if (oscillationQuietChecks_ >= kOscillationClearChecks)
                oscillationActive_ = false;
        }
    }
    return out;
}

std::vector<DiagnosticReport> TrainingDiagnostics::observeDiversity(int64_t step, double diversity)
{
    std::vector<DiagnosticReport> out;
    if (!std::isfinite(diversity))
        return out;
    ++diversityCount_;
    diversityPeak_ = std::max(diversityPeak_, diversity);
    if (diversityCount_ < kModeCollapseMinimumEvaluations || diversityPeak_ <= 0)
        return out;
    const double share = diversity / diversityPeak_;
    if (!modeCollapseActive_ && share < kModeCollapseShare) {
        modeCollapseActive_ = true;
        DiagnosticReport r;
        r.kind = DiagnosticReport::Kind::ModeCollapse;
        r.step = step;
        r.share = share;
        r.adversarial = adversarial();
        r.message = "The generated samples are becoming alike (mode collapse): their variety has fallen to " +
                    std::to_string(static_cast<int>(std::round(share * 100))) +
                    "% of its best so far, so the generator covers fewer and fewer kinds of image.";
        r.remedy = adversarial()
                       ? "Lower the learning rates, or use the hinge loss or the WGAN-GP recipe, which collapse less "
                         "often; if it started recently, resume from an earlier checkpoint with these changes."
                       : "Lower the KL weight beta or lengthen its warm-up, or lower the learning rate, and resume from an "
                         "earlier checkpoint.";
        out.push_back(r);
    } else if (modeCollapseActive_ && share > kModeCollapseClear) {
        modeCollapseActive_ = false;
    }
    return out;
}

}  // namespace medsynth::engine
