#include "medsynth/engine/Metrics.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace medsynth::engine {
namespace {

// A read-only view of caller-owned doubles as a tensor (no copy). Nothing here writes to it.
torch::Tensor view(const std::vector<double>& values, std::initializer_list<int64_t> shape)
{
    return torch::from_blob(const_cast<double*>(values.data()), shape, torch::kFloat64);
}

torch::Tensor view(const FeatureMatrix& m)
{
    if (m.rows < 0 || m.cols < 0 || static_cast<size_t>(m.rows * m.cols) != m.values.size())
        throw std::invalid_argument("feature matrix: " + std::to_string(m.values.size()) + " values do not make " +
                                    std::to_string(m.rows) + " x " + std::to_string(m.cols));
    return view(m.values, {m.rows, m.cols});
}

void checkStatistics(const FeatureStatistics& s, const char* which)
{
    const auto d = static_cast<size_t>(s.dimension);
    if (s.dimension < 1 || s.mean.size() != d || s.covariance.size() != d * d)
        throw std::invalid_argument(std::string(which) + " feature statistics are incomplete (dimension " +
                                    std::to_string(s.dimension) + ")");
}

// The symmetric square root V diag(sqrt(l)) V^T of a covariance matrix. A covariance is positive
// semi-definite, but rounding leaves eigenvalues of size ~1e-16 * |S| with either sign (and exact
// zeros when there are fewer samples than dimensions); negative ones are clamped to 0 because
// they are noise, not structure.
torch::Tensor symmetricSqrt(const torch::Tensor& s)
{
    auto [values, vectors] = torch::linalg::eigh(s, "L");
    const torch::Tensor roots = values.clamp_min(0.0).sqrt();
    return torch::mm(vectors * roots.unsqueeze(0), vectors.t());
}

// The lower triangle of F^T S F for a lower-triangular F (the Cholesky factor) and a symmetric
// S, in bands of 256 so that the zeros above F's diagonal and the upper triangle of the
// (symmetric) result are skipped: a third of the multiply-adds of two full products. The upper
// triangle is left unset; eigvalsh(.., "L") reads only the lower one.
torch::Tensor congruenceByLowerTriangular(const torch::Tensor& f, const torch::Tensor& s)
{
    const int64_t n = f.size(0), band = 256;
    torch::Tensor sf = torch::empty({n, n}, f.options());  // S F
    for (int64_t j = 0; j < n; j += band) {
        const int64_t w = std::min(band, n - j);
        // Column band j of F is zero in its first j rows.
        sf.narrow(1, j, w).copy_(torch::mm(s.narrow(1, j, n - j), f.narrow(0, j, n - j).narrow(1, j, w)));
    }
    torch::Tensor m = torch::zeros({n, n}, f.options());  // F^T (S F), lower triangle
    for (int64_t i = 0; i < n; i += band) {
        const int64_t w = std::min(band, n - i);
        // Row band i of F^T is column band i of F: zero in its first i rows. Columns up to the
        // band's end cover its part of the lower triangle.
        m.narrow(0, i, w).narrow(1, 0, i + w).copy_(
            torch::mm(f.narrow(0, i, n - i).narrow(1, i, w).t(), sf.narrow(0, i, n - i).narrow(1, 0, i + w)));
    }
    return m;
}

uint64_t splitMix64(uint64_t& state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// R R^T, which is symmetric: only the blocks on and above the diagonal are multiplied (one product
// per band of 256 rows) and then mirrored. That saves close to half the multiply-adds for large
// matrices and makes the result exactly symmetric.
torch::Tensor gram(const torch::Tensor& r)
{
    const int64_t n = r.size(0), band = 256;
    if (n <= band)
        return torch::mm(r, r.t());
    torch::Tensor result = torch::empty({n, n}, r.options());
    for (int64_t start = 0; start < n; start += band) {
        const int64_t rows = std::min(band, n - start);
        const torch::Tensor block = torch::mm(r.narrow(0, start, rows), r.narrow(0, start, n - start).t());
        result.narrow(0, start, rows).narrow(1, start, n - start).copy_(block);
        result.narrow(0, start, n - start).narrow(1, start, rows).copy_(block.t());
    }
    return result;
}

// The kernel matrix (A B^T / D + 1)^3; the symmetric one of A with itself costs about half.
torch::Tensor polynomialKernel(const torch::Tensor& a, const torch::Tensor& b)
{
    const double d = static_cast<double>(a.size(1));
    return (torch::mm(a, b.t()).div_(d).add_(1.0)).pow_(3);
}

torch::Tensor polynomialKernel(const torch::Tensor& a)
{
    const double d = static_cast<double>(a.size(1));
    return gram(a).div_(d).add_(1.0).pow_(3);
}

// The unbiased estimate from the three kernel matrices of one subset pair of size m each.
double mmd2FromKernels(const torch::Tensor& kxx, const torch::Tensor& kyy, const torch::Tensor& kxy)
{
    const double m = static_cast<double>(kxx.size(0));
    const double xx = kxx.sum().item<double>() - kxx.diagonal().sum().item<double>();
    const double yy = kyy.sum().item<double>() - kyy.diagonal().sum().item<double>();
    const double xy = kxy.sum().item<double>();
    return (xx + yy) / (m * (m - 1.0)) - 2.0 * xy / (m * m);
}

torch::Tensor indexTensor(const std::vector<int64_t>& indices)
{
    return torch::from_blob(const_cast<int64_t*>(indices.data()), {static_cast<int64_t>(indices.size())},
                            torch::kInt64);
}

// SSIM of one channel pair (h x w floats), Gaussian window `window` with sigma 1.5, valid positions.
double ssimChannel(const float* x, const float* y, int h, int w, int window, double dataRange)
{
    const int r = window / 2;
    std::vector<double> g(static_cast<size_t>(window));
    for (int i = 0; i < window; ++i)
        g[static_cast<size_t>(i)] = std::exp(-double((i - r) * (i - r)) / (2.0 * 1.5 * 1.5));
    const double norm = std::accumulate(g.begin(), g.end(), 0.0);
    for (double& v : g)
        v /= norm;
    const int ow = w - window + 1, oh = h - window + 1;
    // Five maps filtered separably: rows first (h x ow), then columns (oh x ow).
    std::vector<double> rows(static_cast<size_t>(5) * h * ow, 0.0);
    for (int yy = 0; yy < h; ++yy)
        for (int xx = 0; xx < ow; ++xx) {
            double s[5] = {0, 0, 0, 0, 0};
            for (int k = 0; k < window; ++k) {
                const double a = x[yy * w + xx + k], b = y[yy * w + xx + k], gk = g[static_cast<size_t>(k)];
                s[0] += gk * a;
                s[1] += gk * b;
                s[2] += gk * a * a;
                s[3] += gk * b * b;
                s[4] += gk * a * b;
            }
            for (int c = 0; c < 5; ++c)
                rows[(static_cast<size_t>(c) * h + yy) * ow + xx] = s[c];
        }
    const double c1 = (0.01 * dataRange) * (0.01 * dataRange), c2 = (0.03 * dataRange) * (0.03 * dataRange);
    double total = 0.0;
    for (int yy = 0; yy < oh; ++yy)
        for (int xx = 0; xx < ow; ++xx) {
            double s[5] = {0, 0, 0, 0, 0};
            for (int k = 0; k < window; ++k)
                for (int c = 0; c < 5; ++c)
                    s[c] += g[static_cast<size_t>(k)] * rows[(static_cast<size_t>(c) * h + yy + k) * ow + xx];
            const double mx = s[0], my = s[1];
            const double vx = s[2] - mx * mx, vy = s[3] - my * my, cxy = s[4] - mx * my;
            total += ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
        }
    return total / (double(oh) * ow);
}

}  // namespace

FeatureStatistics computeFeatureStatistics(const FeatureMatrix& features)
{
    if (features.rows < 2 || features.cols < 1)
        throw std::invalid_argument("feature statistics need at least 2 feature vectors of at least 1 value, got " +
                                    std::to_string(features.rows) + " x " + std::to_string(features.cols));
    torch::NoGradGuard noGrad;
    const torch::Tensor x = view(features);
    const torch::Tensor mean = x.mean(0);
    const torch::Tensor centred = x - mean;
    const torch::Tensor covariance = gram(centred.t()).div_(static_cast<double>(features.rows - 1));
    FeatureStatistics s;
    s.count = features.rows;
    s.dimension = features.cols;
    s.mean.assign(mean.data_ptr<double>(), mean.data_ptr<double>() + features.cols);
    s.covariance.assign(covariance.data_ptr<double>(), covariance.data_ptr<double>() + covariance.numel());
    return s;
}

struct FrechetReference::Data {
    FeatureStatistics statistics;
    // Either the Cholesky factor L of the covariance (S1 = L L^T) or its symmetric square root
    // sqrt(S1); both give a matrix whose eigenvalues are those of sqrt(S1) S2 sqrt(S1).
    torch::Tensor factor;  // D x D double
    FrechetFactor form = FrechetFactor::Cholesky;
    double trace = 0.0;
};

FrechetReference::FrechetReference(FeatureStatistics reference, FrechetFactor form)
{
    checkStatistics(reference, "reference");
    torch::NoGradGuard noGrad;
    auto data = std::make_shared<Data>();
    data->statistics = std::move(reference);
    const int64_t d = data->statistics.dimension;
    const torch::Tensor s = view(data->statistics.covariance, {d, d});
    data->form = FrechetFactor::SymmetricSquareRoot;
    if (form == FrechetFactor::Cholesky) {
        // A covariance of fewer samples than dimensions (or of collinear features) is singular and
        // has no Cholesky factor; the square root by eigendecomposition handles it. Rounding can
        // let the factorisation of a singular matrix finish with pivots (the squares of the
        // factor's diagonal) at noise level, so those count as singular too.
        auto [factor, info] = torch::linalg_cholesky_ex(s);
        const double largest = s.diagonal().max().item<double>();
        const double noise = static_cast<double>(d) * std::numeric_limits<double>::epsilon() * largest;
        if (info.item<int64_t>() == 0 && largest > 0.0 && factor.isfinite().all().item<bool>() &&
            factor.diagonal().square().min().item<double>() > noise) {
            data->factor = factor;
            data->form = FrechetFactor::Cholesky;
        }
    }
    if (data->form == FrechetFactor::SymmetricSquareRoot)
        data->factor = symmetricSqrt(s);
    data->trace = s.trace().item<double>();
    data_ = std::move(data);
}

const FeatureStatistics& FrechetReference::statistics() const
{
    return data_->statistics;
}

FrechetFactor FrechetReference::form() const
{
    return data_->form;
}

double FrechetReference::distanceTo(const FeatureStatistics& other) const
{
    checkStatistics(other, "compared");
    const FeatureStatistics& ref = data_->statistics;
    if (other.dimension != ref.dimension)
        throw std::invalid_argument("feature dimensions differ: " + std::to_string(ref.dimension) + " and " +
                                    std::to_string(other.dimension));
    torch::NoGradGuard noGrad;
    const int64_t d = ref.dimension;
    const torch::Tensor s2 = view(other.covariance, {d, d});
    const torch::Tensor& f = data_->factor;
    // sqrt(S1) S2 sqrt(S1), or L^T S2 L = Q^T sqrt(S1) S2 sqrt(S1) Q with Q = sqrt(S1)^-1 L orthogonal:
    // the same eigenvalues, from a symmetric positive semi-definite matrix either way.
    torch::Tensor m = data_->form == FrechetFactor::Cholesky ? congruenceByLowerTriangular(f, s2)
                                                              : torch::mm(torch::mm(f, s2), f);
    // The matrix is positive semi-definite: tiny negative eigenvalues are rounding, clamped to 0.
    const double traceOfRoot = torch::linalg::eigvalsh(m, "L").clamp_min(0.0).sqrt().sum().item<double>();
    double meanTerm = 0.0;
    for (int64_t i = 0; i < d; ++i) {
        const double diff = ref.mean[static_cast<size_t>(i)] - other.mean[static_cast<size_t>(i)];
        meanTerm += diff * diff;
    }
    return meanTerm + data_->trace + s2.trace().item<double>() - 2.0 * traceOfRoot;
}

double FrechetReference::distanceTo(const FeatureMatrix& features) const
{
    return distanceTo(computeFeatureStatistics(features));
}

double frechetDistance(const FeatureStatistics& a, const FeatureStatistics& b)
{
    return FrechetReference(a).distanceTo(b);
}

std::vector<int64_t> kidSubsetIndices(int64_t n, int64_t m, uint64_t seed, int subset, int stream)
{
    if (m < 0 || m > n)
        throw std::invalid_argument("KID subset of " + std::to_string(m) + " from " + std::to_string(n) + " rows");
    uint64_t state = seed;
    state = splitMix64(state) ^ (static_cast<uint64_t>(subset) * 2 + static_cast<uint64_t>(stream));
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    // The first m steps of a Fisher-Yates shuffle; the tiny modulo bias of 64-bit draws is irrelevant here.
    for (int64_t i = 0; i < m; ++i) {
        const auto j = i + static_cast<int64_t>(splitMix64(state) % static_cast<uint64_t>(n - i));
        std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(j)]);
    }
    order.resize(static_cast<size_t>(m));
    std::sort(order.begin(), order.end());
    return order;
}

