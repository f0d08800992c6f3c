#!/usr/bin/env bash
# Ellipsoidal areas of every sample polygon layer against pyproj Geod (GeographicLib), computed
# independently by scripts/reference_areas.py: the largest relative difference must be < 1e-6.
set -euo pipefail
cli=$1 source_dir=$2
sample=$source_dir/data/sample
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for layer in DLTB reservoir villages relocation_sites greenhouse_zones CJDCQ XZQ YJJBNTBHTB STBHHX \
  CZKFBJ; do
  /usr/bin/python3 "$source_dir/scripts/reference_areas.py" "$sample/sanzuodian.gpkg" "$layer" \
    > "$tmp/ref.csv"
  "$cli" area "$sample/sanzuodian.gpkg" --layer "$layer" --format csv > "$tmp/ours.csv"
  /usr/bin/python3 - "$tmp/ref.csv" "$tmp/ours.csv" "$layer" <<'PY'
import csv, sys
reference = {r["fid"]: float(r["area_m2"]) for r in csv.DictReader(open(sys.argv[1]))}
ours = {r["fid"]: float(r["area_m2"]) for r in csv.DictReader(open(sys.argv[2]))}
assert reference.keys() == ours.keys(), "different features"
worst = max(abs(ours[f] / reference[f] - 1) for f in reference)
print(f"{sys.argv[3]}: {len(reference)} features, largest relative difference {worst:.2e}")
sys.exit(0 if worst < 1e-6 else 1)
PY
done
