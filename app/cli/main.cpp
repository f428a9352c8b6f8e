// medsynth-cli: everything the workbench does, headless, on the same files.

#include "CommandLine.h"
#include "Commands.h"

#include "medsynth/engine/TrainingRun.h"

#include <cstdio>
#include <exception>
#include <iostream>

#ifndef MEDSYNTH_VERSION
#define MEDSYNTH_VERSION "unknown"
#endif

namespace {

const char* kUsage = R"(medsynth-cli: train and explore generative models on medical images, headless.

Usage: medsynth-cli COMMAND [OPTIONS]

Commands:
  train       Train a model (a GAN from a template) and write a run folder
  phantoms    Write the built-in demo data (brain-MR-like phantoms) as DICOM or PNG
  validate    Check a model graph file: shapes, parameter counts, problems
  templates   List the built-in model templates
  frechet     Frechet distance (FID) and KID of two feature files (.npy)
  features    Write the feature vectors of a dataset as a .npy file
  dataset     Scan a folder of images: formats, patients, series, labels, splits (full builds)
  inspect     Show what the readers see in image files: format, sizes, per-frame min/max/mean (full builds)
  version     Print the version of MedSynth and of its LibTorch

Run 'medsynth-cli COMMAND --help' for the options of a command.
)";

}  // namespace

int main(int argc, char** argv)
{
    using namespace medsynth::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "train")
            return trainCommand(args);
        if (command == "phantoms")
            return phantomsCommand(args);
        if (command == "validate")
            return validateCommand(args);
        if (command == "templates")
            return templatesCommand(args);
        if (command == "frechet")
            return frechetCommand(args);
        if (command == "features")
            return featuresCommand(args);
#ifdef MEDSYNTH_WITH_IO
        if (command == "dataset")
            return datasetCommand(args);
        if (command == "inspect")
            return inspectCommand(args);
#else
        if (command == "dataset" || command == "inspect") {
            std::cerr << "medsynth-cli " << command << ": this medsynth-cli was built with MEDSYNTH_ENGINE_ONLY, without "
                      << "the DICOM, NIfTI and image readers. Use a full build to read image files.\n";
            return 1;
        }
#endif
        if (command == "version" || command == "--version") {
            const auto env = medsynth::engine::engineEnvironment();
            std::cout << "medsynth-cli " << MEDSYNTH_VERSION << ", LibTorch " << env.torchVersion
                      << (env.cudaAvailable ? ", CUDA available" : ", CPU only") << "\n";
            return 0;
        }
        std::cerr << "medsynth-cli: unknown command '" << command << "'.\n\n" << kUsage;
        return 2;
    } catch (const UsageError& e) {
        std::cerr << "medsynth-cli " << command << ": " << e.what() << "\nRun 'medsynth-cli " << command
                  << " --help' for the options.\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "medsynth-cli " << command << ": " << e.what() << "\n";
        return 1;
    }
}
