#!/usr/bin/env bash
# The PostGIS engine against the local one on the same data, side by side: load the generated
# cadastre into PostGIS with `landplan export`, then `overlap` parcels × greenhouse zones and
# `coverage` parcels × wells by each engine (and the local engine reading the GeoPackage).
# Usage: bench/postgis_bench.sh [N...] (default 10000 100000 1000000). Uses the server of
# LANDPLAN_TEST_PG when set, else starts a throw-away one with scripts/postgis.sh (stock
# settings, fsync off) and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10000 100000 1000000); fi
cli=build/landplan
[ -x "$cli" ] || scripts/build.sh
# shellcheck source=bench/measure.sh
source bench/measure.sh

if [ -z "${LANDPLAN_TEST_PG:-}" ]; then
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/landplan-pg.XXXXXX")
  trap 'scripts/postgis.sh stop "$pg_dir"' EXIT
  scripts/postgis.sh start "$pg_dir"
  # shellcheck disable=SC1091  # written by postgis.sh
  source "$pg_dir/env"
fi
psql_run() { PGOPTIONS="-c client_min_messages=warning" psql -X -q "${LANDPLAN_TEST_PG#PG:}" "$@"; }

# Sum of a CSV column: both engines must give the same total.
column_sum() {
  /usr/bin/python3 -c 'import csv, sys
rows = csv.DictReader(open(sys.argv[1]))
print(f"{sum(float(r[sys.argv[2]] or 0) for r in rows):.4f}")' "$1" "$2"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F)," \
  "PostgreSQL $(psql_run -At -c 'SHOW server_version'), PostGIS $(psql_run -At -c 'SELECT postgis_lib_version()')"
for n in "${sizes[@]}"; do
  data=bench/data/cadastre_$n.gpkg
  [ -f "$data" ] || /usr/bin/python3 ../shared/bench/gen_cadastre.py "$n" "$data" > /dev/null
  cat "$data" > /dev/null
  schema=bench_$n
  psql_run -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
  db="$LANDPLAN_TEST_PG active_schema=$schema"
  echo "== $n parcels"
  measure "load into PostGIS (landplan export)" "$cli" export "$data" --layers parcels,greenhouse_zones,wells \
    --format postgis --to "$db"
  # As after any bulk load: the first scan of freshly copied rows would otherwise set their
  # hint bits (and dirty every page) inside whichever query comes first.
  measure "VACUUM (freshly loaded tables)" psql -X -q "${LANDPLAN_TEST_PG#PG:}" -c "VACUUM $schema.parcels" \
    -c "VACUUM $schema.greenhouse_zones" -c "VACUUM $schema.wells"

  measure "overlap local, from GeoPackage" "$cli" overlap "$data:parcels" "$data:greenhouse_zones" --format csv
  cp /tmp/landplan-bench-out /tmp/landplan-bench-local.csv
  measure "overlap local, from PostGIS" "$cli" overlap "$db:parcels" "$db:greenhouse_zones" --format csv
  measure "overlap --engine postgis" "$cli" overlap "$db:parcels" "$db:greenhouse_zones" --format csv --engine postgis
  echo "  pieces: $(($(wc -l < /tmp/landplan-bench-local.csv) - 1)) local, $(($(wc -l < /tmp/landplan-bench-out) - 1)) postgis;" \
    "area_m2 total: $(column_sum /tmp/landplan-bench-local.csv area_m2) local, $(column_sum /tmp/landplan-bench-out area_m2) postgis"

  measure "coverage local, from GeoPackage" "$cli" coverage "$data:parcels" "$data:wells" --radius-field radius_m --format csv
  cp /tmp/landplan-bench-out /tmp/landplan-bench-local.csv
  measure "coverage --engine postgis" "$cli" coverage "$db:parcels" "$db:wells" --radius-field radius_m --format csv --engine postgis
  echo "  covered_m2 total: $(column_sum /tmp/landplan-bench-local.csv covered_m2) local, $(column_sum /tmp/landplan-bench-out covered_m2) postgis"
  psql_run -c "DROP SCHEMA $schema CASCADE"
done
