#!/usr/bin/env bash
# `landplan landuse` (and `occupy`, once built) on a 三调-style DLTB made from the benchmark
# cadastre, beside baselines in the same run: `landplan area` on the same layer, and the same
# village × class sums by GDAL's SQLite dialect. Usage: bench/sandiao.sh [N...] (default 1M).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000000); fi
# shellcheck source=bench/measure.sh
source bench/measure.sh
bench_start
for n in "${sizes[@]}"; do
  cadastre=bench/data/cadastre_$n.gpkg
  dltb=bench/data/dltb_$n.gpkg
  [ -f "$cadastre" ] || /usr/bin/python3 ../shared/bench/gen_cadastre.py "$n" "$cadastre" > /dev/null
  # The 三调 fields from the cadastre's own: codes for its two classes, the village as 坐落单位,
  # TBMJ its area, and a 5% 田坎 deduction on the dry land.
  [ -f "$dltb" ] || ogr2ogr -f GPKG "$dltb" "$cadastre" -nln DLTB -dialect SQLite -sql "
    SELECT geom, parcel_id AS BSM,
           CASE landuse WHEN '旱地' THEN '0103' ELSE '0102' END AS DLBM, landuse AS DLMC,
           village AS ZLDWMC, ROUND(ST_Area(geom), 2) AS TBMJ,
           CASE landuse WHEN '旱地' THEN 0.05 ELSE 0 END AS KCXS,
           ROUND(CASE landuse WHEN '旱地' THEN 0.05 ELSE 0 END * ST_Area(geom), 2) AS KCMJ,
           ROUND(ST_Area(geom), 2) - ROUND(CASE landuse WHEN '旱地' THEN 0.05 ELSE 0 END * ST_Area(geom), 2) AS TBDLMJ
    FROM parcels"
  cat "$dltb" > /dev/null  # warm cache: we compare compute, not the disk
  echo "== $n parcels (DLTB)"
  measure "landplan area (baseline)" "$cli" area "$dltb" --format csv
  measure "landplan landuse --areas fields" "$cli" landuse "$dltb" --format csv
  measure "landplan landuse --areas computed" "$cli" landuse "$dltb" --areas computed --format csv
  measure "ogrinfo -dialect SQLite village×class sums" ogrinfo -q -ro -dialect SQLite -sql \
    "SELECT ZLDWMC, DLBM, SUM(TBDLMJ), SUM(KCMJ) FROM DLTB GROUP BY ZLDWMC, DLBM" "$dltb"
done
