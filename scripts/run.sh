#!/usr/bin/env bash
# Set up, build and start PlanMap on the bundled Ankang map.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh" "$here/build"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found; starting under xvfb-run" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$here/build/app/planmap" "$@"
fi
exec "$here/build/app/planmap" "$@"
