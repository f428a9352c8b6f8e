#include "DataPreparationFlags.h"

#ifdef MEDSYNTH_WITH_IO
#include "medsynth/io/DisplayWindow.h"
#include "medsynth/io/IoError.h"
#endif

namespace medsynth::cli {

const std::vector<std::string> kDataPreparationValueFlags = {"window", "percentiles", "fit", "slice-axis", "labels",
                                                             "split", "split-seed", "augment"};
const std::vector<std::string> kDataPreparationFlags = {"group-by-folder"};

const char* const kDataPreparationHelp = R"(
Data preparation (for folders; kept in experiment.json):
  --window W           file: each file's own window (default); percentile: each image between
                       two percentiles of its values; or a CT preset in Hounsfield units:
                       ct-lung, ct-bone, ct-brain, ct-soft-tissue, ct-abdomen, ct-mediastinum,
                       ct-liver, ct-stroke (for DICOM CT, NIfTI, NumPy and float images; other
                       images keep their own window)
  --percentiles L,H    the percentile window's range (default 1,99)
  --fit F              crop: the centre square (default); pad: the whole image on a black border
  --slice-axis A       how NIfTI volumes are cut into images: k (default; axial in most scans),
                       j (coronal) or i (sagittal)
  --labels L           auto: labels.csv in the folder, else NumPy archives' label arrays
                       (default); folders: the first sub-folder's name; csv; archive; none
  --labels-csv FILE    labels (and splits) from this "file,label[,split]" CSV, as the Data page
                       saves it (read, never recorded); a split column places whole patients
  --split T,V,E        train, validation and test shares, split by patient (default 0.8,0.1,0.1);
                       training uses the train split, classifiers and segmenters are measured on
                       the validation split, the test split is left alone. none: every image
                       trains (held-out recipes keep back the last tenth)
  --split-seed K       seed of the split (default 1, as 'dataset scan')
  --group-by-folder    the non-DICOM files of one folder are one patient
  --augment LIST       random changes to each training batch, comma-separated: flip,
                       rotate=DEGREES (up to 45), shift=SHARE (of the image, up to 0.25),
                       intensity=SHARE (contrast and brightness, up to 0.5); e.g.
                       flip,rotate=10,shift=0.05,intensity=0.1; none (default)
  --dataset-cache DIR  folder caching prepared folders, so a second run does not decode every
                       file again (default ~/.cache/medsynth/datasets); none: no cache
)";

namespace {

double numberAfter(const std::string& item, const std::string& key, double maximum, const char* maximumText)
{
    const std::string text = item.substr(key.size() + 1);
    size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size() || !(value >= 0 && value <= maximum))
        throw UsageError("--augment: " + key + " takes a number from 0 to " + maximumText +
                         ", like " + key + "=" + (key == "rotate" ? "10" : "0.1") + "; not '" + item + "'.");
    return value;
}

}  // namespace

engine::Augmentation parseAugmentation(const std::string& text)
{
    engine::Augmentation a;
    if (text == "none")
        return a;
    size_t begin = 0;
    for (;;) {
        const size_t comma = text.find(',', begin);
        const std::string item = text.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
        const std::string key = item.substr(0, item.find('='));
        const bool valued = item.find('=') != std::string::npos;
        if (key == "flip" && !valued)
            a.flip = true;
        else if (key == "rotate" && valued)
            a.rotationDegrees = numberAfter(item, key, 45, "45");
        else if (key == "shift" && valued)
            a.shiftFraction = numberAfter(item, key, 0.25, "0.25");
        else if (key == "intensity" && valued)
            a.intensityJitter = numberAfter(item, key, 0.5, "0.5");
        else
            throw UsageError("--augment takes flip, rotate=DEGREES, shift=SHARE and intensity=SHARE separated by "
                             "commas (e.g. flip,rotate=10,shift=0.05,intensity=0.1), or none; '" + item +
                             "' is not one of them.");
        if (comma == std::string::npos)
            break;
        begin = comma + 1;
    }
    return a;
}

void applyDataPreparationFlags(const CommandLine& cl, engine::Experiment& e)
{
    engine::Preprocessing& p = e.preprocessing;
    p.window = cl.text("window", p.window);
#ifdef MEDSYNTH_WITH_IO
    if (p.window != "file" && p.window != "percentile") {
        try {
            io::windowPreset(p.window);
        } catch (const io::IoError& error) {
            throw UsageError("--window: " + std::string(error.what()) + "; or file, or percentile.");
        }
    }
#endif
    if (const std::vector<double> range = cl.reals("percentiles", 2, 0, 100, "1,99"); !range.empty()) {
        p.lowPercentile = range[0];
        p.highPercentile = range[1];
    }
    p.fit = cl.text("fit", p.fit);
    p.sliceAxis = cl.text("slice-axis", p.sliceAxis);
    if (p.sliceAxis != "i" && p.sliceAxis != "j" && p.sliceAxis != "k")
        throw UsageError("--slice-axis: k (axial in most scans), j (coronal) or i (sagittal); not '" + p.sliceAxis + "'.");
    p.labels = cl.text("labels", p.labels);
    if (cl.text("split", "") == "none") {
        p.splitByPatient = false;
    } else if (const std::vector<double> split = cl.reals("split", 3, 0, 1, "0.8,0.1,0.1"); !split.empty()) {
        p.splitByPatient = true;
        p.trainFraction = split[0];
        p.validationFraction = split[1];
        p.testFraction = split[2];
    }
    p.splitSeed = static_cast<uint64_t>(cl.integer("split-seed", static_cast<int64_t>(p.splitSeed), 0, INT64_MAX));
    p.groupByFolder = p.groupByFolder || cl.has("group-by-folder");
    if (cl.has("augment"))
        e.augmentation = parseAugmentation(cl.text("augment", ""));
}

}  // namespace medsynth::cli
