#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# A throw-away PostgreSQL + PostGIS server on 127.0.0.1 for the postgis tests, stopped on exit;
# where it cannot start, those tests report themselves SKIPPED.
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/landplan-pg.XXXXXX")
trap 'scripts/postgis.sh stop "$pg_dir"' EXIT
if scripts/postgis.sh start "$pg_dir"; then
  # shellcheck disable=SC1091  # written by postgis.sh
  source "$pg_dir/env"
else
  echo "test.sh: no PostgreSQL + PostGIS server: the postgis tests will be SKIPPED" >&2
fi
# Under a virtual X display: the viewer's render tests draw with OpenGL, and the sketch test
# drives a 1000×700 window (a desktop-sized screen, not xvfb-run's 640×480 default).
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --test-dir build --output-on-failure -j"$(nproc)"
# Hardening (tests/corpus/README.md): the unit, CLI, export, corpus and viewer unit tests under
# ASan+UBSan with a leak check of the CLI on the sample, then 20 s of each fuzz target (the
# first run also builds landplan_core with clang for them). LANDPLAN_QUICK=1 skips it.
if [ "${LANDPLAN_QUICK:-0}" != 1 ]; then
  scripts/sanitize.sh
  for target in project wkb geojson wkt area jzd; do scripts/fuzz.sh "$target" 20; done
fi
