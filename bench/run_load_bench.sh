#!/bin/bash
# Loading against the floor of issue #2: `planmap render FILE --timings` (load_s: GDAL read of
# geometry and attributes into the FeatureStore, spatial index included) against a bare OGR read of
# the same file's geometry (../shared/bench/ogr_floor.py), alternating so both see the same load.
#   bench/run_load_bench.sh [BUILD_DIR] [REPS]      (defaults: build/ of this checkout, 5; use an optimised build)
# Prints one line per file: medians (wall and, for planmap, CPU) and the ratio (goal <= 1.25).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
reps="${2:-5}"
planmap="${PLANMAP:-$build/app/planmap}"
shared="${PLANMAP_SHARED:-$here/../../shared}"
data="${BENCH_DATA:-$here/data}"
out="${BENCH_OUT:-$here/out}"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
[ -x "$planmap" ] || { echo "no $planmap: build the planmap target first" >&2; exit 1; }
[ -f "$data/large/parcels_4326.gpkg" ] || { echo "no bench data: /usr/bin/python3 $shared/bench/make_data.py --out $data" >&2; exit 1; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
field() { sed -n "s/.*\"$1\": *\([0-9.e-]*\).*/\1/p"; }

printf '| file | OGR floor s | planmap load s | planmap load CPU s | ratio (wall) |\n|---|---|---|---|---|\n'
for file in large/parcels_4326.gpkg large/parcels_4326.shp lines/rivers_4326.gpkg lines/rivers_4326.shp; do
  floor=(); ours=(); cpu=()
  for ((i = 1; i <= reps; i++)); do
    floor+=("$(/usr/bin/python3 "$shared/bench/ogr_floor.py" "$data/$file" | field read_s)")
    line=$("$planmap" render "$data/$file" --size 64x64 --timings -o "$out/load_bench.png" 2>/dev/null | tail -1)
    ours+=("$(echo "$line" | field load_s)")
    cpu+=("$(echo "$line" | field load_cpu_s)")
  done
  f=$(printf '%s\n' "${floor[@]}" | median)
  o=$(printf '%s\n' "${ours[@]}" | median)
  c=$(printf '%s\n' "${cpu[@]}" | median)
  printf '| %s | %.3f | %.3f | %.3f | **%.2f** |\n' "$file" "$f" "$o" "$c" "$(awk -v o="$o" -v f="$f" 'BEGIN { print o / f }')"
done
