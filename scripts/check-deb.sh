#!/usr/bin/env bash
# Proves the .deb works on a clean Debian 12: builds the package, installs it into a fresh
# `debootstrap --variant=minbase bookworm` chroot and runs the CLI there headless.
#
# Usage (as root): scripts/check-deb.sh [build-dir]        (default: build)
#
# - builds the `planmap` target and runs cpack → planmap_<v>_<arch>.deb + planmap-dbgsym_….ddeb;
# - checks the .deb: binary stripped, symbols in the -dbgsym package, Depends has the libraries
#   dpkg-shlibdeps found (libpq5, libqt6network6…) and the hand-listed data/fonts packages;
# - installs it with apt into a copy of a cached minbase chroot (the base system and the downloaded
#   .debs are kept in $PLANMAP_CHECK_DEB_CACHE, default /var/cache/planmap-check-deb, between runs);
# - runs render, export, export --atlas counties, check and stats there (QT_QPA_PLATFORM=offscreen),
#   with no source tree in sight, and reads the PDFs back with pdffonts (fonts embedded, CJK present).
# Not part of CI: the first run downloads the base system (~100 MB) and the dependencies (~400 MB).
set -euo pipefail
start=$(date +%s)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(realpath -m "${1:-$here/build}")"
cache="${PLANMAP_CHECK_DEB_CACHE:-/var/cache/planmap-check-deb}"
mirror="${PLANMAP_CHECK_DEB_MIRROR:-http://deb.debian.org/debian}"
base="$cache/bookworm-minbase"
root="$cache/run"
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build tree (scripts/setup.sh $build)"
for tool in debootstrap pdffonts dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    case "$tool" in
      debootstrap) pkg=debootstrap ;; pdffonts) pkg=poppler-utils ;; *) pkg=dpkg-dev ;;
    esac
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "$pkg"
  fi
done

mounted=()
cleanup() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() { mkdir -p "$2"; mount --bind "$1" "$2"; mounted+=("$2"); }

step "build the package"
cmake --build "$build" --target planmap
rm -f "$build"/planmap_*.deb "$build"/planmap-dbgsym_*.ddeb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; fail "cpack failed"; }
deb=$(ls "$build"/planmap_*.deb)
ddeb=$(ls "$build"/planmap-dbgsym_*.ddeb 2>/dev/null || true)
ls -l "$deb" $ddeb

step "inspect the package"
dpkg-deb -f "$deb" Package Version Installed-Size Depends
depends=$(dpkg-deb -f "$deb" Depends)
for want in libpq5 libqt6network6 libqt6widgets6 libgdal32 libproj25 fonts-noto-cjk proj-data qt6-qpa-plugins; do
  grep -q "\b$want\b" <<<"$depends" || fail "Depends lacks $want: $depends"
done
contents=$(dpkg-deb -c "$deb")  # (not piped into grep -q: with pipefail an early exit is a failure)
grep -q './usr/share/planmap/layouts/a3_landscape_plan.json' <<<"$contents" || fail "layout templates not in the package"
grep -q './usr/share/planmap/geodata/bundled_map.json' <<<"$contents" || fail "geodata not in the package"
[ -n "$ddeb" ] || fail "no -dbgsym package"
extract=$(mktemp -d)
dpkg-deb -x "$deb" "$extract"
file "$extract/usr/bin/planmap" | grep -q ', stripped' || fail "usr/bin/planmap is not stripped: $(file "$extract/usr/bin/planmap")"
echo "binary: $(du -h "$extract/usr/bin/planmap" | cut -f1) stripped; symbols: $(du -h "$ddeb" | cut -f1) in $(basename "$ddeb")"
grep -q '/usr/lib/debug/.build-id/.*\.debug' <<<"$(dpkg-deb -c "$ddeb")" || fail "no .debug file in $ddeb"
rm -rf "$extract"

step "base system ($base)"
mkdir -p "$cache/archives/partial"
if [ ! -f "$base/.planmap-complete" ]; then
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base" "$mirror"
  touch "$base/.planmap-complete"
else
  echo "cached"
fi

step "fresh chroot ($root)"
if [ -d "$root" ]; then
  while read -r m; do umount -l "$m" || true; done < <(awk -v r="$root" '$2 ~ "^"r {print $2}' /proc/mounts | sort -r)
  rm -rf "$root"
fi
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" > "$root/etc/apt/sources.list"
bind /proc "$root/proc"
bind /dev "$root/dev"
bind "$cache/archives" "$root/var/cache/apt/archives"
mkdir -p "$root/check"
cp "$deb" "$root/check/"
cp "$here/tests/data/analysis/site_qinling_core_4545.geojson" "$root/check/site.geojson"

step "install with apt (dependencies from $mirror)"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  sh -c 'apt-get update -q && apt-get install -y -q --no-install-recommends ./check/'"$(basename "$deb")" \
  >"$build/check-deb-apt.log" 2>&1 || { tail -30 "$build/check-deb-apt.log"; fail "apt could not install the package"; }
tail -3 "$build/check-deb-apt.log"
[ ! -e "$root$here" ] || fail "the source tree is visible inside the chroot"

step "run planmap in the chroot"
run() {
  echo "\$ planmap $*" >&2
  chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/check LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    sh -c 'cd /check && exec planmap "$@"' planmap "$@"
}
run --version
run render --size 1200x900 -o /check/map.png
run export -o /check/plan.pdf
run export --atlas counties -o /check/atlas.pdf
# Exit 0 when the check ran, conflicts or not (this site lies in the Qinling core zone).
run check /check/site.geojson --json > "$root/check/check.json"
head -c 400 "$root/check/check.json"; echo
grep -q '"' "$root/check/check.json" || fail "planmap check wrote no JSON"
run stats --csv /check/stats.csv
head -3 "$root/check/stats.csv"

step "read the outputs back"
for f in map.png plan.pdf atlas.pdf stats.csv; do
  [ -s "$root/check/$f" ] || fail "$f missing or empty"
done
file "$root/check/map.png" | grep -q 'PNG image data, 1200 x 900' || fail "map.png: $(file "$root/check/map.png")"
for pdf in plan.pdf atlas.pdf; do
  echo "-- pdffonts $pdf"
  fonts=$(pdffonts "$root/check/$pdf")
  echo "$fonts"
  [ "$(tail -n +3 <<<"$fonts" | wc -l)" -gt 0 ] || fail "$pdf has no fonts (text missing)"
  tail -n +3 <<<"$fonts" | awk '$(NF-4) != "yes" {bad=1} END {exit bad}' || fail "$pdf has fonts that are not embedded"
  grep -qi 'cjk\|noto' <<<"$fonts" || fail "$pdf has no CJK font: Chinese names would not show"
done
pages=$(pdfinfo "$root/check/atlas.pdf" | awk '/^Pages:/ {print $2}')
echo "atlas.pdf: $pages pages"
[ "$pages" -ge 10 ] || fail "atlas.pdf has $pages pages, expected one per county (10)"

step "OK: the package installs and works on a clean Debian 12"
echo "check-deb: took $(( $(date +%s) - start )) s"
