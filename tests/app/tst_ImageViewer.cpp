// ImageViewer (widgets): an image whose frames the caller reads on demand (frameWanted /
// setFrame, the previous frame kept on screen while the next loads, late frames dropped, a frame
// that cannot be read), a VOI LUT shown until the window is changed, and the gestures that move
// through frames (wheel, Ctrl + wheel zooms, keys) with the window kept.

#include "ImageViewer.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>

using medsynth::widgets::ImageViewer;
using medsynth::widgets::ViewerFrame;
using medsynth::widgets::ViewerLut;
using medsynth::widgets::ViewerWindow;

namespace {

// A frame (4 x 2 unless said) whose values are k * 10 + pixel index.
ViewerFrame frameOf(int k, int width = 4, int height = 2)
{
    ViewerFrame frame;
    frame.width = width;
    frame.height = height;
    for (int i = 0; i < width * height; ++i)
        frame.values.push_back(float(k * 10 + i));
    return frame;
}

void wheel(QWidget* widget, int notches, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPointF centre(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

}  // namespace

class TestImageViewer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lazyFramesAreAskedForAndShown()
    {
        ImageViewer viewer;
        viewer.resize(400, 300);
        QSignalSpy wanted(&viewer, &ImageViewer::frameWanted);
        QSignalSpy shown(&viewer, &ImageViewer::frameShown);
        viewer.setFrameUnit(ImageViewer::FrameUnit::Slice);
        viewer.setLazyImage(50, 0, frameOf(0), {20, 40}, false);
        QVERIFY(viewer.isLazy());
        QCOMPARE(viewer.frameCount(), 50);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(viewer.windowStepPerPixel(), 7.0 / 512);  // from the first frame's range, 0 .. 7
        auto* label = viewer.findChild<QLabel*>(QStringLiteral("frameLabel"));
        QCOMPARE(label->text(), QStringLiteral("Slice 1 of 50"));

        viewer.setCurrentFrame(7);
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.last().at(0).toInt(), 7);
        QVERIFY(viewer.isWaitingForFrame());
        QCOMPARE(viewer.shownFrameIndex(), 0);  // the previous one stays on screen
        QVERIFY(!viewer.displayedImage().isNull());
        QVERIFY(label->text().contains(QStringLiteral("loading")));
        QVERIFY(!viewer.setFrame(3, frameOf(3)));  // not the current one: dropped
        QCOMPARE(viewer.shownFrameIndex(), 0);
        QVERIFY(viewer.setFrame(7, frameOf(7)));
        QCOMPARE(viewer.shownFrameIndex(), 7);
        QVERIFY(!viewer.isWaitingForFrame());
        QCOMPARE(viewer.shownFrame()->values[0], 70.0f);
        QCOMPARE(label->text(), QStringLiteral("Slice 8 of 50"));
        QCOMPARE(shown.count(), 2);

        // A frame that cannot be read: its message instead of an image, and not "loading".
        viewer.setCurrentFrame(8);
        viewer.setFrameError(8, QStringLiteral("broken"));
        QVERIFY(viewer.displayedImage().isNull());
        QVERIFY(!viewer.isWaitingForFrame());
        QVERIFY(!label->text().contains(QStringLiteral("loading")));
        viewer.setCurrentFrame(9);
        QVERIFY(viewer.setFrame(9, frameOf(9)));
        QVERIFY(!viewer.displayedImage().isNull());

        // setImage leaves the lazy mode.
        const int asked = wanted.count();
        std::vector<ViewerFrame> frames{frameOf(1), frameOf(2)};
        viewer.setImage(std::move(frames), {0, 10}, false);
        QVERIFY(!viewer.isLazy());
        QCOMPARE(viewer.frameCount(), 2);
        viewer.setCurrentFrame(1);
        QCOMPARE(viewer.shownFrame()->values[0], 20.0f);
        QCOMPARE(wanted.count(), asked);  // nothing asked for: every frame is there
    }

    void wheelAndKeysMoveThroughFramesKeepingTheWindow()
    {
        ImageViewer viewer;
        viewer.resize(400, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        std::vector<ViewerFrame> frames;
        for (int k = 0; k < 10; ++k)
            frames.push_back(frameOf(k, 64, 32));  // large enough that zooming in is possible
        viewer.setImage(std::move(frames), {5, 10}, false);
        viewer.setWindow({30, 8});
        QWidget* canvas = viewer.canvas();
        wheel(canvas, -1);  // down: next
        QCOMPARE(viewer.currentFrame(), 1);
        wheel(canvas, -3);
        QCOMPARE(viewer.currentFrame(), 4);
        wheel(canvas, 2);
        QCOMPARE(viewer.currentFrame(), 2);
        const double zoom = viewer.zoom();
        wheel(canvas, 1, Qt::ControlModifier);
        QVERIFY(viewer.zoom() > zoom);
        QCOMPARE(viewer.currentFrame(), 2);
        // A touchpad's small steps add up to a notch.
        QWheelEvent small(QPointF(10, 10), canvas->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, -60), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &small);
        QCOMPARE(viewer.currentFrame(), 2);
        QApplication::sendEvent(canvas, &small);
        QCOMPARE(viewer.currentFrame(), 3);
        QTest::keyClick(canvas, Qt::Key_End);
        QCOMPARE(viewer.currentFrame(), 9);
        QTest::keyClick(canvas, Qt::Key_PageDown);
        QCOMPARE(viewer.currentFrame(), 9);  // stays at the last
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(viewer.currentFrame(), 8);
        QTest::keyClick(canvas, Qt::Key_Home);
        QCOMPARE(viewer.currentFrame(), 0);
        QCOMPARE(viewer.window().center, 30.0);
        QCOMPARE(viewer.window().width, 8.0);

        // One frame: the wheel zooms.
        std::vector<ViewerFrame> one{frameOf(0, 64, 32)};
        viewer.setImage(std::move(one), {5, 10}, false);
        const double fitted = viewer.zoom();
        wheel(canvas, 1);
        QVERIFY(viewer.zoom() > fitted);
    }

