#!/usr/bin/env bash
# A throw-away PostgreSQL 15 + PostGIS 3 server for the tests and benchmarks:
#   scripts/postgis.sh start DIR   creates a cluster in DIR (which must be empty or absent),
#                                  listening on 127.0.0.1 only, and writes DIR/env to source;
#   scripts/postgis.sh stop DIR    stops it and deletes DIR.
# DIR/env exports LANDPLAN_TEST_PG (a GDAL "PG:" connection without password, database
# `landplan`, PostGIS installed), LANDPLAN_TEST_PG_PLAIN (database `plain`, no PostGIS) and
# PGPASSFILE (the password, as libpq reads it: never on a command line or in a connection string).
set -euo pipefail
action=${1:?usage: scripts/postgis.sh start|stop DIR}
dir=${2:?usage: scripts/postgis.sh start|stop DIR}
bin=/usr/lib/postgresql/15/bin

# The server refuses to run as root: run it as the `postgres` system user when we are root.
as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
  start)
    if [ ! -x $bin/postgres ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
      echo "postgis.sh: PostgreSQL 15 with PostGIS 3 is not installed (apt-get install postgresql-15-postgis-3)" >&2
      exit 1
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 755 "$dir"
    mkdir "$dir/data"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_server $bin/initdb -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # Loopback only; the socket lives in the cluster's own folder, not /var/run.
    as_server $bin/pg_ctl -D "$dir/data" -l "$dir/data/server.log" -w -o \
      "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/data -c fsync=off" start >/dev/null
    psql_admin() { as_server $bin/psql -X -q -v ON_ERROR_STOP=1 -h "$dir/data" -p "$port" -U postgres "$@"; }
    psql_admin -d postgres -c "CREATE ROLE landplan LOGIN PASSWORD '$password'" \
      -c "CREATE DATABASE landplan OWNER landplan" -c "CREATE DATABASE plain OWNER landplan"
    psql_admin -d landplan -c "CREATE EXTENSION postgis"
    umask 077
    echo "127.0.0.1:$port:*:landplan:$password" >"$dir/pgpass"
    cat >"$dir/env" <<EOF
export LANDPLAN_TEST_PG='PG:host=127.0.0.1 port=$port dbname=landplan user=landplan'
export LANDPLAN_TEST_PG_PLAIN='PG:host=127.0.0.1 port=$port dbname=plain user=landplan'
export PGPASSFILE='$dir/pgpass'
EOF
    echo "postgis.sh: PostgreSQL $(as_server $bin/postgres --version | awk '{print $3}') with PostGIS on 127.0.0.1:$port ($dir)" >&2
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_server $bin/pg_ctl -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *) echo "postgis.sh: unknown action '$action' (start, stop)" >&2; exit 2 ;;
esac
