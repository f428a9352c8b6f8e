#!/usr/bin/python3
"""The peer of run_frechet_bench.sh: the usual scipy.linalg.sqrtm-based FID (as in pytorch-fid)
on two N x D .npy feature files, or the feature files themselves.

  frechet_scipy.py make A.npy B.npy N D SEED   write two float32 feature sets (correlated, shifted)
  frechet_scipy.py fid A.npy B.npy             print one JSON line {"fid", "seconds", "statistics_seconds",
                                               "distance_seconds", "sqrtm_seconds"}

"seconds" covers the statistics (means, np.cov) and the distance, not the loading of the files;
"distance_seconds" is the distance from the statistics (s1.dot(s2), sqrtm, traces).
"""
import json
import sys
import time

import numpy as np
import scipy.linalg


def make(a_path, b_path, n, d, seed):
    rng = np.random.default_rng(seed)
    mixing = rng.standard_normal((256, d)) / 16.0  # low-rank structure shared by both sets
    for path, shift in ((a_path, 0.0), (b_path, 0.05)):
        z = rng.standard_normal((n, 256))
        x = z @ mixing + 0.5 * rng.standard_normal((n, d)) + shift
        np.save(path, x.astype(np.float32))


def fid(a_path, b_path):
    x = np.load(a_path)
    y = np.load(b_path)
    start = time.perf_counter()
    mu1, mu2 = x.mean(axis=0, dtype=np.float64), y.mean(axis=0, dtype=np.float64)
    s1, s2 = np.cov(x, rowvar=False), np.cov(y, rowvar=False)
    distance_start = time.perf_counter()
    product = s1.dot(s2)
    sqrtm_start = time.perf_counter()
    covmean, _ = scipy.linalg.sqrtm(product, disp=False)
    sqrtm_seconds = time.perf_counter() - sqrtm_start
    covmean = covmean.real
    diff = mu1 - mu2
    value = diff.dot(diff) + np.trace(s1) + np.trace(s2) - 2.0 * np.trace(covmean)
    end = time.perf_counter()
    print(json.dumps({"fid": float(value), "seconds": end - start, "statistics_seconds": distance_start - start,
                      "distance_seconds": end - distance_start, "sqrtm_seconds": sqrtm_seconds}))


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    elif len(sys.argv) == 4 and sys.argv[1] == "fid":
        fid(sys.argv[2], sys.argv[3])
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)
