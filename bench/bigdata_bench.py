#!/usr/bin/python3
"""City-scale parcels (issue #19): PlanMap's geometry cache side by side with QGIS 3.22, one run.

For each data set (make_data.py --scale N --only large), alternating PlanMap and QGIS runs:
  cold    `planmap render FILE --timings` with a fresh XDG_CACHE_HOME (file never seen; the cache is
          written after the timed frames), and ../shared/bench/ogr_floor.py (bare OGR read);
  later   REPS runs of `planmap render FILE --timings` with that cache (page cache warm);
  qgis    REPS runs of ../shared/bench/qgis_render.py FILE.
Prints the issue's table with medians and ratios; every run goes to OUT/bigdata_runs.jsonl.

Usage: bench/bigdata_bench.py --planmap build/app/planmap --data /work/bigdata-bench [--scales 1,5,10]
       [--reps 3] [--out /work/bigdata-bench/out] [--no-qgis]
  DATA/sN/large/parcels_4326.gpkg must exist:
  /usr/bin/python3 ../shared/bench/make_data.py --out DATA/sN --scale N --only large --no-4545 --no-shp
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("PLANMAP_SHARED", os.path.join(HERE, "..", "..", "shared"))


def run_json(cmd, env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    lines = [l for l in p.stdout.splitlines() if l.startswith("{")]
    if p.returncode != 0 or not lines:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
    return json.loads(lines[-1])


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(v, digits=3):
    return "–" if v is None else f"{v:.{digits}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--planmap", default=os.path.join(HERE, "..", "build", "app", "planmap"))
    ap.add_argument("--data", default="/work/bigdata-bench")
    ap.add_argument("--scales", default="1,5,10")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--out", default=None)
    ap.add_argument("--no-qgis", action="store_true")
    ap.add_argument("--only", choices=["planmap", "qgis"], default=None,
                    help="run one side and append to the runs file (then --summarize)")
    ap.add_argument("--summarize", action="store_true", help="print the table from the runs file only")
    a = ap.parse_args()
    out = a.out or os.path.join(a.data, "out")
    os.makedirs(out, exist_ok=True)
    runs_path = os.path.join(out, "bigdata_runs.jsonl")
    if a.summarize:
        return summarize(runs_path, a.scales.split(","))
    runs = open(runs_path, "a" if a.only else "w")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with open("/proc/loadavg") as f:
        load_before = f.read().split()[:3]
    rows = []
    for scale in a.scales.split(","):
        gpkg = os.path.join(a.data, f"s{scale}", "large", "parcels_4326.gpkg")
        if not os.path.exists(gpkg):
            sys.exit(f"no {gpkg}: /usr/bin/python3 {SHARED}/bench/make_data.py --out {a.data}/s{scale} "
                     f"--scale {scale} --only large --no-4545 --no-shp")
        cache_home = tempfile.mkdtemp(prefix=f"planmap-cache-s{scale}-", dir=out)
        penv = dict(env, XDG_CACHE_HOME=cache_home)
        pm = [a.planmap, "render", gpkg, "--size", "1920x1080", "--timings"]
        ours = a.only != "qgis"
        floor = run_json(["/usr/bin/python3", os.path.join(SHARED, "bench", "ogr_floor.py"), gpkg])
        runs.write(json.dumps({"scale": scale, "kind": "floor", "result": floor}) + "\n")
        cold = None
        if ours:
            cold = run_json(pm, penv)
            runs.write(json.dumps({"scale": scale, "kind": "cold", "result": cold}) + "\n")
        later, qgis = [], []
        for i in range(a.reps):
            if ours:
                later.append(run_json(pm, penv))
                runs.write(json.dumps({"scale": scale, "kind": "later", "rep": i, "result": later[-1]}) + "\n")
            if not a.no_qgis and a.only != "planmap":
                qgis.append(run_json(["/usr/bin/python3", os.path.join(SHARED, "bench", "qgis_render.py"), gpkg], env))
                runs.write(json.dumps({"scale": scale, "kind": "qgis", "rep": i, "result": qgis[-1]}) + "\n")
            runs.flush()
        shutil.rmtree(cache_home, ignore_errors=True)
        print(f"done: scale {scale}", file=sys.stderr)
    with open("/proc/loadavg") as f:
        load_after = f.read().split()[:3]
    runs.write(json.dumps({"kind": "load", "before": load_before, "after": load_after, "only": a.only}) + "\n")
    runs.close()
    summarize(runs_path, a.scales.split(","))


def summarize(runs_path, scales):
    entries = [json.loads(l) for l in open(runs_path) if l.strip()]
    for e in entries:
        if e["kind"] == "load":
            print(f"load average before {' '.join(e['before'])}, after {' '.join(e['after'])} "
                  f"({e.get('only') or 'both'}; 2 cores shared by 8 developers)")
    rows = []
    for scale in scales:
        pick = lambda kind: [e["result"] for e in entries if e.get("scale") == scale and e["kind"] == kind]
        floors, colds = pick("floor"), pick("cold")
        if not colds:
            continue
        floor = {"read_s": med([f["read_s"] for f in floors])}
        rows.append((scale, floor, colds[-1], pick("later"), pick("qgis")))
    for scale, floor, cold, later, qgis in rows:
        q = lambda k: med([r.get(k) for r in qgis])
        l = lambda k: med([r.get(k) for r in later])
        features, vertices = cold["features"], cold["vertices"]
        cold_complete = cold["load_s"] + cold["first_render_s"]
        later_complete = med([r["load_s"] + r["first_render_s"] for r in later])
        print(f"\n## --scale {scale}: {features:,} parcels, {vertices / 1e6:.0f} M vertices "
              f"(medians of {len(later)} later opens / {len(qgis)} QGIS runs; one cold run)")
        print("| measure | PlanMap | QGIS 3.22 | ratio | goal |")
        print("|---|---|---|---|---|")
        print(f"| first open: first frame (no progressive frame yet: = complete frame) | {fmt(cold_complete)} s | | | ≤ 1 s |")
        print(f"| first open: first complete frame (load_s + first_render_s) | {fmt(cold_complete)} s "
              f"(load {fmt(cold['load_s'])} + render {fmt(cold['first_render_s'])}) | bare OGR read {fmt(floor['read_s'])} s | "
              f"floor + {fmt(cold_complete - floor['read_s'])} s | ≤ floor + 1 s |")
        print(f"| cache written after the cold frame (cache_upkeep_s) | {fmt(cold.get('cache_upkeep_s'))} s | | | |")
        print(f"| later open: first complete frame | {fmt(later_complete)} s (load {fmt(l('load_s'))}) | "
              f"{fmt((q('load_s') or 0) + (q('first_render_s') or 0)) if qgis else '–'} s | "
              f"{fmt(later_complete / ((q('load_s') or 0) + q('first_render_s')), 2) if qgis else '–'} | ≤ 0.5 s |")
        print(f"| full-extent re-render (second_render_s) | {fmt(l('second_render_s'))} s | {fmt(q('second_render_s'))} s | "
              f"{fmt(l('second_render_s') / q('second_render_s'), 3) if qgis else '–'} | ≤ 0.2 s (scale 1: ≤ 0.1×) |")
        print(f"| zoomed 1/50 (zoomed_render_s) | {fmt(l('zoomed_render_s'), 4)} s | {fmt(q('zoomed_render_s'), 4)} s | "
              f"{fmt(l('zoomed_render_s') / q('zoomed_render_s'), 2) if qgis else '–'} | ≤ 0.5× |")
        print(f"| zoomed 1/50 CPU (zoomed_render_cpu_s) | {fmt(l('zoomed_render_cpu_s'), 4)} s | "
              f"{fmt(q('zoomed_render_cpu_s'), 4)} s | "
              f"{fmt(l('zoomed_render_cpu_s') / q('zoomed_render_cpu_s'), 2) if qgis and q('zoomed_render_cpu_s') else '–'} | |")
        print(f"| peak RSS of a later open (peak_rss_bytes) | {fmt(l('peak_rss_bytes') / 2**20, 0)} MB | "
              f"| | ≤ 400 MB |")
        print(f"| peak RSS of the cold open | {fmt(cold['peak_rss_bytes'] / 2**20, 0)} MB | | | |")
        print(f"| vertices drawn at full extent (later open) | {fmt(l('vertices_drawn') / 1e6, 2)} M | | | few M |")


if __name__ == "__main__":
    main()
