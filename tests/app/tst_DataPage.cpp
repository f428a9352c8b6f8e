// DataPage (issue 4): a folder of mixed DICOM (a CT slice with planted identifying markers, a
// MONOCHROME1 image, a phantom MR series), a NIfTI volume, PNGs (gray and colour) and malformed
// files is indexed in the background; the tree shows patients, studies, series and a folder per
// other files; thumbnails load for the selection; the viewer shows images with window/level by
// right drag, presets, frames of a volume, MONOCHROME1 and colour; the metadata panel masks
// identifying values until Reveal; a scan can be cancelled; skipped files say why; labels and
// splits are edited per patient; recent folders can be turned off; a dropped folder opens. Also
// measures scrolling a 10,000-item thumbnail grid (printed, never asserted) and, with
// MEDSYNTH_SCREENSHOT_DIR set, saves screenshots of the browser and viewer.

#include "DataPage.h"
#include "DataViewerTab.h"
#include "DicomFixture.h"
#include "HistogramChart.h"
#include "ImageViewer.h"
#include "MainWindow.h"
#include "MetadataPanel.h"
#include "NiftiFixture.h"
#include "RecentFolders.h"
#include "ThumbnailModel.h"
#include "ViewerSliceLoader.h"
#include "medsynth/io/PhantomWriter.h"

#include <dcmtk/dcmdata/dcvrus.h>
#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTimer>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QWheelEvent>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace medsynth;
using gui::DataPage;

namespace {

const char* const kMarkerName = "MARKER^SECRET";
const char* const kMarkerId = "MARKERID4711";
const char* const kMarkerInstitution = "MARKER INSTITUTE";

// A CT slice in HU: air outside a body, soft tissue, a bone ring, two lungs.
std::vector<uint16_t> ctPixels(int size)
{
    std::vector<uint16_t> words(static_cast<size_t>(size) * size);
    const double c = (size - 1) / 2.0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double dx = (x - c) / (size * 0.45), dy = (y - c) / (size * 0.38);
            const double r = std::sqrt(dx * dx + dy * dy);
            double hu = -1000;
            if (r < 1.0)
                hu = 40 + (x % 7);
            if (r > 0.85 && r < 1.0)
                hu = 900;
            for (double side : {-0.45, 0.45}) {
                const double ly = (y - c) / (size * 0.24);
                const double ex = (x - c - side * size * 0.2) / (size * 0.15);
                if (ex * ex + ly * ly < 1.0)
                    hu = -820 + (y % 5) * 10;
            }
            words[static_cast<size_t>(y) * size + x] = static_cast<uint16_t>(hu + 1024);
        }
    }
    return words;
}

