#!/bin/sh
# Progress import (10 000 records) and the whole-catalog evaluation report, medians of RUNS runs.
#   bench/run_progress_bench.sh BUILD_DIR [RUNS] [N]
set -e
build=${1:?build dir}
runs=${2:-5}
n=${3:-10000}
here=$(dirname "$0")
out=$(mktemp -d)
python3 "$here/make_progress_bench_data.py" "$out/progress_$n.csv" "$n"
"$build/bench/progress_report_bench" "$out/progress_$n.csv" "$runs" "$out"
rm -rf "$out"
