#!/usr/bin/env bash
# DICOM indexing speed: `medsynth-cli dataset scan --decode` against a pydicom + NumPy loop doing
# the same work (tests/bench/dicom_index_python.py), on the same generated folder, in the same run.
#
# Usage:
#   tests/bench/run_dicom_index_bench.sh [BUILD_DIR] [COUNT]
#     BUILD_DIR  build directory holding app/medsynth-cli (default: build). Nothing is built here.
#     COUNT      DICOM files to generate (default 10000): 64x64, 16-bit MR phantoms, spread over
#                PATIENTS patients (default 20), one study and one series each.
#   Environment: PATIENTS (default 20), SIZE (default 64), ROUNDS (default 2), THREADS (threads
#   of our multi-threaded run; default 0 = one per core, at most 8), PYTHON (default
#   /usr/bin/python3, which needs Debian's python3-pydicom and python3-numpy).
#
# Both sides walk the whole folder; per file they read the header and the pixels, apply the
# modality rescale and the file's window to [0, 1], add the values to a 32-bin histogram, and group
# the file by patient, study and series; then each series is ordered along the slice normal. Ours
# also names every file's format and writes the index summary. Each side reports the seconds of
# its own work (no process start-up, no imports). The page cache is warmed first, and the rounds
# alternate (ours, ours with 1 thread, python, ...) so load drift hits all alike; a side's figure
# is its best round. The Python loop is single-threaded, so the ratio is given for our 1-thread
# run as well as for the multi-threaded one.
#
# Output: one line per run, a summary, and last one JSON line:
#   {"files": .., "python_seconds": .., "ours_seconds": .., "ours_1_thread_seconds": ..,
#    "ratio": python/ours, "ratio_1_thread": python/ours_1_thread, ...}
# Exit status: 0 when every side ran and agreed on the number of files and series, 1 otherwise,
# 2 on a usage error. The ratio never decides the exit status.
set -u

BUILD_DIR=${1:-build}
COUNT=${2:-10000}
PATIENTS=${PATIENTS:-20}
SIZE=${SIZE:-64}
ROUNDS=${ROUNDS:-2}
THREADS=${THREADS:-0}
PYTHON=${PYTHON:-/usr/bin/python3}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLI="$BUILD_DIR/app/medsynth-cli"
PY_SCRIPT="$HERE/dicom_index_python.py"

for v in COUNT PATIENTS SIZE ROUNDS; do
  if ! [[ ${!v} =~ ^[0-9]+$ ]] || [ "${!v}" -lt 1 ]; then
    echo "run_dicom_index_bench: $v must be a positive integer, got '${!v}'" >&2
    exit 2
  fi
done
if ! [[ $THREADS =~ ^[0-9]+$ ]]; then
  echo "run_dicom_index_bench: THREADS must be a whole number, got '$THREADS'" >&2
  exit 2
fi
if [ ! -x "$CLI" ]; then
  echo "run_dicom_index_bench: $CLI not found or not executable (build it first; BUILD_DIR=$BUILD_DIR)" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import pydicom, numpy' 2>/dev/null; then
  echo "run_dicom_index_bench: $PYTHON cannot import pydicom and numpy (apt-get install python3-pydicom python3-numpy)" >&2
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
data="$scratch/data"

# Generate: PATIENTS folders of phantoms, each written with its own seed (its own patient,
# study and series UIDs). The first folders take one extra file when COUNT does not divide evenly.
echo "Generating $COUNT DICOM files ($SIZE x $SIZE, $PATIENTS patients) in $data ..." >&2
gen_start=$(date +%s.%N)
per=$((COUNT / PATIENTS)); extra=$((COUNT % PATIENTS))
for ((p = 1; p <= PATIENTS; p++)); do
  n=$per; [ "$p" -le "$extra" ] && n=$((n + 1))
  [ "$n" -ge 1 ] || continue
  if ! "$CLI" phantoms --out "$data/patient_$p" --count "$n" --size "$SIZE" --seed "$p" >/dev/null; then
    echo "run_dicom_index_bench: generating the data failed" >&2
    exit 1
  fi
done
gen_end=$(date +%s.%N)
echo "  generated in $("$PYTHON" -c "print(round($gen_end - $gen_start, 1))") s" >&2
find "$data" -type f -exec cat {} + > /dev/null  # warm the page cache for both sides

