# Shared by scripts/run and scripts/test (sourced, not run): installs the Debian packages that
# are missing, then configures and builds MedSynth Workbench in build/ (Release, all cores,
# ccache when present). Variables a caller may set: MEDSYNTH_BUILD_DIR, MEDSYNTH_EXTRA_PACKAGES.
set -euo pipefail

MEDSYNTH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MEDSYNTH_BUILD_DIR=${MEDSYNTH_BUILD_DIR:-$MEDSYNTH_ROOT/build}

# Build tools and libraries, all from Debian 12's archive.
medsynth_packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev fonts-dejavu-core
  libqcustomplot-dev
  libtorch-dev
  libdcmtk-dev libopencv-dev nlohmann-json3-dev
  # Medical formats beyond DCMTK: NIfTI-1/2 volumes, JPEG 2000 in DICOM, NumPy .npz archives.
  libnifti2-dev libopenjp2-7-dev zlib1g-dev
  # Debian's LibTorch calls the system BLAS; OpenBLAS (OpenMP build, like LibTorch's threads)
  # makes its matrix products several times faster than the reference BLAS.
  libopenblas0-openmp
)

medsynth_missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

medsynth_install() {
  local missing
  missing=$(medsynth_missing_packages "${medsynth_packages[@]}" ${MEDSYNTH_EXTRA_PACKAGES:-})
  if [ -z "$missing" ]; then
    echo "setup: all required Debian packages are installed"
    return
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo to install: $missing" >&2; exit 1; }
    sudo=sudo
  fi
  echo "setup: installing" $missing
  $sudo apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
}

medsynth_build() {
  local launcher=()
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  export CCACHE_BASEDIR="$MEDSYNTH_ROOT"
  cmake -S "$MEDSYNTH_ROOT" -B "$MEDSYNTH_BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
  cmake --build "$MEDSYNTH_BUILD_DIR" --parallel "$(nproc)"
}
