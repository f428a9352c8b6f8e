// Metrics, NumPy files and feature extractors, checked against closed forms and against Debian's
// NumPy/SciPy (/usr/bin/python3 with python3-numpy and python3-scipy) on files this suite writes.
// The TorchScript extractor is tested on modules this suite scripts with LibTorch's C++ API
// (torch::jit::Module::define), since Debian's python3-torch is not required.

#include "medsynth/engine/Sha256.h"
#include "medsynth/engine/FeatureExtractor.h"
#include "medsynth/engine/Metrics.h"
#include "medsynth/engine/NpyArray.h"
#include "medsynth/engine/PhantomGenerator.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace medsynth::engine;

namespace {

struct PythonResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs Debian's interpreter (not whatever python3 is first on PATH) with a script and arguments.
PythonResult python(const QString& script, const QStringList& args = {})
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{"-c", script} + args);
    if (!p.waitForFinished(600000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

std::vector<double> pythonNumbers(const PythonResult& r)
{
    std::vector<double> values;
    for (const QString& token : r.out.split(QRegularExpression("\\s+"), Qt::SkipEmptyParts))
        values.push_back(token.toDouble());
    return values;
}

// Correlated Gaussian features: x = z A + shift, A with decaying columns so the covariance is not
// a multiple of the identity.
FeatureMatrix randomFeatures(int64_t rows, int64_t cols, double shift, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> mix(static_cast<size_t>(cols * cols));
    for (int64_t i = 0; i < cols; ++i)
        for (int64_t j = 0; j < cols; ++j)
            mix[static_cast<size_t>(i * cols + j)] = (i == j ? 1.0 : 0.0) + 0.3 * normal(rng) / std::sqrt(double(cols));
    FeatureMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.values.assign(static_cast<size_t>(rows * cols), 0.0);
    std::vector<double> z(static_cast<size_t>(cols));
    for (int64_t r = 0; r < rows; ++r) {
        for (double& v : z)
            v = normal(rng);
        for (int64_t j = 0; j < cols; ++j) {
            double s = shift + 0.01 * double(j % 7);
            for (int64_t i = 0; i < cols; ++i)
                s += z[static_cast<size_t>(i)] * mix[static_cast<size_t>(i * cols + j)] / (1.0 + 0.02 * double(i));
            m.values[static_cast<size_t>(r * cols + j)] = s;
        }
    }
    return m;
}

void writeMatrix(const QString& path, const FeatureMatrix& m)
{
    writeNpy(path.toStdString(), {m.rows, m.cols}, m.values);
}

bool closeRelative(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance * std::max(std::abs(a), std::abs(b));
}

QString expectThrow(const std::function<void()>& f)
{
    try {
        f();
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

ImageSet imagesFrom(int count, int channels, int height, int width, const std::function<float(int, int, int, int)>& f)
{
    ImageSet s;
    s.count = count;
    s.channels = channels;
    s.height = height;
    s.width = width;
    for (int n = 0; n < count; ++n)
        for (int c = 0; c < channels; ++c)
            for (int y = 0; y < height; ++y)
                for (int x = 0; x < width; ++x)
                    s.values.push_back(f(n, c, y, x));
    return s;
}

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

class MetricsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void npyRoundTripThroughNumpy()
    {
        QTemporaryDir dir;
        const QString f32 = dir.filePath("f32.npy"), f64 = dir.filePath("f64.npy"), scalar = dir.filePath("s.npy");
        const std::vector<float> floats = {1.5f, -2.25f, 3e-8f, 4e30f, 0.f, -0.f};
        const std::vector<double> doubles = {1.0 / 3.0, -1e-300, 2.5e300, 7, 8, 9, 10, 11};
        writeNpy(f32.toStdString(), {2, 3}, floats);
        writeNpy(f64.toStdString(), {2, 2, 2}, doubles);
        writeNpy(scalar.toStdString(), {}, std::vector<double>{42.0});
        const NpyArray a = readNpy(f32.toStdString());
        QCOMPARE(a.type, NpyType::Float32);
        QCOMPARE(a.shape, (std::vector<int64_t>{2, 3}));
        QCOMPARE(a.toFloat(), floats);
        const NpyArray b = readNpy(f64.toStdString());
        QCOMPARE(b.toDouble(), doubles);
        QCOMPARE(readNpy(scalar.toStdString()).count(), size_t(1));
        QCOMPARE(readNpy(scalar.toStdString()).toDouble().front(), 42.0);
        // numpy reads what we wrote, bit for bit.
        const PythonResult r = python(R"(
import sys, numpy as np
a = np.load(sys.argv[1]); b = np.load(sys.argv[2]); s = np.load(sys.argv[3])
assert a.dtype == np.float32 and a.shape == (2, 3) and a.flags.c_contiguous
assert b.dtype == np.float64 and b.shape == (2, 2, 2)
assert s.shape == () and s == 42.0
assert (a.ravel() == np.array([1.5, -2.25, 3e-8, 4e30, 0, -0], dtype=np.float32)).all()
assert (b.ravel() == np.array([1/3, -1e-300, 2.5e300, 7, 8, 9, 10, 11])).all()
print('ok'))",
                                      {f32, f64, scalar});
        QVERIFY2(r.exitCode == 0 && r.out.trimmed() == "ok", qPrintable(r.err));
        QVERIFY(expectThrow([&] { writeNpy(f32.toStdString(), {2, 2}, floats); }).contains("4 values"));
    }

    void npyEveryDtypeOrderAndVersionFromNumpy()
    {
        QTemporaryDir dir;
        const PythonResult r = python(R"(
import sys, os, numpy as np
d = sys.argv[1]
codes = ['b1', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f4', 'f8']
for code in codes:
    for order in '<>':
        base = np.arange(24).reshape(2, 3, 4)
        if code == 'b1':
            v = (base % 3 == 0)
        elif code[0] == 'i':
            v = (base - 11).astype(order + code)
        else:
            v = base.astype(order + code)
        if code in ('f4', 'f8'):
            v = (base * 0.5 - 3).astype(order + code)
        np.save(os.path.join(d, 'c_%s_%s.npy' % (code, 'le' if order == '<' else 'be')), v)
        np.save(os.path.join(d, 'f_%s_%s.npy' % (code, 'le' if order == '<' else 'be')), np.asfortranarray(v))
for version in [(1, 0), (2, 0), (3, 0)]:
    with open(os.path.join(d, 'v%d.npy' % version[0]), 'wb') as f:
        np.lib.format.write_array(f, np.arange(6, dtype='>f8').reshape(3, 2).T, version=version)
np.save(os.path.join(d, 'empty.npy'), np.zeros((0, 5), dtype='f4'))
print('ok')
)",
                                      {dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::vector<std::pair<const char*, NpyType>> codes = {
            {"b1", NpyType::Bool},   {"i1", NpyType::Int8},   {"u1", NpyType::UInt8},   {"i2", NpyType::Int16},
            {"u2", NpyType::UInt16}, {"i4", NpyType::Int32},  {"u4", NpyType::UInt32},  {"i8", NpyType::Int64},
            {"u8", NpyType::UInt64}, {"f4", NpyType::Float32}, {"f8", NpyType::Float64}};
        for (const auto& [code, type] : codes)
            for (const char* order : {"c", "f"})
                for (const char* endian : {"le", "be"}) {
                    const QString name = QString("%1_%2_%3.npy").arg(order, code, endian);
                    const NpyArray a = readNpy(dir.filePath(name).toStdString());
                    QCOMPARE(a.type, type);
                    QCOMPARE(a.shape, (std::vector<int64_t>{2, 3, 4}));
                    QCOMPARE(a.bytes.size(), size_t(24) * npyItemSize(type));
                    const std::vector<double> v = a.toDouble();
                    const std::vector<float> f = a.toFloat();
                    for (int i = 0; i < 24; ++i) {
                        double expected = i;
                        if (type == NpyType::Bool)
                            expected = i % 3 == 0 ? 1 : 0;
                        else if (code[0] == 'i')
                            expected = i - 11;
                        else if (code[0] == 'f')
                            expected = i * 0.5 - 3;
                        QVERIFY2(v[static_cast<size_t>(i)] == expected, qPrintable(name + " at " + QString::number(i)));
                        QCOMPARE(double(f[static_cast<size_t>(i)]), expected);
                    }
                }
        for (const char* v : {"v1.npy", "v2.npy", "v3.npy"}) {
            const NpyArray a = readNpy(dir.filePath(v).toStdString());
            QCOMPARE(a.shape, (std::vector<int64_t>{2, 3}));
            QCOMPARE(a.toDouble(), (std::vector<double>{0, 2, 4, 1, 3, 5}));  // the transpose, in C order
        }
        const NpyArray empty = readNpy(dir.filePath("empty.npy").toStdString());
        QCOMPARE(empty.count(), size_t(0));
        QCOMPARE(empty.shape, (std::vector<int64_t>{0, 5}));
    }

    void npyRefusesMalformedFiles()
    {
        QTemporaryDir dir;
        const PythonResult r = python(R"(
import sys, os, numpy as np
d = sys.argv[1]
np.save(os.path.join(d, 'good.npy'), np.arange(100, dtype='f8'))
np.save(os.path.join(d, 'object.npy'), np.array([{}, 1], dtype=object), allow_pickle=True)
np.save(os.path.join(d, 'string.npy'), np.array(['abc']))
np.save(os.path.join(d, 'complex.npy'), np.array([1 + 2j]))
np.save(os.path.join(d, 'half.npy'), np.array([1], dtype='f2'))
np.save(os.path.join(d, 'structured.npy'), np.zeros(2, dtype=[('a', 'f4'), ('b', 'i4')]))
print('ok')
)",
                                      {dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::string good = readAll(dir.filePath("good.npy"));
        QVERIFY(good.size() > 800);
        auto parse = [](const std::string& bytes, size_t maxBytes = size_t(4) << 30) {
            return expectThrow([&] {
                parseNpy(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), "x.npy", maxBytes);
            });
        };
        QVERIFY(parse(good).isEmpty());
        QCOMPARE(parse(good.substr(0, good.size() - 1)).left(21), QString("x.npy: truncated data"));
        QVERIFY(parse(good.substr(0, 40)).contains("truncated header"));
        QVERIFY(parse(good.substr(0, 9)).contains("truncated header"));
        QVERIFY(parse("").contains("bad magic"));
        std::string badMagic = good;
        badMagic[1] = 'X';
        QVERIFY(parse(badMagic).contains("bad magic"));
        std::string badVersion = good;
        badVersion[6] = 9;
        QVERIFY(parse(badVersion).contains("version 9"));
        QVERIFY(parse(good, 799).contains("exceeds the limit"));

        // Hand-written headers: version 1.0, the dict padded to a 64-byte boundary.
        auto npy = [](const std::string& dict, size_t dataBytes = 0) {
            std::string h = dict;
            while ((10 + h.size() + 1) % 64)
                h += ' ';
            h += '\n';
            std::string s("\x93NUMPY\x01\x00", 8);
            s += char(h.size() & 0xff);
            s += char(h.size() >> 8);
            return s + h + std::string(dataBytes, '\0');
        };
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", 48)).isEmpty());
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2L, 3L)}", 48)).isEmpty());
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4611686018427387904), }"))
                    .contains("overflows"));
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000,), }")).contains("exceeds"));
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,), }"))
                    .contains("too large"));
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }")).contains("non-negative"));
        QVERIFY(parse(npy("{'descr': '<f8', 'shape': (2,), }", 16)).contains("lacks"));
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': Maybe, 'shape': (2,), }", 16)).contains("True or False"));
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'x': 1}", 16)).contains("unexpected key"));
        QVERIFY(parse(npy("['descr', '<f8']", 16)).contains("malformed header"));
        QVERIFY(parse(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,) } trailing", 16)).contains("after"));
        QVERIFY(parse(npy("{'descr': '<f8, 'fortran_order': False, 'shape': (2,)}", 16)).contains("malformed header"));
        QVERIFY(parse(npy("{'descr': '|f8', 'fortran_order': False, 'shape': (2,)}", 16)).contains("byte order"));

        const std::vector<std::pair<const char*, const char*>> unsupported = {
            {"object.npy", "object"}, {"string.npy", "string"},  {"complex.npy", "complex"},
            {"half.npy", "'<f2'"},    {"structured.npy", "structured"}};
        for (const auto& [file, reason] : unsupported) {
            const QString message = expectThrow([&] { readNpy(dir.filePath(file).toStdString()); });
            QVERIFY2(message.contains(reason) && message.startsWith(dir.filePath(file) + ": "), qPrintable(message));
            QVERIFY(!message.contains('\n'));
        }
        QVERIFY(expectThrow([&] { readNpy(dir.filePath("missing.npy").toStdString()); }).contains("cannot open"));
    }

    void frechetAnalyticCases()
    {
        const int64_t d = 2048;
        FeatureStatistics zero, one;
        zero.count = one.count = 10000;
        zero.dimension = one.dimension = d;
        zero.mean.assign(static_cast<size_t>(d), 0.0);
        one.mean.assign(static_cast<size_t>(d), 1.0);
        zero.covariance.assign(static_cast<size_t>(d * d), 0.0);
        for (int64_t i = 0; i < d; ++i)
            zero.covariance[static_cast<size_t>(i * d + i)] = 1.0;
        one.covariance = zero.covariance;
        const double fid = frechetDistance(zero, one);
        QVERIFY2(std::abs(fid - 2048.0) < 1e-9 * 2048, qPrintable(QString::number(fid, 'g', 17)));
        QVERIFY(std::abs(frechetDistance(zero, zero)) < 1e-9);

        // Diagonal covariances: sum (sqrt(a_i) - sqrt(b_i))^2 + |mu1 - mu2|^2.
        const int64_t n = 300;
        FeatureStatistics a, b;
        a.count = b.count = 100;
        a.dimension = b.dimension = n;
        a.covariance.assign(static_cast<size_t>(n * n), 0.0);
        b.covariance = a.covariance;
        double expected = 0.0;
        for (int64_t i = 0; i < n; ++i) {
            const double va = 0.5 + double(i % 17), vb = 2.0 + double(i % 5) * 0.3;
            a.covariance[static_cast<size_t>(i * n + i)] = va;
            b.covariance[static_cast<size_t>(i * n + i)] = vb;
            a.mean.push_back(std::sin(double(i)));
            b.mean.push_back(std::cos(double(i)));
            expected += std::pow(std::sqrt(va) - std::sqrt(vb), 2) + std::pow(a.mean.back() - b.mean.back(), 2);
        }
        QVERIFY2(closeRelative(frechetDistance(a, b), expected, 1e-10), qPrintable(QString::number(frechetDistance(a, b))));
        QVERIFY(closeRelative(frechetDistance(b, a), expected, 1e-10));

        // Identical full-rank statistics from features: zero up to rounding.
        const FeatureStatistics s = computeFeatureStatistics(randomFeatures(400, 64, 0.0, 5));
        double trace = 0.0;
        for (int64_t i = 0; i < 64; ++i)
            trace += s.covariance[static_cast<size_t>(i * 64 + i)];
        QVERIFY2(std::abs(frechetDistance(s, s)) < 1e-10 * trace, qPrintable(QString::number(frechetDistance(s, s))));

        QVERIFY(expectThrow([&] { frechetDistance(a, zero); }).contains("dimensions differ"));
        FeatureMatrix single;
        single.rows = 1;
        single.cols = 3;
        single.values = {1, 2, 3};
        QVERIFY(expectThrow([&] { computeFeatureStatistics(single); }).contains("at least 2"));
    }

    void frechetAgreesWithScipy()
    {
        QTemporaryDir dir;
        // Two sizes: a small one, and more samples than dimensions in 256 dimensions.
        const std::vector<std::pair<int64_t, int64_t>> sizes = {{200, 16}, {700, 256}};
        for (const auto& [rows, cols] : sizes) {
            const FeatureMatrix x = randomFeatures(rows, cols, 0.0, 11 + uint64_t(cols));
            const FeatureMatrix y = randomFeatures(rows + 37, cols, 0.2, 99 + uint64_t(cols));
            const QString fx = dir.filePath("x.npy"), fy = dir.filePath("y.npy");
            writeMatrix(fx, x);
            writeMatrix(fy, y);
            const PythonResult r = python(R"(
import sys, numpy as np, scipy.linalg
x = np.load(sys.argv[1]); y = np.load(sys.argv[2])
m1, m2 = x.mean(0), y.mean(0)
s1, s2 = np.cov(x, rowvar=False), np.cov(y, rowvar=False)
covmean, _ = scipy.linalg.sqrtm(s1.dot(s2), disp=False)
covmean = covmean.real
fid = ((m1 - m2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * np.trace(covmean)
print(repr(float(fid)), repr(float(np.abs(s1).max())), repr(float(s1[0, 1])), repr(float(s1[-1, 3])))
)",
                                          {fx, fy});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const std::vector<double> p = pythonNumbers(r);
            QCOMPARE(p.size(), size_t(4));
            const FeatureStatistics sx = computeFeatureStatistics(x), sy = computeFeatureStatistics(y);
            QVERIFY(std::abs(sx.covariance[1] - p[2]) <= 1e-12 * p[1]);
            QVERIFY(std::abs(sx.covariance[static_cast<size_t>((cols - 1) * cols + 3)] - p[3]) <= 1e-12 * p[1]);
            const double ours = frechetDistance(sx, sy);
            QVERIFY2(closeRelative(ours, p[0], 1e-6),
                     qPrintable(QString("ours %1, scipy %2").arg(ours, 0, 'g', 17).arg(p[0], 0, 'g', 17)));
            // The cached reference gives the same number, repeatedly, and from features directly.
            const FrechetReference reference(sx);
            QCOMPARE(reference.distanceTo(sy), ours);
            QCOMPARE(reference.distanceTo(y), ours);
            QCOMPARE(reference.statistics().count, rows);
        }
    }

    // The Cholesky factor and the symmetric square root give the same distance (the two matrices
    // are orthogonally similar); a singular reference covariance falls back to the square root.
    void frechetFactorsAgree()
    {
        const FeatureStatistics sx = computeFeatureStatistics(randomFeatures(900, 300, 0.0, 21));
        const FeatureStatistics sy = computeFeatureStatistics(randomFeatures(500, 300, 0.3, 22));
        const FrechetReference cholesky(sx), root(sx, FrechetFactor::SymmetricSquareRoot);
        QVERIFY(cholesky.form() == FrechetFactor::Cholesky);
        QVERIFY(root.form() == FrechetFactor::SymmetricSquareRoot);
        const double a = cholesky.distanceTo(sy), b = root.distanceTo(sy);
        QVERIFY2(closeRelative(a, b, 1e-10), qPrintable(QString("cholesky %1, root %2").arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
        QVERIFY(a > 1.0);

        // Fewer samples than dimensions: S1 is singular, has no Cholesky factor, and the reference
        // uses the square root instead, with the same result as asking for it.
        const FeatureStatistics few = computeFeatureStatistics(randomFeatures(120, 300, 0.0, 23));
        const FrechetReference fallback(few);
        QVERIFY(fallback.form() == FrechetFactor::SymmetricSquareRoot);
        QCOMPARE(fallback.distanceTo(sy), FrechetReference(few, FrechetFactor::SymmetricSquareRoot).distanceTo(sy));
        // And the other way round, a singular S2 against a Cholesky-factored S1. Its ~180 zero
        // eigenvalues come out as rounding noise of either sign in both routes, and their square
        // roots (~1e-8 each) differ between the routes: agreement to 1e-8, still far inside 1e-6.
        QVERIFY2(closeRelative(cholesky.distanceTo(few), root.distanceTo(few), 1e-8),
                 qPrintable(QString::number(cholesky.distanceTo(few) - root.distanceTo(few))));
    }

    void kidAgreesWithNumpy()
    {
        QTemporaryDir dir;
        const FeatureMatrix x = randomFeatures(200, 32, 0.0, 3), y = randomFeatures(150, 32, 0.15, 4);
        writeMatrix(dir.filePath("x.npy"), x);
        writeMatrix(dir.filePath("y.npy"), y);
        // Several subsets (all kernels computed once, then gathered) and a single subset (kernels
        // per subset): the two code paths of kernelInceptionDistance.
        for (const KidOptions options : {KidOptions{7, 100, 42}, KidOptions{1, 90, 5}}) {
            const int m = std::min(options.subsetSize, 150);
            std::vector<double> ix, iy;
            for (int s = 0; s < options.subsets; ++s) {
                const std::vector<int64_t> a = kidSubsetIndices(200, m, options.seed, s, 0);
                const std::vector<int64_t> b = kidSubsetIndices(150, m, options.seed, s, 1);
                QCOMPARE(int(a.size()), m);
                QVERIFY(std::adjacent_find(a.begin(), a.end(), std::greater_equal<>()) == a.end());  // distinct, sorted
                ix.insert(ix.end(), a.begin(), a.end());
                iy.insert(iy.end(), b.begin(), b.end());
            }
            writeNpy(dir.filePath("ix.npy").toStdString(), {options.subsets, m}, ix);
            writeNpy(dir.filePath("iy.npy").toStdString(), {options.subsets, m}, iy);
            const PythonResult r = python(R"(
import sys, numpy as np
d = sys.argv[1]
x = np.load(d + '/x.npy'); y = np.load(d + '/y.npy')
ix = np.load(d + '/ix.npy').astype(np.int64); iy = np.load(d + '/iy.npy').astype(np.int64)
D = x.shape[1]
k = lambda a, b: (a @ b.T / D + 1) ** 3
vals = []
for s in range(ix.shape[0]):
    a, b = x[ix[s]], y[iy[s]]
    m = a.shape[0]
    kxx, kyy, kxy = k(a, a), k(b, b), k(a, b)
    mmd = (kxx.sum() - np.trace(kxx) + kyy.sum() - np.trace(kyy)) / (m * (m - 1)) - 2 * kxy.sum() / (m * m)
    vals.append(mmd)
print(repr(float(np.mean(vals))), repr(float(np.std(vals))))
)",
                                          {dir.path()});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const std::vector<double> p = pythonNumbers(r);
            QCOMPARE(p.size(), size_t(2));
            const KidResult kid = kernelInceptionDistance(x, y, options);
            QCOMPARE(kid.subsets, options.subsets);
            QCOMPARE(kid.subsetSize, m);
            QVERIFY2(closeRelative(kid.mean, p[0], 1e-9),
                     qPrintable(QString("ours %1, numpy %2").arg(kid.mean, 0, 'g', 17).arg(p[0], 0, 'g', 17)));
            if (options.subsets > 1)
                QVERIFY2(closeRelative(kid.standardDeviation, p[1], 1e-6), qPrintable(QString::number(p[1])));
            else
                QCOMPARE(kid.standardDeviation, 0.0);
            QVERIFY(kid.mean > 0.0);
        }
        // Deterministic for a seed; another seed draws other subsets.
        const KidResult a = kernelInceptionDistance(x, y, {5, 50, 1}), b = kernelInceptionDistance(x, y, {5, 50, 1});
        QCOMPARE(a.mean, b.mean);
        QVERIFY(kernelInceptionDistance(x, y, {5, 50, 2}).mean != a.mean);
        // Two halves of one sample are near each other, far below a half of a shifted sample.
        auto rows = [](const FeatureMatrix& m, int64_t first, int64_t count) {
            FeatureMatrix part;
            part.rows = count;
            part.cols = m.cols;
            part.values.assign(m.row(first), m.row(first) + count * m.cols);
            return part;
        };
        const double sameDistribution = unbiasedPolynomialMmd2(rows(x, 0, 75), rows(x, 75, 75));
        const FeatureMatrix moved = randomFeatures(200, 32, 1.0, 3);  // x's distribution, mean moved by 1
        const double shifted = unbiasedPolynomialMmd2(rows(x, 0, 75), rows(moved, 75, 75));
        QVERIFY2(std::abs(sameDistribution) < 0.2 * shifted,
                 qPrintable(QString("same %1, shifted %2").arg(sameDistribution).arg(shifted)));
        QVERIFY(expectThrow([&] { kernelInceptionDistance(x, randomFeatures(10, 8, 0, 1)); }).contains("dimensions differ"));
    }

    void psnrAndSsimKnownCases()
    {
        const ImageSet noise = imagesFrom(3, 3, 24, 20, [](int n, int c, int y, int x) {
            return float(std::sin(0.7 * x + 1.3 * y + 2.1 * c + n) * 0.8);
        });
        PairedImageMetrics same = pairedImageMetrics(noise, noise);
        QVERIFY(std::isinf(same.meanPsnr) && same.meanPsnr > 0);
        for (double s : same.ssim)
            QVERIFY(std::abs(s - 1.0) < 1e-12);

        // A constant offset of 0.1 in a range of 2: MSE 0.01, PSNR 10 log10(4 / 0.01).
        const ImageSet zeros = imagesFrom(2, 1, 16, 16, [](int, int, int, int) { return 0.f; });
        const ImageSet offset = imagesFrom(2, 1, 16, 16, [](int, int, int, int) { return 0.1f; });
        const PairedImageMetrics m = pairedImageMetrics(zeros, offset, 2.0);
        const double mse = std::pow(double(0.1f), 2);
        QVERIFY(std::abs(m.meanPsnr - 10.0 * std::log10(4.0 / mse)) < 1e-9);
        QVERIFY(std::abs(m.psnr[0] - 26.0206) < 1e-3);
        // Constant images: SSIM = (2 a b + C1) / (a^2 + b^2 + C1), C1 = (0.01 * 2)^2.
        const double c1 = 0.02 * 0.02;
        QVERIFY(std::abs(m.meanSsim - c1 / (mse + c1)) < 1e-9);

        // Against a SciPy implementation of Wang et al.'s definition (valid 11x11 Gaussian window).
        const ImageSet other = imagesFrom(3, 3, 24, 20, [](int n, int c, int y, int x) {
            return float(std::sin(0.7 * x + 1.3 * y + 2.1 * c + n) * 0.6 + 0.2 * std::cos(0.3 * x * y + c));
        });
        QTemporaryDir dir;
        writeNpy(dir.filePath("a.npy").toStdString(), {3, 3, 24, 20}, noise.values);
        writeNpy(dir.filePath("b.npy").toStdString(), {3, 3, 24, 20}, other.values);
        const PythonResult r = python(R"(
import sys, numpy as np
from scipy.signal import correlate2d
a = np.load(sys.argv[1]).astype(np.float64); b = np.load(sys.argv[2]).astype(np.float64)
g = np.exp(-(np.arange(11) - 5) ** 2 / (2 * 1.5 ** 2)); g /= g.sum(); w = np.outer(g, g)
f = lambda im: correlate2d(im, w, mode='valid')
L = 2.0; C1 = (0.01 * L) ** 2; C2 = (0.03 * L) ** 2
out = []
for n in range(a.shape[0]):
    vals = []
    for c in range(a.shape[1]):
        x, y = a[n, c], b[n, c]
        mx, my = f(x), f(y)
        vx, vy, cxy = f(x * x) - mx ** 2, f(y * y) - my ** 2, f(x * y) - mx * my
        vals.append((((2 * mx * my + C1) * (2 * cxy + C2)) / ((mx ** 2 + my ** 2 + C1) * (vx + vy + C2))).mean())
    mse = ((a[n] - b[n]) ** 2).mean()
    out += [np.mean(vals), 10 * np.log10(L * L / mse)]
print(' '.join(repr(float(v)) for v in out))
)",
                                      {dir.filePath("a.npy"), dir.filePath("b.npy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::vector<double> p = pythonNumbers(r);
        QCOMPARE(p.size(), size_t(6));
        const PairedImageMetrics ours = pairedImageMetrics(noise, other);
        for (int n = 0; n < 3; ++n) {
            QVERIFY2(std::abs(ours.ssim[size_t(n)] - p[size_t(2 * n)]) < 1e-10,
                     qPrintable(QString("%1 vs %2").arg(ours.ssim[size_t(n)]).arg(p[size_t(2 * n)])));
            QVERIFY(std::abs(ours.psnr[size_t(n)] - p[size_t(2 * n + 1)]) < 1e-9);
        }
        QVERIFY(ours.meanSsim < 0.99 && ours.meanSsim > -1.0);
        QVERIFY(expectThrow([&] { pairedImageMetrics(noise, zeros); }).contains("same count"));
    }

    void builtinExtractorIsFixedAndDocumented()
    {
        const FeatureExtractor extractor = FeatureExtractor::builtin();
        QCOMPARE(QString::fromStdString(extractor.label()), QString("built-in features (medsynth-v1)"));
        QVERIFY(extractor.isBuiltin() && extractor.fileSha256().empty());
        const ImageSet images = generatePhantomImageSet(10, 64, 1, 7);
        const FeatureMatrix f = extractor.extract(images);
        QCOMPARE(f.rows, int64_t(10));
        QCOMPARE(f.cols, FeatureExtractor::kBuiltinDimension);
        QCOMPARE(f.values.size(), size_t(10 * 480));
        // Same weights in a second instance, same features; batch size does not matter.
        QCOMPARE(FeatureExtractor::builtin().extract(images).values, f.values);
        const FeatureMatrix batched = extractor.extract(images, 3);
        for (size_t i = 0; i < f.values.size(); ++i)
            QVERIFY(std::abs(batched.values[i] - f.values[i]) <= 1e-5 * (1 + std::abs(f.values[i])));
        // Informative: different images differ, and no feature is dead everywhere.
        double difference = 0.0;
        for (int64_t j = 0; j < f.cols; ++j)
            difference += std::abs(f.values[size_t(j)] - f.values[size_t(f.cols + j)]);
        QVERIFY(difference > 1e-3);
        // RGB copies of gray images give the gray features; larger images are area-averaged to 64.
        const ImageSet rgb = generatePhantomImageSet(10, 64, 3, 7);
        const FeatureMatrix g = extractor.extract(rgb);
        for (size_t i = 0; i < f.values.size(); ++i)
            QVERIFY(std::abs(g.values[i] - f.values[i]) <= 1e-5 * (1 + std::abs(f.values[i])));
        QCOMPARE(extractor.extract(generatePhantomImageSet(4, 128, 1, 7)).cols, int64_t(480));
        QCOMPARE(extractor.extract(generatePhantomImageSet(4, 32, 1, 7)).cols, int64_t(480));
    }

    void torchScriptExtractor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("tiny_features.pt");
        {
            // Channel means times two, and a marker of the input size it received (H * 1000 + C).
            torch::jit::Module m("TinyFeatures");
            m.register_attribute("input_size", c10::IntType::get(), int64_t(16));
            m.define(R"(
def forward(self, x):
    marker = torch.full([x.size(0), 1], float(x.size(2) * 1000 + x.size(1)))
    return (torch.cat([x.mean([2, 3]) * 2.0, marker], 1), x)
)");
            m.save(path.toStdString());
        }
        const FeatureExtractor extractor = FeatureExtractor::fromTorchScript(path.toStdString());
        QCOMPARE(QString::fromStdString(extractor.label()), QString("tiny_features.pt"));
        QVERIFY(!extractor.isBuiltin());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromStdString(extractor.fileSha256()),
                 QString(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));

        const ImageSet gray = generatePhantomImageSet(5, 32, 1, 3);
        const FeatureMatrix f = extractor.extract(gray, 2);
        QCOMPARE(f.rows, int64_t(5));
        QCOMPARE(f.cols, int64_t(4));
        for (int n = 0; n < 5; ++n) {
            double mean = 0.0;
            for (size_t k = 0; k < gray.imageSize(); ++k)
                mean += gray.values[n * gray.imageSize() + k];
            mean /= double(gray.imageSize());
            for (int c = 0; c < 3; ++c)  // gray repeated to 3 channels; area resize keeps the mean
                QVERIFY(std::abs(f.values[size_t(n * 4 + c)] - 2 * mean) < 1e-5);
            QCOMPARE(f.values[size_t(n * 4 + 3)], 16003.0);  // resized to the declared 16, 3 channels
        }
        // The constructor's size wins over the declared one.
        QCOMPARE(FeatureExtractor::fromTorchScript(path.toStdString(), 8).extract(gray).values[3], 8003.0);

        // A module that returns images, not features, is refused with a message.
        const QString wrong = dir.filePath("wrong.pt");
        {
            torch::jit::Module m("Wrong");
            m.define("def forward(self, x):\n    return x\n");
            m.save(wrong.toStdString());
        }
        const QString shapeError =
            expectThrow([&] { FeatureExtractor::fromTorchScript(wrong.toStdString()).extract(gray); });
        QVERIFY2(shapeError.contains("expected N x D"), qPrintable(shapeError));

        QVERIFY(expectThrow([&] { FeatureExtractor::fromTorchScript(dir.filePath("none.pt").toStdString()); })
                    .contains("cannot open"));
        QFile junk(dir.filePath("junk.pt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip archive");
        junk.close();
        const QString junkError = expectThrow([&] { FeatureExtractor::fromTorchScript(junk.fileName().toStdString()); });
        QVERIFY2(junkError.contains("not a TorchScript file") && !junkError.contains('\n'), qPrintable(junkError));
    }

    void sha256KnownVectors()
    {
        auto hex = [](const std::string& s) {
            return QString::fromStdString(sha256Hex(reinterpret_cast<const uint8_t*>(s.data()), s.size()));
        };
        QCOMPARE(hex(""), QString("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(hex("abc"), QString("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 QString("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(hex(std::string(1000000, 'a')),
                 QString("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        for (size_t length : {55, 56, 63, 64, 65, 119, 120, 128, 70000}) {
            std::string s(length, '\0');
            for (size_t i = 0; i < length; ++i)
                s[i] = char(i * 31 + 7);
            QCOMPARE(hex(s), QString(QCryptographicHash::hash(QByteArray(s.data(), int(length)),
                                                              QCryptographicHash::Sha256).toHex()));
        }
    }
};

QTEST_GUILESS_MAIN(MetricsTest)
#include "tst_Metrics.moc"
