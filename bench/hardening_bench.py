#!/usr/bin/env python3
"""Issue #15's pathological inputs, timed through the built planmap (medians of REPS runs):
  - render of a 2 M-vertex zig-zag polygon next to a smooth 2 M-vertex circle (and how many
    "Polygon too complex for filling." lines Qt printed);
  - check of the zig-zag polygon as a site;
  - check time against the number of site features (1k, 10k: the ratio shows O(n log n) vs O(n²));
  - export with a 1 000-character title, and the refusal of a 200 000-character one.
    bench/hardening_bench.py [BUILD_DIR] [REPS]     (defaults: build/ of this checkout, 3)
Writes bench/out/hardening_runs.jsonl and prints a Markdown table."""
import json, math, os, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "build")
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
planmap = os.environ.get("PLANMAP", os.path.join(build, "app", "planmap"))
out_dir = os.environ.get("BENCH_OUT", os.path.join(here, "out"))
os.makedirs(out_dir, exist_ok=True)
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
work = tempfile.mkdtemp(prefix="planmap-hardening-bench-")

def polygon_file(name, ring):
    path = os.path.join(work, name + ".geojson")
    with open(path, "w") as f:
        json.dump({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}, f)
    return path

def ring_of(n, zigzag):
    cx, cy, r = 109.0, 32.7, 0.05  # a site in 汉滨区
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        rr = r * (0.5 if (zigzag and i % 2) else 1.0)
        pts.append([round(cx + rr * math.cos(a), 9), round(cy + rr * math.sin(a), 9)])
    pts.append(pts[0])
    return pts

def sites_file(count):
    path = os.path.join(work, f"sites_{count}.geojson")
    feats = []
    side = int(math.ceil(math.sqrt(count)))
    for k in range(count):
        x, y = 108.9 + (k % side) * 0.002, 32.6 + (k // side) * 0.002
        ring = [[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001], [x, y]]
        feats.append({"type": "Feature", "properties": {"n": k}, "geometry": {"type": "Polygon", "coordinates": [ring]}})
    with open(path, "w") as f:
        json.dump({"type": "FeatureCollection", "features": feats}, f)
    return path

TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "900"))

class TimedOut:
    returncode = "timeout"
    stderr = ""

def run(args):
    t0 = time.monotonic()
    try:
        p = subprocess.run([planmap] + args, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p = TimedOut()
    return time.monotonic() - t0, p

cases = []
zig = polygon_file("zigzag_2m", ring_of(2_000_000, True))
circle = polygon_file("circle_2m", ring_of(2_000_000, False))
png = os.path.join(work, "out.png")
cases.append(("render zig-zag 2 M vertices", ["render", zig, "--size", "1920x1080", "-o", png]))
cases.append(("render circle 2 M vertices", ["render", circle, "--size", "1920x1080", "-o", png]))
cases.append(("check zig-zag 2 M vertices", ["check", zig, "--json"]))
for n in (1000, 10000):
    cases.append((f"check {n} site features", ["check", sites_file(n), "--json"]))
pdf = os.path.join(work, "t.pdf")
cases.append(("export, 1 000-char title", ["export", "--dpi", "40", "--title", "安" * 1000, "-o", pdf]))
# One argv string is capped at 128 KB by Linux, so the refused title is 20 000 characters here.
cases.append(("export, 20 000-char title (refused)", ["export", "--dpi", "40", "--title", "安" * 20000, "-o", pdf]))

rows = []
with open(os.path.join(out_dir, "hardening_runs.jsonl"), "a") as log:
    for name, args in cases:
        times, spam, codes = [], 0, set()
        for _ in range(reps):
            s, p = run(args)
            times.append(s)
            spam = max(spam, p.stderr.count("Polygon too complex"))
            codes.add(p.returncode)
            log.write(json.dumps({"case": name, "seconds": s, "exit": p.returncode, "too_complex_lines": spam,
                                  "load": os.getloadavg()[0]}) + "\n")
        rows.append((name, statistics.median(times), spam, sorted(codes, key=str)))

print("| case | median s | 'too complex' lines | exit codes |\n|---|---|---|---|")
for name, med, spam, codes in rows:
    print(f"| {name} | {med:.2f} | {spam} | {codes} |")
by = {r[0]: r[1] for r in rows}
if by.get("check 1000 site features"):
    print(f"\ncheck 10k / 1k = {by['check 10000 site features'] / by['check 1000 site features']:.1f} (10 = linear, 100 = quadratic)")
if by.get("render circle 2 M vertices"):
    print(f"render zig-zag / circle = {by['render zig-zag 2 M vertices'] / by['render circle 2 M vertices']:.1f}")
