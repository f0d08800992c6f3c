#!/usr/bin/env bash
# The map's benchmark: for each gen_cadastre.py file, `landplan render --bench N` (offscreen)
# and `landplan view --bench N` (a window under Xvfb), then QGIS rendering the same file at the
# same size along the same path when python3-qgis is installed. Not a test: figures to read.
# Usage: bench/viewer_bench.sh [FRAMES] [FILE.gpkg ...]   (default: /work/benchdata/c100k, c1m)
set -euo pipefail
cd "$(dirname "$0")/.."
frames=${1:-30}
shift || true
files=("$@")
((${#files[@]})) || files=(/work/benchdata/c100k.gpkg /work/benchdata/c1m.gpkg)
landplan=${LANDPLAN:-build/landplan}
size=1600x1200
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "# $(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"
for file in "${files[@]}"; do
  [ -f "$file" ] || { echo "skipping $file: not there (generate it with gen_cadastre.py)"; continue; }
  name=$(basename "$file" .gpkg)
  bench/viewer_project.sh "$file" > "$tmp/$name.toml"
  echo "## $name"
  /usr/bin/time -f "  wall %e s, max RSS %M KiB" xvfb-run -a "$landplan" render "$tmp/$name.toml" --bench "$frames" --size "$size" --antialias 0
  /usr/bin/time -f "  wall %e s, max RSS %M KiB" xvfb-run -a -s "-screen 0 1700x1300x24" "$landplan" view "$tmp/$name.toml" --bench "$frames" --size "$size"
  if /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
    /usr/bin/time -f "  wall %e s, max RSS %M KiB" /usr/bin/python3 bench/viewer_qgis.py "$file" "$size" "$frames" \
      2> >(grep -v -e XDG_RUNTIME_DIR -e QStandardPaths >&2) || echo "  (QGIS exited with an error)"
  else
    echo "  (QGIS side skipped: apt-get install python3-qgis to compare)"
  fi
done
