// medsynth-cli frechet and features: the Frechet distance and KID of two feature files, and the
// feature vectors of a dataset, as NumPy files that Python tools read too.

#include "CommandLine.h"
#include "Commands.h"

#include "medsynth/engine/FeatureExtractor.h"
#include "medsynth/engine/Metrics.h"
#include "medsynth/engine/NpyArray.h"
#include "medsynth/engine/PhantomGenerator.h"
#ifdef MEDSYNTH_WITH_IO
#include "medsynth/io/DatasetLoader.h"
#endif

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <iostream>
#include <stdexcept>

namespace medsynth::cli {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// An N x D float32/float64 matrix file as features, or a one-line reason.
engine::FeatureMatrix readFeatureFile(const std::string& path)
{
    const engine::NpyArray array = engine::readNpy(path);
    if (array.shape.size() != 2)
        throw std::runtime_error(path + ": expected an N x D matrix, got " + std::to_string(array.shape.size()) +
                                 " dimensions");
    if (array.type != engine::NpyType::Float32 && array.type != engine::NpyType::Float64)
        throw std::runtime_error(path + ": expected float32 or float64 values, got " +
                                 engine::npyTypeName(array.type));
    if (array.shape[0] < 2 || array.shape[1] < 1)
        throw std::runtime_error(path + ": needs at least 2 feature vectors of at least 1 value, got " +
                                 std::to_string(array.shape[0]) + " x " + std::to_string(array.shape[1]));
    engine::FeatureMatrix m;
    m.rows = array.shape[0];
    m.cols = array.shape[1];
    m.values = array.toDouble();
    for (double v : m.values)
        if (!std::isfinite(v))
            throw std::runtime_error(path + ": contains NaN or infinite values");
    return m;
}

// JSON has no infinity or NaN; a value that is not finite is written as null.
nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

}  // namespace

int frechetCommand(const Arguments& args)
{
    if (wantsHelp(args)) {
        std::cout << R"(Usage: medsynth-cli frechet A.npy B.npy [OPTIONS]

Compares two sets of feature vectors, for example of real and of generated images written by
'medsynth-cli features': the Frechet distance between Gaussians fitted to them (FID when the
features are Inception pool3 features) and KID (unbiased MMD^2 with the kernel (x.y/D + 1)^3,
mean and standard deviation over random subsets). Each file is an N x D NumPy matrix of float32
or float64; D must agree, N may differ. Prints one JSON line:
  {"fid": ..., "kid_mean": ..., "kid_std": ...}

Options:
  --kid-subsets N      number of KID subsets (default 100; 0 leaves KID out of the output)
  --kid-subset-size M  vectors per subset and set (default 1000, at most the smaller N)
  --seed K             seed of the KID subsets (default 0)
  --symmetric-root     factor A's covariance by its symmetric square root (eigendecomposition)
                       rather than by Cholesky; the same distance, slower (see below)
  --timing             print the seconds of each stage to stderr

The trace term needs the eigenvalues of sqrt(S1) S2 sqrt(S1). With the Cholesky factor S1 = L L^T,
L^T S2 L is that matrix in another orthonormal basis: the same eigenvalues, computed in double
from a symmetric matrix either way. A singular S1 (fewer vectors than dimensions) always uses the
square root.

Exit status: 0 done, 1 a file is unreadable or the files do not match, 2 usage error.
)";
        return 0;
    }
    const CommandLine cl(args, {"kid-subsets", "kid-subset-size", "seed"}, {"timing", "symmetric-root"});
    if (cl.positional().size() != 2)
        throw UsageError("Give exactly two feature files (A.npy B.npy).");
    const int subsets = static_cast<int>(cl.integer("kid-subsets", 100, 0, 100000));
    const int subsetSize = static_cast<int>(cl.integer("kid-subset-size", 1000, 2, 100000000));
    const uint64_t seed = static_cast<uint64_t>(cl.integer("seed", 0, 0, INT64_MAX));
    const bool timing = cl.has("timing");

    auto start = Clock::now();
    const engine::FeatureMatrix a = readFeatureFile(cl.positional()[0]);
    const engine::FeatureMatrix b = readFeatureFile(cl.positional()[1]);
    if (a.cols != b.cols)
        throw std::runtime_error("the feature files differ in dimension: " + std::to_string(a.cols) + " (" +
                                 cl.positional()[0] + ") and " + std::to_string(b.cols) + " (" +
                                 cl.positional()[1] + ")");
    const double readSeconds = secondsSince(start);

    start = Clock::now();
    const engine::FeatureStatistics sa = engine::computeFeatureStatistics(a);
    const engine::FeatureStatistics sb = engine::computeFeatureStatistics(b);
    const double statisticsSeconds = secondsSince(start);
    // The factor of A's covariance, then the distance of B to it: the two halves of the work are
    // timed apart, since during training only the second repeats (FrechetReference).
    start = Clock::now();
    const engine::FrechetReference reference(sa, cl.has("symmetric-root") ? engine::FrechetFactor::SymmetricSquareRoot
                                                                          : engine::FrechetFactor::Cholesky);
    const double referenceSeconds = secondsSince(start);
    start = Clock::now();
    const double fid = reference.distanceTo(sb);
    const double distanceSeconds = secondsSince(start);

    nlohmann::json result;
    result["fid"] = number(fid);
    double kidSeconds = 0.0;
    if (subsets > 0) {
        start = Clock::now();
        const engine::KidResult kid = engine::kernelInceptionDistance(a, b, {subsets, subsetSize, seed});
        kidSeconds = secondsSince(start);
        result["kid_mean"] = number(kid.mean);
        result["kid_std"] = number(kid.standardDeviation);
    }
    std::cout << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << std::endl;
    if (timing)
        std::cerr << "timing: read " << readSeconds << " s, statistics " << statisticsSeconds << " s, frechet "
                  << referenceSeconds + distanceSeconds << " s (" << (reference.form() == engine::FrechetFactor::Cholesky ? "Cholesky factor" : "square root")
                  << " of A " << referenceSeconds
                  << " s, distance to it " << distanceSeconds << " s), kid " << kidSeconds << " s (" << a.rows
                  << " and " << b.rows << " vectors of " << a.cols << ")\n";
    return 0;
}

