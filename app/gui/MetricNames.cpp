#include "MetricNames.h"

#include <QStringList>

namespace medsynth::gui {

// The value axis' label: short, since it runs along the chart's height.
QString MetricNames::axisLabel(const QString& key)
{
    if (key == QLatin1String("loss_g") || key == QLatin1String("loss_d"))
        return tr("Loss");
    if (key == QLatin1String("d_real"))
        return tr("D(x)");
    if (key == QLatin1String("d_fake"))
        return tr("D(G(z))");
    if (key == QLatin1String("images_per_second"))
        return tr("Images/s");
    if (key == QLatin1String("seconds"))
        return tr("Seconds");
    if (key == QLatin1String("grad_norm_g") || key == QLatin1String("grad_norm_d"))
        return tr("Gradient norm");
    return title(key);
}

QString MetricNames::title(const QString& key)
{
    if (key == QLatin1String("loss_g"))
        return tr("Generator loss");
    if (key == QLatin1String("loss_d"))
        return tr("Discriminator loss");
    if (key == QLatin1String("d_real"))
        return tr("D(x): discriminator on real images");
    if (key == QLatin1String("d_fake"))
        return tr("D(G(z)): discriminator on generated images");
    if (key == QLatin1String("images_per_second"))
        return tr("Training speed");
    if (key == QLatin1String("seconds"))
        return tr("Time per step");
    if (key == QLatin1String("epoch"))
        return tr("Epoch");
    if (key == QLatin1String("fid"))
        return tr("FID");
    if (key == QLatin1String("kid") || key == QLatin1String("kid_mean") || key == QLatin1String("kid.mean"))
        return tr("KID");
    if (key == QLatin1String("learning_rate") || key == QLatin1String("lr"))
        return tr("Learning rate");
    if (key == QLatin1String("kid_std") || key == QLatin1String("kid.std"))
        return tr("KID spread");
    if (key.startsWith(QLatin1String("lr_")))
        return tr("Learning rate (%1)").arg(key.mid(3));
    if (key.startsWith(QLatin1String("val_")))
        return tr("%1 (held-out images)").arg(title(key.mid(4)));
    static const QList<std::pair<const char*, const char*>> known = {
        {"loss", QT_TR_NOOP("Loss")},
        {"loss_e", QT_TR_NOOP("Encoder loss")},
        {"reconstruction", QT_TR_NOOP("Reconstruction")},
        {"kl", QT_TR_NOOP("KL divergence")},
        {"kl_weight", QT_TR_NOOP("KL weight")},
        {"adversarial", QT_TR_NOOP("Adversarial loss")},
        {"gradient_penalty", QT_TR_NOOP("Gradient penalty")},
        // grad_norm_g is also the classifier's, the segmenter's and a VAE's (encoder and decoder).
        {"grad_norm_g", QT_TR_NOOP("Gradient norm of the generator (or the trained model)")},
        {"grad_norm_d", QT_TR_NOOP("Gradient norm of the discriminator")},
        {"accuracy", QT_TR_NOOP("Accuracy")},
        {"precision", QT_TR_NOOP("Precision")},
        {"recall", QT_TR_NOOP("Recall")},
        {"specificity", QT_TR_NOOP("Specificity")},
        {"f1", QT_TR_NOOP("F1")},
        {"dice", QT_TR_NOOP("Dice")},
        {"iou", QT_TR_NOOP("IoU")},
        {"pixel_accuracy", QT_TR_NOOP("Pixel accuracy")},
        {"psnr", QT_TR_NOOP("PSNR (dB)")},
        {"ssim", QT_TR_NOOP("SSIM")},
        {"diversity", QT_TR_NOOP("Diversity of the fixed samples")},
    };
    for (const auto& [name, text] : known)
        if (key == QLatin1String(name))
            return tr(text);
    return key;
}

QString MetricNames::group(const QString& key)
{
    if (key == QLatin1String("d_real") || key == QLatin1String("d_fake"))
        return QStringLiteral("discriminator");
    if (key == QLatin1String("fid"))
        return QStringLiteral("fid");
    if (key.startsWith(QLatin1String("kid")))
        return QStringLiteral("kid");
    if (key == QLatin1String("psnr") || key == QLatin1String("ssim"))
        return key;
    if (key == QLatin1String("learning_rate") || key == QLatin1String("lr") || key.startsWith(QLatin1String("lr_")))
        return QStringLiteral("learning_rate");
    if (key == QLatin1String("images_per_second"))
        return QStringLiteral("speed");
    if (key == QLatin1String("seconds") || key == QLatin1String("epoch") || key == QLatin1String("kl_weight") ||
        key.startsWith(QLatin1String("evaluation_")))
        return QString();  // bookkeeping: not charted live
    if (key == QLatin1String("diversity"))
        return QStringLiteral("diversity");
    if (key.startsWith(QLatin1String("grad_norm_")))
        return QStringLiteral("gradients");  // not with the losses: another scale and unit
    static const QStringList scores = {QStringLiteral("accuracy"), QStringLiteral("precision"), QStringLiteral("recall"),
                                       QStringLiteral("specificity"), QStringLiteral("f1"), QStringLiteral("dice"),
                                       QStringLiteral("iou"), QStringLiteral("pixel_accuracy")};
    const QString base = key.startsWith(QLatin1String("val_")) ? key.mid(4) : key;
    if (scores.contains(base))
        return QStringLiteral("scores");
    return QStringLiteral("losses");
}

QString MetricNames::groupTitle(const QString& group)
{
    if (group == QLatin1String("losses"))
        return tr("Losses");
    if (group == QLatin1String("discriminator"))
        return tr("D(x) and D(G(z))");
    if (group == QLatin1String("fid"))
        return tr("FID");
    if (group == QLatin1String("kid"))
        return tr("KID");
    if (group == QLatin1String("psnr"))
        return tr("PSNR");
    if (group == QLatin1String("ssim"))
        return tr("SSIM");
    if (group == QLatin1String("scores"))
        return tr("Scores");
    if (group == QLatin1String("learning_rate"))
        return tr("Learning rate");
    if (group == QLatin1String("speed"))
        return tr("Speed");
    if (group == QLatin1String("diversity"))
        return tr("Sample diversity");
    if (group == QLatin1String("gradients"))
        return tr("Gradient norms");
    return group;
}

// Where a value's chart goes: the values a user looks at first come first, bookkeeping last;
// values not known here sit between, by key.
int MetricNames::rank(const QString& key)
{
    static const QStringList order = {QStringLiteral("loss_g"),   QStringLiteral("loss_d"),
                                      QStringLiteral("fid"),      QStringLiteral("kid"),
                                      QStringLiteral("kid_mean"), QStringLiteral("kid.mean"),
                                      QStringLiteral("d_real"),   QStringLiteral("d_fake"),
                                      QStringLiteral("learning_rate"), QStringLiteral("lr"),
                                      QStringLiteral("images_per_second")};
    const int known = static_cast<int>(order.indexOf(key));
    if (known >= 0)
        return known;
    if (key == QLatin1String("seconds"))
        return 1001;
    if (key == QLatin1String("epoch"))
        return 1002;
    return 1000;
}

}  // namespace medsynth::gui
