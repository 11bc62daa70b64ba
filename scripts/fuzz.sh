#!/usr/bin/env bash
# Fuzzes the project-file reader, the plan-catalog reader and the layer loader with libFuzzer for a bounded time.
# Usage: scripts/fuzz.sh [seconds-per-target]   (default 60)
# Crashing inputs land in tests/data/fuzz-regressions/<target>/; the test suite replays them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
for pkg in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends clang libclang-rt-14-dev; break; }
done
build="$here/build-fuzz"
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DPLANMAP_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target project_reader_fuzzer catalog_reader_fuzzer layer_loader_fuzzer
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 PLANMAP_GEODATA="$here/geodata"
run() {
  local target="$1"; shift
  local corpus="$build/corpus-$target" crashes="$here/tests/data/fuzz-regressions/$target"
  mkdir -p "$corpus" "$crashes"
  # Start from the committed minimised corpus (tests/data/fuzz-corpus/, replayed by the test suite).
  cp "$here/tests/data/fuzz-corpus/${target%_reader_fuzzer}"/* "$corpus/" 2>/dev/null || true
  cp "$@" "$corpus/" 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s"
  "$build/fuzz/$target" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | tail -n 12
}
run project_reader_fuzzer "$here"/tests/data/bad/project/*.planmap
run catalog_reader_fuzzer "$here"/geodata/plan/ankang_14th_fyp.json "$here"/tests/data/plan/*.json
run layer_loader_fuzzer "$here"/tests/data/fuzz-corpus/layer/*
echo "fuzz: crashing inputs (if any) are in tests/data/fuzz-regressions/"
