#!/usr/bin/env bash
# Frechet distance of 2048-dimensional features: 'medsynth-cli frechet' against the usual
# scipy.linalg.sqrtm-based FID (tests/bench/frechet_scipy.py, Debian's python3-scipy) on the same
# random feature files.
#
# Usage:
#   tests/bench/run_frechet_bench.sh [BUILD_DIR]
#     BUILD_DIR  build directory holding app/medsynth-cli (default: build). Nothing is built here.
#   Environment: N (vectors per set, default 5000), D (default 2048), THREADS (OpenMP/BLAS threads of
#   both sides, default 1), ROUNDS (default 2), SEED (default 1), PYTHON (default /usr/bin/python3),
#   SYMMETRIC_ROOT (1: ours factors by the symmetric square root; default 0, Cholesky).
#
# Why THREADS defaults to 1: on a machine whose cores are busy (a shared build box, or training
# running beside the evaluation), OpenMP threads that spin-wait make LAPACK's level-2-bound
# reductions (ours: the symmetric tridiagonal reduction; SciPy: the Schur form) 5-30 times slower
# on both sides, and the figures then measure the load, not the code. Set THREADS=2 (or more) on
# an idle machine.
#
# What is timed, for each side (ours is one 'medsynth-cli frechet A B --kid-subsets 0 --timing'
# process; the process start is milliseconds of it):
#   process     the whole process: reading the files, statistics, distance (Python: with its
#               interpreter start and imports)
#   compute     statistics (means, covariances) + distance, as each side reports it
#   distance    the distance from the statistics. Ours: the Cholesky factor L of A's covariance,
#               then the eigenvalues of L^T S_B L (those of sqrt(S_A) S_B sqrt(S_A)); with
#               SYMMETRIC_ROOT=1, sqrt(S_A) by eigendecomposition instead (medsynth-cli frechet
#               --symmetric-root). SciPy: s1.dot(s2), sqrtm, traces.
#   repeated    ours only: the distance to a cached reference (FrechetReference: the factor of
#               the real images' covariance is computed once per run), what each evaluation during
#               training costs; compared with SciPy's distance, which has nothing to cache.
# Each round runs ours then Python; a side's figure is its best round.
#
# Output: one line per run, a summary, and last one JSON line with every figure and the relative
# difference of the two values. Exit status: 0 when both sides ran, 1 when a side failed, 2 on a
# usage error. The ratios never decide the exit status.
set -u

BUILD_DIR=${1:-build}
N=${N:-5000}
D=${D:-2048}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-2}
SEED=${SEED:-1}
SYMMETRIC_ROOT=${SYMMETRIC_ROOT:-0}
FORM_FLAG=()
[ "$SYMMETRIC_ROOT" = 1 ] && FORM_FLAG=(--symmetric-root)
PYTHON=${PYTHON:-/usr/bin/python3}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLI="$BUILD_DIR/app/medsynth-cli"
PEER="$HERE/frechet_scipy.py"

for v in N D THREADS ROUNDS SEED; do
  if ! [[ ${!v} =~ ^[0-9]+$ ]] || [ "${!v}" -lt 1 ]; then
    echo "run_frechet_bench: $v must be a positive integer, got '${!v}'" >&2
    exit 2
  fi
done
if [ ! -x "$CLI" ]; then
  echo "run_frechet_bench: $CLI not found; build the medsynth-cli target first" >&2
  exit 2
fi
export OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
A="$WORK/a.npy"
B="$WORK/b.npy"
echo "Writing two sets of $N x $D float32 features (seed $SEED)..."
"$PYTHON" "$PEER" make "$A" "$B" "$N" "$D" "$SEED" || { echo "run_frechet_bench: could not write the features" >&2; exit 1; }

