#include "medsynth/engine/PhantomGenerator.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <thread>

// The slice is painted analytically, pixel by pixel, in "head space": the pixel centre is moved
// into a frame where the head is a fixed ellipse, so every tissue boundary is a level of the
// elliptical radius (perturbed by noise). Edges are ramps one pixel wide, a cheap stand-in for
// partial-volume blurring, so small slices do not alias.
//
// Determinism: all randomness comes from splitmix64 streams seeded by (seed, index, stream), and
// the value noise hashes its lattice points, so nothing depends on evaluation order, threads or a
// standard library's distributions. Only std::sin/cos (a few per slice) and std::sqrt are used.

namespace medsynth::engine {
namespace {

constexpr int kMinSize = 8;
constexpr int kMaxSize = 1024;

uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Independent streams per slice: shape, lesion, pixel noise and the noise fields each get their own,
// so e.g. the lesion probability never changes the anatomy of a slice.
enum class Stream : uint64_t { Shape = 1, Lesion = 2, PixelNoise = 3, Texture = 4 };

uint64_t streamSeed(uint64_t seed, int index, Stream stream) {
    uint64_t h = mix64(seed + 0x9E3779B97F4A7C15ull);
    h = mix64(h ^ (static_cast<uint64_t>(static_cast<uint32_t>(index)) * 0xD6E8FEB86659FD93ull));
    return mix64(h ^ (static_cast<uint64_t>(stream) * 0xA0761D6478BD642Full));
}

class SplitMix64 {
public:
    explicit SplitMix64(uint64_t seed) : state_(seed) {}
    uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ull;
        return mix64(state_);
    }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Approximately standard normal: the sum of four uniforms (Irwin-Hall), rescaled. Bounded
    // tails are fine for image noise and keep the arithmetic exact across platforms.
    double gaussian() {
        const double sum = uniform() + uniform() + uniform() + uniform();
        return (sum - 2.0) * 1.7320508075688772;  // variance 4/12 -> 1
    }

private:
    uint64_t state_;
};

// Smooth 2-D value noise in [0, 1]: random values on the integer lattice, blended with a
// smoothstep; fractal() sums octaves of doubling frequency and halving amplitude.
class ValueNoise {
public:
    explicit ValueNoise(uint64_t seed) : seed_(mix64(seed)) {}

    double at(double x, double y) const {
        const double fx = std::floor(x), fy = std::floor(y);
        const int64_t ix = static_cast<int64_t>(fx), iy = static_cast<int64_t>(fy);
        const double tx = fade(x - fx), ty = fade(y - fy);
        const double v00 = lattice(ix, iy), v10 = lattice(ix + 1, iy);
        const double v01 = lattice(ix, iy + 1), v11 = lattice(ix + 1, iy + 1);
        const double top = v00 + (v10 - v00) * tx;
        const double bottom = v01 + (v11 - v01) * tx;
        return top + (bottom - top) * ty;
    }

    double fractal(double x, double y, int octaves) const {
        double sum = 0.0, amplitude = 1.0, total = 0.0;
        for (int octave = 0; octave < octaves; ++octave) {
            // An odd offset per octave keeps lattice points of different octaves from lining up.
            sum += amplitude * at(x + 17.31 * octave, y - 11.07 * octave);
            total += amplitude;
            amplitude *= 0.5;
            x *= 2.0;
            y *= 2.0;
        }
        return sum / total;
    }

private:
    static double fade(double t) { return t * t * (3.0 - 2.0 * t); }
    double lattice(int64_t ix, int64_t iy) const {
        const uint64_t h = mix64(seed_ ^ (static_cast<uint64_t>(ix) * 0x9E3779B97F4A7C15ull)
                                 ^ (static_cast<uint64_t>(iy) * 0xC2B2AE3D27D4EB4Full));
        return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);
    }
    uint64_t seed_;
};

double clamp01(double v) { return v < 0.0 ? 0.0 : (v > 1.0 ? 1.0 : v); }
double mix(double a, double b, double t) { return a + (b - a) * t; }
// 0 well below edge, 1 well above, a linear ramp of width 2*soft around it.
double ramp(double x, double edge, double soft) { return clamp01((x - edge) / (2.0 * soft) + 0.5); }

// T2-like intensities, [0, 1].
constexpr double kCsf = 0.92;
constexpr double kGreyMatter = 0.56;
constexpr double kWhiteMatter = 0.38;
constexpr double kDeepGrey = 0.50;
constexpr double kBone = 0.05;
constexpr double kMarrow = 0.16;
constexpr double kScalp = 0.70;
constexpr double kLesion = 0.86;

// Radii, as fractions of the head's outer elliptical radius.
constexpr double kScalpInner = 0.935;
constexpr double kSkullInner = 0.872;
constexpr double kBrainEdge = 0.850;

