// The cost of watching: the same DCGAN run trained headless (a TrainingController with nothing
// attached) and attached to the GUI (the Train page of a shown main window: live charts, sample
// grid with history, progress), alternating, in one process on the same LibTorch. Prints one
// line per run and a final JSON line {"headless_images_per_second", "gui_images_per_second",
// "ratio"}; the target is a ratio of at least 0.95. Not a test: it takes minutes.
//
// Usage: medsynth-bench-gui [STEPS [BATCH [SIZE [ROUNDS]]]]   (defaults 30 64 64 2)
// Run it offscreen (QT_QPA_PLATFORM=offscreen) or under a display.

#include "MainWindow.h"
#include "TrainPage.h"
#include "TrainingController.h"
#include "medsynth/engine/Experiment.h"

#include <QApplication>
#include <QComboBox>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace medsynth;

namespace {

int argument(const QStringList& args, int index, int fallback)
{
    bool ok = false;
    const int value = index < args.size() ? args[index].toInt(&ok) : fallback;
    return index < args.size() && (!ok || value < 1) ? -1 : value;
}

double headless(int steps, int batch, int size, const QString& folder)
{
    engine::Experiment experiment = engine::experimentForTemplate("dcgan", 1, size);
    experiment.batchSize = batch;
    experiment.steps = steps;
    experiment.seed = 1;
    experiment.sampleEvery = static_cast<int>(std::clamp(steps / 20, 5, 50));  // as the Train page does
    experiment.sampleCount = size >= 128 ? 36 : 64;
    gui::TrainingController controller;
    double imagesPerSecond = 0;
    QEventLoop loop;
    QObject::connect(&controller, &gui::TrainingController::runFinished, &loop,
                     [&](const engine::RunSummary& summary) {
                         imagesPerSecond = summary.imagesPerSecond;
                         loop.quit();
                     });
    QObject::connect(&controller, &gui::TrainingController::runFailed, &loop, [&](const QString& message) {
        std::fprintf(stderr, "headless run failed: %s\n", qPrintable(message));
        loop.quit();
    });
    if (!controller.start(experiment, QStringLiteral("phantom:brain"), folder))
        return 0;
    loop.exec();
    controller.stopAndWait();
    return imagesPerSecond;
}

double attached(int steps, int batch, int size)
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.setCurrentPage(gui::MainWindow::TrainPageIndex);
    window.show();
    gui::TrainPage* page = window.trainPage();
    auto* sizeCombo = page->findChild<QComboBox*>(QStringLiteral("imageSizeCombo"));
    auto* model = page->findChild<QComboBox*>(QStringLiteral("trainTemplateCombo"));
    model->setCurrentIndex(model->findData(QStringLiteral("dcgan")));
    sizeCombo->setCurrentIndex(sizeCombo->findData(size));
    page->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(batch);
    page->findChild<QSpinBox*>(QStringLiteral("stepsSpin"))->setValue(steps);
    page->findChild<QCheckBox*>(QStringLiteral("fixedSeedCheck"))->setChecked(true);
    page->findChild<QSpinBox*>(QStringLiteral("seedSpin"))->setValue(1);
    double imagesPerSecond = 0;
    QEventLoop loop;
    QObject::connect(page->controller(), &gui::TrainingController::runningChanged, &loop, [&](bool running) {
        if (!running)
            loop.quit();
    });
    page->startTraining();
    if (!page->controller()->isRunning())
        return 0;
    loop.exec();
    imagesPerSecond = page->lastSummary().imagesPerSecond;
    return imagesPerSecond;
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir temp;
    qputenv("MEDSYNTH_DATA_DIR", temp.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MedSynthBench"));
    QCoreApplication::setApplicationName(QStringLiteral("medsynth-bench-gui"));

    const QStringList args = app.arguments();
    const int steps = argument(args, 1, 30), batch = argument(args, 2, 64), size = argument(args, 3, 64),
              rounds = argument(args, 4, 2);
    if (steps < 0 || batch < 0 || size < 0 || rounds < 0) {
        std::fprintf(stderr, "Usage: medsynth-bench-gui [STEPS [BATCH [SIZE [ROUNDS]]]] (positive integers)\n");
        return 2;
    }
    double bestHeadless = 0, bestGui = 0;
    for (int round = 0; round < rounds; ++round) {
        const double h = headless(steps, batch, size, temp.filePath(QStringLiteral("headless-%1").arg(round)));
        std::printf("round %d headless: %.2f images/s\n", round + 1, h);
        const double g = attached(steps, batch, size);
        std::printf("round %d gui:      %.2f images/s\n", round + 1, g);
        std::fflush(stdout);
        bestHeadless = std::max(bestHeadless, h);
        bestGui = std::max(bestGui, g);
    }
    if (bestHeadless <= 0 || bestGui <= 0) {
        std::fprintf(stderr, "a side did not run\n");
        return 1;
    }
    std::printf("{\"headless_images_per_second\": %.3f, \"gui_images_per_second\": %.3f, \"ratio\": %.3f, "
                "\"steps\": %d, \"batch\": %d, \"image_size\": %d, \"rounds\": %d}\n",
                bestHeadless, bestGui, bestGui / bestHeadless, steps, batch, size, rounds);
    return 0;
}
