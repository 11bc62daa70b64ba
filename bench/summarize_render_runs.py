#!/usr/bin/python3
"""Median table of `planmap render --timings` and qgis_render.py runs (JSON lines written by
run_render_bench.sh: {"case", "rep", "result": <the tool's JSON line>}), with planmap/QGIS ratios.
Wall-clock and process CPU (all threads) medians; CPU is the steadier figure on a busy machine."""
import json
import statistics
import sys

rows = []
for path in sys.argv[1:]:
    for line in open(path):
        line = line.strip()
        if line:
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                pass  # a run that printed nothing (e.g. killed) has no result
by = {}
for r in rows:
    res = r.get("result") or {}
    if "tool" in res:
        by.setdefault((r["case"], res["tool"]), []).append(res)
keys = ["load_s", "first_render_s", "second_render_s", "zoomed_render_s",
        "first_render_cpu_s", "second_render_cpu_s", "zoomed_render_cpu_s"]
print("| case | tool | runs | " + " | ".join(keys) + " | peak RSS MB |")
print("|---|---|---|" + "---|" * len(keys) + "---|")
for case in sorted({c for c, _ in by}):
    med = {}
    for tool in ("planmap", "qgis"):
        rs = by.get((case, tool))
        if not rs:
            continue
        med[tool] = {k: statistics.median(r[k] for r in rs) for k in keys}
        rss = f"{statistics.median(r['peak_rss_bytes'] for r in rs) / 1e6:.0f}" if tool == "planmap" else ""
        print(f"| {case} | {tool} | {len(rs)} | " + " | ".join(f"{med[tool][k]:.4f}" for k in keys) + f" | {rss} |")
    if "planmap" in med and "qgis" in med:
        print(f"| {case} | **ratio planmap/QGIS** | | " + " | ".join(
            f"**{med['planmap'][k] / med['qgis'][k]:.2f}**" if med["qgis"][k] else "-" for k in keys) + " | |")
