#!/bin/sh
# PostGIS vs GeoPackage on the 200 000-parcel benchmark layer, same machine, same run:
#   - the whole layer read into PlanMap (PostGisLayerSource vs LayerLoader on the .gpkg);
#   - a viewport render of a centred extent with 1/50 of the layer's area: PostGIS = bbox query on the
#     server (geom && envelope, GiST) + MapPainter; GeoPackage = GDAL spatial filter on its R-tree +
#     the same reader and painter. Goal: PostGIS within 2x the GeoPackage time.
# A private PostgreSQL 15 + PostGIS 3 server is started in a temporary folder (Unix socket only; as
# the `postgres` user when run as root) and removed at the end. The table is loaded with ogr2ogr.
#
# usage: bench/run_postgis_bench.sh [BUILD_DIR] [REPS]
#   BUILD_DIR defaults to ./build (the postgis_bench target is built there); needs bench/data
#   (/usr/bin/python3 ../shared/bench/make_data.py --out bench/data). Prints a Markdown table (medians).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BUILD=${1:-$ROOT/build}
REPS=${2:-5}
DATA=${BENCH_DATA:-$HERE/data}
GPKG=$DATA/large/parcels_4326.gpkg
PGBIN=/usr/lib/postgresql/15/bin
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
[ -f "$GPKG" ] || { echo "no $GPKG; run /usr/bin/python3 ../shared/bench/make_data.py --out $DATA" >&2; exit 1; }
[ -x "$PGBIN/initdb" ] || { echo "no $PGBIN/initdb; install postgresql-15-postgis-3" >&2; exit 1; }
cmake --build "$BUILD" --target postgis_bench >/dev/null
BENCH=$BUILD/tests/postgis/postgis_bench

TMP=$(mktemp -d /tmp/planmap-pgbench-XXXXXX)
PORT=$((40000 + $$ % 20000))
if [ "$(id -u)" = 0 ]; then
  chown postgres "$TMP"
  AS="runuser -u postgres --"
else
  AS=""
fi
cleanup() {
  (cd "$TMP" && $AS "$PGBIN/pg_ctl" -D "$TMP/data" -m fast -w stop >/dev/null 2>&1) || true
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
cd "$TMP"
$AS "$PGBIN/initdb" -D "$TMP/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >/dev/null
$AS "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/server.log" -w \
  -o "-p $PORT -k $TMP -c listen_addresses='' -c shared_buffers=256MB" start >/dev/null
CONN="host=$TMP port=$PORT dbname=bench user=postgres"
psql -X -q -h "$TMP" -p "$PORT" -U postgres -d postgres -c "CREATE DATABASE bench"
psql -X -q -h "$TMP" -p "$PORT" -U postgres -d bench -c "CREATE EXTENSION postgis" -c "CREATE SCHEMA bench"

start=$(date +%s.%N)
ogr2ogr -f PostgreSQL "PG:$CONN" "$GPKG" -nln bench.parcels -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST \
  -lco FID=fid -nlt PROMOTE_TO_MULTI
psql -X -q -h "$TMP" -p "$PORT" -U postgres -d bench -c "VACUUM ANALYZE bench.parcels"
end=$(date +%s.%N)
import_s=$(/usr/bin/python3 -c "print($end - $start)")

json=$("$BENCH" --pg "$CONN" --table bench.parcels --gpkg "$GPKG" --reps "$REPS")
echo "$json" | /usr/bin/python3 -c "
import json, sys
r = json.loads(sys.stdin.read())
print('Layer: %d parcels; medians of %d runs; viewport = centred extent with 1/50 of the layer area, %d features.'
      % (r['features'], r['reps'], r['viewport_features_postgis']))
print('ogr2ogr import into PostGIS (with GiST index and ANALYZE): %.1f s' % float('$import_s'))
print()
print('| step | PostGIS s | GeoPackage s | PostGIS / GeoPackage |')
print('|---|---|---|---|')
for label, a, b in [('whole layer read into PlanMap', 'load_postgis_s', 'load_gpkg_s'),
                    ('viewport: bbox query', 'viewport_query_postgis_s', 'viewport_query_gpkg_s'),
                    ('viewport: render (MapPainter)', 'viewport_render_postgis_s', 'viewport_render_gpkg_s'),
                    ('viewport: query + render', 'viewport_total_postgis_s', 'viewport_total_gpkg_s')]:
    print('| %s | %.3f | %.3f | %.2f |' % (label, r[a], r[b], r[a] / r[b] if r[b] else float('nan')))
"