# json_fields F1 F2 ...: one JSON object on stdin -> the fields, space separated ("" if missing).
json_fields() {
  "$PYTHON" -c '
import json, sys
try:
    d = json.loads(sys.stdin.read())
except Exception:
    d = {}
def get(path):
    v = d
    for part in path.split("."):
        v = v.get(part) if isinstance(v, dict) else None
    return "" if v is None else str(v)
print(" ".join(get(p) for p in sys.argv[1:]))' "$@"
}

ours_cmd=("$CLI" dataset scan "$data" --decode --json --threads "$THREADS")
ours1_cmd=("$CLI" dataset scan "$data" --decode --json --threads 1)
py_cmd=("$PYTHON" "$PY_SCRIPT" "$data")
echo "  ours:          ${ours_cmd[*]}" >&2
echo "  ours 1 thread: ${ours1_cmd[*]}" >&2
echo "  python:        ${py_cmd[*]}" >&2

ours=(); ours1=(); py=(); failed=0
ours_files=""; ours_series=""; py_files=""; py_series=""
for ((r = 1; r <= ROUNDS; r++)); do
  echo "round $r/$ROUNDS" >&2
  for side in ours ours1 python; do
    case $side in
      ours) out=$("${ours_cmd[@]}" 2>"$scratch/err"); rc=$? ;;
      ours1) out=$("${ours1_cmd[@]}" 2>"$scratch/err"); rc=$? ;;
      python) out=$("${py_cmd[@]}" 2>"$scratch/err"); rc=$? ;;
    esac
    if [ $rc -ne 0 ]; then
      echo "run_dicom_index_bench: $side failed (exit status $rc):" >&2
      tail -n 20 "$scratch/err" | sed 's/^/    /' >&2
      failed=1
      continue
    fi
    if [ "$side" = python ]; then
      read -r secs py_files py_series <<<"$(printf '%s' "$out" | json_fields seconds files series)"
      py+=("$secs")
    else
      read -r secs ours_files ours_series <<<"$(printf '%s' "$out" | json_fields seconds indexed series_count)"
      if [ "$side" = ours ]; then ours+=("$secs"); else ours1+=("$secs"); fi
    fi
    echo "  $side: $secs s" >&2
  done
done

if [ -n "$ours_files" ] && { [ "$ours_files" != "$py_files" ] || [ "$ours_series" != "$py_series" ]; }; then
  echo "run_dicom_index_bench: the sides disagree: ours $ours_files files in $ours_series series, python $py_files files in $py_series series" >&2
  failed=1
fi

"$PYTHON" - "$COUNT" "$PATIENTS" "$SIZE" "$ROUNDS" "$THREADS" "$(nproc)" "${ours_files:-0}" "${ours_series:-0}" \
  "${ours[*]:-}" "${ours1[*]:-}" "${py[*]:-}" <<'PYEOF'
import json, sys
count, patients, size, rounds, threads, cores, files, series = map(int, sys.argv[1:9])
ours = [float(x) for x in sys.argv[9].split()]
ours1 = [float(x) for x in sys.argv[10].split()]
py = [float(x) for x in sys.argv[11].split()]
best = lambda runs: min(runs) if runs else None
b_ours, b_ours1, b_py = best(ours), best(ours1), best(py)
ratio = round(b_py / b_ours, 2) if b_ours and b_py else None
ratio1 = round(b_py / b_ours1, 2) if b_ours1 and b_py else None
fmt = lambda v: "n/a" if v is None else f"{v:.3f} s ({count / v:.0f} files/s)"
print(f"files: {files} in {series} series; machine: {cores} cores", file=sys.stderr)
print(f"ours ({'threads ' + str(threads) if threads else 'one thread per core, at most 8'}): {fmt(b_ours)}   runs: {ours}", file=sys.stderr)
print(f"ours (1 thread):  {fmt(b_ours1)}   runs: {ours1}", file=sys.stderr)
print(f"python (pydicom): {fmt(b_py)}   runs: {py}", file=sys.stderr)
print(f"ratio python/ours: {ratio} (1 thread: {ratio1}); target >= 3", file=sys.stderr)
try:
    import pydicom, numpy
    versions = {"pydicom": pydicom.__version__, "numpy": numpy.__version__}
except Exception:
    versions = {}
print(json.dumps({"files": files, "series": series, "count": count, "patients": patients, "size": size,
                  "rounds": rounds, "threads": threads, "cores": cores,
                  "python_seconds": b_py, "ours_seconds": b_ours, "ours_1_thread_seconds": b_ours1,
                  "ratio": ratio, "ratio_1_thread": ratio1, "statistic": "best",
                  "python_runs": py, "ours_runs": ours, "ours_1_thread_runs": ours1, **versions}))
PYEOF
exit $failed
