#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a time: scripts/fuzz.sh project|wkb SECONDS.
# The target and the few core files it exercises are compiled with clang (libFuzzer + ASan +
# UBSan) straight into build-fuzz/, so no full clang build of landplan is needed. Crashes are
# written to build-fuzz/crashes/<target>/; turn each into a case of tests/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh project|wkb SECONDS}
seconds=${2:-60}

extra=()
case $target in
  # Link Debian's toml++ library as the real build does (tomlplusplusConfig.cmake): its header-only
  # debug mode asserts on "[\n" (an upstream precondition slip, tests/corpus: not_toml_header_split)
  # where the release library reports a parse error.
  project) sources=(src/core/project.cpp src/core/error.cpp)
           extra=(-DTOML_HEADER_ONLY=0 -DTOML_SHARED_LIB=1 -ltomlplusplus) ;;
  wkb) sources=(src/core/io/geometry_sink.cpp src/core/layer.cpp src/core/crs.cpp src/core/error.cpp) ;;
  *) echo "fuzz: unknown target '$target' (project, wkb)" >&2; exit 2 ;;
esac

mkdir -p build-fuzz/crashes/"$target" build-fuzz/corpus/"$target"
binary=build-fuzz/${target}_fuzz
if [[ ! -x $binary || -n $(find fuzz/"$target"_fuzz.cpp "${sources[@]}" include -newer "$binary" | head -1) ]]; then
  # shellcheck disable=SC2046  # pkg-config's flags are meant to split
  clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Wall -Wextra -Wpedantic -Iinclude -Isrc/core $(pkg-config --cflags gdal proj) \
    fuzz/"$target"_fuzz.cpp "${sources[@]}" "${extra[@]}" -o "$binary" $(pkg-config --libs gdal proj)
fi

# Seeds: the sample project for the parser; for WKB, libFuzzer starts from nothing quickly.
if [[ $target == project ]]; then cp -n data/sample/project.toml build-fuzz/corpus/project/; fi
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
"$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix=build-fuzz/crashes/"$target"/ build-fuzz/corpus/"$target"
