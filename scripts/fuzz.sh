#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a time: scripts/fuzz.sh TARGET SECONDS, TARGET one of
#   project  any bytes as project.toml              wkb   any bytes as one feature's WKB
#   geojson  any bytes as a GeoJSON file            wkt   any bytes as rows of a WKT CSV
#   area     two polygon layers from the bytes: areas and overlaps, with invariants checked
# The `sanitize` preset (build-sanitize/, which scripts/sanitize.sh builds for the tests) compiles
# landplan with clang under ASan + UBSan and libFuzzer's coverage instrumentation; each
# fuzz/<target>_fuzz.cpp links against that same landplan_core. Crashes are written to
# build-sanitize/fuzz/crashes/<target>/; turn each into a case of tests/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: scripts/fuzz.sh project|wkb|geojson|wkt|area SECONDS"
target=${1:?$usage}
seconds=${2:-60}
case $target in
  project|wkb|geojson|wkt|area) ;;
  *) echo "fuzz: unknown target '$target' ($usage)" >&2; exit 2 ;;
esac

[[ -f build-sanitize/build.ninja ]] || cmake --preset sanitize -G Ninja >/dev/null
cmake --build build-sanitize -j"${LANDPLAN_JOBS:-$(nproc)}" --target "${target}_fuzz" >/dev/null

# Seeds: real inputs of each kind to start from; libFuzzer starts from nothing quickly for WKB
# and for the area target's compact byte encoding.
out=build-sanitize/fuzz
corpus=$out/corpus/$target
mkdir -p "$out/crashes/$target" "$corpus"
case $target in
  project) cp -n data/sample/project.toml "$corpus"/ ;;
  geojson) cp -n tests/corpus/cases/*.geojson "$corpus"/ ;;
  wkt) tail -n +2 tests/corpus/cases/nan_coordinates.csv >"$corpus"/nan_coordinates.rows ;;
esac
# The area target's inputs are dense (a byte a coordinate) and each run is slow (PROJ, GEOS): let
# it try inputs of a few polygons from the start instead of growing them from 4 bytes.
limits=(-max_len=4096)
if [[ $target == area ]]; then limits=(-max_len=256 -len_control=0); fi
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
"build-sanitize/${target}_fuzz" -max_total_time="$seconds" "${limits[@]}" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/crashes/$target/" "$corpus"