struct Ellipse {
    double cx, cy, ax, ay, cosA, sinA;
    // < 1 inside, 1 on the border.
    double radius(double x, double y) const {
        const double dx = x - cx, dy = y - cy;
        const double u = (dx * cosA + dy * sinA) / ax;
        const double v = (-dx * sinA + dy * cosA) / ay;
        return std::sqrt(u * u + v * v);
    }
};

Ellipse makeEllipse(double cx, double cy, double ax, double ay, double angle) {
    return {cx, cy, ax, ay, std::cos(angle), std::sin(angle)};
}

// Everything that varies from slice to slice, drawn once per slice.
struct SliceAnatomy {
    double scale, centreX, centreY, cosR, sinR;  // head placement in the image
    double headAx, headAy;                       // head ellipse semi-axes, head space
    double skullThickness;                       // multiplies the skull band
    Ellipse ventricles[4];                       // frontal horns and bodies, left/right
    Ellipse deepGrey[2];                         // basal ganglia / thalamus
    double biasX, biasY;                         // linear coil-sensitivity field
    double noiseSigma;
    bool hasLesion = false;
    double lesionX = 0, lesionY = 0, lesionRadius = 0;
};

SliceAnatomy drawAnatomy(int index, const PhantomOptions& options) {
    SplitMix64 rng(streamSeed(options.seed, index, Stream::Shape));
    SliceAnatomy a{};
    a.scale = rng.uniform(0.88, 0.98);
    a.centreX = rng.uniform(-0.04, 0.04);
    a.centreY = rng.uniform(-0.04, 0.04);
    const double rotation = rng.uniform(-0.14, 0.14);  // about +-8 degrees
    a.cosR = std::cos(rotation);
    a.sinR = std::sin(rotation);
    a.headAx = 0.76 * rng.uniform(0.94, 1.04);
    a.headAy = 0.94;
    a.skullThickness = rng.uniform(0.8, 1.25);

    // The butterfly: frontal horns diverging forwards (up), bodies diverging backwards.
    const double vs = rng.uniform(0.7, 1.3);
    const double spread = rng.uniform(0.85, 1.15);
    const double hornTilt = rng.uniform(0.12, 0.30);
    const double bodyTilt = rng.uniform(0.10, 0.25);
    const double side[2] = {-1.0, 1.0};
    for (int s = 0; s < 2; ++s) {
        a.ventricles[s] = makeEllipse(side[s] * 0.075 * spread, -0.12 * vs, 0.048 * vs, 0.14 * vs,
                                      side[s] * hornTilt);
        a.ventricles[2 + s] = makeEllipse(side[s] * 0.095 * spread, 0.11 * vs, 0.036 * vs, 0.15 * vs,
                                          -side[s] * bodyTilt);
        a.deepGrey[s] = makeEllipse(side[s] * 0.22, 0.02, 0.075, 0.14, side[s] * 0.25);
    }
    a.biasX = rng.uniform(-0.07, 0.07);
    a.biasY = rng.uniform(-0.07, 0.07);
    a.noiseSigma = rng.uniform(0.012, 0.025);

    SplitMix64 lesionRng(streamSeed(options.seed, index, Stream::Lesion));
    a.hasLesion = lesionRng.uniform() < options.lesionProbability;
    if (a.hasLesion) {
        a.lesionRadius = lesionRng.uniform(0.045, 0.10);
        // A centre inside the white matter, away from the ventricles; a few deterministic tries.
        for (int attempt = 0; attempt < 32; ++attempt) {
            const double x = lesionRng.uniform(-0.42, 0.42) * a.headAx;
            const double y = lesionRng.uniform(-0.45, 0.45) * a.headAy;
            const double rho = std::sqrt((x / a.headAx) * (x / a.headAx) + (y / a.headAy) * (y / a.headAy));
            bool clear = rho + a.lesionRadius / a.headAx < 0.62;
            for (const Ellipse& v : a.ventricles) clear = clear && v.radius(x, y) > 1.8;
            a.lesionX = x;
            a.lesionY = y;
            if (clear) break;
        }
    }
    return a;
}

struct NoiseFields {
    ValueNoise boundary, folds, sulci, texture, lesion;
    explicit NoiseFields(uint64_t seed)
        : boundary(seed ^ 0x1111), folds(seed ^ 0x2222), sulci(seed ^ 0x3333), texture(seed ^ 0x4444),
          lesion(seed ^ 0x5555) {}
};

struct PixelResult {
    double intensity;
    bool inLesion;
};

