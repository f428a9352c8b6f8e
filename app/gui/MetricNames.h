#pragma once
// MetricNames: what the values of metrics.jsonl are called on screen. The keys a run writes
// ("loss_g", "d_real", ...) get a readable, translated title and a short axis label; keys not known
// here (values a newer engine adds) are shown as they are, so nothing is hidden. rank() orders
// charts: what a user looks at first (losses, FID/KID) first, bookkeeping (time, epoch) last.

#include <QCoreApplication>
#include <QString>

namespace medsynth::gui {

class MetricNames {
    Q_DECLARE_TR_FUNCTIONS(MetricNames)
public:
    // "loss_g" -> "Generator loss"; an unknown key as it is.
    static QString title(const QString& key);
    // Short, as it runs along a chart's height: "loss_g" -> "Loss".
    static QString axisLabel(const QString& key);
    // Smaller comes first; unknown keys share one rank (sort them by key).
    static int rank(const QString& key);
    // Which live chart of the Train page a value joins ("losses", "discriminator", "fid", "kid",
    // "scores", "learning_rate", "speed", ...); empty for bookkeeping that is not charted.
    static QString group(const QString& key);
    static QString groupTitle(const QString& group);
};

}  // namespace medsynth::gui