// NIfTI-1 (.nii), int16, nx x ny x nz, value(i, j, k) = 100 k + 1000 inside a sphere + (i + j) % 10.
bool writeNifti(const QString& path, int nx, int ny, int nz)
{
    const QByteArray header = niftiInt16Header(nx, ny, nz);
    QByteArray data;
    QDataStream values(&data, QIODevice::WriteOnly);
    values.setByteOrder(QDataStream::LittleEndian);
    for (int k = 0; k < nz; ++k) {
        for (int j = 0; j < ny; ++j) {
            for (int i = 0; i < nx; ++i) {
                const double dx = (i - nx / 2.0) / (nx * 0.4), dy = (j - ny / 2.0) / (ny * 0.4),
                             dz = (k - nz / 2.0) / (nz * 0.45);
                const bool inside = dx * dx + dy * dy + dz * dz < 1.0;
                values << qint16(100 * k + (inside ? 1000 : 0) + (i + j) % 10);
            }
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(header) == header.size() && file.write(data) == data.size();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The mixed folder. Returns "" or what failed.
QString writeMixedFolder(const QString& root, int size)
{
    QDir().mkpath(root + QStringLiteral("/dicom"));
    QDir().mkpath(root + QStringLiteral("/nifti"));
    QDir().mkpath(root + QStringLiteral("/png"));

    DicomFixture ct;
    ct.rows = ct.columns = size;
    ct.modality = "CT";
    ct.words = ctPixels(size);
    ct.slope = "1";
    ct.intercept = "-1024";
    ct.windowCenter = "40";
    ct.windowWidth = "400";
    ct.extra = [](DcmDataset& d) {
        d.putAndInsertString(DCM_PatientID, kMarkerId);
        d.putAndInsertString(DCM_InstitutionName, kMarkerInstitution);
        d.putAndInsertString(DCM_RescaleType, "HU");
    };
    std::string error = ct.write((root + QStringLiteral("/dicom/ct.dcm")).toStdString());
    if (!error.empty())
        return QString::fromStdString("ct.dcm: " + error);

    DicomFixture mono1;
    mono1.rows = mono1.columns = size;
    mono1.modality = "CR";
    mono1.photometric = "MONOCHROME1";
    mono1.bitsAllocated = 8;
    mono1.bitsStored = 8;
    mono1.highBit = 7;
    mono1.bytes.resize(static_cast<size_t>(size) * size);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            mono1.bytes[static_cast<size_t>(y) * size + x] = static_cast<uint8_t>(x * 255 / std::max(1, size - 1));
    mono1.windowCenter = "127.5";
    mono1.windowWidth = "256";
    mono1.extra = [](DcmDataset& d) { d.putAndInsertString(DCM_PatientID, kMarkerId); };
    error = mono1.write((root + QStringLiteral("/dicom/mono1.dcm")).toStdString());
    if (!error.empty())
        return QString::fromStdString("mono1.dcm: " + error);

    io::writePhantomDataset((root + QStringLiteral("/mr")).toStdString(), 6, size, 7, io::PhantomFormat::Dicom);

    if (!writeNifti(root + QStringLiteral("/nifti/volume.nii"), size, size, 12))
        return QStringLiteral("volume.nii");

    QImage gray(size, size / 2, QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y)
        for (int x = 0; x < gray.width(); ++x)
            gray.scanLine(y)[x] = static_cast<uchar>((x + y) * 255 / (gray.width() + gray.height()));
    QImage colour(size, size, QImage::Format_RGB888);
    colour.fill(QColor(220, 30, 30));
    for (int y = 0; y < size; ++y)
        for (int x = size / 2; x < size; ++x)
            colour.setPixelColor(x, y, QColor(30, 40, 220));
    if (!gray.save(root + QStringLiteral("/png/gray.png")) || !colour.save(root + QStringLiteral("/png/colour.png")))
        return QStringLiteral("png");

    // Malformed: a DICOM preamble and then nonsense; an empty PNG.
    QByteArray broken(128, '\0');
    broken += "DICM";
    broken += QByteArray("\x02\x00\x10\x00UI\xff\x7f", 8);
    if (!writeFile(root + QStringLiteral("/dicom/broken.dcm"), broken) || !writeFile(root + QStringLiteral("/png/empty.png"), {}))
        return QStringLiteral("bad files");
    return {};
}

// One slice of a CT volume in HU: a body with lungs whose size changes from slice to slice and a
// round lesion in the middle slices; pixel (0, 0) holds -1000 + k, so a test knows which slice it sees.
std::vector<uint16_t> ctSlice(int size, int k, int slices)
{
    std::vector<uint16_t> words(static_cast<size_t>(size) * size);
    const double c = (size - 1) / 2.0;
    const double t = std::sin(3.14159265 * (k + 0.5) / slices);  // 0 at the ends, 1 in the middle
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double dx = (x - c) / (size * 0.45), dy = (y - c) / (size * 0.36);
            const double r = std::sqrt(dx * dx + dy * dy);
            double hu = -1000;
            if (r < 1.0)
                hu = 40 + (x * 7 + y * 3) % 11;
            if (r > 0.88 && r < 1.0)
                hu = 700;
            for (double side : {-1.0, 1.0}) {
                const double ex = (x - c - side * size * 0.19) / (size * 0.14 * (0.3 + 0.7 * t));
                const double ey = (y - c) / (size * 0.24 * (0.3 + 0.7 * t));
                if (ex * ex + ey * ey < 1.0)
                    hu = -840 + (y % 5) * 12;
            }
            const double lx = (x - c - size * 0.19) / (size * 0.05), ly = (y - c + size * 0.06) / (size * 0.05);
            if (std::abs(k - slices / 2) < slices / 6 && lx * lx + ly * ly < 1.0)
                hu = 30;
            words[static_cast<size_t>(y) * size + x] = static_cast<uint16_t>(hu + 1024);
        }
    }
    words[0] = static_cast<uint16_t>(-1000 + k + 1024);
    return words;
}

// A CT series of single-frame files in one folder. File i holds slice (7 i) mod slices, so neither
// the file names nor the instance numbers (which run backwards) give the slice order: only the
// positions do. Returns "" or what failed.
QString writeCtSeries(const QString& dir, int slices, int size)
{
    QDir().mkpath(dir);
    for (int i = 0; i < slices; ++i) {
        const int k = (7 * i) % slices;
        DicomFixture slice;
        slice.rows = slice.columns = size;
        slice.modality = "CT";
        slice.words = ctSlice(size, k, slices);
        slice.slope = "1";
        slice.intercept = "-1024";
        slice.windowCenter = "40";
        slice.windowWidth = "400";
        slice.extra = [k, slices](DcmDataset& d) {
            d.putAndInsertString(DCM_PatientID, kMarkerId);
            d.putAndInsertString(DCM_StudyInstanceUID, "1.2.826.0.1.3680043.10.511.1");
            d.putAndInsertString(DCM_SeriesInstanceUID, "1.2.826.0.1.3680043.10.511.1.1");
            d.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
            d.putAndInsertString(DCM_ImagePositionPatient, ("-100\\-100\\" + std::to_string(2.5 * k)).c_str());
            d.putAndInsertString(DCM_InstanceNumber, std::to_string(slices - k).c_str());
            d.putAndInsertString(DCM_RescaleType, "HU");
        };
        const std::string error = slice.write(QStringLiteral("%1/s%2.dcm").arg(dir).arg(i, 3, 10, QLatin1Char('0')).toStdString());
        if (!error.empty())
            return QString::fromStdString(error);
    }
    return {};
}

// Waits (without QTest's 10 ms sleeps, so the time measured is the viewer's) until the viewer
// shows frame; false after timeoutMs.
bool waitUntilShown(widgets::ImageViewer* viewer, int frame, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;  // wakes the loop now and then, should nothing else
    tick.start(5);
    while (viewer->shownFrameIndex() != frame || viewer->isWaitingForFrame()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString frameLabelText(widgets::ImageViewer* viewer)
{
    return viewer->findChild<QLabel*>(QStringLiteral("frameLabel"))->text();
}

void sendWheel(QWidget* widget, int notches, Qt::KeyboardModifiers modifiers)
{
    const QPointF centre(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& prefix)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(prefix))
            return *it;
    }
    return nullptr;
}

int fileIndex(const DataPage& page, const QString& relativePath)
{
    const auto& files = page.index()->files();
    for (size_t i = 0; i < files.size(); ++i) {
        if (QString::fromStdString(files[i].path) == relativePath)
            return static_cast<int>(i);
    }
    return -1;
}

void sendMouse(QWidget* widget, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

}  // namespace

class TestDataPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void indexesMixedFolder();
    void selectionShowsThumbnails();
    void viewerWindowLevelByRightDrag();
    void presetsApply();
    void frameSliderMovesThroughVolume();
    void monochrome1AndColour();
    void metadataMasksUntilReveal();
    void labelsAndSplitsPerPatient();
    void labelsAndSplitsAreSavedToLabelsCsv();
    void cancelStopsScan();
    void missingFolderSaysSo();
    void recentFoldersCanBeTurnedOff();
    void droppedFolderOpens();
    void scrollingTenThousandThumbnails();
    void seriesOpensAsVolume();
    void voiLutOnlyFileShowsItsLut();
    void largeNiftiIsBrowsedSliceBySlice();
    void enhancedDicomFramesInOrder();
    void scrollingThroughA256SliceSeries();
    void nothingIdentifyingInSettings();
    void screenshots();

private:
    bool openMixed(DataPage& page);
    // Indexes dir (a folder of one DICOM series) and selects the series: it opens as a volume.
    bool openSeries(DataPage& page, const QString& dir);
    bool view(DataPage& page, const QString& relativePath);

    QTemporaryDir temp_;
    QString mixed_;
};

void TestDataPage::initTestCase()
{
    QVERIFY(temp_.isValid());
    qputenv("MEDSYNTH_DATA_DIR", temp_.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", temp_.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MedSynthTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_DataPage"));
    mixed_ = temp_.filePath(QStringLiteral("mixed"));
    const QString error = writeMixedFolder(mixed_, 16);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

bool TestDataPage::openMixed(DataPage& page)
{
    page.showFolder(mixed_);
    if (!QTest::qWaitFor([&] { return !page.isScanning(); }, 60000))
        return false;
    return page.index() != nullptr;
}

bool TestDataPage::openSeries(DataPage& page, const QString& dir)
{
    page.showFolder(dir);
    if (!QTest::qWaitFor([&] { return !page.isScanning(); }, 120000) || !page.index())
        return false;
    QTreeWidgetItem* item = findItem(page.datasetTree(), QStringLiteral("Series "));
    if (!item)
        return false;
    page.datasetTree()->setCurrentItem(item);
    return QTest::qWaitFor([&] { return page.shownSeries() >= 0 && !page.isLoadingImage(); }, 30000);
}

bool TestDataPage::view(DataPage& page, const QString& relativePath)
{
    const int file = fileIndex(page, relativePath);
    if (file < 0)
        return false;
    page.viewFile(file);
    return QTest::qWaitFor([&] { return page.shownFile() == file && !page.isLoadingImage(); }, 30000);
}

