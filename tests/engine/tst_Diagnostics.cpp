// TrainingDiagnostics on synthetic loss and diversity sequences (no training): each problem is
// raised when its pattern appears, once per episode, again after it cleared, and not for
// ordinary training curves.

#include "Diagnostics.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace medsynth::engine;
using Kind = DiagnosticReport::Kind;

namespace {

struct Raised {
    std::vector<DiagnosticReport> reports;
    int count(Kind kind) const
    {
        int n = 0;
        for (const DiagnosticReport& r : reports)
            n += r.kind == kind;
        return n;
    }
};

// Feeds loss pairs from step `first` on.
void feed(TrainingDiagnostics& d, Raised& raised, int64_t& step, int count, const std::function<double(int)>& lossD,
          const std::function<double(int)>& lossG)
{
    for (int i = 0; i < count; ++i) {
        ++step;
        for (const DiagnosticReport& r : d.observeLosses(step, lossD(i), lossG(i)))
            raised.reports.push_back(r);
    }
}

}  // namespace

class DiagnosticsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void discriminatorCollapseOncePerEpisode()
    {
        TrainingDiagnostics d("gan", "bce", 1);
        Raised raised;
        int64_t step = 0;
        const auto healthy = [](int i) { return 1.3 + 0.1 * std::sin(i); };
        const auto collapsed = [](int i) { return 0.01 + 0.005 * std::sin(i); };
        feed(d, raised, step, 50, healthy, healthy);
        QCOMPARE(raised.reports.size(), size_t(0));
        feed(d, raised, step, 100, collapsed, [](int) { return 6.0; });
        QCOMPARE(raised.count(Kind::DiscriminatorCollapse), 1);  // once, not every step
        const DiagnosticReport& r = raised.reports.front();
        QVERIFY(r.step > 50 && r.step <= 50 + TrainingDiagnostics::kCollapseWindow);
        QVERIFY(!r.message.empty());
        QVERIFY(r.remedy.find("learning rate") != std::string::npos);
        QVERIFY(r.remedy.find("smoothing") == std::string::npos);  // not available here, so never advised
        // Recovers, then collapses again: a second episode.
        feed(d, raised, step, 50, healthy, healthy);
        feed(d, raised, step, 50, collapsed, healthy);
        QCOMPARE(raised.count(Kind::DiscriminatorCollapse), 2);
    }

    void discriminatorCollapseNotForHealthyOrWassersteinRuns()
    {
        std::mt19937 random(5);
        std::normal_distribution<double> noise(0, 0.3);
        TrainingDiagnostics gan("gan", "hinge", 1);
        Raised raised;
        int64_t step = 0;
        // A discriminator that is ahead (0.3) but not collapsed.
        feed(gan, raised, step, 300, [&](int) { return std::abs(0.3 + noise(random)) + 0.06; }, [](int) { return 2.0; });
        QCOMPARE(raised.count(Kind::DiscriminatorCollapse), 0);
        // WGAN-GP critic losses sit anywhere, below zero too: never a collapse.
        TrainingDiagnostics wgan("wgan-gp", "bce", 5);
        feed(wgan, raised, step, 200, [](int) { return 0.0; }, [](int) { return 0.0; });
        QCOMPARE(raised.count(Kind::DiscriminatorCollapse), 0);
        // The hinge loss at zero is a collapse.
        TrainingDiagnostics hinge("gan", "hinge", 3);
        feed(hinge, raised, step, 40, [](int) { return 0.0; }, [](int) { return 3.0; });
        QCOMPARE(raised.count(Kind::DiscriminatorCollapse), 1);
        QVERIFY(raised.reports.back().remedy.find("critic steps") != std::string::npos);
        // Recipes without a discriminator are not watched.
        TrainingDiagnostics vae("vae", "bce", 1);
        feed(vae, raised, step, 200, [](int) { return 0.0; }, [](int) { return 0.0; });
        QCOMPARE(raised.reports.size(), size_t(1));
    }

    void modeCollapse()
    {
        TrainingDiagnostics d("gan", "bce", 1);
        std::vector<DiagnosticReport> all;
        const auto observe = [&](int64_t step, double diversity) {
            for (const DiagnosticReport& r : d.observeDiversity(step, diversity))
                all.push_back(r);
        };
        observe(100, 0.8);
        observe(200, 0.9);
        observe(300, 0.95);
        observe(400, 0.7);  // a dip, not a collapse
        QCOMPARE(all.size(), size_t(0));
        observe(500, 0.3);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all.front().kind, Kind::ModeCollapse);
        QCOMPARE(all.front().step, int64_t(500));
        observe(600, 0.2);  // the same episode
        QCOMPARE(all.size(), size_t(1));
        observe(700, 0.8);  // recovered
        observe(800, 0.25);
        QCOMPARE(all.size(), size_t(2));
    }

    void noModeCollapseEarlyOrOnAGentleDecline()
    {
        TrainingDiagnostics early("gan", "bce", 1);
        QVERIFY(early.observeDiversity(1, 1.0).empty());
        QVERIFY(early.observeDiversity(2, 0.1).empty());  // too few evaluations to judge
        TrainingDiagnostics gentle("gan", "bce", 1);
        for (int i = 0; i < 20; ++i)
            QVERIFY(gentle.observeDiversity(i, 1.0 - 0.02 * i).empty());  // down to 0.62 of the peak
    }

    void oscillationWithGrowingSwings()
    {
        TrainingDiagnostics d("gan", "bce", 1);
        Raised raised;
        int64_t step = 0;
        // Swings of 0.1 growing to ~1.6 over 100 steps (period ~9 steps).
        const auto growing = [](int i) { return 1.0 + (0.05 * std::pow(1.035, i)) * std::sin(0.7 * i); };
        feed(d, raised, step, 100, [](int) { return 1.3; }, growing);
        QCOMPARE(raised.count(Kind::Oscillation), 1);
        QCOMPARE(raised.reports.front().step, int64_t(100));
        feed(d, raised, step, 25, [](int) { return 1.3; }, [&](int i) { return growing(100 + i); });
        QCOMPARE(raised.count(Kind::Oscillation), 1);  // the same episode
    }

    void noOscillationForSteadySwingsOrNoise()
    {
        TrainingDiagnostics d("gan", "bce", 1);
        Raised raised;
        int64_t step = 0;
        std::mt19937 random(9);
        std::normal_distribution<double> noise(0, 0.2);
        feed(d, raised, step, 400, [](int i) { return 1.2 + 0.4 * std::sin(0.7 * i); },
             [](int i) { return 2.0 + 0.8 * std::sin(0.5 * i); });
        feed(d, raised, step, 400, [&](int) { return 1.2 + noise(random); }, [&](int i) { return 3.0 - i * 0.004 + noise(random); });
        // Tiny swings that grow, but stay below what matters.
        feed(d, raised, step, 100, [](int) { return 1.3; }, [](int i) { return 1.0 + 0.001 * std::pow(1.035, i) * std::sin(0.7 * i); });
        QCOMPARE(raised.count(Kind::Oscillation), 0);
        QCOMPARE(raised.reports.size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(DiagnosticsTest)
#include "tst_Diagnostics.moc"
