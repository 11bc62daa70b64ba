#!/usr/bin/env python3
"""Writes a long-layout progress CSV of N records for the bundled catalog's quantitative targets.

BENCHMARK DATA: invented figures (标注：基准测试数据，非真实统计), unique (target, year, scope) keys
spread over the years 2000-2100 and the city plus the ten counties, in each target's unit.

    python3 bench/make_progress_bench_data.py OUT.csv [N]
"""
import json
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
catalog = json.load(open(os.path.join(here, "..", "geodata", "plan", "ankang_14th_fyp.json"), encoding="utf-8"))
targets = [i for i in catalog["items"] if i["kind"] == "target" and i.get("quantitative") and (i.get("value") is not None or i.get("range"))]
scopes = ["全市", "汉滨区", "汉阴县", "石泉县", "宁陕县", "紫阳县", "岚皋县", "平利县", "镇坪县", "旬阳市", "白河县"]
out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
rng = random.Random(18)
keys = [(t, y, s) for t in targets for s in scopes for y in range(2000, 2101)]
rng.shuffle(keys)
with open(out, "w", encoding="utf-8") as f:
    f.write("指标编号,年份,区县,数值,单位,数据来源\n")
    for t, y, s in keys[:n]:
        goal = t.get("value") if t.get("value") is not None else t["range"][1]
        f.write(f'{t["id"]},{y},{s},{round(goal * rng.uniform(0.3, 1.1), 2)},{t.get("unit") or ""},基准测试数据（虚构，非真实统计）\n')
print(f"{out}: {min(n, len(keys))} records over {len(targets)} targets")