// The noiseless tissue intensity at head-space point (x, y). rho is the elliptical radius of the
// head (1 at the skin), soft the width of an edge ramp in rho units.
PixelResult paintBrain(double x, double y, double rho, double soft, const SliceAnatomy& a,
                       const NoiseFields& n) {
    const double rb = rho / kBrainEdge;  // 1 at the brain's surface
    const double texture = n.texture.fractal(x * 9.0, y * 9.0, 4);

    // Gyri: the grey/white border undulates; sulci are thin CSF valleys through the cortex.
    const double fold = n.folds.fractal(x * 7.0, y * 7.0, 3);
    const double whiteEdge = 0.80 + 0.16 * (fold - 0.5);
    const double greyness = ramp(rb, whiteEdge, soft * 1.5);
    double v = mix(kWhiteMatter + 0.07 * (texture - 0.5), kGreyMatter + 0.09 * (texture - 0.5), greyness);

    for (const Ellipse& e : a.deepGrey) {
        const double r = e.radius(x, y);
        if (r < 1.3) v = mix(v, kDeepGrey + 0.05 * (texture - 0.5), 1.0 - ramp(r, 1.0, 0.18));
    }

    const double sulcusDepth = ramp(rb, whiteEdge + 0.04, soft);  // only in the cortex
    if (sulcusDepth > 0.0) {
        // Sampled along a circle that grows slowly with depth: contours run radially, like sulci.
        const double ex = x / a.headAx, ey = y / a.headAy;
        const double inverse = 1.0 / std::max(rho, 1e-6);
        const double reach = 5.0 + 4.5 * rb;
        const double ridge = std::fabs(n.sulci.fractal(ex * inverse * reach, ey * inverse * reach, 2) - 0.5);
        const double sulcus = 1.0 - ramp(ridge, 0.022, 0.010 + soft * 0.10);
        v = mix(v, kCsf, sulcus * sulcusDepth);
    }

    // Interhemispheric fissure, front and back of the ventricles.
    const double ventricleZone = std::fabs(y) / a.headAy;
    if (ventricleZone > 0.40) {
        const double width = 0.010 + 0.004 * rb;
        const double fissure = 1.0 - ramp(std::fabs(x), width, soft * a.headAx * 0.5);
        v = mix(v, kCsf, fissure * ramp(ventricleZone, 0.44, 0.03));
    }

    double ventricle = 1e9;
    for (const Ellipse& e : a.ventricles) ventricle = std::min(ventricle, e.radius(x, y));
    if (ventricle < 1.5) v = mix(v, kCsf, 1.0 - ramp(ventricle, 1.0, 0.12));

    bool inLesion = false;
    if (a.hasLesion) {
        const double dx = x - a.lesionX, dy = y - a.lesionY;
        const double reach = a.lesionRadius * 1.6;
        if (dx * dx + dy * dy < reach * reach) {
            const double wobble = n.lesion.fractal(x * 18.0, y * 18.0, 3);
            const double radius = a.lesionRadius * (0.70 + 0.60 * wobble);
            const double r = std::sqrt(dx * dx + dy * dy) / radius;
            const double inside = 1.0 - ramp(r, 1.0, 0.15 + soft);
            v = mix(v, kLesion + 0.06 * (texture - 0.5), inside);
            inLesion = r < 1.0;
        }
    }
    return {v, inLesion};
}

void checkSize(int size) {
    if (size < kMinSize || size > kMaxSize)
        throw std::invalid_argument("phantom size must be between " + std::to_string(kMinSize) + " and "
                                    + std::to_string(kMaxSize) + " pixels (got " + std::to_string(size) + ")");
}

}  // namespace

