#!/bin/bash
# Side-by-side render benchmark: `planmap render --timings` and QGIS (../shared/bench/qgis_render.py)
# on the same files, same machine, same run, alternating runs so both see the same load.
#   bench/run_render_bench.sh [BUILD_DIR] [REPS]      (defaults: /work/build-render, 5)
# Needs the bench data (bench/data, see README.md) and QGIS (apt-get install qgis python3-qgis).
# Writes bench/out/render_runs.jsonl (one JSON line per run) and prints a median table with ratios.
# QGIS label runs (which never finish on 200k parcels) are only tried with QGIS_LABELS=1, time-boxed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-/work/build-render}"
reps="${2:-5}"
planmap="${PLANMAP:-$build/app/planmap}"
shared="${PLANMAP_SHARED:-$here/../../shared}"
data="${BENCH_DATA:-$here/data}"
out="${BENCH_OUT:-$here/out}"
mkdir -p "$out"
runs="$out/render_runs.jsonl"
: > "$runs"
export QT_QPA_PLATFORM=offscreen

[ -x "$planmap" ] || { echo "no $planmap: build the planmap target first" >&2; exit 1; }
[ -f "$data/large/parcels_4326.gpkg" ] || { echo "no bench data: /usr/bin/python3 $shared/bench/make_data.py --out $data" >&2; exit 1; }

parcels="$data/large/parcels_4326.gpkg"
rivers="$data/lines/rivers_4326.gpkg"
small="$data/small/counties_4326.shp $data/small/roads_4326.shp $data/small/towns_4326.shp"

# case name | planmap arguments | qgis arguments
cases=(
  "parcels|$parcels|$parcels"
  "parcels_graduated|$parcels --graduated score|$parcels --graduated score"
  "parcels_to_4545|$parcels --crs EPSG:4545|$parcels --dest-crs EPSG:4545"
  "rivers|$rivers|$rivers"
  "small|$small|$small"
  "parcels_labels|$parcels --labels name|"
)

for c in "${cases[@]}"; do
  IFS='|' read -r name ours theirs <<< "$c"
  for ((i = 1; i <= reps; i++)); do
    # shellcheck disable=SC2086
    line=$("$planmap" render $ours --size 1920x1080 --timings -o "$out/${name}_planmap.png" 2>/dev/null | tail -1)
    echo "{\"case\":\"$name\",\"rep\":$i,\"result\":$line}" >> "$runs"
    if [ -n "$theirs" ]; then
      # shellcheck disable=SC2086
      line=$(/usr/bin/python3 "$shared/bench/qgis_render.py" $theirs --png "$out/${name}_qgis.png" 2>/dev/null | tail -1)
      echo "{\"case\":\"$name\",\"rep\":$i,\"result\":$line}" >> "$runs"
    fi
  done
  echo "done: $name" >&2
done

if [ "${QGIS_LABELS:-0}" = 1 ]; then
  start=$(date +%s)
  if timeout 600 /usr/bin/python3 "$shared/bench/qgis_render.py" "$parcels" --labels name > "$out/qgis_labels.json" 2>/dev/null; then
    echo "{\"case\":\"parcels_labels\",\"rep\":1,\"result\":$(tail -1 "$out/qgis_labels.json")}" >> "$runs"
  else
    echo "QGIS labels: did not finish in $(( $(date +%s) - start )) s" >&2
  fi
fi

/usr/bin/python3 "$here/summarize_render_runs.py" "$runs"