    void lutIsShownUntilTheWindowChanges()
    {
        ImageViewer viewer;
        std::vector<ViewerFrame> frames{frameOf(0)};  // values 0 .. 7
        viewer.setImage(std::move(frames), {3.5, 8}, false);
        auto lut = std::make_shared<ViewerLut>();
        lut->firstValue = 2;
        lut->outputs = {0.0f, 0.25f, 0.5f, 1.0f};  // 2 -> 0, 3 -> 64, 4 -> 128, 5 and above -> 255
        QSignalSpy window(&viewer, &ImageViewer::windowChanged);
        viewer.setLut(lut);
        QVERIFY(viewer.showsLut());
        QCOMPARE(window.count(), 1);
        // The window where the LUT rises: from 2 (its lowest output) to 5 (its highest).
        QCOMPARE(viewer.window().center, 3.5);
        QCOMPARE(viewer.window().width, 3.0);
        const QImage shown = viewer.displayedImage();
        const int expected[8] = {0, 0, 0, 64, 128, 255, 255, 255};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(qGray(shown.pixel(i % 4, i / 4)), expected[i]);
        viewer.setWindow({4, 8});  // 0 .. 8
        QVERIFY(!viewer.showsLut());
        QCOMPARE(qGray(viewer.displayedImage().pixel(0, 0)), 0);
        QVERIFY(qGray(viewer.displayedImage().pixel(3, 0)) < 128);  // value 3, linear again
        // A preset can carry the LUT.
        viewer.setPresets({{QStringLiteral("From the file"), QStringLiteral("File VOI LUT"), {}, lut}});
        QVERIFY(viewer.applyPreset(QStringLiteral("File VOI LUT")));
        QVERIFY(viewer.showsLut());
    }

    void sigmoidWindowFollowsTheDicomFormula()
    {
        // VOI LUT Function SIGMOID (PS3.3 C.11.2.1.3.1): 255 / (1 + exp(-4 (x - c) / w)).
        ImageViewer viewer;
        std::vector<ViewerFrame> frames{frameOf(0)};  // values 0 .. 7
        viewer.setImage(std::move(frames), {3.0, 4.0, true}, false);
        QVERIFY(viewer.window().sigmoid);
        QVERIFY(viewer.findChild<QLabel*>(QStringLiteral("windowLabel"))->text().contains(QStringLiteral("sigmoid")));
        auto expected = [](double x, double c, double w) {
            return static_cast<int>(255.0 / (1.0 + std::exp(-4.0 * (x - c) / w)) + 0.5);
        };
        for (int i = 0; i < 8; ++i)
            QCOMPARE(qGray(viewer.displayedImage().pixel(i % 4, i / 4)), expected(i, 3.0, 4.0));
        QCOMPARE(qGray(viewer.displayedImage().pixel(3, 0)), 128);  // the centre: half way
        // A drag keeps the function; a preset is linear.
        QWidget* canvas = viewer.findChild<QWidget*>(QStringLiteral("imageCanvas"));
        auto send = [canvas](QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
            QMouseEvent event(type, QPointF(pos), canvas->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
            QApplication::sendEvent(canvas, &event);
        };
        send(QEvent::MouseButtonPress, {10, 10}, Qt::RightButton, Qt::RightButton);
        send(QEvent::MouseMove, {30, 10}, Qt::NoButton, Qt::RightButton);
        send(QEvent::MouseButtonRelease, {30, 10}, Qt::RightButton, Qt::NoButton);
        QVERIFY(viewer.window().width > 4.0);
        QVERIFY(viewer.window().sigmoid);
        viewer.setPresets({{QStringLiteral("CT"), QStringLiteral("Plain"), {3.5, 8.0}, nullptr}});
        QVERIFY(viewer.applyPreset(QStringLiteral("Plain")));
        QVERIFY(!viewer.window().sigmoid);
        QCOMPARE(qGray(viewer.displayedImage().pixel(0, 0)), 16);  // linear: (0 - -0.5) * 255 / 8
    }
};

QTEST_MAIN(TestImageViewer)
#include "tst_ImageViewer.moc"
