#!/bin/sh
# A3 landscape PDF export, PlanMap vs QGIS 3.22, same files, same machine, same run.
# Both export a map, legend, scale bar, north arrow and a Chinese title (QGIS: ../shared/bench/qgis_pdf.py;
# PlanMap: `planmap export --layer …` on resources/layouts/a3_landscape_simple.json).
#
# usage: bench/run_pdf_bench.sh [BUILD_DIR] [REPS]
#   BUILD_DIR defaults to ./build; needs bench/data (../shared/bench/make_data.py) and `qgis python3-qgis`.
# Prints a Markdown table (medians) and keeps the PDFs in bench/out/pdf/.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BUILD=${1:-$ROOT/build}
REPS=${2:-3}
DATA=${BENCH_DATA:-$HERE/data}
OUT=${BENCH_OUT:-$HERE/out}/pdf
SHARED=${PLANMAP_SHARED:-$ROOT/../shared/bench}
PLANMAP=$BUILD/app/planmap
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
[ -x "$PLANMAP" ] || { echo "no $PLANMAP; build the planmap target first" >&2; exit 1; }
[ -f "$DATA/large/parcels_4326.shp" ] || { echo "no bench data in $DATA; run make_data.py" >&2; exit 1; }

SMALL="$DATA/small/counties_4326.shp $DATA/small/roads_4326.shp $DATA/small/towns_4326.shp"
LARGE="$DATA/large/parcels_4326.shp"

# One run: prints "export_s bytes wall_s" for the tool.
run_planmap() {  # name, label-args, files…
  name=$1; shift; labels=$1; shift
  args=""; for f in "$@"; do args="$args --layer $f"; done
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  json=$("$PLANMAP" export $args $labels -o "$OUT/$name-planmap.pdf")
  end=$(date +%s.%N)
  echo "$json" | /usr/bin/python3 -c "import json,sys; r=json.load(sys.stdin); print(r['seconds'], r['bytes'], $end-$start)"
}
run_qgis() {  # name, label-args, files…
  name=$1; shift; labels=$1; shift
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  json=$(/usr/bin/python3 "$SHARED/qgis_pdf.py" "$@" $labels --pdf "$OUT/$name-qgis.pdf" 2>/dev/null | tail -n 1)
  end=$(date +%s.%N)
  echo "$json" | /usr/bin/python3 -c "import json,sys; r=json.load(sys.stdin); print(r['export_s'], r['pdf_bytes'], $end-$start)"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| A3 PDF case | tool | export s | PDF MB | process wall s |"
echo "|---|---|---|---|---|"
for case in small large; do
  if [ $case = small ]; then files=$SMALL; labels="--labels name"; else files=$LARGE; labels=""; fi
  for tool in planmap qgis; do
    : > "$OUT/$case-$tool.runs"
    i=0
    while [ $i -lt "$REPS" ]; do
      # shellcheck disable=SC2086
      run_$tool "$case" "$labels" $files >> "$OUT/$case-$tool.runs"
      i=$((i + 1))
    done
    e=$(cut -d' ' -f1 "$OUT/$case-$tool.runs" | median)
    b=$(cut -d' ' -f2 "$OUT/$case-$tool.runs" | median)
    w=$(cut -d' ' -f3 "$OUT/$case-$tool.runs" | median)
    printf '| %s | %s | %.3f | %.2f | %.2f |\n' "$case" "$tool" "$e" "$(echo "$b / 1000000" | bc -l)" "$w"
  done
done
