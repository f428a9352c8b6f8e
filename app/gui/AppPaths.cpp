#include "AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace medsynth::gui {

QString AppPaths::dataDir()
{
    const QString overridden = qEnvironmentVariable("MEDSYNTH_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::demoDatasetDir()
{
    return dataDir() + QStringLiteral("/demo/brain-mr");
}

QString AppPaths::runsDir()
{
    return dataDir() + QStringLiteral("/runs");
}

QString AppPaths::featureCacheDir() { return dataDir() + QStringLiteral("/cache/features"); }

QString AppPaths::datasetCacheDir() { return dataDir() + QStringLiteral("/cache/datasets"); }

QString AppPaths::newRunFolder(const QString& templateId, const QDateTime& time)
{
    // The template id goes into a folder name: keep it to safe characters.
    QString name = templateId;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString base = runsDir() + QLatin1Char('/') + time.toString(QStringLiteral("yyyyMMdd-hhmmss"))
                         + QLatin1Char('_') + name;
    QString candidate = base;
    // Two runs started within one second get -2, -3, ...
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

}  // namespace medsynth::gui
