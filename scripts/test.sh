#!/usr/bin/env bash
# Set up, build and run the whole PlanMap test suite (CTest; PostgreSQL is started by the tests that need it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh" "$here/build"
export QT_QPA_PLATFORM=offscreen
cd "$here/build"
ctest --output-on-failure --timeout 900 -j "$(nproc)"
