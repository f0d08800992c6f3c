#!/usr/bin/env bash
# ASan + UBSan: builds the `sanitize` preset (build-sanitize/), runs the core, CLI, export and
# corpus tests and the viewer's unit tests under it, then leak-checks `landplan report` and
# `landplan area` on the sample. Any finding fails the run. The viewer's render tests
# (viewer_render_tests) are left out: they need an OpenGL context (Mesa under xvfb), whose driver
# ASan reports as leaking and slows tenfold; viewer_unit_tests need no window.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$SECONDS

# halt_on_error: the first finding ends the program with a distinctive exit code, which the
# CLI tests (which run build-sanitize/landplan) see as a failure too.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:exitcode=86:detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=87"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0:exitcode=88"

cmake --preset sanitize -G Ninja >/dev/null
declare -A filters
suites=(export_tests corpus_tests cli_tests core_tests viewer_unit_tests)  # the longest first
cmake --build build-sanitize -j"${LANDPLAN_JOBS:-$(nproc)}" --target landplan "${suites[@]}"

# The damaged-shapefile property runs 600 CLI processes: under ASan its first 100 seeds (both
# cut and overwritten copies) keep the run short; ctest runs all of them in the Release build.
damaged='Seeds/DamagedShapefile.IsReadWhollyOrRefused'
filters=([corpus_tests]="*-Seeds/DamagedShapefile.UnderLenient*:$damaged/???")
# Two suites at a time (CI has 2 cores; ctest runs them side by side in the Release build too);
# each one's output goes to build-sanitize/<suite>.log, shown when it fails.
run_suite() {
  local suite=$1 log=build-sanitize/$1.log
  if build-sanitize/$suite --gtest_brief=1 ${filters[$suite]:+"--gtest_filter=${filters[$suite]}"} \
    >"$log" 2>&1; then
    echo "sanitize: $suite passed" >&2
  else
    cat "$log" >&2
    echo "sanitize: $suite FAILED (its output above, and in $log)" >&2
    return 1
  fi
}
pids=()
for suite in "${suites[@]}"; do
  while (($(jobs -rp | wc -l) >= ${LANDPLAN_JOBS:-$(nproc)})); do wait -n || true; done
  run_suite "$suite" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
((failed == 0)) || exit 1

echo "sanitize: leak check of the CLI on the sample" >&2
build-sanitize/landplan report data/sample/project.toml >/dev/null
build-sanitize/landplan area data/sample/project.toml --layer parcels --by DLMC --summary >/dev/null
build-sanitize/landplan area data/sample/shp/DLTB.shp --format csv >/dev/null
echo "sanitize: clean in $((SECONDS - started)) s" >&2
