#!/usr/bin/python3
"""Quick look at the bundled map: draws every layer of geodata/bundled_map.json with its style
into a PNG (plate carrée, lon scaled by cos(lat)). A developer check, not the app's renderer.

Usage: /usr/bin/python3 geodata/tools/preview_png.py OUT.png [WIDTH_PX [MINX,MINY,MAXX,MAXY]]
Needs python3-pil (optional; not a PlanMap dependency) and fonts-noto-cjk for labels.
"""
import json
import math
import os
import sys

from osgeo import ogr
from PIL import Image, ImageDraw, ImageFont

ogr.UseExceptions()
GEODATA = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def rgba(hexstr):
    h = hexstr.lstrip("#")
    if len(h) == 6:
        h += "ff"
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4, 6))


def main():
    out = sys.argv[1]
    width = int(sys.argv[2]) if len(sys.argv) > 2 else 1600
    manifest = json.load(open(os.path.join(GEODATA, "bundled_map.json"), encoding="utf-8"))
    x0, y0, x1, y1 = manifest["extent"]
    pad = 0.08
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    if len(sys.argv) > 3:
        x0, y0, x1, y1 = (float(v) for v in sys.argv[3].split(","))
    k = math.cos(math.radians((y0 + y1) / 2))
    height = int(width * (y1 - y0) / ((x1 - x0) * k))
    ppmm = width / 300.0  # pretend the map is 300 mm wide

    def px(x, y):
        return ((x - x0) / (x1 - x0) * width, (y1 - y) / (y1 - y0) * height)

    img = Image.new("RGBA", (width, height), (255, 255, 255, 255))
    font_cache = {}
    label_jobs = []

    for layer in manifest["layers"]:
        st = layer["style"]
        ds = ogr.Open(os.path.join(GEODATA, layer["file"]))
        lyr = ds.GetLayer(0)
        for f in lyr:
            symbol = st["symbol"]
            if st["renderer"] == "categorized":
                for c in st["classes"]:
                    if str(f.GetField(st["field"])) == str(c["value"]):
                        symbol = c["symbol"]
            dash = symbol["dash"]
            if f.GetField(st["schematic"]["field"]) in st["schematic"]["values"]:
                dash = st["schematic"]["dash"]
            over = Image.new("RGBA", img.size, (0, 0, 0, 0))
            d = ImageDraw.Draw(over)
            g = f.GetGeometryRef()
            t = ogr.GT_Flatten(g.GetGeometryType())
            sw = max(1, int(round(symbol["stroke_width_mm"] * ppmm)))
            stroke = rgba(symbol["stroke"])
            fill = rgba(symbol["fill"])

            def draw_line(pts):
                if dash == "solid":
                    d.line(pts, fill=stroke, width=sw)
                    return
                on, off = (6 * sw, 4 * sw) if dash == "dash" else (sw, 2 * sw)
                acc = 0.0
                for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                    seg = math.hypot(bx - ax, by - ay)
                    s = 0.0
                    while s < seg:
                        phase = acc % (on + off)
                        run = (on - phase) if phase < on else (on + off - phase)
                        e = min(seg, s + run)
                        if phase < on:
                            d.line([(ax + (bx - ax) * s / seg, ay + (by - ay) * s / seg),
                                    (ax + (bx - ax) * e / seg, ay + (by - ay) * e / seg)],
                                   fill=stroke, width=sw)
                        acc += e - s
                        s = e

            polys = []
            if t == ogr.wkbPolygon:
                polys = [g]
            elif t == ogr.wkbMultiPolygon:
                polys = [g.GetGeometryRef(i) for i in range(g.GetGeometryCount())]
            for p in polys:
                rings = [[px(*pt[:2]) for pt in p.GetGeometryRef(i).GetPoints()]
                         for i in range(p.GetGeometryCount())]
                mask = Image.new("L", img.size, 0)
                md = ImageDraw.Draw(mask)
                md.polygon(rings[0], fill=255)
                for r in rings[1:]:
                    md.polygon(r, fill=0)
                if fill[3] > 0:
                    over.paste(Image.new("RGBA", img.size, fill), (0, 0), mask)
                if symbol.get("hatch", "none") != "none":
                    hatch = Image.new("RGBA", img.size, (0, 0, 0, 0))
                    hd = ImageDraw.Draw(hatch)
                    step = 12
                    for i in range(-height, width + height, step):
                        if symbol["hatch"] in ("bdiag", "cross"):
                            hd.line([(i, 0), (i + height, height)], fill=stroke, width=1)
                        if symbol["hatch"] in ("fdiag", "cross"):
                            hd.line([(i, height), (i + height, 0)], fill=stroke, width=1)
                        if symbol["hatch"] == "horizontal" and 0 <= i < height:
                            hd.line([(0, i), (width, i)], fill=stroke + (0,)[:0], width=1)
                    over.paste(hatch, (0, 0), Image.composite(hatch, Image.new("RGBA", img.size),
                                                              mask).split()[3])
                for r in rings:
                    draw_line(r)
            if t in (ogr.wkbLineString, ogr.wkbMultiLineString):
                parts = [g] if t == ogr.wkbLineString else [g.GetGeometryRef(i)
                                                             for i in range(g.GetGeometryCount())]
                for part in parts:
                    draw_line([px(*pt[:2]) for pt in part.GetPoints()])
            if t == ogr.wkbPoint:
                cx, cy = px(g.GetX(), g.GetY())
                r = symbol["marker_size_mm"] * ppmm / 2
                m = symbol["marker"]
                if m == "square":
                    d.rectangle([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=stroke)
                elif m == "triangle":
                    d.polygon([(cx, cy - r), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)],
                              fill=fill, outline=stroke)
                elif m == "diamond":
                    d.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)],
                              fill=fill, outline=stroke)
                elif m == "star":
                    pts = []
                    for i in range(10):
                        a = math.pi / 2 + i * math.pi / 5
                        rr = r if i % 2 == 0 else r * 0.45
                        pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
                    d.polygon(pts, fill=fill, outline=stroke)
                else:
                    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=stroke)
            img = Image.alpha_composite(img, over)
            lab = st.get("labels")
            if lab and f.GetField(lab["field"]):
                c = g.Centroid() if t != ogr.wkbPoint else g
                if t in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
                    c = g.PointOnSurface()
                if t in (ogr.wkbLineString, ogr.wkbMultiLineString):
                    c = g.Centroid()
                lx, ly = px(c.GetX(), c.GetY())
                if t == ogr.wkbPoint:
                    lx += symbol["marker_size_mm"] * ppmm
                label_jobs.append((lx, ly, f.GetField(lab["field"]), lab))
    d = ImageDraw.Draw(img)
    for lx, ly, text, lab in label_jobs:
        size = int(lab["size_pt"] * 0.3528 * ppmm)
        font = font_cache.setdefault(size, ImageFont.truetype(FONT, size))
        d.text((lx, ly), text, font=font, fill=rgba(lab["color"]), anchor="lm",
               stroke_width=2, stroke_fill=rgba(lab["halo"]))
    img.convert("RGB").save(out)
    print(out, img.size)


if __name__ == "__main__":
    main()