double unbiasedPolynomialMmd2(const FeatureMatrix& x, const FeatureMatrix& y)
{
    if (x.cols != y.cols || x.rows != y.rows || x.rows < 2)
        throw std::invalid_argument("MMD needs two sets of the same size (at least 2) and dimension");
    torch::NoGradGuard noGrad;
    const torch::Tensor a = view(x), b = view(y);
    return mmd2FromKernels(polynomialKernel(a), polynomialKernel(b), polynomialKernel(a, b));
}

KidResult kernelInceptionDistance(const FeatureMatrix& x, const FeatureMatrix& y, const KidOptions& options)
{
    if (x.cols != y.cols)
        throw std::invalid_argument("feature dimensions differ: " + std::to_string(x.cols) + " and " +
                                    std::to_string(y.cols));
    if (x.rows < 2 || y.rows < 2)
        throw std::invalid_argument("KID needs at least 2 feature vectors in each set");
    if (options.subsets < 1 || options.subsetSize < 2)
        throw std::invalid_argument("KID needs at least 1 subset of at least 2 vectors");
    torch::NoGradGuard noGrad;
    const torch::Tensor a = view(x), b = view(y);
    const int64_t m = std::min<int64_t>({options.subsetSize, x.rows, y.rows});
    const double nx = double(x.rows), ny = double(y.rows), mm = double(m);
    // Either all kernel values once (then each subset only gathers), or the kernels of each subset:
    // whichever takes fewer multiply-adds, as long as the full matrices stay under 1 GiB.
    const double fullEntries = nx * nx + ny * ny + nx * ny;
    const bool precompute = fullEntries <= 3.0 * options.subsets * mm * mm && fullEntries * 8 <= double(1 << 30);
    torch::Tensor kxxAll, kyyAll, kxyAll;
    if (precompute) {
        kxxAll = polynomialKernel(a);
        kyyAll = polynomialKernel(b);
        kxyAll = polynomialKernel(a, b);
    }
    std::vector<double> values;
    values.reserve(static_cast<size_t>(options.subsets));
    for (int s = 0; s < options.subsets; ++s) {
        const std::vector<int64_t> ix = kidSubsetIndices(x.rows, m, options.seed, s, 0);
        const std::vector<int64_t> iy = kidSubsetIndices(y.rows, m, options.seed, s, 1);
        const torch::Tensor tx = indexTensor(ix), ty = indexTensor(iy);
        if (precompute) {
            values.push_back(mmd2FromKernels(kxxAll.index_select(0, tx).index_select(1, tx),
                                             kyyAll.index_select(0, ty).index_select(1, ty),
                                             kxyAll.index_select(0, tx).index_select(1, ty)));
        } else {
            const torch::Tensor sa = a.index_select(0, tx), sb = b.index_select(0, ty);
            values.push_back(mmd2FromKernels(polynomialKernel(sa), polynomialKernel(sb),
                                             polynomialKernel(sa, sb)));
        }
    }
    KidResult result;
    result.subsets = options.subsets;
    result.subsetSize = static_cast<int>(m);
    result.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    double squares = 0.0;
    for (double v : values)
        squares += (v - result.mean) * (v - result.mean);
    result.standardDeviation = std::sqrt(squares / double(values.size()));
    return result;
}