now() { date +%s.%N; }
: >"$WORK/ours.jsonl"
: >"$WORK/scipy.jsonl"
for round in $(seq 1 "$ROUNDS"); do
  t0=$(now)
  out=$("$CLI" frechet "$A" "$B" --kid-subsets 0 --timing "${FORM_FLAG[@]}" 2>"$WORK/ours.err") || { cat "$WORK/ours.err" >&2; exit 1; }
  t1=$(now)
  "$PYTHON" - "$round" "$t0" "$t1" "$out" "$WORK/ours.err" >>"$WORK/ours.jsonl" <<'PY' || exit 1
import json, re, sys
round_, t0, t1, out, err = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], open(sys.argv[5]).read()
m = re.search(r"statistics ([0-9.e+-]+) s, frechet ([0-9.e+-]+) s \((?:Cholesky factor|square root) of A ([0-9.e+-]+) s, distance to it ([0-9.e+-]+) s\)", err)
if not m:
    sys.exit("run_frechet_bench: no timing line from medsynth-cli: " + err)
stats, frechet, root, distance = map(float, m.groups())
r = {"fid": json.loads(out)["fid"], "process": t1 - t0, "compute": stats + frechet, "distance": frechet, "repeated": distance}
sys.stderr.write(f"round {round_}  ours:  {r['process']:.3f} s process, {r['compute']:.3f} s compute, "
                 f"{frechet:.3f} s distance (factor of A {root:.3f} s + distance to it {distance:.3f} s), fid {r['fid']!r}\n")
print(json.dumps(r))
PY
  t0=$(now)
  out=$("$PYTHON" "$PEER" fid "$A" "$B") || exit 1
  t1=$(now)
  "$PYTHON" - "$round" "$t0" "$t1" "$out" >>"$WORK/scipy.jsonl" <<'PY' || exit 1
import json, sys
round_, t0, t1, j = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), json.loads(sys.argv[4])
r = {"fid": j["fid"], "process": t1 - t0, "compute": j["seconds"], "distance": j["distance_seconds"]}
sys.stderr.write(f"round {round_}  scipy: {r['process']:.3f} s process, {r['compute']:.3f} s compute, "
                 f"{r['distance']:.3f} s distance (sqrtm {j['sqrtm_seconds']:.3f} s), fid {r['fid']!r}\n")
print(json.dumps(r))
PY
done 2>&1

"$PYTHON" - "$WORK/ours.jsonl" "$WORK/scipy.jsonl" "$N" "$D" "$THREADS" <<'PY'
import json, sys
ours = [json.loads(l) for l in open(sys.argv[1])]
scipy = [json.loads(l) for l in open(sys.argv[2])]
n, d, threads = map(int, sys.argv[3:6])
best = lambda runs, key: min(r[key] for r in runs)
o = {k: best(ours, k) for k in ("process", "compute", "distance", "repeated")}
s = {k: best(scipy, k) for k in ("process", "compute", "distance")}
fid_ours, fid_scipy = ours[-1]["fid"], scipy[-1]["fid"]
rel = abs(fid_ours - fid_scipy) / max(abs(fid_ours), abs(fid_scipy))
print(f"Frechet distance of {n} vs {n} vectors of {d}, {threads} thread(s), best of {len(ours)} round(s):")
for key in ("process", "compute", "distance"):
    print(f"  {key:9s} ours {o[key]:8.3f} s   scipy {s[key]:8.3f} s   speed-up {s[key] / o[key]:5.2f}x")
print(f"  repeated  ours {o['repeated']:8.3f} s   scipy {s['distance']:8.3f} s   speed-up {s['distance'] / o['repeated']:5.2f}x"
      "   (distance to a cached reference)")
print(f"  fid ours {fid_ours!r}, scipy {fid_scipy!r}, relative difference {rel:.3g} (target at most 1e-6)")
print(json.dumps({"n": n, "d": d, "threads": threads,
                  "ours_seconds": o, "scipy_seconds": s,
                  "ratio_process": s["process"] / o["process"], "ratio_compute": s["compute"] / o["compute"],
                  "ratio_distance": s["distance"] / o["distance"], "ratio_repeated": s["distance"] / o["repeated"],
                  "ours_fid": fid_ours, "scipy_fid": fid_scipy, "relative_difference": rel}))
PY
