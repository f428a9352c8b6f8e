#include "ViewerImageLoader.h"

#include "medsynth/io/DatasetIndex.h"
#include "medsynth/io/DisplayWindow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace medsynth::gui {

namespace {

// Distinct windows of an enhanced image's frames offered in the presets menu, at most.
constexpr int kMaxFileWindows = 16;

QString tr(const char* text)
{
    return QCoreApplication::translate("medsynth::gui::ViewerImageLoader", text);
}

bool usesNaturalRange(const io::ImageMetadata& m, int channels)
{
    const bool identity = m.rescaleSlope == 1 && m.rescaleIntercept == 0 && !m.modalityLutApplied;
    if (m.isFloat || m.isSigned || !identity || m.bitsStored < 1 || m.bitsStored > 16)
        return false;
    return m.format != "DICOM" || channels == 3;
}

widgets::ViewerFrame toViewerFrame(io::ImageFrame&& frame)
{
    widgets::ViewerFrame shown;
    shown.width = frame.columns;
    shown.height = frame.rows;
    shown.channels = frame.channels;
    shown.values = std::move(frame.values);
    return shown;
}

std::shared_ptr<const widgets::ViewerLut> toViewerLut(const io::VoiLut& lut)
{
    auto out = std::make_shared<widgets::ViewerLut>();
    out->firstValue = lut.firstMapped;
    const double top = std::ldexp(1.0, std::clamp(lut.bits, 1, 16)) - 1;
    out->outputs.reserve(lut.entries.size());
    for (double entry : lut.entries)
        out->outputs.push_back(static_cast<float>(std::clamp(entry / top, 0.0, 1.0)));
    return out;
}

// The windows of the frame shown first, then the other distinct windows of an enhanced image's
// frames (Frame VOI LUT), so that each can be chosen.
std::vector<io::VoiWindow> fileWindows(const io::ImageMetadata& m, qint64 firstShown)
{
    const bool perFrame = firstShown >= 0 && static_cast<size_t>(firstShown) < m.perFrame.size();
    std::vector<io::VoiWindow> windows =
        perFrame && !m.perFrame[static_cast<size_t>(firstShown)].windows.empty() ? m.perFrame[static_cast<size_t>(firstShown)].windows
                                                                                  : m.windows;
    auto known = [&windows](const io::VoiWindow& w) {
        return std::any_of(windows.begin(), windows.end(),
                           [&w](const io::VoiWindow& k) { return k.center == w.center && k.width == w.width; });
    };
    for (const io::FrameFunctionalGroups& frame : m.perFrame) {
        for (const io::VoiWindow& w : frame.windows) {
            if (static_cast<int>(windows.size()) >= kMaxFileWindows)
                return windows;
            if (!known(w))
                windows.push_back(w);
        }
    }
    return windows;
}

// The window (or VOI LUT) to start with and the presets, for an image whose first frame shown is
// frame firstShown of its file, with values in [low, high] read so far.
void chooseDisplay(ViewerImage& out, qint64 firstShown, double low, double high, int channels)
{
    const io::ImageMetadata& m = out.metadata;
    out.monochrome1 = io::isMonochrome1(m);
    const std::vector<io::VoiWindow> windows = fileWindows(m, firstShown);
    const bool sigmoid = m.voiLutFunction == "SIGMOID";  // the file's windows only
    if (!windows.empty()) {
        out.initialWindow = {windows.front().center, windows.front().width, sigmoid};
    } else if (usesNaturalRange(m, channels)) {
        const double top = std::pow(2.0, m.bitsStored) - 1.0;
        out.initialWindow = {top / 2.0, top};
    } else {
        out.initialWindow = {(low + high) / 2.0, std::max(high - low, 1e-6)};
    }
    if (windows.empty() && !m.voiLuts.empty() && channels == 1)
        out.initialLut = toViewerLut(m.voiLuts.front());

    for (size_t i = 0; i < windows.size(); ++i) {
        const io::VoiWindow& w = windows[i];
        const QString name = w.explanation.empty() ? tr("Window %1").arg(i + 1) : QString::fromStdString(w.explanation);
        out.presets.append({tr("From the file"), name, {w.center, w.width, sigmoid}, nullptr});
    }
    if (channels == 1) {
        for (size_t i = 0; i < m.voiLuts.size(); ++i) {
            QString name = m.voiLuts.size() > 1 ? tr("File VOI LUT %1").arg(i + 1) : tr("File VOI LUT");
            if (!m.voiLuts[i].explanation.empty())
                name += QStringLiteral(" (%1)").arg(QString::fromStdString(m.voiLuts[i].explanation));
            const auto lut = i == 0 && out.initialLut ? out.initialLut : toViewerLut(m.voiLuts[i]);
            out.presets.append({tr("From the file"), name, out.initialWindow, lut});
        }
    }
    if (io::mayHoldHounsfieldUnits(m)) {
        for (const std::string& preset : io::windowPresetNames()) {
            const io::DisplayWindow w = io::windowPreset(preset);
            out.presets.append({tr("CT (Hounsfield units)"),
                                tr("%1 (W %2, L %3)").arg(presetDisplayName(preset)).arg(w.width).arg(w.center),
                                {w.center, w.width},
                                nullptr});
        }
    }
}

void widenRange(const std::vector<float>& values, double& low, double& high)
{
    for (float v : values) {
        if (std::isfinite(v)) {
            low = std::min<double>(low, v);
            high = std::max<double>(high, v);
        }
    }
}

}  // namespace

