#!/usr/bin/env bash
# `landplan audit` against `landplan area` on the same 三调-style layer in the same run: the
# checks' cost over reading and measuring. Its DLTB (sandiao_layers.py) has TBMJ on the ellipsoid
# and a CJDCQ, unlike sandiao.sh's (planar TBMJ: every parcel would be a finding).
# Usage: bench/audit_bench.sh [N...] (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(100000); fi
# shellcheck source=bench/measure.sh
source bench/measure.sh
bench_start
for n in "${sizes[@]}"; do
  cadastre=bench/data/cadastre_$n.gpkg
  data=bench/data/sandiao_$n.gpkg
  [ -f "$cadastre" ] || /usr/bin/python3 ../shared/bench/gen_cadastre.py "$n" "$cadastre" > /dev/null
  [ -f "$data" ] || /usr/bin/python3 bench/sandiao_layers.py "$cadastre" "$data"
  dltb=bench/data/sandiao_${n}_dltb.gpkg  # DLTB alone: no village check
  [ -f "$dltb" ] || ogr2ogr -f GPKG "$dltb" "$data" DLTB
  cat "$data" "$dltb" > /dev/null  # warm cache: we compare compute, not the disk
  echo "== $n parcels"
  measure "landplan area DLTB (ellipsoidal)" "$cli" area "$data" --layer DLTB --format csv
  # Exit 1 is "findings": `|| true` keeps the run going.
  measure "landplan audit DLTB alone" "$cli" audit "$dltb" --format csv || true
  measure "landplan audit DLTB + CJDCQ" "$cli" audit "$data" --format csv || true
  echo "  findings: $(($(wc -l < /tmp/landplan-bench-out) - 1))"
done