PairedImageMetrics pairedImageMetrics(const ImageSet& a, const ImageSet& b, double dataRange)
{
    if (a.count != b.count || a.channels != b.channels || a.height != b.height || a.width != b.width)
        throw std::invalid_argument("paired image metrics need two sets of the same count and image shape");
    if (a.count < 1 || a.height < 1 || a.width < 1 || a.values.size() != a.count * a.imageSize() ||
        b.values.size() != a.values.size())
        throw std::invalid_argument("paired image metrics need at least one complete image pair");
    if (!(dataRange > 0.0))
        throw std::invalid_argument("the data range of PSNR and SSIM must be positive");
    int window = std::min({11, a.height, a.width});
    if (window % 2 == 0)
        --window;
    PairedImageMetrics result;
    const size_t plane = static_cast<size_t>(a.height) * a.width;
    for (int i = 0; i < a.count; ++i) {
        const float* x = a.values.data() + i * a.imageSize();
        const float* y = b.values.data() + i * a.imageSize();
        double squaredError = 0.0;
        for (size_t k = 0; k < a.imageSize(); ++k) {
            const double diff = double(x[k]) - double(y[k]);
            squaredError += diff * diff;
        }
        const double mse = squaredError / double(a.imageSize());
        result.psnr.push_back(mse == 0.0 ? std::numeric_limits<double>::infinity()
                                         : 10.0 * std::log10(dataRange * dataRange / mse));
        double ssim = 0.0;
        for (int c = 0; c < a.channels; ++c)
            ssim += ssimChannel(x + c * plane, y + c * plane, a.height, a.width, window, dataRange);
        result.ssim.push_back(ssim / a.channels);
    }
    result.meanPsnr = std::accumulate(result.psnr.begin(), result.psnr.end(), 0.0) / a.count;
    result.meanSsim = std::accumulate(result.ssim.begin(), result.ssim.end(), 0.0) / a.count;
    return result;
}

}  // namespace medsynth::engine
