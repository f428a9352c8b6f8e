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
#include "DicomFixture.h"
#include "HistogramChart.h"
#include "ImageViewer.h"
#include "MainWindow.h"
#include "MetadataPanel.h"
#include "RecentFolders.h"
#include "ThumbnailModel.h"
#include "medsynth/io/PhantomWriter.h"

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
#include <QTreeWidgetItemIterator>
#include <QUrl>
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
    QByteArray header(352, '\0');
    QDataStream out(&header, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << qint32(348);
    out.device()->seek(40);
    out << qint16(3) << qint16(nx) << qint16(ny) << qint16(nz) << qint16(1) << qint16(1) << qint16(1) << qint16(1);
    out.device()->seek(70);
    out << qint16(4) << qint16(16);  // datatype INT16, bitpix
    out.device()->seek(76);
    for (int i = 0; i < 8; ++i)
        out << float(1.0f);
    out.device()->seek(108);
    out << float(352.0f) << float(1.0f) << float(0.0f);  // vox_offset, scl_slope, scl_inter
    header.replace(344, 4, QByteArray("n+1\0", 4));
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
    void cancelStopsScan();
    void missingFolderSaysSo();
    void recentFoldersCanBeTurnedOff();
    void droppedFolderOpens();
    void scrollingTenThousandThumbnails();
    void nothingIdentifyingInSettings();
    void screenshots();

private:
    bool openMixed(DataPage& page);
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
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->loadedThumbnailCount() >= 11, 20000);
        page->thumbnailView()->selectionModel()->select(page->model()->index(0), QItemSelectionModel::ClearAndSelect);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-browser-%2.png").arg(out, suffix)));

        page->tabs()->setCurrentIndex(DataPage::ViewerTab);
        QVERIFY(view(*page, QStringLiteral("dicom/ct.dcm")));
        page->viewer()->applyPreset(QStringLiteral("Lung (W 1500, L -600)"));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-viewer-ct-%2.png").arg(out, suffix)));

        QVERIFY(view(*page, QStringLiteral("nifti/volume.nii")));
        page->viewer()->setCurrentFrame(6);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/data-viewer-nifti-%2.png").arg(out, suffix)));
    }
}

QTEST_MAIN(TestDataPage)
#include "tst_DataPage.moc"
