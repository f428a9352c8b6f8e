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
    return key;
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
