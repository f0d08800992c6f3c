#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a time: scripts/fuzz.sh TARGET SECONDS, TARGET one of
#   project  any bytes as project.toml              wkb   any bytes as one feature's WKB
#   geojson  any bytes as a GeoJSON file            wkt   any bytes as rows of a WKT CSV
#   area     two polygon layers from the bytes: areas and overlaps, with invariants checked
#   jzd      any bytes as a coordinate-exchange TXT (界址点坐标)
# The `sanitize` preset (build-sanitize/, which scripts/sanitize.sh builds for the tests) compiles
# landplan with clang under ASan + UBSan and libFuzzer's coverage instrumentation; each
# fuzz/<target>_fuzz.cpp links against that same landplan_core. Crashes are written to
# build-sanitize/fuzz/crashes/<target>/; turn each into a case of tests/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: scripts/fuzz.sh project|wkb|geojson|wkt|area|jzd SECONDS"
target=${1:?$usage}
seconds=${2:-60}
case $target in
  project|wkb|geojson|wkt|area|jzd) ;;
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
  # The issue's example plot (a 100 m square in zone 40) with a hole, in UTF-8.
  jzd) printf '%s\n' '[属性描述]' '坐标系=2000国家大地坐标系' '几度分带=3' '带号=40' '[地块坐标]' \
         '10,0.9600,1,三座店移民新村,面,,建设用地,0702,@' \
         'J1,1,4702300.000,40423000.000' 'J2,1,4702400.000,40423000.000' \
         'J3,1,4702400.000,40423100.000' 'J4,1,4702300.000,40423100.000' \
         'J1,1,4702300.000,40423000.000' 'J5,2,4702340.000,40423040.000' \
         'J6,2,4702360.000,40423040.000' 'J7,2,4702360.000,40423060.000' \
         'J8,2,4702340.000,40423060.000' 'J5,2,4702340.000,40423040.000' >"$corpus"/square.txt ;;
esac
# The area target's inputs are dense (a byte a coordinate) and each run is slow (PROJ, GEOS): let
# it try inputs of a few polygons from the start instead of growing them from 4 bytes.
limits=(-max_len=4096)
if [[ $target == area ]]; then limits=(-max_len=256 -len_control=0); fi
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
"build-sanitize/${target}_fuzz" -max_total_time="$seconds" "${limits[@]}" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/crashes/$target/" "$corpus"
