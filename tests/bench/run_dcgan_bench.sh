#!/usr/bin/env bash
# DCGAN-64 training speed: medsynth-cli against the PyTorch reference (tests/bench/dcgan_python.py).
#
# Usage:
#   tests/bench/run_dcgan_bench.sh [BUILD_DIR] [STEPS]
#     BUILD_DIR  build directory holding app/medsynth-cli (default: build). Nothing is built here.
#     STEPS      timed training steps per run (default: 12; one step of batch 64 takes seconds on
#                two CPU cores, so a full run of this script takes many minutes).
#   Environment: THREADS (default 2), BATCH (default 64), ROUNDS (default 2), PYTHON (default
#   /usr/bin/python3, which needs Debian's python3-torch), SEED (default 1).
#
# Each round runs ours, then Python (ours, python, ours, python, ...), so drift in machine load
# hits both sides alike. The figure of a side is its best run (highest images/s). Both sides use
# the same batch size, thread count and number of timed steps; the Python script leaves 2 warm-up
# steps out of its timing.
#
# Output: one line per run, then a summary, and last one JSON line:
#   {"ours_images_per_second": .., "python_images_per_second": .., "ratio": ours/python, ...}
# Exit status: 0 when both sides ran and reported images_per_second, 1 when a side failed to run,
# 2 on a usage error. The ratio never decides the exit status.
set -u

BUILD_DIR=${1:-build}
STEPS=${2:-12}
THREADS=${THREADS:-2}
BATCH=${BATCH:-64}
ROUNDS=${ROUNDS:-2}
SEED=${SEED:-1}
PYTHON=${PYTHON:-/usr/bin/python3}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLI="$BUILD_DIR/app/medsynth-cli"
PY_SCRIPT="$HERE/dcgan_python.py"

for v in STEPS THREADS BATCH ROUNDS SEED; do
  if ! [[ ${!v} =~ ^[0-9]+$ ]] || [ "${!v}" -lt 1 ]; then
    echo "run_dcgan_bench: $v must be a positive integer, got '${!v}'" >&2
    exit 2
  fi
done

# json_field FIELD: reads one JSON object on stdin, prints FIELD (empty if missing or not JSON).
json_field() {
  "$PYTHON" -c '
import json, sys
try:
    v = json.loads(sys.stdin.read()).get(sys.argv[1])
except Exception:
    v = None
print("" if v is None else v)' "$1"
}

# run_side NAME CMD...: runs it, prints its images/s on stdout (empty on failure), log on stderr.
run_side() {
  local name=$1; shift
  local out rc last ips
  out=$("$@" 2>&1); rc=$?
  last=$(printf '%s\n' "$out" | grep -v '^[[:space:]]*$' | tail -n 1)
  ips=$(printf '%s' "$last" | json_field images_per_second)
  if [ $rc -ne 0 ] || [ -z "$ips" ]; then
    {
      echo "run_dcgan_bench: $name failed (exit status $rc); its last output:"
      printf '%s\n' "$out" | tail -n 20 | sed 's/^/    /'
    } >&2
    return 1
  fi
  echo "  $name: $ips images/s" >&2
  printf '%s\n' "$ips"
}

# The CLI times from the end of its 2 warm-up steps, so it runs STEPS + 2 to time STEPS, like
# the Python side; its run folders go to a scratch folder removed at exit.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ours_cmd=("$CLI" train --template dcgan --data phantom:brain --image-size 64 --channels 1
          --batch "$BATCH" --steps "$((STEPS + 2))" --threads "$THREADS" --seed "$SEED"
          --max-images 1024 --out "$scratch/run")
py_cmd=("$PYTHON" "$PY_SCRIPT" --steps "$STEPS" --threads "$THREADS" --batch "$BATCH"
        --seed "$SEED" --warmup 2)

echo "DCGAN-64 benchmark: $ROUNDS rounds, $STEPS steps, batch $BATCH, $THREADS threads" >&2
echo "  ours:   ${ours_cmd[*]}" >&2
echo "  python: ${py_cmd[*]}" >&2

ours_runs=(); py_runs=(); failed=0
if [ ! -x "$CLI" ]; then
  echo "run_dcgan_bench: $CLI not found or not executable (build it first; BUILD_DIR=$BUILD_DIR)" >&2
  failed=1
fi
for ((r = 1; r <= ROUNDS; r++)); do
  echo "round $r/$ROUNDS" >&2
  if [ -x "$CLI" ]; then
    rm -rf "$scratch/run"  # each run starts a fresh run folder
    if ips=$(run_side ours "${ours_cmd[@]}"); then ours_runs+=("$ips"); else failed=1; fi
  fi
  if ips=$(run_side python "${py_cmd[@]}"); then py_runs+=("$ips"); else failed=1; fi
done

# Summary and the final JSON line (python does the arithmetic; no jq or bc needed).
"$PYTHON" - "$STEPS" "$THREADS" "$BATCH" "$ROUNDS" "${ours_runs[*]:-}" "${py_runs[*]:-}" <<'PYEOF'
import json, sys
steps, threads, batch, rounds = map(int, sys.argv[1:5])
ours = [float(x) for x in sys.argv[5].split()]
py = [float(x) for x in sys.argv[6].split()]
best_ours = max(ours) if ours else None
best_py = max(py) if py else None
ratio = round(best_ours / best_py, 3) if best_ours and best_py else None
fmt = lambda v: "n/a" if v is None else f"{v:.2f} images/s"
print(f"ours (medsynth-cli): {fmt(best_ours)}   runs: {ours}", file=sys.stderr)
print(f"python (PyTorch):    {fmt(best_py)}   runs: {py}", file=sys.stderr)
print(f"ratio ours/python:   {'n/a' if ratio is None else ratio}", file=sys.stderr)
try:
    import torch
    torch_version = torch.__version__
except Exception:
    torch_version = None
print(json.dumps({
    "ours_images_per_second": best_ours,
    "python_images_per_second": best_py,
    "ratio": ratio,
    "ours_runs": ours,
    "python_runs": py,
    "steps": steps, "threads": threads, "batch": batch, "rounds": rounds,
    "statistic": "best",
    "torch": torch_version,
}))
PYEOF
exit $failed