void TestDataPage::indexesMixedFolder()
{
    DataPage page;
    QVERIFY(openMixed(page));
    QTreeWidget* tree = page.datasetTree();
    QVERIFY(findItem(tree, QStringLiteral("All images")));
    QTreeWidgetItem* patient = findItem(tree, QStringLiteral("Patient "));
    QVERIFY(patient);
    QVERIFY(patient->childCount() >= 1);                       // a study
    QVERIFY(patient->child(0)->text(0).startsWith(QStringLiteral("Study ")));
    QVERIFY(findItem(tree, QStringLiteral("Series ")));
    QTreeWidgetItem* mr = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(QStringLiteral("Series ")) && (*it)->text(0).contains(QStringLiteral("MR")))
            mr = *it;
    }
    QVERIFY(mr);
    QCOMPARE(mr->text(1), QStringLiteral("6"));               // the phantom series, 6 slices
    QVERIFY(findItem(tree, QStringLiteral("nifti/")));
    QVERIFY(findItem(tree, QStringLiteral("png/")));
    // No identifying value anywhere in the tree.
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        QVERIFY2(!(*it)->text(0).contains(QStringLiteral("MARKER")) && !(*it)->text(0).contains(QStringLiteral("PHANTOM")),
                 qPrintable((*it)->text(0)));

    // Malformed files are listed with their one-line reasons.
    QStringList skipped;
    for (int i = 0; i < page.skippedList()->count(); ++i)
        skipped << page.skippedList()->item(i)->text();
    qInfo() << "skipped:" << skipped;
    auto has = [&](const QString& prefix) {
        return std::any_of(skipped.begin(), skipped.end(), [&](const QString& s) {
            return s.startsWith(prefix) && s.size() > prefix.size() + 3 && !s.contains(QLatin1Char('\n'));
        });
    };
    QVERIFY2(has(QStringLiteral("dicom/broken.dcm: ")), qPrintable(skipped.join(QLatin1Char('|'))));
    QVERIFY2(has(QStringLiteral("png/empty.png: ")), qPrintable(skipped.join(QLatin1Char('|'))));
    auto* count = page.findChild<QLabel*>(QStringLiteral("imageCountLabel"));
    QVERIFY2(count->text().startsWith(QStringLiteral("11 image")), qPrintable(count->text()));  // 2 + 6 + 1 + 2
}

void TestDataPage::selectionShowsThumbnails()
{
    DataPage page;
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openMixed(page));
    QCOMPARE(page.model()->rowCount(), 11);  // "All images" first
    page.datasetTree()->setCurrentItem(findItem(page.datasetTree(), QStringLiteral("png/")));
    QCOMPARE(page.model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->loadedThumbnailCount(), 2, 20000);
    QVERIFY(!page.model()->data(page.model()->index(0), Qt::DecorationRole).value<QIcon>().isNull());
    QTreeWidgetItem* series = findItem(page.datasetTree(), QStringLiteral("Series "));
    page.datasetTree()->setCurrentItem(series);
    QCOMPARE(page.model()->rowCount(), series->text(1).toInt());
}

