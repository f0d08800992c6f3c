#!/usr/bin/env bash
# Installs the Debian 12 packages landplan needs to build, test and run. Quick when all are there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-data libpq-dev
  libtomlplusplus-dev libcli11-dev libfmt-dev nlohmann-json3-dev
  libxlsxwriter-dev  # Excel workbooks (--format xlsx)
  googletest libgtest-dev libbenchmark-dev
  python3-gdal python3-pyproj python3-numpy python3-shapely
  libsfml-dev libimgui-dev libstb-dev libfontconfig-dev libx11-dev libgl-dev  # the map viewer
  fonts-wqy-microhei xvfb xauth libgl1-mesa-dri  # Chinese labels; headless OpenGL (view tests, --bench)
  libcairo2-dev libpango1.0-dev  # render: PNG, PDF, SVG on the CPU, no display (src/print)
  poppler-utils  # the print tests read PDFs back (pdftotext -bbox, pdfinfo)
  chromium pandoc  # report --format pdf (HTML printed by headless Chromium), --format docx
  clang libclang-rt-14-dev  # libFuzzer targets (scripts/fuzz.sh)
)
# The PostGIS server only the postgis tests use: where it cannot be installed they are skipped,
# saying so, and everything else still builds and runs.
optional=(postgresql-15-postgis-3 postgresql-client-15)

missing_of() {
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}
mapfile -t missing < <(missing_of "${packages[@]}")
mapfile -t missing_optional < <(missing_of "${optional[@]}")
if ((${#missing[@]} + ${#missing_optional[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  install() { DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
  if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}" >&2
    install "${missing[@]}"
  fi
  if ((${#missing_optional[@]})); then
    echo "install-deps: installing ${missing_optional[*]}" >&2
    install "${missing_optional[@]}" ||
      echo "install-deps: could not install ${missing_optional[*]}: the PostGIS tests will be SKIPPED" >&2
  fi
fi
