#include "DiagnosticText.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace medsynth::widgets {

namespace {

using Kind = engine::DiagnosticReport::Kind;

QString number(int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString sizeText(int64_t bytes)
{
    const bool gib = bytes >= (int64_t(1) << 30);
    const double value = static_cast<double>(bytes) / static_cast<double>(gib ? (int64_t(1) << 30) : (1 << 20));
    return QLocale().toString(value, 'f', 1) + (gib ? QStringLiteral(" GiB") : QStringLiteral(" MiB"));
}

}  // namespace

QString DiagnosticText::deviceReason(const engine::RunStarted& r)
{
    using Choice = engine::RunStarted::DeviceChoice;
    using Placement = engine::RunStarted::DataPlacement;
    QStringList parts;
    switch (r.deviceChoice) {
    case Choice::CpuChosen: parts << tr("The CPU was chosen."); break;
    case Choice::NoGpu: parts << tr("No NVIDIA GPU is available to this LibTorch, so the CPU is used."); break;
    case Choice::CudaChosen: parts << tr("CUDA was chosen and a GPU is available."); break;
    case Choice::GpuAvailable: parts << tr("An NVIDIA GPU is available, so it is used."); break;
    }
    if (r.bf16 == engine::RunStarted::Bf16::Autocast)
        parts << tr("Steps run in bfloat16 autocast.");
    else if (r.bf16 == engine::RunStarted::Bf16::NotOnCpu)
        parts << tr("bf16 precision needs a CUDA GPU and is not supported on the CPU, so this run uses fp32.");
    const QString size = sizeText(r.dataBytes);
    switch (r.dataPlacement) {
    case Placement::None: break;
    case Placement::OnGpu: parts << tr("The dataset (%1) is kept on the GPU.").arg(size); break;
    case Placement::HostAsked:
        parts << tr("The dataset (%1) stays in memory, as the experiment asks, and each batch is copied to the GPU.")
                     .arg(size);
        break;
    case Placement::HostNoRoom:
        parts << tr("The dataset (%1) does not fit on the GPU with room to train, so it stays in memory and each "
                    "batch is copied to the GPU.")
                     .arg(size);
        break;
    }
    return parts.join(QLatin1Char(' '));
}

QString DiagnosticText::message(const engine::DiagnosticReport& r)
{
    switch (r.kind) {
    case Kind::NotFinite:
        if (r.detail.empty())
            return tr("A weight of the model became NaN or infinite at step %1; no checkpoint was written.")
                .arg(number(r.step));
        return tr("The loss '%1' became NaN or infinite at step %2; the model's state is broken from there on.")
            .arg(QString::fromStdString(r.detail), number(r.step));
    case Kind::DiscriminatorCollapse:
        return tr("The discriminator is winning: its loss has stayed near zero for %1 steps, so it tells real from "
                  "generated images almost perfectly and the generator gets almost no useful signal to learn from.")
            .arg(number(r.window));
    case Kind::ModeCollapse:
        return tr("The generated samples are becoming alike (mode collapse): their variety has fallen to %1% of its "
                  "best so far, so the generator covers fewer and fewer kinds of image.")
            .arg(number(std::lround(r.share * 100)));
    case Kind::Oscillation:
        return tr("The losses are swinging up and down more and more widely over the last %1 steps: the generator "
                  "and the discriminator keep overshooting each other instead of settling.")
            .arg(number(r.window));
    case Kind::CheckpointNotWritten:
        return tr("A checkpoint could not be written (%1).").arg(QString::fromStdString(r.detail));
    case Kind::EvaluationFailed:
        return tr("Live FID/KID stopped: %1").arg(QString::fromStdString(r.detail));
    case Kind::Other: break;
    }
    return QString::fromStdString(r.message);
}

QString DiagnosticText::remedy(const engine::DiagnosticReport& r)
{
    const bool checkpoint = !r.checkpoint.empty();
    const QString file = QString::fromStdString(r.checkpoint);
    switch (r.kind) {
    case Kind::NotFinite:
        if (r.detail.empty())
            return checkpoint ? tr("The last good checkpoint is %1. Resume from it with a lower learning rate.").arg(file)
                              : tr("Start again with a lower learning rate.");
        return checkpoint ? tr("The last good checkpoint is %1 (step %2). Lower the learning rate (for example to a "
                               "tenth) and continue: the run goes back to that checkpoint.")
                                .arg(file, number(r.checkpointStep))
                          : tr("There is no checkpoint to go back to. Start again with a lower learning rate (for "
                               "example a tenth of it).");
    case Kind::DiscriminatorCollapse:
        return r.criticSteps > 1
                   ? tr("Lower the discriminator's learning rate (for example to half of the generator's), or give it "
                        "fewer updates per generator update (critic steps now %1), or make the discriminator smaller "
                        "(fewer channels or layers). If it keeps happening, try the hinge loss or the WGAN-GP recipe.")
                         .arg(r.criticSteps)
                   : tr("Lower the discriminator's learning rate (for example to half of the generator's), or make the "
                        "discriminator smaller (fewer channels or layers). If it keeps happening, try the hinge loss "
                        "or the WGAN-GP recipe.");
    case Kind::ModeCollapse:
        return r.adversarial ? tr("Lower the learning rates, or use the hinge loss or the WGAN-GP recipe, which "
                                  "collapse less often; if it started recently, resume from an earlier checkpoint "
                                  "with these changes.")
                             : tr("Lower the KL weight beta or lengthen its warm-up, or lower the learning rate, and "
                                  "resume from an earlier checkpoint.");
    case Kind::Oscillation:
        return tr("Lower the learning rates (for example halve both), or use Adam with beta1 = 0.5; a moving average "
                  "of the generator's weights (EMA) smooths the samples meanwhile.");
    case Kind::CheckpointNotWritten:
        return checkpoint ? tr("Free some disk space; training goes on. The last checkpoint written is %1 (step %2).")
                                .arg(file, number(r.checkpointStep))
                          : tr("Free some disk space; training goes on. No checkpoint has been written yet.");
    case Kind::EvaluationFailed:
        return tr("Training goes on without live FID/KID. Check the feature network (built-in, or a TorchScript file "
                  "that takes these images) and start a new run to measure again.");
    case Kind::Other: break;
    }
    return QString::fromStdString(r.remedy);
}

}  // namespace medsynth::widgets