void TestDataPage::viewerWindowLevelByRightDrag()
{
    DataPage page;
    QVERIFY(openMixed(page));
    QVERIFY(view(page, QStringLiteral("dicom/ct.dcm")));
    widgets::ImageViewer* viewer = page.viewer();
    QCOMPARE(viewer->frameCount(), 1);
    QCOMPARE(viewer->displayedImage().size(), QSize(16, 16));
    QCOMPARE(viewer->window().center, 40.0);  // the file's window
    QCOMPARE(viewer->window().width, 400.0);

    // Step per pixel: the value range / 512. Right 50 px widens by 50 steps, up 20 px lowers the level.
    const double step = viewer->windowStepPerPixel();
    QVERIFY(step > 0);
    QWidget* canvas = viewer->canvas();
    sendMouse(canvas, QEvent::MouseButtonPress, {100, 100}, Qt::RightButton, Qt::RightButton);
    sendMouse(canvas, QEvent::MouseMove, {130, 90}, Qt::NoButton, Qt::RightButton);
    sendMouse(canvas, QEvent::MouseMove, {150, 80}, Qt::NoButton, Qt::RightButton);
    sendMouse(canvas, QEvent::MouseButtonRelease, {150, 80}, Qt::RightButton, Qt::NoButton);
    QVERIFY(qFuzzyCompare(viewer->window().width, 400.0 + 50 * step));
    QVERIFY(qFuzzyCompare(viewer->window().center, 40.0 - 20 * step));
    auto* label = viewer->findChild<QLabel*>(QStringLiteral("windowLabel"));
    QVERIFY2(label->text().contains(QString::number(viewer->window().width, 'g', 5)), qPrintable(label->text()));
    // The histogram draws the same window.
    QVERIFY(qFuzzyCompare(page.histogram()->windowLow(), viewer->window().center - viewer->window().width / 2));
    QVERIFY(page.histogram()->valueCount() == 16 * 16);

    // A middle drag does the same; a left drag pans and leaves the window alone.
    const auto before = viewer->window();
    sendMouse(canvas, QEvent::MouseButtonPress, {50, 50}, Qt::MiddleButton, Qt::MiddleButton);
    sendMouse(canvas, QEvent::MouseMove, {40, 50}, Qt::NoButton, Qt::MiddleButton);
    sendMouse(canvas, QEvent::MouseButtonRelease, {40, 50}, Qt::MiddleButton, Qt::NoButton);
    QVERIFY(qFuzzyCompare(viewer->window().width, before.width - 10 * step));
    const auto middle = viewer->window();
    sendMouse(canvas, QEvent::MouseButtonPress, {50, 50}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseMove, {80, 70}, Qt::NoButton, Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseButtonRelease, {80, 70}, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(viewer->window().width, middle.width);
    QCOMPARE(viewer->window().center, middle.center);
}

void TestDataPage::presetsApply()
{
    DataPage page;
    QVERIFY(openMixed(page));
    QVERIFY(view(page, QStringLiteral("dicom/ct.dcm")));
    widgets::ImageViewer* viewer = page.viewer();
    const QStringList names = viewer->presetNames();
    qInfo() << "presets:" << names;
    QVERIFY(names.contains(QStringLiteral("Window 1")));
    const QString lung = QStringLiteral("Lung (W 1500, L -600)");
    QVERIFY2(names.contains(lung), qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(QStringLiteral("Min to max")));
    QVERIFY(names.contains(QStringLiteral("Percentiles 1 to 99")));

    QVERIFY(viewer->applyPreset(lung));
    QCOMPARE(viewer->window().center, -600.0);
    QCOMPARE(viewer->window().width, 1500.0);
    QVERIFY(viewer->applyPreset(QStringLiteral("Window 1")));
    QCOMPARE(viewer->window().center, 40.0);
    QVERIFY(viewer->applyPreset(QStringLiteral("Min to max")));
    QCOMPARE(viewer->window().center, (-1000.0 + 900.0) / 2);
    QCOMPARE(viewer->window().width, 1900.0);
    // Min to max maps the darkest pixel to black and the brightest to white.
    const QImage shown = viewer->displayedImage();
    QCOMPARE(qGray(shown.pixel(0, 0)), 0);  // air
    QVERIFY(!viewer->applyPreset(QStringLiteral("No such preset")));

    // A PNG gets no CT presets.
    QVERIFY(view(page, QStringLiteral("png/gray.png")));
    QVERIFY(!viewer->presetNames().contains(lung));
    QCOMPARE(viewer->window().width, 255.0);  // its natural 8-bit range
}

void TestDataPage::frameSliderMovesThroughVolume()
{
    DataPage page;
    QVERIFY(openMixed(page));
    QVERIFY(view(page, QStringLiteral("nifti/volume.nii")));
    widgets::ImageViewer* viewer = page.viewer();
    QCOMPARE(viewer->frameCount(), 12);
    auto* slider = viewer->findChild<QSlider*>(QStringLiteral("frameSlider"));
    QVERIFY(slider);
    QVERIFY(!slider->isHidden());
    QCOMPARE(slider->maximum(), 11);
    for (int k : {0, 3, 11}) {
        slider->setValue(k);
        QCOMPARE(viewer->currentFrame(), k);
        const auto& values = viewer->shownFrame()->values;
        QCOMPARE(double(*std::min_element(values.begin(), values.end())), 100.0 * k);  // slice k's values
    }
    // The histogram follows the slice.
    QCOMPARE(page.histogram()->low(), 1100.0);
    // Slider hidden for a single frame.
    QVERIFY(view(page, QStringLiteral("png/gray.png")));
    QVERIFY(slider->isHidden());
}

void TestDataPage::monochrome1AndColour()
{
    DataPage page;
    QVERIFY(openMixed(page));
    QVERIFY(view(page, QStringLiteral("dicom/mono1.dcm")));
    widgets::ImageViewer* viewer = page.viewer();
    QVERIFY(viewer->isMonochrome1());
    // Stored 0 at the left, 255 at the right; MONOCHROME1 shows low values bright.
    const QImage mono = viewer->displayedImage();
    QVERIFY2(qGray(mono.pixel(0, 0)) > 240, qPrintable(QString::number(qGray(mono.pixel(0, 0)))));
    QVERIFY(qGray(mono.pixel(15, 0)) < 15);

    QVERIFY(view(page, QStringLiteral("png/colour.png")));
    QVERIFY(!viewer->isMonochrome1());
    const QImage colour = viewer->displayedImage();
    QCOMPARE(colour.format(), QImage::Format_RGB888);
    const QColor left = colour.pixelColor(1, 1), right = colour.pixelColor(14, 1);
    QVERIFY(left.red() > 200 && left.blue() < 60);
    QVERIFY(right.blue() > 200 && right.red() < 60);
}

void TestDataPage::metadataMasksUntilReveal()
{
    DataPage page;
    QVERIFY(openMixed(page));
    QVERIFY(view(page, QStringLiteral("dicom/ct.dcm")));
    gui::MetadataPanel* panel = page.metadataPanel();
    auto* reveal = panel->findChild<QPushButton*>(QStringLiteral("revealButton"));
    QVERIFY(reveal && reveal->isEnabled());
    QVERIFY(!reveal->isChecked());
    QVERIFY(panel->identifyingCount() >= 3);
    QCOMPARE(panel->shownValue(QStringLiteral("PatientName")), QStringLiteral("••••••"));
    QCOMPARE(panel->shownValue(QStringLiteral("PatientID")), QStringLiteral("••••••"));
    QCOMPARE(panel->shownValue(QStringLiteral("InstitutionName")), QStringLiteral("••••••"));
    QCOMPARE(panel->shownValue(QStringLiteral("Modality")), QStringLiteral("CT"));
    QCOMPARE(panel->shownValue(QStringLiteral("Size")), QStringLiteral("16 x 16 pixels"));
    // Nothing identifying anywhere in the panel while masked.
    for (QTreeWidgetItemIterator it(panel->findChild<QTreeWidget*>(QStringLiteral("metadataTree"))); *it; ++it)
        QVERIFY2(!(*it)->text(1).contains(QStringLiteral("MARKER")), qPrintable((*it)->text(1)));

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(panel->isRevealed());
    QCOMPARE(panel->shownValue(QStringLiteral("PatientName")), QString::fromLatin1(kMarkerName));
    QCOMPARE(panel->shownValue(QStringLiteral("PatientID")), QString::fromLatin1(kMarkerId));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(panel->shownValue(QStringLiteral("PatientName")), QStringLiteral("••••••"));

    // Revealed for one file only: the next file starts masked.
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(view(page, QStringLiteral("dicom/mono1.dcm")));
    QVERIFY(!panel->isRevealed());
    QCOMPARE(panel->shownValue(QStringLiteral("PatientName")), QStringLiteral("••••••"));
    // Non-DICOM files have none; the button is off.
    QVERIFY(view(page, QStringLiteral("png/gray.png")));
    QCOMPARE(panel->identifyingCount(), 0);
    QVERIFY(!reveal->isEnabled());
}

void TestDataPage::labelsAndSplitsPerPatient()
{
    DataPage page;
    QVERIFY(openMixed(page));
    page.datasetTree()->setCurrentItem(findItem(page.datasetTree(), QStringLiteral("All images")));
    const QList<int> files = page.shownFiles();
    const int ct = fileIndex(page, QStringLiteral("dicom/ct.dcm"));
    const int mono1 = fileIndex(page, QStringLiteral("dicom/mono1.dcm"));
    const int png = fileIndex(page, QStringLiteral("png/gray.png"));
    QListView* grid = page.thumbnailView();
    grid->selectionModel()->select(page.model()->index(files.indexOf(ct)), QItemSelectionModel::ClearAndSelect);
    grid->selectionModel()->select(page.model()->index(files.indexOf(png)), QItemSelectionModel::Select);
    auto* label = page.findChild<QComboBox*>(QStringLiteral("labelCombo"));
    auto* split = page.findChild<QComboBox*>(QStringLiteral("splitCombo"));
    QVERIFY(label && split && label->isEnabled());
    label->setCurrentText(QStringLiteral("lesion"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("setLabelButton")), Qt::LeftButton);
    QCOMPARE(page.datasetSpec().label(ct), QStringLiteral("lesion"));
    QCOMPARE(page.datasetSpec().label(png), QStringLiteral("lesion"));
    QCOMPARE(page.datasetSpec().label(mono1), QString());

    split->setCurrentIndex(split->findData(int(io::Split::Test)));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("setSplitButton")), Qt::LeftButton);
    QCOMPARE(page.datasetSpec().split(ct), io::Split::Test);
    QCOMPARE(page.datasetSpec().split(png), io::Split::Test);
    // The CT's patient also has the MONOCHROME1 image: it moves with it.
    if (page.index()->files()[size_t(ct)].group == page.index()->files()[size_t(mono1)].group)
        QCOMPARE(page.datasetSpec().split(mono1), io::Split::Test);
    QVERIFY2(page.statusText().contains(QStringLiteral("never in two splits")), qPrintable(page.statusText()));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("dataNote"))->text().contains(QStringLiteral("not saved")));

    // Class folders: each image takes its sub-folder's name.
    grid->selectAll();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("folderLabelButton")), Qt::LeftButton);
    QCOMPARE(page.datasetSpec().label(ct), QStringLiteral("dicom"));
    QCOMPARE(page.datasetSpec().label(png), QStringLiteral("png"));
    QVERIFY(label->findText(QStringLiteral("png")) >= 0);
    QVERIFY2(page.statusText().contains(QStringLiteral("by their sub-folder")), qPrintable(page.statusText()));
}