PhantomSlice generatePhantomSlice(int index, const PhantomOptions& options) {
    checkSize(options.size);
    const int size = options.size;
    const SliceAnatomy a = drawAnatomy(index, options);
    const NoiseFields noise(streamSeed(options.seed, index, Stream::Texture));
    SplitMix64 pixelNoise(streamSeed(options.seed, index, Stream::PixelNoise));

    PhantomSlice slice;
    slice.size = size;
    slice.intensity.assign(static_cast<size_t>(size) * size, 0.0f);
    slice.lesionMask.assign(static_cast<size_t>(size) * size, 0);
    slice.hasLesion = a.hasLesion;
    slice.label = a.hasLesion ? 1 : 0;

    const double pixel = 2.0 / size;                           // image units per pixel
    const double soft = 0.5 * pixel / (a.scale * a.headAx);    // half a pixel, in rho units
    const double skullScale = a.skullThickness;
    const double skullInner = 1.0 - (1.0 - kSkullInner) * skullScale;
    const double scalpInner = 1.0 - (1.0 - kScalpInner) * std::min(skullScale, 1.0);
    const double marrowLow = skullInner + 0.38 * (scalpInner - skullInner);
    const double marrowHigh = skullInner + 0.62 * (scalpInner - skullInner);
    const double brainEdge = std::min(kBrainEdge, skullInner - 0.018);

    for (int row = 0; row < size; ++row) {
        const double iy = (row + 0.5) * pixel - 1.0 - a.centreY;
        for (int col = 0; col < size; ++col) {
            const double ix = (col + 0.5) * pixel - 1.0 - a.centreX;
            // Image -> head space: undo the rotation and the scale.
            const double x = (ix * a.cosR + iy * a.sinR) / a.scale;
            const double y = (-ix * a.sinR + iy * a.cosR) / a.scale;
            const double ex = x / a.headAx, ey = y / a.headAy;
            const double rhoPlain = std::sqrt(ex * ex + ey * ey);

            double signal = 0.0;
            bool inLesion = false;
            if (rhoPlain < 1.08) {
                // Bumpy outline of head and skull.
                const double rho = rhoPlain * (1.0 + 0.03 * (noise.boundary.fractal(x * 3.0, y * 3.0, 2) - 0.5));
                double v = 0.0;
                if (rho < brainEdge + 2.0 * soft) {
                    const PixelResult brain = paintBrain(x, y, rho * kBrainEdge / brainEdge, soft, a, noise);
                    v = brain.intensity;
                    inLesion = brain.inLesion && rho < brainEdge;
                }
                v = mix(v, kCsf, ramp(rho, brainEdge, soft));
                const double marrow = ramp(rho, marrowLow, soft) * (1.0 - ramp(rho, marrowHigh, soft));
                v = mix(v, mix(kBone, kMarrow, marrow), ramp(rho, skullInner, soft));
                v = mix(v, kScalp, ramp(rho, scalpInner, soft));
                v = mix(v, 0.0, ramp(rho, 1.0, soft));
                signal = v * (1.0 + a.biasX * ix + a.biasY * iy);
            }

            // Rician magnitude noise: |signal + complex gaussian|.
            const double re = signal + a.noiseSigma * pixelNoise.gaussian();
            const double im = a.noiseSigma * pixelNoise.gaussian();
            const size_t at = static_cast<size_t>(row) * size + col;
            slice.intensity[at] = static_cast<float>(clamp01(std::sqrt(re * re + im * im)));
            slice.lesionMask[at] = inLesion ? 1 : 0;
        }
    }

    if (slice.hasLesion && std::find(slice.lesionMask.begin(), slice.lesionMask.end(), 1) == slice.lesionMask.end()) {
        // A lesion smaller than a pixel still marks the pixel under its centre, so that label 1
        // always comes with a non-empty mask.
        const double ix = a.lesionX * a.scale, iy = a.lesionY * a.scale;
        const double rx = ix * a.cosR - iy * a.sinR + a.centreX;
        const double ry = ix * a.sinR + iy * a.cosR + a.centreY;
        const int col = std::clamp(static_cast<int>(std::floor((rx + 1.0) / pixel)), 0, size - 1);
        const int row = std::clamp(static_cast<int>(std::floor((ry + 1.0) / pixel)), 0, size - 1);
        slice.lesionMask[static_cast<size_t>(row) * size + col] = 1;
    }
    return slice;
}

ImageSet generatePhantomImageSet(int count, int size, int channels, uint64_t seed) {
    checkSize(size);
    if (count < 0) throw std::invalid_argument("phantom image count must not be negative");
    if (channels < 1 || channels > 4)
        throw std::invalid_argument("phantom channels must be between 1 and 4 (got " + std::to_string(channels) + ")");

    ImageSet set;
    set.count = count;
    set.channels = channels;
    set.height = size;
    set.width = size;
    set.values.resize(set.imageSize() * count);
    set.labels.resize(count);
    set.masks.resize(set.maskSize() * count);

    PhantomOptions options;
    options.size = size;
    options.seed = seed;
    const size_t plane = static_cast<size_t>(size) * size;
    auto generateRange = [&](int begin, int step) {
        for (int i = begin; i < count; i += step) {
            const PhantomSlice slice = generatePhantomSlice(i, options);
            float* image = set.values.data() + set.imageSize() * i;
            for (size_t p = 0; p < plane; ++p) image[p] = slice.intensity[p] * 2.0f - 1.0f;
            for (int c = 1; c < channels; ++c) std::copy(image, image + plane, image + plane * c);
            set.labels[i] = slice.label;
            std::copy(slice.lesionMask.begin(), slice.lesionMask.end(), set.masks.begin() + plane * i);
        }
    };

    // Slices are independent, so threads change nothing in the result, only the wall time.
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::clamp(std::min(hardware, count / 32), 1, 8);
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t) workers.emplace_back(generateRange, t, threads);
    generateRange(0, threads);
    for (std::thread& worker : workers) worker.join();
    return set;
}

}  // namespace medsynth::engine
