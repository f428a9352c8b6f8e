#include "ViewerImageLoader.h"

#include "medsynth/io/DisplayWindow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace medsynth::gui {

namespace {

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

ViewerImage loadViewerImage(const QString& path)
{
    ViewerImage out;
    io::MedicalImage image;
    try {
        io::ReadOptions options;
        options.maxDecodedBytes = kMaxViewerBytes;
        image = io::readMedicalImage(path.toStdString(), options);
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
        return out;
    }
    out.metadata = std::move(image.metadata);
    out.monochrome1 = io::isMonochrome1(out.metadata);

    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    out.frames.reserve(image.frames.size());
    for (io::ImageFrame& frame : image.frames) {
        for (float v : frame.values) {
            if (std::isfinite(v)) {
                low = std::min<double>(low, v);
                high = std::max<double>(high, v);
            }
        }
        widgets::ViewerFrame shown;
        shown.width = frame.columns;
        shown.height = frame.rows;
        shown.channels = frame.channels;
        shown.values = std::move(frame.values);
        out.frames.push_back(std::move(shown));
    }
    if (low > high)
        low = high = 0.0;
    const int channels = out.frames.empty() ? 1 : out.frames.front().channels;

    const io::ImageMetadata& m = out.metadata;
    if (!m.windows.empty()) {
        out.initialWindow = {m.windows.front().center, m.windows.front().width};
    } else if (usesNaturalRange(m, channels)) {
        const double top = std::pow(2.0, m.bitsStored) - 1.0;
        out.initialWindow = {top / 2.0, top};
    } else {
        out.initialWindow = {(low + high) / 2.0, std::max(high - low, 1e-6)};
    }

    for (size_t i = 0; i < m.windows.size(); ++i) {
        const io::VoiWindow& w = m.windows[i];
        QString name = w.explanation.empty() ? tr("Window %1").arg(i + 1) : QString::fromStdString(w.explanation);
        out.presets.append({tr("From the file"), name, {w.center, w.width}});
    }
    if (io::mayHoldHounsfieldUnits(m)) {
        for (const std::string& preset : io::windowPresetNames()) {
            const io::DisplayWindow w = io::windowPreset(preset);
            out.presets.append({tr("CT (Hounsfield units)"),
                                tr("%1 (W %2, L %3)").arg(presetDisplayName(preset)).arg(w.width).arg(w.center),
                                {w.center, w.width}});
        }
    }
    return out;
}

}  // namespace medsynth::gui