void TestDataPage::labelsAndSplitsAreSavedToLabelsCsv()
{
    const QString dir = temp_.filePath(QStringLiteral("labelled"));
    const QString written = writeMixedFolder(dir, 16);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    DataPage page;
    page.showFolder(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning() && page.index(), 60000);
    auto* save = page.findChild<QPushButton*>(QStringLiteral("saveLabelsButton"));
    auto* note = page.findChild<QLabel*>(QStringLiteral("dataNote"));
    QVERIFY(save && note);
    QVERIFY(!save->isEnabled());  // nothing to save yet
    QVERIFY2(note->text().contains(QStringLiteral("Training on this folder uses")), qPrintable(note->text()));

    page.datasetTree()->setCurrentItem(findItem(page.datasetTree(), QStringLiteral("All images")));
    const QList<int> files = page.shownFiles();
    const int png = fileIndex(page, QStringLiteral("png/gray.png"));
    page.thumbnailView()->selectionModel()->select(page.model()->index(files.indexOf(png)),
                                                   QItemSelectionModel::ClearAndSelect);
    page.findChild<QComboBox*>(QStringLiteral("labelCombo"))->setCurrentText(QStringLiteral("lesion"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("setLabelButton")), Qt::LeftButton);
    auto* split = page.findChild<QComboBox*>(QStringLiteral("splitCombo"));
    split->setCurrentIndex(split->findData(int(io::Split::Test)));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("setSplitButton")), Qt::LeftButton);
    QVERIFY(page.datasetSpec().hasUnsavedEdits());
    QVERIFY(save->isEnabled());
    QVERIFY2(note->text().contains(QStringLiteral("not saved yet")), qPrintable(note->text()));

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!page.datasetSpec().hasUnsavedEdits());
    QVERIFY(!save->isEnabled());
    QVERIFY2(page.statusText().contains(QStringLiteral("saved to")), qPrintable(page.statusText()));
    const QString csv = dir + QStringLiteral("/labels.csv");
    const std::vector<io::LabelRow> rows = io::readLabelCsv(csv.toStdString());
    QCOMPARE(rows.size(), page.index()->files().size());
    int found = 0;
    for (const io::LabelRow& row : rows) {
        const int file = fileIndex(page, QString::fromStdString(row.file));
        QVERIFY(row.split && *row.split == page.datasetSpec().split(file));
        QCOMPARE(QString::fromStdString(row.label), page.datasetSpec().label(file));
        found += row.file == "png/gray.png" && row.label == "lesion" && *row.split == io::Split::Test;
    }
    QCOMPARE(found, 1);

    // Opened again, they come back from labels.csv, with nothing unsaved.
    page.showFolder(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning() && page.index(), 60000);
    const int again = fileIndex(page, QStringLiteral("png/gray.png"));
    QCOMPARE(page.datasetSpec().label(again), QStringLiteral("lesion"));
    QCOMPARE(page.datasetSpec().split(again), io::Split::Test);
    QVERIFY(!page.datasetSpec().hasUnsavedEdits());
    QVERIFY(page.mayLeaveFolder());  // nothing to ask about

    // A row naming no image is listed beside the skipped files.
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::Append));
        file.write("gone.png,lesion,train\n");
    }
    page.showFolder(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning() && page.index(), 60000);
    bool listed = false;
    for (int i = 0; i < page.skippedList()->count(); ++i)
        listed = listed || (page.skippedList()->item(i)->text().contains(QStringLiteral("labels.csv, line"))
                            && page.skippedList()->item(i)->text().contains(QStringLiteral("gone.png")));
    QVERIFY(listed);

    // Where labels.csv cannot be written (here a folder is in its place), the edits stay, unsaved,
    // and the status says why.
    QVERIFY(QFile::remove(csv));
    QVERIFY(QDir().mkpath(csv + QStringLiteral("/in-the-way")));
    page.showFolder(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning() && page.index(), 60000);
    page.datasetTree()->setCurrentItem(findItem(page.datasetTree(), QStringLiteral("All images")));
    page.thumbnailView()->selectAll();
    page.findChild<QComboBox*>(QStringLiteral("labelCombo"))->setCurrentText(QStringLiteral("normal"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("setLabelButton")), Qt::LeftButton);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(page.statusText().contains(QStringLiteral("could not be saved")), qPrintable(page.statusText()));
    QVERIFY(page.datasetSpec().hasUnsavedEdits());
    QVERIFY(save->isEnabled());
    QVERIFY(!QFileInfo::exists(csv + QStringLiteral(".tmp")));
}

void TestDataPage::cancelStopsScan()
{
    // A folder big enough that the scan is still running when Cancel is clicked.
    const QString big = temp_.filePath(QStringLiteral("big"));
    io::writePhantomDataset(big.toStdString(), 400, 16, 3, io::PhantomFormat::Png);
    DataPage page;
    page.showFolder(big);
    QVERIFY(page.isScanning());
    auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancelScanButton"));
    QVERIFY(cancel && cancel->isVisibleTo(&page));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!page.isScanning());
    QVERIFY2(page.statusText().contains(QStringLiteral("cancelled")), qPrintable(page.statusText()));
    QTest::qWait(500);  // a late result is dropped
    QVERIFY(!page.index());
    QCOMPARE(page.datasetTree()->topLevelItemCount(), 0);
    QCOMPARE(page.model()->rowCount(), 0);
    // The folder still opens afterwards.
    page.showFolder(big);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning(), 60000);
    QCOMPARE(page.model()->rowCount(), 400);
}

void TestDataPage::missingFolderSaysSo()
{
    DataPage page;
    page.showFolder(temp_.filePath(QStringLiteral("no-such-folder")));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning(), 20000);
    QVERIFY2(page.statusText().contains(QStringLiteral("could not be indexed")), qPrintable(page.statusText()));
    page.openFolder(temp_.filePath(QStringLiteral("no-such-folder")));
    QVERIFY2(page.statusText().contains(QStringLiteral("not a folder")), qPrintable(page.statusText()));
}

void TestDataPage::recentFoldersCanBeTurnedOff()
{
    DataPage page;
    gui::RecentFolders* recent = page.recentFolders();
    recent->setRemembering(true);
    recent->clear();
    QSignalSpy opened(&page, &DataPage::folderOpened);
    page.openFolder(mixed_);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(recent->folders(), QStringList{QDir::cleanPath(mixed_)});
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning(), 60000);
    recent->clear();
    QVERIFY(recent->folders().isEmpty());
    page.openFolder(mixed_);
    recent->setRemembering(false);
    QVERIFY(recent->folders().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("data/recentFolders")));
    page.openFolder(mixed_);
    QVERIFY(recent->folders().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning(), 60000);
    recent->setRemembering(true);
}

void TestDataPage::droppedFolderOpens()
{
    QMimeData folder, file, web;
    folder.setUrls({QUrl::fromLocalFile(mixed_)});
    file.setUrls({QUrl::fromLocalFile(mixed_ + QStringLiteral("/png/gray.png"))});
    web.setUrls({QUrl(QStringLiteral("https://example.org/data"))});
    QCOMPARE(gui::MainWindow::droppedFolder(&folder), QFileInfo(mixed_).absoluteFilePath());
    QVERIFY(gui::MainWindow::droppedFolder(&file).isEmpty());
    QVERIFY(gui::MainWindow::droppedFolder(&web).isEmpty());

    gui::MainWindow window;
    window.setCurrentPage(gui::MainWindow::TrainPageIndex);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.currentPage(), int(gui::MainWindow::DataPageIndex));
    QCOMPARE(window.dataPage()->shownFolder(), QDir::cleanPath(mixed_));
    QTRY_VERIFY_WITH_TIMEOUT(!window.dataPage()->isScanning(), 60000);
    QVERIFY(window.dataPage()->index());
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