QString presetDisplayName(const std::string& presetName)
{
    QString name = QString::fromStdString(presetName);
    if (name.startsWith(QLatin1String("ct-")))
        name = name.mid(3);
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

LoadedSlice readViewerSlice(const ViewerSliceRef& slice)
{
    LoadedSlice out;
    try {
        io::ReadOptions options;
        options.firstFrame = slice.frame;
        options.maxFrames = 1;
        options.maxDecodedBytes = kMaxViewerBytes;
        options.keepVolume = true;  // the next slice of a NIfTI volume does not read the whole file again
        io::MedicalImage image = io::readMedicalImage(slice.path.toStdString(), options);
        out.metadata = std::move(image.metadata);
        if (image.frames.empty())
            out.error = tr("The file has no frames to show.");
        else
            out.frame = toViewerFrame(std::move(image.frames.front()));
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

ViewerImage loadViewerSeries(const QVector<ViewerSliceRef>& slices)
{
    ViewerImage out;
    if (slices.isEmpty()) {
        out.error = tr("There are no images to show.");
        return out;
    }
    LoadedSlice first = readViewerSlice(slices.front());
    if (!first.error.isEmpty()) {
        out.error = first.error;
        return out;
    }
    out.metadata = std::move(first.metadata);
    out.frameCount = slices.size();
    out.lazy = slices.size() > 1;
    out.slices = slices;
    out.volume = true;
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    widenRange(first.frame.values, low, high);
    if (low > high)
        low = high = 0.0;
    const int channels = first.frame.channels;
    out.frames.push_back(std::move(first.frame));
    chooseDisplay(out, slices.front().frame, low, high, channels);
    return out;
}

ViewerImage loadViewerImage(const QString& path, unsigned long long eagerLimitBytes)
{
    ViewerImage out;
    const std::string file = path.toStdString();
    const auto format = io::detectImageFormat(file);
    const bool byFrame = format && (*format == io::ImageFormat::Dicom || *format == io::ImageFormat::Nifti);
    try {
        if (byFrame) {
            // Its header first: a file too large to hold as floats is read frame by frame.
            io::ReadOptions header;
            header.pixels = false;
            const io::MedicalImage described = io::readMedicalImage(file, header);
            const io::ImageMetadata& m = described.metadata;
            const double bytes = static_cast<double>(m.rows) * m.columns * m.samplesPerPixel * m.frames * sizeof(float);
            if (bytes > static_cast<double>(eagerLimitBytes) && m.frames > 1) {
                QVector<ViewerSliceRef> slices;
                slices.reserve(static_cast<int>(m.frames));
                for (qint64 f = 0; f < m.frames; ++f)
                    slices.append({path, m.frameOrder.empty() ? f : m.frameOrder[static_cast<size_t>(f)]});
                out = loadViewerSeries(slices);
                out.volume = *format == io::ImageFormat::Nifti || !m.frameOrder.empty();
                return out;
            }
        }
        io::ReadOptions options;
        options.maxDecodedBytes = kMaxViewerBytes;
        io::MedicalImage image = io::readMedicalImage(file, options);
        out.metadata = std::move(image.metadata);
        // In the order to show them: along the slice normal when the file says where each lies.
        std::vector<int64_t> order = out.metadata.frameOrder;
        if (order.size() != image.frames.size()) {
            order.resize(image.frames.size());
            std::iota(order.begin(), order.end(), int64_t{0});
        }
        double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
        out.frames.reserve(image.frames.size());
        for (int64_t f : order) {
            io::ImageFrame& frame = image.frames[static_cast<size_t>(f)];
            widenRange(frame.values, low, high);
            out.frames.push_back(toViewerFrame(std::move(frame)));
        }
        if (low > high)
            low = high = 0.0;
        out.frameCount = static_cast<int>(out.frames.size());
        out.volume = (format && *format == io::ImageFormat::Nifti) || !out.metadata.frameOrder.empty();
        chooseDisplay(out, order.empty() ? 0 : order.front(), low, high, out.frames.empty() ? 1 : out.frames.front().channels);
    } catch (const std::exception& e) {
        out = ViewerImage();
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

}  // namespace medsynth::gui