int featuresCommand(const Arguments& args)
{
    if (wantsHelp(args)) {
        std::cout << R"(Usage: medsynth-cli features [--extractor builtin|FILE.pt] DATA --out F.npy [OPTIONS]

Writes the feature vectors of a dataset as an N x D float32 NumPy matrix, for 'medsynth-cli
frechet' or for Python. DATA is phantom:brain (the built-in demo) or, in full builds, a folder of
DICOM/PNG/JPEG/TIFF/BMP images (each centre-cropped and resized to --image-size). Ends with one
JSON line naming the extractor and, for a TorchScript file, its SHA-256.

Extractors:
  builtin   the built-in medsynth-v1 network: a fixed, seeded random CNN, 480 values per image,
            64x64 gray input. Comparable only with itself, never with published FIDs.
  FILE.pt   a TorchScript file (for example an Inception-v3 pool3 export): gets N x C x S x S
            images in [-1, 1], S from --input-size, else its 'input_size' attribute, else the
            image size; gray images are repeated to 3 channels unless it declares input_channels 1.

Options:
  --extractor E      builtin (default) or a TorchScript file
  --out F.npy        the file to write (required)
  --image-size S     size the images are loaded at (default 128)
  --channels C       1 (default) or 3
  --max-images N     at most N images (default: all; 2048 for phantom:brain)
  --input-size S     input size given to a TorchScript extractor
  --batch B          images per forward pass (default 64)
  --seed K           seed of the phantom data (default 1)
)";
        return 0;
    }
    const CommandLine cl(args, {"extractor", "out", "image-size", "channels", "max-images", "input-size", "batch", "seed"});
    if (cl.positional().size() != 1)
        throw UsageError("Give exactly one dataset (phantom:brain or a folder of images).");
    if (!cl.has("out"))
        throw UsageError("--out F.npy is required.");
    const std::string spec = cl.positional().front();
    const std::string out = cl.text("out", "");
    const std::string extractorName = cl.text("extractor", "builtin");
    const int imageSize = static_cast<int>(cl.integer("image-size", 128, 8, 1024));
    const int channels = static_cast<int>(cl.integer("channels", 1, 1, 3));
    if (channels == 2)
        throw UsageError("--channels must be 1 or 3.");
    const int maxImages = static_cast<int>(cl.integer("max-images", 0, 0, 100000000));
    const int inputSize = static_cast<int>(cl.integer("input-size", 0, 0, 4096));
    const int batch = static_cast<int>(cl.integer("batch", 64, 1, 100000));
    const uint64_t seed = static_cast<uint64_t>(cl.integer("seed", 1, 0, INT64_MAX));
    if (extractorName == "builtin" && cl.has("input-size"))
        throw UsageError("--input-size applies to TorchScript extractors only; the built-in one takes 64x64.");

    const engine::FeatureExtractor extractor = extractorName == "builtin"
                                                   ? engine::FeatureExtractor::builtin()
                                                   : engine::FeatureExtractor::fromTorchScript(extractorName, inputSize);
#ifdef MEDSYNTH_WITH_IO
    io::LoadedDataset loaded = io::loadDataset(spec, channels, imageSize, seed, maxImages);
    for (const std::string& skipped : loaded.skipped)
        std::cerr << "skipped " << skipped << "\n";
    const engine::ImageSet& images = loaded.images;
#else
    if (spec != "phantom:brain")
        throw std::runtime_error("This medsynth-cli was built with MEDSYNTH_ENGINE_ONLY and reads no image files; "
                                 "use phantom:brain, or a full build for folders of DICOM/PNG.");
    const engine::ImageSet images =
        engine::generatePhantomImageSet(maxImages > 0 ? maxImages : 2048, imageSize, channels, seed);
#endif
    const engine::FeatureMatrix features = extractor.extract(images, batch);
    std::vector<float> values(features.values.begin(), features.values.end());
    engine::writeNpy(out, {features.rows, features.cols}, values);

    nlohmann::json result;
    result["count"] = features.rows;
    result["dimension"] = features.cols;
    result["extractor"] = extractor.label();
    result["extractor_id"] = extractor.id();
    if (!extractor.isBuiltin())
        result["sha256"] = extractor.fileSha256();
    std::cout << result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << std::endl;
    return 0;
}

}  // namespace medsynth::cli