// Not a timing assertion: prints how long a 10,000-item grid takes to fill and repaint while
// scrolling, and checks only that no thumbnail is decoded inside a paint (on the GUI thread).
void TestDataPage::scrollingTenThousandThumbnails()
{
    const QString png = mixed_ + QStringLiteral("/png/gray.png");
    QStringList files;
    for (int i = 0; i < 10000; ++i)
        files << png;
    gui::ThumbnailModel model;
    QListView view;
    view.setViewMode(QListView::IconMode);
    view.setResizeMode(QListView::Adjust);
    view.setMovement(QListView::Static);
    view.setUniformItemSizes(true);
    view.setIconSize(QSize(gui::ThumbnailModel::kThumbnailSide, gui::ThumbnailModel::kThumbnailSide));
    view.setGridSize(QSize(gui::ThumbnailModel::kThumbnailSide + 44, gui::ThumbnailModel::kThumbnailSide + 30));
    view.setModel(&model);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QElapsedTimer timer;
    timer.start();
    model.setFiles(mixed_, files);
    const double fillMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    view.doItemsLayout();  // what the view's delayed layout would do next
    const double layoutMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    view.viewport()->repaint();
    const double firstPaintMs = timer.nsecsElapsed() / 1e6;
    // Thumbnails arrive only through the event loop: the paint itself decoded nothing.
    QCOMPARE(model.loadedThumbnailCount(), 0);

    QScrollBar* bar = view.verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    std::vector<double> frames;
    const int steps = 200;
    for (int i = 1; i <= steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        timer.restart();
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        frames.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    double sum = 0;
    for (double f : frames)
        sum += f;
    qInfo("10,000 thumbnails: fill %.2f ms, layout %.2f ms, first paint %.2f ms; scrolling %d steps top to bottom: mean %.2f ms, "
          "median %.2f ms, p95 %.2f ms, max %.2f ms per frame; %d thumbnails decoded meanwhile",
          fillMs, layoutMs, firstPaintMs, steps, sum / frames.size(), frames[frames.size() / 2],
          frames[frames.size() * 95 / 100], frames.back(), model.loadedThumbnailCount());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadedThumbnailCount() > 0, 20000);
    QVERIFY(model.loadedThumbnailCount() <= gui::ThumbnailModel::kMaxCachedIcons);
}

// A DICOM series selected in the tree opens as a volume: slices in position order (not file or
// instance order), read as they are reached, the window kept, "Slice k of n" shown; the wheel,
// PageUp/PageDown, Home/End and the thumbnails move through it; Ctrl + wheel zooms.
void TestDataPage::seriesOpensAsVolume()
{
    const QString dir = temp_.filePath(QStringLiteral("series"));
    const int slices = 12;
    const QString error = writeCtSeries(dir, slices, 32);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    DataPage page;
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openSeries(page, dir));
    QTreeWidgetItem* item = page.datasetTree()->currentItem();
    QCOMPARE(item->text(1), QString::number(slices));
    QVERIFY(item->toolTip(0).contains(QStringLiteral("position")));
    QCOMPARE(page.tabs()->currentIndex(), int(DataPage::ViewerTab));

    widgets::ImageViewer* viewer = page.viewer();
    QVERIFY(viewer->isLazy());
    QCOMPARE(viewer->frameCount(), slices);
    QCOMPARE(viewer->currentFrame(), 0);
    QCOMPARE(frameLabelText(viewer), QStringLiteral("Slice 1 of 12"));
    QCOMPARE(viewer->shownFrame()->values[0], -1000.0f);  // slice 0, from file s000
    QCOMPARE(viewer->window().center, 40.0);              // the file's window
    // The user's window stays while moving through the slices.
    viewer->setWindow({-600, 1500});
    viewer->setCurrentFrame(5);
    QVERIFY(waitUntilShown(viewer, 5));
    QCOMPARE(viewer->shownFrame()->values[0], -995.0f);   // slice 5, from file s011 (7 * 11 mod 12)
    QCOMPARE(viewer->window().center, -600.0);
    QCOMPARE(viewer->window().width, 1500.0);
    QCOMPARE(frameLabelText(viewer), QStringLiteral("Slice 6 of 12"));
    QVERIFY(std::abs(qGray(viewer->displayedImage().pixel(16, 1)) - 60) <= 1);  // air (-1000) under the lung window

    // The wheel: one notch down is the next slice; Ctrl + wheel zooms and leaves the slice.
    QWidget* canvas = viewer->canvas();
    sendWheel(canvas, -1, Qt::NoModifier);
    QCOMPARE(viewer->currentFrame(), 6);
    QVERIFY(waitUntilShown(viewer, 6));
    sendWheel(canvas, 2, Qt::NoModifier);
    QCOMPARE(viewer->currentFrame(), 4);
    const double zoom = viewer->zoom();
    sendWheel(canvas, 1, Qt::ControlModifier);
    QVERIFY(viewer->zoom() > zoom);
    QCOMPARE(viewer->currentFrame(), 4);
    // Keys.
    QTest::keyClick(canvas, Qt::Key_PageDown);
    QCOMPARE(viewer->currentFrame(), 5);
    QTest::keyClick(canvas, Qt::Key_PageUp);
    QCOMPARE(viewer->currentFrame(), 4);
    QTest::keyClick(canvas, Qt::Key_End);
    QCOMPARE(viewer->currentFrame(), slices - 1);
    QVERIFY(waitUntilShown(viewer, slices - 1));
    QCOMPARE(viewer->shownFrame()->values[0], float(-1000 + slices - 1));
    // The metadata panel follows the slice's file (once the scrolling pauses).
    const int lastFile = fileIndex(page, QStringLiteral("s005.dcm"));  // 7 * 5 mod 12 = 11
    QTRY_COMPARE_WITH_TIMEOUT(page.shownFile(), lastFile, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page.metadataPanel()->shownValue(QStringLiteral("Series")).contains(QStringLiteral("image 12 of 12")),
                             5000);
    QCOMPARE(page.metadataPanel()->shownValue(QStringLiteral("PatientID")), QStringLiteral("••••••"));
    QTest::keyClick(canvas, Qt::Key_Home);
    QCOMPARE(viewer->currentFrame(), 0);

    // A thumbnail of the series moves the volume to its slice.
    page.tabs()->setCurrentIndex(DataPage::ImagesTab);
    QCOMPARE(page.shownFiles().size(), slices);
    page.thumbnailView()->setCurrentIndex(page.model()->index(3));
    QCOMPARE(page.shownSeries(), 0);
    QCOMPARE(viewer->currentFrame(), 3);
    QVERIFY(waitUntilShown(viewer, 3));
    QCOMPARE(viewer->shownFrame()->values[0], -997.0f);
    // A file on its own leaves the volume.
    QVERIFY(view(page, QStringLiteral("s001.dcm")));
    QCOMPARE(page.shownSeries(), -1);
    QVERIFY(!viewer->isLazy());
    QCOMPARE(viewer->frameCount(), 1);
}

// A file with a VOI LUT and no window is shown through its LUT, offered as "File VOI LUT".
void TestDataPage::voiLutOnlyFileShowsItsLut()
{
    const QString dir = temp_.filePath(QStringLiteral("voi"));
    QDir().mkpath(dir);
    DicomFixture f;
    f.rows = f.columns = 4;
    f.modality = "CR";
    for (int i = 0; i < 16; ++i)
        f.words.push_back(static_cast<uint16_t>(i));
    f.extra = [](DcmDataset& d) {
        DcmItem* voi = nullptr;
        d.findOrCreateSequenceItem(DCM_VOILUTSequence, voi, 0);
        const Uint16 descriptor[3] = {8, 4, 8};  // 8 entries, first value mapped 4, 8 bits
        voi->putAndInsertUint16Array(DCM_LUTDescriptor, descriptor, 3);
        const Uint16 table[8] = {0, 36, 73, 109, 146, 182, 219, 255};
        voi->putAndInsertUint16Array(DCM_LUTData, table, 8);
        voi->putAndInsertString(DCM_LUTExplanation, "SOFT");
    };
    QCOMPARE(QString::fromStdString(f.write((dir + QStringLiteral("/lut.dcm")).toStdString())), QString());
    DataPage page;
    page.showFolder(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning() && page.index(), 60000);
    QVERIFY(view(page, QStringLiteral("lut.dcm")));
    widgets::ImageViewer* viewer = page.viewer();
    QVERIFY(viewer->showsLut());
    const QString name = QStringLiteral("File VOI LUT (SOFT)");
    QVERIFY2(viewer->presetNames().contains(name), qPrintable(viewer->presetNames().join(QLatin1Char('|'))));
    QVERIFY(viewer->findChild<QLabel*>(QStringLiteral("windowLabel"))->text().contains(QStringLiteral("VOI LUT")));
    auto expected = [](int value) { return value < 4 ? 0 : value > 11 ? 255 : std::vector<int>{0, 36, 73, 109, 146, 182, 219, 255}[size_t(value - 4)]; };
    auto checkLut = [&] {
        const QImage shown = viewer->displayedImage();
        for (int i = 0; i < 16; ++i)
            QCOMPARE(qGray(shown.pixel(i % 4, i / 4)), expected(i));
    };
    checkLut();
    // The histogram's window covers where the LUT rises: values 4 .. 11.
    QVERIFY(viewer->window().center > 6 && viewer->window().center < 9);
    // A drag turns it into a window; the preset brings it back.
    sendMouse(viewer->canvas(), QEvent::MouseButtonPress, {50, 50}, Qt::RightButton, Qt::RightButton);
    sendMouse(viewer->canvas(), QEvent::MouseMove, {60, 50}, Qt::NoButton, Qt::RightButton);
    sendMouse(viewer->canvas(), QEvent::MouseButtonRelease, {60, 50}, Qt::RightButton, Qt::NoButton);
    QVERIFY(!viewer->showsLut());
    QVERIFY(viewer->applyPreset(name));
    QVERIFY(viewer->showsLut());
    checkLut();
}

