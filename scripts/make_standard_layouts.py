#!/usr/bin/env python3
"""Writes the template family 规划图（标准图廓） (issue #17): resources/layouts/standard_{a4,a3,a1,a0}_{landscape,portrait}.json.

One design, drawn at A3 and scaled to the other ISO sheets (they share the 1:√2 shape), so the eight
files cannot drift apart: edit this script and rerun it, not the JSON.
  title above the frames; a heavier outer frame (外图廓) around the inner map frame (内图廓) and a side
  (landscape) or bottom (portrait) panel; a km grid in the frame's Gauss-Krüger CRS labelled between
  the frames; location maps in Shaanxi and in Ankang; legend, north arrow, bar and numeric scale;
  the notes: mathematical basis from the frame's CRS, 编制单位, 制图日期, 审图号 (blank), sources.
"""
import json
import os

SHEETS = {"A4": 297 / 420, "A3": 1.0, "A1": 841 / 420, "A0": 1189 / 420}
EXTENT = [108.0, 31.68, 110.23, 33.87]  # Ankang, lon/lat


def r(v, k):
    return round(v * k, 1)


def rect(x, y, w, h, k):
    return [r(x, k), r(y, k), r(w, k), r(h, k)]


def items_landscape(k):
    # A3 landscape 420 x 297 mm.
    return [
        {"type": "title", "id": "title", "rect_mm": rect(10, 5, 400, 12, k), "text": "{title}",
         "font_size_pt": r(22, k), "bold": True, "align": "center"},
        {"type": "map", "id": "main", "rect_mm": rect(20, 29, 285, 250, k), "crs": "EPSG:4545",
         "extent": EXTENT, "extent_crs": "EPSG:4326", "grid": "projected", "grid_labels": "outside",
         "font_size_pt": r(6.5, k)},
        {"type": "neatline", "id": "neatline", "map": "main", "rect_mm": rect(10, 19, 400, 270, k),
         "weight_mm": r(1.0, k)},
        {"type": "map", "id": "location_shaanxi", "rect_mm": rect(318, 23, 43, 58, k), "crs": "EPSG:4545",
         "layers": ["shaanxi", "prefecture"], "extent": [105.4, 31.6, 111.3, 39.7], "extent_crs": "EPSG:4326",
         "overview_of": "main", "labels": False, "text": "区位图", "font_size_pt": r(6.5, k)},
        {"type": "map", "id": "location_ankang", "rect_mm": rect(364, 23, 43, 58, k), "crs": "EPSG:4545",
         "layers": ["prefecture", "counties"], "extent": EXTENT, "extent_crs": "EPSG:4326",
         "overview_of": "main", "labels": False, "text": "安康市", "font_size_pt": r(6.5, k)},
        {"type": "legend", "id": "legend", "map": "main", "rect_mm": rect(318, 84, 89, 112, k),
         "font_size_pt": r(7, k)},
        {"type": "north_arrow", "id": "north", "map": "main", "rect_mm": rect(319, 199, 9, 17, k),
         "font_size_pt": r(8, k)},
        {"type": "scale_bar", "id": "scale", "map": "main", "rect_mm": rect(332, 200, 75, 16, k),
         "font_size_pt": r(6.5, k)},
        {"type": "map_notes", "id": "notes", "map": "main", "rect_mm": rect(318, 219, 89, 68, k),
         "organisation": "", "font_size_pt": r(6, k)},
    ]


def items_portrait(k):
    # A3 portrait 297 x 420 mm.
    return [
        {"type": "title", "id": "title", "rect_mm": rect(10, 5, 277, 12, k), "text": "{title}",
         "font_size_pt": r(20, k), "bold": True, "align": "center"},
        {"type": "map", "id": "main", "rect_mm": rect(20, 29, 257, 262, k), "crs": "EPSG:4545",
         "extent": EXTENT, "extent_crs": "EPSG:4326", "grid": "projected", "grid_labels": "outside",
         "font_size_pt": r(6.5, k)},
        {"type": "neatline", "id": "neatline", "map": "main", "rect_mm": rect(10, 19, 277, 392, k),
         "weight_mm": r(1.0, k)},
        {"type": "map", "id": "location_shaanxi", "rect_mm": rect(14, 306, 42, 56, k), "crs": "EPSG:4545",
         "layers": ["shaanxi", "prefecture"], "extent": [105.4, 31.6, 111.3, 39.7], "extent_crs": "EPSG:4326",
         "overview_of": "main", "labels": False, "text": "区位图", "font_size_pt": r(6.5, k)},
        {"type": "map", "id": "location_ankang", "rect_mm": rect(14, 364, 42, 43, k), "crs": "EPSG:4545",
         "layers": ["prefecture", "counties"], "extent": EXTENT, "extent_crs": "EPSG:4326",
         "overview_of": "main", "labels": False, "text": "安康市", "font_size_pt": r(6.5, k)},
        {"type": "legend", "id": "legend", "map": "main", "rect_mm": rect(60, 306, 130, 101, k),
         "font_size_pt": r(7, k)},
        {"type": "north_arrow", "id": "north", "map": "main", "rect_mm": rect(195, 306, 9, 17, k),
         "font_size_pt": r(8, k)},
        {"type": "scale_bar", "id": "scale", "map": "main", "rect_mm": rect(208, 307, 75, 16, k),
         "font_size_pt": r(6.5, k)},
        {"type": "map_notes", "id": "notes", "map": "main", "rect_mm": rect(195, 326, 88, 81, k),
         "organisation": "", "font_size_pt": r(6, k)},
    ]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "layouts")
    for size, k in SHEETS.items():
        for landscape in (True, False):
            name = "standard_%s_%s" % (size.lower(), "landscape" if landscape else "portrait")
            layout = {
                "format": "planmap-layout", "version": 1, "name": name,
                "family": "规划图（标准图廓）",
                "title": "安康市“十四五”规划图",
                "page": {"size": size, "orientation": "landscape" if landscape else "portrait",
                         "margins_mm": [r(10, k)] * 4},
                "pdf_resolution_dpi": 300,
                "items": items_landscape(k) if landscape else items_portrait(k),
            }
            items = layout.pop("items")
            head = json.dumps(layout, ensure_ascii=False, indent=2)[:-2]
            body = ",\n".join("    " + json.dumps(i, ensure_ascii=False) for i in items)
            with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
                f.write(head + ',\n  "items": [\n' + body + "\n  ]\n}\n")


if __name__ == "__main__":
    main()
