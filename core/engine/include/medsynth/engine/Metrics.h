#pragma once
// Metrics: how far generated images are from real ones, as plain data in, numbers out.
//
//  - Feature statistics (mean and unbiased covariance, in double) and the Frechet distance between
//    two Gaussians fitted to feature vectors ("FID" when the features are Inception pool3 features;
//    the name of the extractor belongs in every title, see FeatureExtractor.h).
//  - KID: the unbiased estimator of the squared MMD with the polynomial kernel
//    k(x, y) = (x.y / D + 1)^3, mean and standard deviation over random subsets.
//  - PSNR and SSIM of image pairs, for reconstruction and paired (image-to-image) recipes.
//
// Everything is computed on the CPU in double precision and is deterministic: the same inputs
// give the same numbers on the same machine. No function keeps state between calls except
// FrechetReference, which is immutable once built and may be shared between threads.

#include "medsynth/engine/ImageSet.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace medsynth::engine {

// rows feature vectors of cols values each, row after row.
struct FeatureMatrix {
    int64_t rows = 0;
    int64_t cols = 0;
    std::vector<double> values;  // rows * cols, row-major

    const double* row(int64_t i) const { return values.data() + i * cols; }
};

struct FeatureStatistics {
    int64_t count = 0;               // number of feature vectors they were computed from
    int64_t dimension = 0;           // D
    std::vector<double> mean;        // D
    std::vector<double> covariance;  // D x D, row-major, unbiased (divided by count - 1)
};

// Throws std::invalid_argument when there are fewer than 2 rows or no columns.
FeatureStatistics computeFeatureStatistics(const FeatureMatrix& features);

// d^2 = |mu1 - mu2|^2 + tr(S1) + tr(S2) - 2 tr(sqrt(sqrt(S1) S2 sqrt(S1))), in double, from the
// eigenvalues of a symmetric positive semi-definite matrix (see FrechetFactor). Throws
// std::invalid_argument when the dimensions differ or are inconsistent.
double frechetDistance(const FeatureStatistics& a, const FeatureStatistics& b);

// How the reference covariance S1 is factored. The trace term needs the eigenvalues of
// sqrt(S1) S2 sqrt(S1). With S1 = L L^T (Cholesky), L = sqrt(S1) Q for an orthogonal Q, so
// L^T S2 L = Q^T (sqrt(S1) S2 sqrt(S1)) Q has exactly those eigenvalues and is just as symmetric
// and positive semi-definite, while the factor costs a small fraction of an eigendecomposition
// with vectors. Cholesky is used whenever S1 has a factor; a singular S1 (fewer samples than
// dimensions, collinear features) falls back to sqrt(S1) by eigendecomposition, as does
// SymmetricSquareRoot when asked for explicitly.
enum class FrechetFactor { Cholesky, SymmetricSquareRoot };

// The statistics of a fixed (real) set together with the factor of their covariance, so that
// repeated distances to other sets (every few steps during training) cost one matrix product pair
// and one eigenvalue decomposition each. Copies share the immutable data.
class FrechetReference {
public:
    explicit FrechetReference(FeatureStatistics reference, FrechetFactor form = FrechetFactor::Cholesky);
    const FeatureStatistics& statistics() const;
    FrechetFactor form() const;  // the factor in use (Cholesky may have fallen back)
    double distanceTo(const FeatureStatistics& other) const;
    double distanceTo(const FeatureMatrix& features) const;

private:
    struct Data;
    std::shared_ptr<const Data> data_;
};

struct KidOptions {
    int subsets = 100;
    int subsetSize = 1000;  // each subset takes min(subsetSize, rows of X, rows of Y) rows of each set
    uint64_t seed = 0;      // same seed, same subsets
};

struct KidResult {
    double mean = 0.0;
    double standardDeviation = 0.0;  // population standard deviation over the subsets (numpy's std)
    int subsets = 0;
    int subsetSize = 0;
};

// Throws std::invalid_argument when the dimensions differ, a set has fewer than 2 rows or
// options.subsets < 1.
KidResult kernelInceptionDistance(const FeatureMatrix& x, const FeatureMatrix& y, const KidOptions& options = {});

// The rows of a set of n that subset number `subset` uses (m distinct indices, ascending);
// `stream` is 0 for the first set and 1 for the second. Exposed so tests and other tools can
// reproduce exactly what kernelInceptionDistance computed.
std::vector<int64_t> kidSubsetIndices(int64_t n, int64_t m, uint64_t seed, int subset, int stream);

// The unbiased MMD^2 estimate of one pair of equally sized sets with the polynomial kernel above.
double unbiasedPolynomialMmd2(const FeatureMatrix& x, const FeatureMatrix& y);

struct PairedImageMetrics {
    std::vector<double> psnr;  // dB, per image; +infinity for identical images
    std::vector<double> ssim;  // per image, mean over channels and the valid window positions
    double meanPsnr = 0.0;     // +infinity if any pair is identical
    double meanSsim = 0.0;
};

// PSNR = 10 log10(dataRange^2 / MSE) and SSIM (Wang et al. 2004: Gaussian window of 11 pixels,
// sigma 1.5, K1 = 0.01, K2 = 0.03, window positions fully inside the image) of each pair of
// images, then the means. ImageSet values are in [-1, 1], so dataRange is 2 for them. Images
// smaller than 11 pixels use the largest odd window that fits (same sigma).
// Throws std::invalid_argument when the sets differ in count or image shape, or are empty.
PairedImageMetrics pairedImageMetrics(const ImageSet& a, const ImageSet& b, double dataRange = 2.0);

}  // namespace medsynth::engine