// A NIfTI volume whose values would not fit in memory (2048 x 2048 x 80 int16: 1.25 GiB as
// floats; the viewer refused it before) opens lazily and is browsed a slice at a time.
void TestDataPage::largeNiftiIsBrowsedSliceBySlice()
{
    const QString dir = temp_.filePath(QStringLiteral("large"));
    QDir().mkpath(dir);
    const int nx = 2048, ny = 2048, nz = 80;
    QVERIFY(writeSparseNifti(dir + QStringLiteral("/large.nii"), nx, ny, nz, {0, 40, 79}));
    DataPage page;
    page.showFolder(dir);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning() && page.index(), 60000);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(view(page, QStringLiteral("large.nii")));
    const qint64 openMs = timer.elapsed();
    widgets::ImageViewer* viewer = page.viewer();
    QVERIFY2(page.viewer()->displayedImage().width() == nx, qPrintable(page.metadataPanel()->shownValue(QStringLiteral("Size"))));
    QVERIFY(viewer->isLazy());
    QCOMPARE(viewer->frameCount(), nz);
    QCOMPARE(frameLabelText(viewer), QStringLiteral("Slice 1 of 80"));
    QCOMPARE(viewer->shownFrame()->values[size_t(5 * nx + 3)], 3.0f);
    timer.restart();
    viewer->setCurrentFrame(40);
    QVERIFY(waitUntilShown(viewer, 40));
    qInfo("a 2048 x 2048 x 80 volume (1.25 GiB as floats): opened in %lld ms, slice 41 shown %lld ms after asking",
          static_cast<long long>(openMs), static_cast<long long>(timer.elapsed()));
    QCOMPARE(viewer->shownFrame()->values[size_t(5 * nx + 3)], 43.0f);
    QCOMPARE(viewer->shownFrame()->values[size_t(6 * nx + 3)], 0.0f);
}

// An enhanced multi-frame CT whose frames are stored out of order: the viewer shows them along the
// slice normal (from the Per-frame Functional Groups), whether read at once or frame by frame, and
// offers each frame's own windows.
void TestDataPage::enhancedDicomFramesInOrder()
{
    const QString dir = temp_.filePath(QStringLiteral("enhanced"));
    QDir().mkpath(dir);
    const int frames = 4;
    const int z[frames] = {10, 0, 30, 20};  // stored frame f lies at z[f]
    DicomFixture f;
    f.rows = f.columns = 8;
    f.frames = frames;
    f.modality = "CT";
    for (int frame = 0; frame < frames; ++frame)
        for (int i = 0; i < 64; ++i)
            f.words.push_back(static_cast<uint16_t>(z[frame] * 10 + i % 3));
    f.extra = [&z](DcmDataset& d) {
        d.putAndInsertString(DCM_SOPClassUID, UID_EnhancedCTImageStorage);
        putFunctionalGroup(d, -1, DCM_PlaneOrientationSequence, DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        putFunctionalGroup(d, -1, DCM_FrameVOILUTSequence, DCM_WindowCenter, "100");
        putFunctionalGroup(d, -1, DCM_FrameVOILUTSequence, DCM_WindowWidth, "200");
        for (int frame = 0; frame < frames; ++frame)
            putFunctionalGroup(d, frame, DCM_PlanePositionSequence, DCM_ImagePositionPatient,
                               ("0\\0\\" + std::to_string(z[frame])).c_str());
        putFunctionalGroup(d, 3, DCM_FrameVOILUTSequence, DCM_WindowCenter, "250");
        putFunctionalGroup(d, 3, DCM_FrameVOILUTSequence, DCM_WindowWidth, "100");
        putFunctionalGroup(d, 3, DCM_FrameVOILUTSequence, DCM_WindowCenterWidthExplanation, "NARROW");
    };
    QCOMPARE(QString::fromStdString(f.write((dir + QStringLiteral("/enhanced.dcm")).toStdString())), QString());
    for (const bool lazy : {false, true}) {
        DataPage page;
        if (lazy)
            page.viewerTab()->setEagerLimit(0);  // every file read frame by frame
        page.showFolder(dir);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isScanning() && page.index(), 60000);
        QVERIFY(view(page, QStringLiteral("enhanced.dcm")));
        widgets::ImageViewer* viewer = page.viewer();
        QCOMPARE(viewer->isLazy(), lazy);
        QCOMPARE(viewer->frameCount(), frames);
        QCOMPARE(frameLabelText(viewer), QStringLiteral("Slice 1 of 4"));
        for (int k = 0; k < frames; ++k) {  // z = 0, 10, 20, 30
            viewer->setCurrentFrame(k);
            QVERIFY(waitUntilShown(viewer, k));
            QCOMPARE(viewer->shownFrame()->values[0], float(100 * k));
        }
        QCOMPARE(viewer->window().center, 100.0);  // the shared window, kept through the frames
        QVERIFY(viewer->presetNames().contains(QStringLiteral("Window 1")));
        QVERIFY2(viewer->presetNames().contains(QStringLiteral("NARROW")), qPrintable(viewer->presetNames().join(QLatin1Char('|'))));
    }
}

