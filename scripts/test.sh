#!/usr/bin/env bash
# Set up, build and run the whole PlanMap test suite (CTest; PostgreSQL is started by the tests that need it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh" "$here/build"
export QT_QPA_PLATFORM=offscreen
# Qt wants a private runtime dir; CI shells (root, no login session) have none.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$(mktemp -d /tmp/planmap-runtime.XXXXXX)"
  chmod 700 "$XDG_RUNTIME_DIR"
fi
cd "$here/build"
ctest --output-on-failure --timeout 900 -j "$(nproc)"
