// medsynth-cli inspect: what the readers see in each file (issue 4). Full builds only.
#ifdef MEDSYNTH_WITH_IO

#include "CommandLine.h"
#include "Commands.h"

#include "medsynth/io/IoError.h"
#include "medsynth/io/MedicalImage.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace medsynth::cli {
namespace {

std::string number(double v) {
    std::ostringstream text;
    text << std::setprecision(10) << v;
    return text.str();
}

}  // namespace

int inspectCommand(const Arguments& args)
{
    if (wantsHelp(args)) {
        std::cout << R"(Usage: medsynth-cli inspect PATH... [--json]

For each file (DICOM, NIfTI, PNG/JPEG/TIFF/BMP, NumPy .npy/.npz): format, modality, photometric
interpretation, rows, columns, frames, samples per pixel, bits stored, transfer syntax, and per
frame the min, max and mean of the values the pipeline starts from: after the modality transform
(rescale slope/intercept, modality LUT), before windowing or MONOCHROME1 inversion, colour as RGB.
No identifying value (names, IDs, dates, UIDs) is printed.

Options:
  --json     one JSON array, an object per file: {"path", "format", "modality", "photometric",
             "rows", "columns", "samples_per_pixel", "bits_stored", "transfer_syntax",
             "frames": [{"min", "max", "mean"}, ...]} or {"path", "error"}

Exit 0 when every file was read, 1 when any was not, 2 on a usage error.
)";
        return 0;
    }
    const CommandLine cl(args, {}, {"json"});
    if (cl.positional().empty())
        throw UsageError("Give at least one file.");
    const bool json = cl.has("json");
    nlohmann::json all = nlohmann::json::array();
    bool everyFileRead = true;
    for (const std::string& path : cl.positional()) {
        nlohmann::json entry;
        entry["path"] = path;
        try {
            // Frame by frame, a chunk at a time: a large volume or a long series is inspected
            // without holding all of it (a 1 GB CT NIfTI passes the decode bound).
            nlohmann::json frames = nlohmann::json::array();
            bool header = true;
            io::readFramesInChunks(path, {}, io::kFrameChunkBytes, [&](const io::MedicalImage& chunk) {
                if (header) {
                    header = false;
                    const io::ImageMetadata& m = chunk.metadata;
                    entry["format"] = m.format;
                    entry["modality"] = m.modality;
                    entry["photometric"] = m.photometric;
                    entry["rows"] = m.rows;
                    entry["columns"] = m.columns;
                    entry["samples_per_pixel"] = m.samplesPerPixel;
                    entry["bits_stored"] = m.bitsStored;
                    entry["transfer_syntax"] = m.transferSyntaxUid;
                    if (!json) {
                        std::cout << path << ": " << m.format << (m.modality.empty() ? "" : " " + m.modality) << ", "
                                  << m.photometric << ", " << m.columns << " x " << m.rows << ", " << m.frames
                                  << (m.frames == 1 ? " frame" : " frames") << ", " << m.samplesPerPixel << " sample"
                                  << (m.samplesPerPixel == 1 ? "" : "s") << " per pixel, " << m.bitsStored
                                  << " bits stored" << (m.isSigned ? " (signed)" : "");
                        if (!m.transferSyntaxUid.empty())
                            std::cout << ", transfer syntax " << m.transferSyntaxUid << " (" << m.transferSyntaxName << ")";
                        std::cout << "\n";
                    }
                }
                for (const io::ImageFrame& frame : chunk.frames) {
                    const io::FrameStatistics s = io::frameStatistics(frame);
                    frames.push_back({{"min", s.min}, {"max", s.max}, {"mean", s.mean}});
                    if (!json)
                        std::cout << "  frame " << frames.size() << ": min " << number(s.min) << ", max " << number(s.max)
                                  << ", mean " << number(s.mean) << "\n";
                }
            });
            entry["frames"] = frames;
        } catch (const std::exception& e) {  // IoError, and anything a library let through
            everyFileRead = false;
            entry = {{"path", path}, {"error", e.what()}};
            if (!json)
                std::cerr << path << ": error: " << e.what() << "\n";
        }
        all.push_back(entry);
    }
    if (json)
        std::cout << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";  // names that are not UTF-8 keep a U+FFFD
    return everyFileRead ? 0 : 1;
}

}  // namespace medsynth::cli

#endif  // MEDSYNTH_WITH_IO
