#!/usr/bin/env bash
# landplan end to end against baselines in the same run: geopandas on 100k parcels, GDAL's
# SQLite dialect (SpatiaLite + the GeoPackage R-tree) on 1M. Usage: bench/run.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(100000 1000000); fi
# shellcheck source=bench/measure.sh
source bench/measure.sh
bench_start
for n in "${sizes[@]}"; do
  data=bench/data/cadastre_$n.gpkg
  [ -f "$data" ] || /usr/bin/python3 ../shared/bench/gen_cadastre.py "$n" "$data" > /dev/null
  cat "$data" > /dev/null  # warm cache for every contender: we compare compute, not the disk
  echo "== $n parcels"
  measure "landplan area (ellipsoidal)" "$cli" area "$data" --layer parcels --format csv
  measure "landplan overlap parcels×zones" "$cli" overlap "$data:parcels" "$data:greenhouse_zones" --format csv
  pieces=$(($(wc -l < /tmp/landplan-bench-out) - 1))
  echo "  pieces: $pieces"
  measure "landplan coverage parcels×wells" "$cli" coverage "$data:parcels" "$data:wells" --radius-field radius_m --format csv
  if [ "$n" -le 100000 ]; then
    measure "geopandas read+to_crs+Geod areas" /usr/bin/python3 bench/geopandas_baseline.py area "$data"
    measure "geopandas overlay+areas" /usr/bin/python3 bench/geopandas_baseline.py overlap "$data"
    cat /tmp/landplan-bench-out
  else
    sql="SELECT COUNT(*), SUM(ST_Area(ST_Intersection(p.geom, z.geom))) FROM greenhouse_zones z
         JOIN parcels p ON p.fid IN (SELECT id FROM rtree_parcels_geom
           WHERE minx <= MbrMaxX(z.geom) AND maxx >= MbrMinX(z.geom)
             AND miny <= MbrMaxY(z.geom) AND maxy >= MbrMinY(z.geom))
         WHERE ST_Intersects(p.geom, z.geom)"
    measure "ogrinfo -dialect SQLite overlap" ogrinfo -q -ro -dialect SQLite -sql "$sql" "$data"
    grep -E "COUNT|SUM" /tmp/landplan-bench-out || true
  fi
done
