#!/usr/bin/env bash
# The window as a new planner sees it, for docs/screens/: the first start and each dock, in Chinese
# and in English, on a 1600×1000 screen (Xvfb). Usage: scripts/screenshots.sh [build-dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
out="$here/docs/screens"
mkdir -p "$out"
shot() {  # language name [extra args...]
  local lang=$1 name=$2
  shift 2
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/planmap" --lang "$lang" --screenshot "$out/$name-$lang.png" "$@"
}
for lang in zh_CN en; do
  shot "$lang" first-start --identify 109.03,32.68
  for dock in layersDock targetsDock basemapDock complianceDock countyStatsDock planLinksDock progressDock targetThemeDock; do
    shot "$lang" "$dock" --dock "$dock"
  done
done
ls -l "$out"
