#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a time: scripts/fuzz.sh TARGET SECONDS, TARGET one of
#   project  any bytes as project.toml              wkb   any bytes as one feature's WKB
#   geojson  any bytes as a GeoJSON file            wkt   any bytes as rows of a WKT CSV
#   area     two polygon layers from the bytes: areas and overlaps, with invariants checked
# The `fuzz` preset (build-fuzz/) builds landplan_core with clang, instrumented for libFuzzer and
# under ASan + UBSan, and links each fuzz/<target>_fuzz.cpp against it. Crashes are written to
# build-fuzz/crashes/<target>/; turn each into a case of tests/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: scripts/fuzz.sh project|wkb|geojson|wkt|area SECONDS"
target=${1:?$usage}
seconds=${2:-60}
case $target in
  project|wkb|geojson|wkt|area) ;;
  *) echo "fuzz: unknown target '$target' ($usage)" >&2; exit 2 ;;
esac

[[ -f build-fuzz/build.ninja ]] || cmake --preset fuzz -G Ninja >/dev/null
cmake --build build-fuzz -j"${LANDPLAN_JOBS:-$(nproc)}" --target "${target}_fuzz" >/dev/null

# Seeds: real inputs of each kind to start from; libFuzzer starts from nothing quickly for WKB
# and for the area target's compact byte encoding.
corpus=build-fuzz/corpus/$target
mkdir -p build-fuzz/crashes/"$target" "$corpus"
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
"build-fuzz/${target}_fuzz" -max_total_time="$seconds" "${limits[@]}" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix=build-fuzz/crashes/"$target"/ "$corpus"