// Not a timing assertion: prints how long the viewer takes to show each slice while stepping
// through a 256-slice series (256 x 256, 16-bit) slice by slice (read-ahead at work), jumping far
// (nothing cached), and stepping back (cached), from asking to the slice painted.
void TestDataPage::scrollingThroughA256SliceSeries()
{
    const QString dir = temp_.filePath(QStringLiteral("series256"));
    const int slices = 256;
    const QString error = writeCtSeries(dir, slices, 256);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    DataPage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openSeries(page, dir));
    widgets::ImageViewer* viewer = page.viewer();
    QCOMPARE(viewer->frameCount(), slices);

    auto showAndTime = [&](int frame) {
        QElapsedTimer timer;
        timer.start();
        viewer->setCurrentFrame(frame);
        const bool shown = waitUntilShown(viewer, frame);
        viewer->canvas()->repaint();
        return shown ? timer.nsecsElapsed() / 1e6 : -1.0;
    };
    auto summary = [](std::vector<double> ms) {
        std::sort(ms.begin(), ms.end());
        double sum = 0;
        for (double m : ms)
            sum += m;
        return QStringLiteral("mean %1 ms, median %2 ms, p95 %3 ms, max %4 ms")
            .arg(sum / ms.size(), 0, 'f', 2)
            .arg(ms[ms.size() / 2], 0, 'f', 2)
            .arg(ms[ms.size() * 95 / 100], 0, 'f', 2)
            .arg(ms.back(), 0, 'f', 2);
    };
    std::vector<double> forward, jumps, back;
    for (int k = 1; k < slices; ++k) {
        forward.push_back(showAndTime(k));
        QVERIFY(forward.back() >= 0);
        QCOMPARE(viewer->shownFrame()->values[0], float(-1000 + k));  // in order along the normal
    }
    for (int k = slices - 2; k >= slices - 41; --k)
        back.push_back(showAndTime(k));
    // At a reader's pace (a slice every 40 ms, as when turning the wheel), the reading ahead is
    // ahead: most slices are shown from the cache.
    std::vector<double> paced;
    for (int k = 100; k < 160; ++k) {
        QTest::qWait(40);
        paced.push_back(showAndTime(k));
    }
    // Far jumps to slices not read yet (the cache holds the last 64).
    for (int k : {37, 113, 71, 160, 130, 20, 90, 5, 55, 145}) {
        if (page.viewerTab()->sliceLoader()->isCached(k))
            continue;
        jumps.push_back(showAndTime(k));
        QCOMPARE(viewer->shownFrame()->values[0], float(-1000 + k));
    }
    QVERIFY(!jumps.empty());
    QVERIFY(page.viewerTab()->sliceLoader()->cachedCount() <= gui::ViewerSliceLoader::kCachedSlices);
    qInfo("256-slice series (256 x 256, 16-bit DICOM files), from asking for a slice to it painted: "
          "stepping forward one slice at a time as fast as they come %s; stepping back through 40 cached slices %s; "
          "60 slices at one every 40 ms %s; %d far jumps to slices not read yet %s",
          qPrintable(summary(forward)), qPrintable(summary(back)), qPrintable(summary(paced)), int(jumps.size()),
          qPrintable(summary(jumps)));
}

void TestDataPage::nothingIdentifyingInSettings()
{
    // After everything above (reveal included): no marker in the settings or data folders.
    QStringList leaks;
    for (const QString& dir : {temp_.filePath(QStringLiteral("config")), temp_.filePath(QStringLiteral("data"))}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                for (const char* marker : {kMarkerName, kMarkerId, kMarkerInstitution, "MARKER"}) {
                    if (bytes.contains(marker))
                        leaks << file.fileName() + QStringLiteral(": ") + QString::fromLatin1(marker);
                }
            }
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

// Not a check: with MEDSYNTH_SCREENSHOT_DIR set, saves the browser and the viewer (CT, NIfTI)
// with a mixed folder open, at 1280x800 and 900x600, for a person to look at.
void TestDataPage::screenshots()
{
    const QString out = qEnvironmentVariable("MEDSYNTH_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set MEDSYNTH_SCREENSHOT_DIR to save screenshots");
    QDir().mkpath(out);
    const QString folder = temp_.filePath(QStringLiteral("mixed-shots"));
    const QString error = writeMixedFolder(folder, 160);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString seriesError = writeCtSeries(folder + QStringLiteral("/ct-series"), 40, 160);
    QVERIFY2(seriesError.isEmpty(), qPrintable(seriesError));
    // An ultrasound-like PALETTE COLOR image: a ramp of indices through a 'hot' palette.
    DicomFixture palette;
    palette.rows = palette.columns = 160;
    palette.modality = "US";
    palette.photometric = "PALETTE COLOR";
    palette.bitsAllocated = palette.bitsStored = 8;
    palette.highBit = 7;
    for (int y = 0; y < 160; ++y)
        for (int x = 0; x < 160; ++x)
            palette.bytes.push_back(static_cast<uint8_t>((x + y) * 255 / 318));
    palette.extra = [](DcmDataset& d) {
        const DcmTagKey descriptors[3] = {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
                                          DCM_BluePaletteColorLookupTableDescriptor};
        const DcmTagKey data[3] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                                   DCM_BluePaletteColorLookupTableData};
        for (int c = 0; c < 3; ++c) {
            const Uint16 descriptor[3] = {256, 0, 16};
            auto* element = new DcmUnsignedShort(DcmTag(descriptors[c], EVR_US));
            element->putUint16Array(descriptor, 3);
            d.insert(element, true);
            std::vector<Uint16> table(256);
            for (int i = 0; i < 256; ++i)
                table[static_cast<size_t>(i)] = static_cast<Uint16>(std::clamp(i * 3 - 255 * c, 0, 255) * 257);
            d.putAndInsertUint16Array(data[c], table.data(), 256);
        }
    };
    const std::string paletteError = palette.write((folder + QStringLiteral("/dicom/us-palette.dcm")).toStdString());
    QVERIFY2(paletteError.empty(), paletteError.c_str());
    gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(gui::MainWindow::DataPageIndex);
    DataPage* page = window.dataPage();
    page->openFolder(folder);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isScanning() && page->index(), 60000);

    for (const QSize& size : {QSize(1280, 800), QSize(900, 600)}) {
        const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        window.resize(size);
        page->tabs()->setCurrentIndex(DataPage::ImagesTab);
        page->datasetTree()->setCurrentItem(findItem(page->datasetTree(), QStringLiteral("All images")));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->loadedThumbnailCount() >= 6, 20000);  // at least what 900 x 600 shows
        page->thumbnailView()->selectionModel()->select(page->model()->index(0), QItemSelectionModel::ClearAndSelect);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-browser-%2.png").arg(out, suffix)));

        page->tabs()->setCurrentIndex(DataPage::ViewerTab);
        QVERIFY(view(*page, QStringLiteral("dicom/ct.dcm")));
        page->viewer()->applyPreset(QStringLiteral("Lung (W 1500, L -600)"));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-viewer-ct-%2.png").arg(out, suffix)));

        QVERIFY(view(*page, QStringLiteral("dicom/us-palette.dcm")));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-viewer-palette-%2.png").arg(out, suffix)));

        QVERIFY(view(*page, QStringLiteral("nifti/volume.nii")));
        page->viewer()->setCurrentFrame(6);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-viewer-nifti-%2.png").arg(out, suffix)));

        // The CT series as a volume, in the middle, under the lung window.
        QTreeWidgetItem* series = nullptr;
        for (QTreeWidgetItemIterator it(page->datasetTree()); *it; ++it) {
            if ((*it)->text(0).startsWith(QStringLiteral("Series ")) && (*it)->text(1) == QStringLiteral("40"))
                series = *it;
        }
        QVERIFY(series);
        page->datasetTree()->setCurrentItem(series);
        QTRY_VERIFY_WITH_TIMEOUT(page->shownSeries() >= 0 && !page->isLoadingImage(), 30000);
        page->viewer()->applyPreset(QStringLiteral("Lung (W 1500, L -600)"));
        page->viewer()->setCurrentFrame(19);
        QVERIFY(waitUntilShown(page->viewer(), 19));
        QTest::qWait(400);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-viewer-series-%2.png").arg(out, suffix)));
        page->datasetTree()->setCurrentItem(findItem(page->datasetTree(), QStringLiteral("All images")));
    }
}

QTEST_MAIN(TestDataPage)
#include "tst_DataPage.moc"
