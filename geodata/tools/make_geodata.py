#!/usr/bin/python3
"""Regenerate PlanMap's bundled Ankang map (geodata/layers, manifest, attribution, links).

Usage:  /usr/bin/python3 geodata/tools/make_geodata.py [SOURCES_DIR] [--out GEODATA_DIR]
        SOURCES_DIR defaults to ../shared/geodata-sources relative to the repository root.

Only Debian's python3-gdal (OGR/GEOS, OSR) and numpy are used, so the script runs on a plain
Debian 12 box. Every output is derived from the files in SOURCES_DIR plus the small, explicit
tables below (park/enclave placements from the plan text); running it twice gives identical
files. The app reads the committed outputs and never runs this script.

Accuracy vocabulary (property "accuracy"):
  surveyed     - never used here: nothing in the sources is a survey
  approximate  - real geometry, but simplified / rounded / from a coarse source
  schematic    - a drawn sketch that shows where something roughly is (DEM bands, corridors)
  unverified   - a guessed position nobody has checked; must not be read as a location
"""

import argparse
import hashlib
import json
import math
import os
import re
import shutil
import sys

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Box the river network is clipped to: Ankang (108.03-110.20E, 31.71-33.84N) plus a margin.
RIVER_BOX = (107.8, 31.5, 110.5, 34.0)

LIC_ODBL = "ODbL-1.0"
LIC_LGPL = "LGPL-3.0-or-later"
LIC_PD = "public-domain"
LIC_FACTS = "facts (no copyright)"
# A derived layer's licence names every source it was cut from (share-alike terms of each apply).
LIC_QINLING = LIC_ODBL + "; " + LIC_LGPL + " (WDBII Han line); " + LIC_PD + " (ETOPO5)"
LIC_NP = LIC_ODBL + "; " + LIC_PD + " (ETOPO5)"
LIC_ODBL_HAN = LIC_ODBL + "; " + LIC_LGPL + " (WDBII Han line)"

SRC_GEOB = "geoBoundaries gbOpen CHN ADM3 (OpenStreetMap / Lee Beryman 2017)"
SRC_DCW = "DCW-GMT 2.1.1 (Debian gmt-dcw)"
SRC_WDBII = "GSHHG 2.3.7 WDBII rivers (Debian gmt-gshhg-full)"
SRC_ETOPO = "ETOPO5 NOAA/NGDC 1993 (Debian ferret-datasets)"
SRC_POINTS = "ankang_points_approx.geojson (PlanMap source notes)"
SRC_PLAN = "安康市十四五规划纲要 (plan text) + PlanMap placement"

ATTR_OSM = "© OpenStreetMap contributors; geoBoundaries (Runfola et al.), ODbL 1.0"
ATTR_DCW = "DCW-GMT, The GMT Team, LGPL-3+"
ATTR_WDBII = "GSHHG/WDBII (Wessel & Smith), LGPL-3+"
ATTR_ETOPO = "ETOPO5 NOAA/NGDC, public domain"
ATTR_PLAN = "Positions: PlanMap (approximate / schematic / unverified)"


# --------------------------------------------------------------------------------------------
# small geometry helpers (lon/lat in, equal-area where areas or distances matter)

def wgs84():
    s = osr.SpatialReference()
    s.ImportFromEPSG(4326)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def local_aeqd():
    # Azimuthal equidistant centred on Ankang: distances within ~200 km are good to <0.1 %.
    s = osr.SpatialReference()
    s.ImportFromProj4("+proj=aeqd +lat_0=32.8 +lon_0=109.1 +datum=WGS84 +units=m")
    return s


def albers_china():
    s = osr.SpatialReference()
    s.ImportFromProj4("+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +datum=WGS84 +units=m")
    return s


TO_M = osr.CoordinateTransformation(wgs84(), local_aeqd())
TO_EA = osr.CoordinateTransformation(wgs84(), albers_china())


def dist_km(a, b):
    a2 = a.Clone()
    b2 = b.Clone()
    a2.Transform(TO_M)
    b2.Transform(TO_M)
    return a2.Distance(b2) / 1000.0


def area_km2(g):
    g2 = g.Clone()
    g2.Transform(TO_EA)
    return g2.GetArea() / 1e6


def point(lon, lat):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(lon, lat)
    return p


def box(x0, y0, x1, y1):
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        r.AddPoint_2D(x, y)
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(r)
    return p


def buffer_km(g, km, segs=12):
    """Buffer by a distance in km (done in the local metric projection, returned in lon/lat)."""
    g2 = g.Clone()
    g2.Transform(TO_M)
    b = g2.Buffer(km * 1000.0, segs)
    b.Transform(osr.CoordinateTransformation(local_aeqd(), wgs84()))
    return b


def polygon_parts(g):
    """Polygons of g (dropping points/lines a clip may leave behind)."""
    if g is None or g.IsEmpty():
        return []
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        return [g.Clone()]
    if t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        out = []
        for i in range(g.GetGeometryCount()):
            out.extend(polygon_parts(g.GetGeometryRef(i)))
        return out
    return []


def clean_polygons(g, min_km2=4.0, hole_km2=4.0):
    """Valid MultiPolygon without parts or holes smaller than the thresholds (slivers of the
    clipping and single DEM cells)."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polygon_parts(g.MakeValid() if not g.IsValid() else g):
        if area_km2(p) < min_km2:
            continue
        q = ogr.Geometry(ogr.wkbPolygon)
        q.AddGeometry(p.GetGeometryRef(0).Clone())
        for i in range(1, p.GetGeometryCount()):
            ring = p.GetGeometryRef(i)
            hole = ogr.Geometry(ogr.wkbPolygon)
            hole.AddGeometry(ring.Clone())
            if area_km2(hole) >= hole_km2:
                q.AddGeometry(ring.Clone())
        out.AddGeometry(q)
    return out


def line_parts(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbLineString:
        return [g.Clone()]
    out = []
    for i in range(g.GetGeometryCount()):
        out.extend(line_parts(g.GetGeometryRef(i)))
    return out


def read_features(path):
    ds = ogr.Open(path)
    if ds is None:
        sys.exit("cannot open %s" % path)
    lyr = ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    out = []
    for f in lyr:
        props = {n: f.GetField(n) for n in names}
        out.append((f.GetFID(), props, f.GetGeometryRef().Clone()))
    return out


# --------------------------------------------------------------------------------------------
# output

class Layer:
    def __init__(self, layer_id, geom_type):
        self.id = layer_id
        self.geom_type = geom_type
        self.features = []  # (props, geometry)

    def add(self, props, geom):
        for key in ("pm_id", "name_zh", "kind", "source", "licence", "accuracy", "accuracy_note"):
            if key not in props:
                sys.exit("layer %s: feature without %s: %r" % (self.id, key, props))
        if props["accuracy"] not in ("surveyed", "approximate", "schematic", "unverified"):
            sys.exit("layer %s: bad accuracy %r" % (self.id, props["accuracy"]))
        self.features.append((props, geom))


def write_layer(layer, out_dir, precision):
    """GeoJSON via GDAL (RFC 7946: lon/lat, counter-clockwise shells, no crs member)."""
    path = os.path.join(out_dir, "layers", layer.id + ".geojson")
    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("GeoJSON")
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer(layer.id, wgs84(), layer.geom_type,
                         options=["RFC7946=YES", "COORDINATE_PRECISION=%d" % precision,
                                  "WRITE_NAME=YES"])
    # Field set = union of keys in first-seen order, typed from the values.
    fields = []
    for props, _ in layer.features:
        for k, v in props.items():
            if k not in [f[0] for f in fields]:
                if isinstance(v, bool):
                    t = ogr.OFTInteger
                elif isinstance(v, int):
                    t = ogr.OFTInteger
                elif isinstance(v, float):
                    t = ogr.OFTReal
                else:
                    t = ogr.OFTString
                fields.append((k, t))
    for k, t in fields:
        fd = ogr.FieldDefn(k, t)
        if isinstance(layer.features[0][0].get(k), bool):
            fd.SetSubType(ogr.OFSTBoolean)
        lyr.CreateField(fd)
    for props, geom in layer.features:
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in props.items():
            if v is None:
                continue
            f.SetField(k, int(v) if isinstance(v, bool) else v)
        g = geom.Clone()
        if layer.geom_type == ogr.wkbMultiPolygon:
            g = ogr.ForceToMultiPolygon(g)
        elif layer.geom_type == ogr.wkbMultiLineString:
            g = ogr.ForceToMultiLineString(g)
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    ds = None
    return path


# --------------------------------------------------------------------------------------------
# inputs

def official_areas(sources_dir):
    """The official-area table of SOURCES.md: {adcode: km2}. Tests compare against it too."""
    text = open(os.path.join(sources_dir, "SOURCES.md"), encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"^\|\s*(\S+)\s*\|\s*(\d{6})\s*\|\s*([\d,]+)\s*\|", text, re.M):
        out[m.group(2)] = int(m.group(3).replace(",", ""))
    return out


def points_by_name(points):
    out = {}
    for _, p, g in points:
        out[p["name_zh"]] = (p, g)
    return out


def seat_of(points, county_zh):
    for _, p, g in points:
        if p["kind"] == "county_seat" and p["county_zh"] == county_zh:
            return p, g
    sys.exit("no county seat for %s" % county_zh)


# --------------------------------------------------------------------------------------------
# 行政区划

COUNTY_NOTE = ("geoBoundaries 2017 ADM3 (from OpenStreetMap), already simplified at source and "
               "rounded to 4 decimals (~10 m); fine for 1:250k-1:1M maps, not a legal boundary")


def make_admin(src, areas):
    counties = Layer("counties", ogr.wkbMultiPolygon)
    for _, p, g in sorted(read_features(os.path.join(src, "ankang_counties.geojson")),
                          key=lambda t: t[1]["adcode"]):
        counties.add({
            "pm_id": "county-" + p["adcode"],
            "name_zh": p["name_zh"],
            "name_en": p["name_en"],
            "kind": "county",
            "adcode": p["adcode"],
            "official_area_km2": areas.get(p["adcode"]),
            "area_km2": round(area_km2(g), 1),
            "boundary_year": p["boundary_year"],
            "source": SRC_GEOB,
            "licence": LIC_ODBL,
            "accuracy": "approximate",
            "accuracy_note": COUNTY_NOTE,
        }, g)

    prefecture = Layer("prefecture", ogr.wkbMultiPolygon)
    _, p, g = read_features(os.path.join(src, "ankang_prefecture.geojson"))[0]
    prefecture.add({
        "pm_id": "prefecture-" + p["adcode"],
        "name_zh": p["name_zh"],
        "name_en": p["name_en"],
        "kind": "prefecture",
        "adcode": p["adcode"],
        "official_area_km2": areas.get(p["adcode"]),
        "area_km2": round(area_km2(g), 1),
        "source": SRC_GEOB,
        "licence": LIC_ODBL,
        "accuracy": "approximate",
        "accuracy_note": "dissolve of the 10 county boundaries (" + COUNTY_NOTE + ")",
    }, g)

    shaanxi = Layer("shaanxi", ogr.wkbMultiPolygon)
    _, p, g = read_features(os.path.join(src, "shaanxi_province_dcw.geojson"))[0]
    # ~200 m simplification: the outline is context only and DCW itself is ~1:1M.
    g = g.SimplifyPreserveTopology(0.002)
    shaanxi.add({
        "pm_id": "province-" + p["iso3166_2"].lower(),
        "name_zh": p["name_zh"],
        "name_en": p["name_en"],
        "kind": "province",
        "iso3166_2": p["iso3166_2"],
        "source": SRC_DCW,
        "licence": LIC_LGPL,
        "accuracy": "approximate",
        "accuracy_note": ("Digital Chart of the World (~1:1M) via GMT DCW, simplified to ~200 m; "
                          "does not coincide exactly with the county boundaries"),
    }, g)
    return shaanxi, counties, prefecture


# --------------------------------------------------------------------------------------------
# 水系与流域

def chain_lines(lines, tol=0.01):
    """Groups line strings whose end points touch (within tol degrees) into chains.
    Returns a list of chains, each a list of (x, y) in flow-independent W->E-ish order."""
    segs = [list(l.GetPoints()) for l in lines]
    segs = [[(x, y) for x, y, *_ in s] for s in segs]
    used = [False] * len(segs)

    def close(a, b):
        return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol

    chains = []
    for i in range(len(segs)):
        if used[i]:
            continue
        used[i] = True
        chain = list(segs[i])
        grown = True
        while grown:
            grown = False
            for j in range(len(segs)):
                if used[j]:
                    continue
                s = segs[j]
                if close(chain[-1], s[0]):
                    chain += s[1:]
                elif close(chain[-1], s[-1]):
                    chain += list(reversed(s))[1:]
                elif close(chain[0], s[-1]):
                    chain = s[:-1] + chain
                elif close(chain[0], s[0]):
                    chain = list(reversed(s))[:-1] + chain
                else:
                    continue
                used[j] = True
                grown = True
        if chain[0][0] > chain[-1][0]:
            chain.reverse()
        chains.append(chain)
    return chains


def linestring(coords):
    l = ogr.Geometry(ogr.wkbLineString)
    for x, y in coords:
        l.AddPoint_2D(x, y)
    return l


WDBII_NOTE = ("WDBII full-resolution river line (GSHHG 2.3.7), digitised at ~1:1M; positions can be "
              "off by 1-3 km and small rivers are missing")


def make_rivers(src, points):
    raw = read_features(os.path.join(src, "rivers_wdbii_105-112E_31-35N.geojson"))
    clip = box(*RIVER_BOX)
    seat = {c: seat_of(points, c)[1] for c in
            ("汉滨区", "汉阴县", "石泉县", "紫阳县", "旬阳市", "白河县", "宁陕县")}

    # Han River main stem: the chain of level-2 lines that runs through Ankang city.
    level2 = [g for _, p, g in raw if p["wdbii_level"] == 2]
    han = None
    for chain in chain_lines(level2):
        line = linestring(chain)
        if dist_km(line, seat["汉滨区"]) < 3.0:
            han = line
    if han is None:
        sys.exit("no level-2 chain passes within 3 km of Ankang city")
    # Sanity: the county seats that stand on the Han must be next to it, 汉阴 (on the 月河) not.
    for c in ("石泉县", "紫阳县", "旬阳市", "白河县"):
        d = dist_km(han, seat[c])
        if d > 3.0:
            sys.exit("Han chain is %.1f km from the %s seat; identification is wrong" % (d, c))
    if dist_km(han, seat["汉阴县"]) < 10.0:
        sys.exit("Han chain passes next to 汉阴 seat; identification is wrong")
    han_fids = [fid for fid, p, g in raw if p["wdbii_level"] == 2 and g.Distance(han) < 1e-9
                and g.Within(han.Buffer(1e-6))]

    # Xun River (旬河): a chain of other lines that ends at the Xunyang seat and comes from the
    # Qinling to the north (the Xun is the only large northern tributary joining there).
    others = [(fid, p, g) for fid, p, g in raw if fid not in han_fids]
    xun = None
    xun_fids = []
    for chain in chain_lines([g for _, _, g in others]):
        line = linestring(chain)
        ends = [point(*chain[0]), point(*chain[-1])]
        near = [dist_km(e, seat["旬阳市"]) for e in ends]
        far = ends[1] if near[0] < near[1] else ends[0]
        if min(near) < 3.0 and far.GetY() > 33.5:
            xun = line
    if xun is not None:
        xun_fids = [fid for fid, p, g in others if g.Within(xun.Buffer(1e-6))]

    rivers = Layer("rivers", ogr.wkbMultiLineString)
    han_c = han.Intersection(clip)
    rivers.add({
        "pm_id": "river-han",
        "name_zh": "汉江",
        "name_en": "Han River",
        "kind": "river",
        "river_role": "main",
        "wdbii_level": 2,
        "wdbii_ids": ",".join(str(f) for f in sorted(han_fids)),
        "source": SRC_WDBII,
        "licence": LIC_LGPL,
        "accuracy": "approximate",
        "accuracy_note": WDBII_NOTE + "; named: the connected level-2 chain passing 0.4-1.7 km from "
                         "the 石泉, 紫阳, 安康, 旬阳 and 白河 seats (all on the Han)",
    }, han_c)
    if xun is not None:
        rivers.add({
            "pm_id": "river-xun",
            "name_zh": "旬河",
            "name_en": "Xun River",
            "kind": "river",
            "river_role": "tributary",
            "wdbii_level": min(p["wdbii_level"] for fid, p, g in others if fid in xun_fids),
            "wdbii_ids": ",".join(str(f) for f in sorted(xun_fids)),
            "source": SRC_WDBII,
            "licence": LIC_LGPL,
            "accuracy": "approximate",
            "accuracy_note": WDBII_NOTE + "; named: the chain runs from the Qinling south and ends "
                             "at the Han at the 旬阳 seat, where the Xun joins",
        }, xun.Intersection(clip))
    for fid, p, g in sorted(others, key=lambda t: t[0]):
        if fid in xun_fids or not g.Intersects(clip):
            continue
        c = g.Intersection(clip)
        if c.IsEmpty() or sum(l.Length() for l in line_parts(c)) < 0.01:
            continue
        rivers.add({
            "pm_id": "river-wdbii-%d" % fid,
            "name_zh": "",
            "name_en": "",
            "kind": "river",
            "river_role": "other",
            "wdbii_level": p["wdbii_level"],
            "wdbii_ids": str(fid),
            "source": SRC_WDBII,
            "licence": LIC_LGPL,
            "accuracy": "approximate",
            "accuracy_note": WDBII_NOTE + "; WDBII has no names and this line cannot be told apart "
                             "with confidence, so it is left unnamed",
        }, c)
    return rivers, han


def make_lakes(points, han):
    lakes = Layer("lakes", ogr.wkbMultiPolygon)
    p, g = points_by_name(points)["瀛湖 (安康水电站库区)"]
    # Schematic: the Han line within 9 km of the (approximate) lake centre, widened to ~1.6 km,
    # with a 2.5 km bulge at the centre where the reservoir opens up.
    reach = han.Intersection(buffer_km(g, 9.0))
    shape = buffer_km(reach, 0.8, 8).Union(buffer_km(g.Clone(), 2.5, 12).Intersection(
        buffer_km(reach, 2.5, 8)))
    lakes.add({
        "pm_id": "lake-yinghu",
        "name_zh": "瀛湖",
        "name_en": "Yinghu Lake (Ankang reservoir)",
        "kind": "reservoir",
        "source": SRC_POINTS + "; " + SRC_WDBII,
        "licence": LIC_LGPL,
        "accuracy": "schematic",
        "accuracy_note": ("not in GSHHG: sketched as the WDBII Han line within 9 km of an approximate "
                          "lake centre (\"18 km SW of Ankang\"), buffered 0.8 km with a 2.5 km bulge; "
                          "the real reservoir is longer and dendritic"),
    }, shape)
    return lakes


def make_basins(src, points, counties, prefecture, han):
    cg = {p["name_zh"]: g for p, g in counties.features}
    north = north_of(han)
    basins = Layer("basins", ogr.wkbMultiPolygon)

    def add(pm_id, zh, en, geom, accuracy, note, counties_zh, licence=LIC_ODBL, source=SRC_GEOB):
        basins.add({
            "pm_id": pm_id,
            "name_zh": zh,
            "name_en": en,
            "kind": "river_basin",
            "basin": zh.replace("流域", "").replace("（安康段）", ""),
            "counties": ",".join(counties_zh),
            "source": source,
            "licence": licence,
            "accuracy": accuracy,
            "accuracy_note": note,
        }, clean_polygons(geom, 1.0, 1.0))

    pref = prefecture.features[0][1]
    add("basin-hanjiang", "汉江流域（安康段）", "Han River basin (Ankang section)", pref.Clone(),
        "schematic", "the whole prefecture: all of Ankang drains to the Han, so its basin part equals "
        "the city outline", list(cg))

    seats = {c: seat_of(points, c)[1] for c in ("汉阴县", "汉滨区", "白河县")}
    pts = points_by_name(points)
    # 月河: rises west of 汉阴, runs east down the Yuehe valley past 汉阴 and 恒口 and joins the
    # Han at Ankang city. Corridor of 12 km around that valley line, north of the Han, in the two
    # counties it drains.
    valley = linestring(yuehe_line_coords(points))
    area = buffer_km(valley, 12.0).Intersection(cg["汉阴县"].Union(cg["汉滨区"])).Intersection(north)
    add("basin-yuehe", "月河流域", "Yue River basin", area, "schematic",
        "12 km corridor around a sketched Yuehe valley line (west of 汉阴 - 汉阴 seat - 恒口 - Ankang "
        "city), clipped to 汉阴/汉滨 north of the Han; not a DEM watershed (5' DEM too coarse)",
        ["汉阴县", "汉滨区"], LIC_ODBL_HAN, SRC_GEOB + "; " + SRC_WDBII + "; " + SRC_POINTS)

    return basins


BASIN_MARKER_NOTE = ("a SYMBOL of where the basin is, not its extent: the sources have no outline "
                     "for it, WDBII has no line for the river, and the 5' ETOPO5 DEM (~9 km cells) is "
                     "too coarse to derive a catchment of a few hundred km2")


def make_basin_markers(points):
    """The key basins the plan names (白石河, 蒿坪河, 公馆河) as points: where the basin is, never
    drawn as an area, because nothing in the sources gives its extent."""
    pts = points_by_name(points)
    markers = Layer("basin_markers", ogr.wkbPoint)
    baihe = seat_of(points, "白河县")[1]
    for pm_id, zh, en, g, county, how in (
            ("basin-baishihe", "白石河流域", "Baishi River basin", baihe, "白河县",
             "at the 白河 seat (approximate), where the 白石河 meets the Han"),
            ("basin-haopinghe", "蒿坪河流域", "Haoping River basin", pts["蒿坪河流域 (紫阳县)"][1], "紫阳县",
             "at the UNVERIFIED placeholder point for the 蒿坪河 basin in 紫阳县 "
             "(ankang_points_approx); also the plan's 蒿坪河流域 pollution-remediation area (c12s1-p09)"),
            ("basin-gongguanhe", "公馆河流域", "Gongguan River basin",
             pts["旬阳汞矿 (公馆-青铜沟一带)"][1], "旬阳市",
             "at the UNVERIFIED placeholder of the 旬阳 mercury district (公馆-青铜沟), which the "
             "公馆河 drains")):
        markers.add({
            "pm_id": pm_id, "name_zh": zh, "name_en": en, "kind": "basin_marker",
            "basin": zh.replace("流域", ""), "county": county, "plan_name": zh.replace("流域", ""),
            "source": SRC_POINTS, "licence": LIC_FACTS, "accuracy": "unverified",
            "accuracy_note": how + "; " + BASIN_MARKER_NOTE,
        }, g.Clone())
    return markers


def make_hydropower(points, counties, han):
    """旬阳 and 白河 hydropower stations (plan: 全面建成旬阳和白河水电站), both on the Han. The
    sources have no dam sites: each is put on the WDBII Han line at the point nearest its county
    seat, and marked unverified."""
    hydro = Layer("hydropower", ogr.wkbPoint)
    pts = [(x, y) for x, y, *_ in han.GetPoints()]
    for pm_id, plan_name, zh, en, county in (
            ("hydro-xunyang", "旬阳水电站", "旬阳水电站", "Xunyang hydropower station", "旬阳市"),
            ("hydro-baihe", "白河水电站", "白河水电站", "Baihe hydropower station", "白河县")):
        seat = seat_of(points, county)[1]
        x, y = min(pts, key=lambda p: (p[0] - seat.GetX()) ** 2 + (p[1] - seat.GetY()) ** 2)
        g = point(round(x, 4), round(y, 4))
        if county_of(counties, g) != county:
            sys.exit("%s: nearest Han point to the seat is outside %s" % (pm_id, county))
        hydro.add({
            "pm_id": pm_id, "name_zh": zh, "name_en": en, "kind": "hydropower_station",
            "county": county, "plan_name": plan_name, "source": SRC_WDBII + "; " + SRC_POINTS,
            "licence": LIC_LGPL, "accuracy": "unverified",
            "accuracy_note": ("the dam site is not in the sources: placed on the WDBII Han line at "
                              "the point nearest the %s seat; the plan only says the station is "
                              "to be completed (全面建成)" % county[:2]),
        }, g)
    return hydro


def north_of(han):
    """Polygon of everything north of the Han line inside the river box (the line spans it W-E)."""
    pts = [(x, y) for x, y, *_ in han.GetPoints()]
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in pts:
        ring.AddPoint_2D(x, y)
    ring.AddPoint_2D(pts[-1][0], 36.0)
    ring.AddPoint_2D(pts[0][0], 36.0)
    ring.AddPoint_2D(*pts[0])
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly.MakeValid() if not poly.IsValid() else poly


# --------------------------------------------------------------------------------------------
# 秦岭保护区 (DEM bands)

DEM_NAME = "etopo5_dem_105-112E_31-35N.tif"
DEM_UPSAMPLE = 5  # 5' -> 1' bilinear so band edges are smooth curves instead of 9 km steps


def dem_bands(src, thresholds):
    """{threshold: MultiPolygon of DEM >= threshold}, from a bilinearly upsampled ETOPO5."""
    dem = gdal.Open(os.path.join(src, DEM_NAME))
    gt = dem.GetGeoTransform()
    w = dem.RasterXSize * DEM_UPSAMPLE
    h = dem.RasterYSize * DEM_UPSAMPLE
    fine = gdal.Warp("", dem, format="MEM", width=w, height=h, resampleAlg="bilinear",
                     outputType=gdal.GDT_Float32)
    a = fine.GetRasterBand(1).ReadAsArray()
    out = {}
    for t in thresholds:
        mask = (a >= t).astype(np.uint8)
        mem = gdal.GetDriverByName("MEM").Create("", w, h, 1, gdal.GDT_Byte)
        mem.SetGeoTransform(fine.GetGeoTransform())
        mem.SetProjection(fine.GetProjection())
        mem.GetRasterBand(1).WriteArray(mask)
        vds = ogr.GetDriverByName("Memory").CreateDataSource("")
        lyr = vds.CreateLayer("b", wgs84(), ogr.wkbPolygon)
        lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
        gdal.Polygonize(mem.GetRasterBand(1), mem.GetRasterBand(1), lyr, 0, ["8CONNECTED=8"])
        geom = ogr.Geometry(ogr.wkbMultiPolygon)
        for f in lyr:
            if f.GetField("v") == 1:
                geom.AddGeometry(f.GetGeometryRef().Clone())
        # Drop the 1' stair-steps: simplify by ~one fine cell, then a small open/close.
        geom = geom.UnionCascaded().SimplifyPreserveTopology(1.0 / 60.0)
        geom = geom.Buffer(0.01, 4).Buffer(-0.01, 4)
        out[t] = geom
    return out, gt


QINLING_COUNTIES = ("宁陕县", "石泉县", "汉阴县", "汉滨区", "旬阳市")


def qinling_south_line(han, points):
    """Southern edge of the Qinling scope: the Han west of 石泉, then the 月河 valley (the
    Qinling/Bashan divide in 汉阴 and 汉滨 - the hills south of the 月河 belong to the Bashan), then
    the Han again east of Ankang city."""
    pts = [(x, y) for x, y, *_ in han.GetPoints()]

    def nearest(seat):
        return min(range(len(pts)), key=lambda i: (pts[i][0] - seat.GetX()) ** 2 +
                   (pts[i][1] - seat.GetY()) ** 2)
    shiquan = nearest(seat_of(points, "石泉县")[1])
    ankang = nearest(seat_of(points, "汉滨区")[1])
    return linestring(pts[:shiquan + 1] + yuehe_line_coords(points) + pts[ankang + 1:])


def yuehe_line_coords(points):
    """Sketched 月河 valley: from its head west of 汉阴 past the 汉阴 seat and 恒口 to Ankang city."""
    hy = seat_of(points, "汉阴县")[1]
    ak = seat_of(points, "汉滨区")[1]
    return [(hy.GetX() - 0.15, hy.GetY() + 0.03), (hy.GetX(), hy.GetY()), HENGKOU,
            (ak.GetX(), ak.GetY())]


def make_qinling(src, counties, han, points):
    cg = {p["name_zh"]: g for p, g in counties.features}
    scope = None
    for c in QINLING_COUNTIES:
        scope = cg[c].Clone() if scope is None else scope.Union(cg[c])
    scope = scope.Intersection(north_of(qinling_south_line(han, points)))
    bands, gt = dem_bands(src, (1500, 1800, 2000))
    core = bands[2000].Intersection(scope)
    key = bands[1500].Intersection(scope).Difference(core)
    core = clean_polygons(core, 4.0, 4.0)
    key = clean_polygons(key, 4.0, 4.0)
    general = clean_polygons(scope.Difference(core.Union(key)), 4.0, 4.0)

    how = ("ETOPO5 5' (~9 km cells) upsampled bilinearly to 1', thresholded, polygonised, "
           "simplified ~1.8 km and smoothed; scope = 宁陕/石泉/汉阴/汉滨/旬阳 north of the WDBII Han "
           "line, and in 汉阴/汉滨 north of the sketched 月河 valley (the Qinling/Bashan divide there). "
           "ETOPO5 flattens the ridges (秦岭东梁 2965 m appears ~2100 m), so the bands are a "
           "sketch of where the high Qinling is, NOT the statutory zoning")
    zones = Layer("qinling_zones", ogr.wkbMultiPolygon)
    for zone, zh, en, geom, rule in (
            ("core", "核心保护区", "Core protection zone", core, "DEM >= 2000 m"),
            ("key", "重点保护区", "Key protection zone", key, "1500 m <= DEM < 2000 m"),
            ("general", "一般保护区", "General protection zone", general,
             "rest of the Qinling scope (DEM < 1500 m)")):
        zones.add({
            "pm_id": "qinling-" + zone,
            "name_zh": "秦岭" + zh,
            "name_en": "Qinling " + en.lower(),
            "kind": "qinling_zone",
            "zone": zone,
            "rule": rule,
            "area_km2": round(area_km2(geom), 0),
            "source": SRC_ETOPO + "; " + SRC_GEOB + "; " + SRC_WDBII,
            "licence": LIC_QINLING,
            "accuracy": "schematic",
            "accuracy_note": rule + "; " + how,
        }, geom)

    parks = Layer("national_parks", ogr.wkbMultiPolygon)
    ns = cg["宁陕县"]
    # Giant Panda NP: in Ankang only the high western 宁陕 ranges (皇冠山/天华山 reserves area).
    panda = clean_polygons(bands[1800].Intersection(ns).Intersection(box(107.9, 33.0, 108.5, 34.0)),
                           4.0, 4.0)
    qnp = clean_polygons(bands[1500].Intersection(ns), 4.0, 4.0)
    parks.add({
        "pm_id": "np-giant-panda",
        "name_zh": "大熊猫国家公园（宁陕片区）",
        "name_en": "Giant Panda National Park (Ningshan part)",
        "kind": "national_park",
        "status": "established 2021",
        "area_km2": round(area_km2(panda), 0),
        "source": SRC_ETOPO + "; " + SRC_GEOB,
        "licence": LIC_NP,
        "accuracy": "schematic",
        "accuracy_note": ("sketch: ETOPO5 >= 1800 m (5' DEM upsampled to 1') inside 宁陕县 west of "
                          "108.5E; the official park boundary was not available"),
    }, panda)
    parks.add({
        "pm_id": "np-qinling",
        "name_zh": "秦岭国家公园（拟建）",
        "name_en": "Qinling National Park (proposed)",
        "kind": "national_park",
        "status": "proposed",
        "area_km2": round(area_km2(qnp), 0),
        "source": SRC_ETOPO + "; " + SRC_GEOB,
        "licence": LIC_NP,
        "accuracy": "schematic",
        "accuracy_note": ("sketch: ETOPO5 >= 1500 m (5' DEM upsampled to 1') inside 宁陕县; the park "
                          "was proposed, no boundary was published"),
    }, qnp)
    return zones, parks


# --------------------------------------------------------------------------------------------
# 产业园区, 飞地园区, 矿山 (points placed from the plan text)

# 恒口 (Hengkou) lies in the Yuehe valley ~25 km (27 km by road) WNW of Ankang city, on the line
# 汉阴 - Ankang, where the 恒河 meets the 月河; estimated, not surveyed.
HENGKOU = (108.80, 32.77)

# (pm_id, plan_name (exact words of the plan), name_zh, name_en, kind, county, anchor, dx, dy,
#  accuracy, note). anchor: a name in ankang_points_approx, "seat:<county>", or "hengkou".
PARKS = [
    ("park-ankang-hitech", "安康国家高新区", "安康高新技术产业开发区",
     "Ankang National Hi-tech Industrial Development Zone", "hitech_zone", "汉滨区",
     "安康高新技术产业开发区", 0, 0, "approximate",
     "approximate point from ankang_points_approx (general knowledge, not source-checked)"),
    ("park-hengkou-plush", "恒口毛绒玩具文创产业园", "恒口毛绒玩具文创产业园",
     "Hengkou plush-toy cultural & creative industrial park", "industrial_park", "汉滨区",
     "hengkou", 0.01, -0.01, "schematic",
     "placed at 恒口 in the Yuehe valley (town position from general knowledge), site unknown"),
    ("park-qinba-logistics", "秦巴(安康)现代物流港", "秦巴（安康）现代物流港（安康无水港）",
     "Qinba (Ankang) modern logistics port / Ankang dry port", "logistics", "汉滨区",
     "seat:汉滨区", -0.045, 0.03, "schematic",
     "placed near Ankang city; the site of the dry port is not given in the plan"),
    ("park-ankang-wellness", "安康国际康养中心", "安康国际康养中心",
     "Ankang International Wellness Centre", "wellness", "汉滨区",
     "seat:汉滨区", 0.02, -0.03, "schematic",
     "placed near Ankang city; the plan gives no site"),
    ("park-prefab-construction", "安康绿色装备式建筑产业园", "安康绿色装配式建筑产业园",
     "Ankang green prefabricated-construction industrial park", "construction", "汉滨区",
     "seat:汉滨区", 0.07, 0.0, "schematic",
     "placed near Ankang city; the plan gives no site. plan_name keeps the plan's words: it writes "
     "装备式, probably for 装配式 (catalog c11s3-p06 has the same note)"),
    ("park-construction-labour", "建筑劳务产业园", "安康建筑劳务产业园",
     "Ankang construction-labour industrial park", "construction", "汉滨区",
     "seat:汉滨区", 0.06, -0.035, "schematic",
     "placed near Ankang city; the plan gives no site"),
    ("park-chengdong-digital", "汉滨区(城东新区)打造数字经济试点示范区", "城东新区数字经济试点示范区",
     "Chengdong New District digital-economy pilot zone", "digital_zone", "汉滨区",
     "seat:汉滨区", 0.045, 0.03, "schematic",
     "placed east of central Ankang (城东 = east of the city); extent unknown"),
    ("park-wuli-industrial", "汉滨五里工业集中区", "汉滨五里工业集中区",
     "Hanbin Wuli industrial concentration zone", "industrial_zone", "汉滨区",
     "seat:汉滨区", -0.097, 0.035, "schematic",
     "placed at 五里镇 in the Yuehe valley between Ankang city and 恒口 (五里 and 恒口 share the "
     "恒惠渠 irrigation area per local reports); town position estimated, zone extent unknown"),
    ("park-xunyang-hitech", "旬阳省级高新区", "旬阳高新技术产业开发区（省级）",
     "Xunyang provincial hi-tech zone", "hitech_zone", "旬阳市",
     "seat:旬阳市", -0.03, -0.02, "schematic",
     "placed beside the 旬阳 seat; site not given in the plan"),
    ("park-shiquan-etdz", "石泉省级经开区", "石泉经济技术开发区（省级）",
     "Shiquan provincial economic-technological development zone", "industrial_zone", "石泉县",
     "seat:石泉县", 0.03, -0.015, "schematic",
     "placed beside the 石泉 seat; site not given in the plan"),
    ("park-hanyin-industrial", "汉阴县域工业集中区", "汉阴县域工业集中区",
     "Hanyin county industrial concentration zone", "industrial_zone", "汉阴县",
     "seat:汉阴县", 0.035, -0.01, "schematic",
     "placed beside the 汉阴 seat; the plan asks it to become a provincial ETDZ"),
    ("park-pingli-industrial", "平利县域工业集中区", "平利县域工业集中区",
     "Pingli county industrial concentration zone", "industrial_zone", "平利县",
     "seat:平利县", 0.03, 0.02, "schematic",
     "placed beside the 平利 seat; the plan asks it to become a provincial ETDZ"),
    ("park-hanyin-agritech", "安康(汉阴)国家农业科技园区", "安康（汉阴）国家农业科技园区",
     "Ankang (Hanyin) National Agricultural Science & Technology Park", "agri_park", "汉阴县",
     "seat:汉阴县", -0.04, 0.015, "schematic",
     "placed in the Yuehe valley beside the 汉阴 seat; extent unknown"),
]

# Enclave ("飞地") parks: (pm_id, plan_name, name_zh, origin county, host, host anchor, dx, dy,
# accuracy, note)
ENCLAVES = [
    ("enclave-ningshan", "宁陕“飞地园区”", "宁陕县飞地经济产业园", "宁陕县", "恒口示范区", "hengkou",
     -0.04, 0.005, "schematic",
     "host 恒口示范区 (大同镇, 316国道-月河) per Ankang news reports; point sketched near 恒口"),
    ("enclave-ziyang", "紫阳“飞地园区”", "恒紫飞地经济循环产业园", "紫阳县", "恒口示范区", "hengkou",
     0.035, 0.01, "schematic",
     "host 恒口示范区 (\"恒紫\" park) per news reports; point sketched near 恒口"),
    ("enclave-langao", "岚皋“飞地园区”", "岚皋县飞地园区", "岚皋县", "安康高新区",
     "安康高新技术产业开发区", -0.03, 0.02, "unverified",
     "host assumed: 安康高新区's 飞地经济园区 (the plan names no host); point sketched in 高新区"),
    ("enclave-zhenping", "镇坪“飞地园区”", "镇坪县飞地园区", "镇坪县", "安康高新区",
     "安康高新技术产业开发区", 0.0, 0.03, "unverified",
     "host assumed: 安康高新区's 飞地经济园区 (the plan names no host); point sketched in 高新区"),
    ("enclave-baihe", "白河“飞地园区”", "白河县飞地园区", "白河县", "安康高新区",
     "安康高新技术产业开发区", 0.03, 0.02, "unverified",
     "host assumed: 安康高新区's 飞地经济园区 (the plan names no host); point sketched in 高新区"),
]
CHANGZHOU = (119.97, 31.81)
ENCLAVE_EN = {"宁陕县": "Ningshan", "紫阳县": "Ziyang", "岚皋县": "Langao", "镇坪县": "Zhenping",
              "白河县": "Baihe"}
HOST_EN = {"恒口示范区": "Hengkou demonstration zone", "安康高新区": "Ankang Hi-tech Zone"}

MINES = [
    ("mine-baihe-pyrite", "白河硫铁矿", "白河硫铁矿", "Baihe pyrite mine", "mine", "pyrite (FeS2)"),
    ("mine-xunyang-leadzinc", "旬阳铅锌矿", "旬阳铅锌矿", "Xunyang lead-zinc mines", "mine", "Pb-Zn"),
    ("mine-xunyang-mercury", "汞矿", "旬阳汞矿 (公馆-青铜沟一带)", "Xunyang mercury mines", "mine",
     "Hg (cinnabar)"),
]


def anchor_xy(points, anchor):
    if anchor == "hengkou":
        return HENGKOU
    if anchor.startswith("seat:"):
        g = seat_of(points, anchor[5:])[1]
    else:
        g = points_by_name(points)[anchor][1]
    return g.GetX(), g.GetY()


def county_of(counties, g):
    for p, cg in counties.features:
        if cg.Contains(g):
            return p["name_zh"]
    return None


def make_parks(points, counties):
    parks = Layer("parks", ogr.wkbPoint)
    for (pm_id, plan_name, zh, en, kind, county, anchor, dx, dy, acc, note) in PARKS:
        x, y = anchor_xy(points, anchor)
        g = point(round(x + dx, 4), round(y + dy, 4))
        if county_of(counties, g) != county:
            sys.exit("%s placed outside %s" % (pm_id, county))
        parks.add({
            "pm_id": pm_id, "name_zh": zh, "name_en": en, "kind": kind, "county": county,
            "plan_name": plan_name, "source": SRC_PLAN, "licence": LIC_FACTS,
            "accuracy": acc, "accuracy_note": note,
        }, g)
    return parks


def make_enclaves(points, counties):
    sites = Layer("enclave_parks", ogr.wkbPoint)
    links = Layer("enclave_links", ogr.wkbLineString)
    for (pm_id, plan_name, zh, origin, host, anchor, dx, dy, acc, note) in ENCLAVES:
        x, y = anchor_xy(points, anchor)
        g = point(round(x + dx, 4), round(y + dy, 4))
        host_county = county_of(counties, g)
        sites.add({
            "pm_id": pm_id, "name_zh": zh, "name_en": ENCLAVE_EN[origin] + " enclave park (in " +
            HOST_EN[host] + ")", "kind": "enclave_park",
            "plan_name": plan_name, "origin_zh": origin, "host_zh": host,
            "host_county": host_county, "source": SRC_PLAN, "licence": LIC_FACTS,
            "accuracy": acc, "accuracy_note": note,
        }, g)
        seat = seat_of(points, origin)[1]
        links.add({
            "pm_id": pm_id.replace("enclave-", "enclave-link-"), "name_zh": origin + " → " + host,
            "kind": "enclave_link", "site": pm_id, "origin_zh": origin, "host_zh": host,
            "source": SRC_PLAN, "licence": LIC_FACTS, "accuracy": "schematic",
            "accuracy_note": "straight line from the origin county seat to the host site; shows the "
                             "relation, not a route",
        }, linestring([(seat.GetX(), seat.GetY()), (g.GetX(), g.GetY())]))
    cz = point(*CHANGZHOU)
    sites.add({
        "pm_id": "enclave-changzhou", "name_zh": "安康域外“飞地园区”（常州）",
        "name_en": "Ankang's out-of-city enclave park (Changzhou, Jiangsu-Shaanxi cooperation)",
        "kind": "enclave_park_external",
        "plan_name": "深化常州与安康经济合作共建机制,探索建设安康域外“飞地园区”",
        "origin_zh": "安康市", "host_zh": "常州市（江苏省）", "host_county": "常州市",
        "context_zh": "苏陕协作（江苏—陕西东西部协作，常州—安康结对）",
        "source": SRC_PLAN, "licence": LIC_FACTS, "accuracy": "unverified",
        "accuracy_note": "no site exists: the plan only says such a park is to be explored "
                         "(探索建设), in the 苏陕协作 (Jiangsu-Shaanxi cooperation) pairing of Changzhou "
                         "and Ankang; the point is the centre of Changzhou city (119.97E 31.81N, "
                         "general knowledge, ~5 km) and stands for the city, not for a park",
    }, cz)
    city = seat_of(points, "汉滨区")[1]
    links.add({
        "pm_id": "enclave-link-changzhou", "name_zh": "安康市 → 常州市（苏陕协作）", "kind": "enclave_link",
        "site": "enclave-changzhou", "origin_zh": "安康市", "host_zh": "常州市（江苏省）",
        "source": SRC_PLAN, "licence": LIC_FACTS, "accuracy": "schematic",
        "accuracy_note": "straight line Ankang city - Changzhou; shows the 苏陕协作 (Jiangsu-Shaanxi) "
                         "cooperation, not a route",
    }, linestring([(city.GetX(), city.GetY()), CHANGZHOU]))
    return sites, links


def make_seats(points, counties):
    """County seats (县城/区政府驻地): context for the map and the start of the enclave links."""
    seats = Layer("seats", ogr.wkbPoint)
    code = {p["name_zh"]: p["adcode"] for p, _ in counties.features}
    en = {p["name_zh"]: p["name_en"].split(" (")[0] for p, _ in counties.features}
    for _, p, g in sorted(points, key=lambda t: code.get(t[1]["county_zh"], "")):
        if p["kind"] != "county_seat":
            continue
        if county_of(counties, g) != p["county_zh"]:
            sys.exit("seat of %s outside its county" % p["county_zh"])
        seats.add({
            "pm_id": "seat-" + code[p["county_zh"]], "name_zh": p["name_zh"].split(" (")[0],
            "name_en": en[p["county_zh"]] + " seat", "kind": "county_seat", "county": p["county_zh"],
            "adcode": code[p["county_zh"]], "source": SRC_POINTS, "licence": LIC_FACTS,
            "accuracy": "approximate",
            "accuracy_note": ("%s: %s" % (p["location_quality"], p["source_note"])),
        }, g.Clone())
    return seats


def make_mines(points):
    mines = Layer("mines", ogr.wkbPoint)
    pts = points_by_name(points)
    for pm_id, plan_name, src_name, en, kind, mineral in MINES:
        p, g = pts[src_name]
        if p["location_quality"] != "unverified_guess":
            sys.exit("expected %s to be an unverified guess" % src_name)
        mines.add({
            "pm_id": pm_id, "name_zh": src_name.split(" (")[0], "name_en": en, "kind": kind,
            "county": p["county_zh"], "mineral": mineral, "plan_name": plan_name,
            "plan_measure": "治理与修复 (第十二章第一节 强化生态治理修复)",
            # No source says whether a mine is 大中型, 小型 or 无主 (the classes of c12s1-t02..t04),
            # so it is linked to the measure only and the class is shown as unknown.
            "mine_class": "unknown", "mine_class_zh": "未知（规模、权属均无资料）",
            "source": SRC_POINTS, "licence": LIC_FACTS, "accuracy": "unverified",
            "accuracy_note": p["source_note"],
        }, g.Clone())
    return mines


# --------------------------------------------------------------------------------------------
# manifest (bundled_map.json): draw order bottom first, groups contiguous

def sym(fill="#00000000", stroke="#555555", width=0.3, dash="solid", hatch="none", marker="circle",
        size=3.0):
    s = {"fill": fill, "stroke": stroke, "stroke_width_mm": width, "dash": dash, "hatch": hatch,
         "marker": marker, "marker_size_mm": size}
    if hatch != "none":
        s["hatch_color"] = stroke  # hatching in the outline colour, over the (soft) fill
    return s


def cls(value, zh, en, symbol):
    return {"value": value, "label_zh": zh, "label_en": en, "symbol": symbol}


def labels(field="name_zh", size=9, color="#222222", halo="#ffffff"):
    return {"field": field, "size_pt": size, "color": color, "halo": halo, "halo_mm": 0.5}


SCHEMATIC = {"field": "accuracy", "values": ["schematic", "unverified"], "dash": "dash",
             "unverified_value": "unverified", "unverified_dash": "dot"}

PARK_FILL = "#f28e2bff"

MANIFEST_LAYERS = [
    # id, title_zh, title_en, group, geometry, style, fields (zh labels for the attribute table)
    ("shaanxi", "陕西省界", "Shaanxi Province", "行政区划", "polygon", {
        "renderer": "single", "symbol": sym("#f3f1eaff", "#9c9c9c", 0.5, "dash"),
        "labels": None}),
    ("counties", "县（市、区）界", "Counties", "行政区划", "polygon", {
        "renderer": "single", "symbol": sym("#fbf8efff", "#8c8c8c", 0.3, "dash"),
        "labels": labels("name_zh", 9, "#333333")}),
    ("prefecture", "安康市界", "Ankang City boundary", "行政区划", "polygon", {
        "renderer": "single", "symbol": sym("#00000000", "#5a4a6a", 0.8, "solid"),
        "labels": None}),
    ("seats", "县城驻地", "County seats", "行政区划", "point", {
        "renderer": "single", "symbol": sym("#ffffffff", "#333333", 0.3, marker="circle", size=1.8),
        "labels": None}),
    ("qinling_zones", "秦岭保护区（示意）", "Qinling protection zones (schematic)", "秦岭保护区",
     "polygon", {
         "renderer": "categorized", "field": "zone", "symbol": sym("#a6dba080", "#5aae61", 0.2),
         "classes": [
             cls("general", "一般保护区", "General zone", sym("#d9f0d399", "#7fbf7b", 0.2)),
             cls("key", "重点保护区", "Key zone", sym("#7fbf7bb3", "#4d9a4d", 0.2)),
             cls("core", "核心保护区", "Core zone", sym("#1b7837cc", "#0f4d22", 0.3)),
         ],
         "labels": None}),
    ("national_parks", "国家公园（示意）", "National parks (schematic)", "秦岭保护区", "polygon", {
        "renderer": "categorized", "field": "pm_id", "symbol": sym("#00000000", "#2d6a2d", 0.5),
        "classes": [
            cls("np-qinling", "秦岭国家公园（拟建）", "Qinling NP (proposed)",
                sym("#00000000", "#2d6a2d", 0.5, "dash", "bdiag")),
            cls("np-giant-panda", "大熊猫国家公园", "Giant Panda NP",
                sym("#00000000", "#14471e", 0.6, "solid", "fdiag")),
        ],
        "labels": labels("name_zh", 8, "#14471e")}),
    ("basins", "重点流域（示意）", "Key river basins (schematic)", "水系与流域", "polygon", {
        "renderer": "categorized", "field": "pm_id", "symbol": sym("#9ecae166", "#4a90c2", 0.3),
        "classes": [
            cls("basin-hanjiang", "汉江流域", "Han River basin",
                sym("#00000000", "#6baed6", 0.6, "dot")),
            cls("basin-yuehe", "月河流域", "Yue River basin",
                sym("#9ecae159", "#4a90c2", 0.3, "dash", "horizontal")),
        ],
        "labels": labels("name_zh", 8, "#2b6a99")}),
    ("lakes", "湖泊水库", "Lakes & reservoirs", "水系与流域", "polygon", {
        "renderer": "single", "symbol": sym("#a6cee3ff", "#1f78b4", 0.3),
        "labels": labels("name_zh", 8, "#1f5f8b")}),
    ("rivers", "河流", "Rivers", "水系与流域", "line", {
        "renderer": "categorized", "field": "river_role", "symbol": sym(stroke="#6baed6", width=0.3),
        "classes": [
            cls("other", "其他河流", "Other rivers", sym(stroke="#6baed6", width=0.3)),
            cls("tributary", "支流", "Tributary", sym(stroke="#3182bd", width=0.6)),
            cls("main", "汉江干流", "Han River main stem", sym(stroke="#1f5fa8", width=1.2)),
        ],
        "labels": labels("name_zh", 9, "#1f5fa8")}),
    ("basin_markers", "重点流域位置（符号，非范围）", "Key river basins (location symbol, not extent)",
     "水系与流域", "point", {
         "renderer": "single", "symbol": sym("#ffffffff", "#2b6a99", 0.5, marker="circle", size=3.2),
         "labels": labels("name_zh", 8, "#2b6a99")}),
    ("hydropower", "水电站", "Hydropower stations", "水系与流域", "point", {
        "renderer": "single", "symbol": sym("#1f5fa8ff", "#0b2f5a", 0.2, marker="square", size=2.8),
        "labels": labels("name_zh", 7, "#0b2f5a")}),
    ("parks", "产业园区", "Industrial parks & platforms", "产业园区", "point", {
        "renderer": "categorized", "field": "kind",
        "symbol": sym(PARK_FILL, "#7a3b00", 0.2, marker="circle", size=3),
        "classes": [
            cls("hitech_zone", "高新区", "Hi-tech zone", sym("#d7301fff", "#67000d", 0.2, marker="star", size=4.5)),
            cls("industrial_zone", "工业集中区/经开区", "Industrial zone",
                sym("#fc8d59ff", "#7f2704", 0.2, marker="square", size=3)),
            cls("industrial_park", "产业园", "Industrial park",
                sym("#f28e2bff", "#7f2704", 0.2, marker="circle", size=3)),
            cls("logistics", "物流港", "Logistics hub", sym("#e6550dff", "#7f2704", 0.2, marker="diamond", size=3.5)),
            cls("construction", "建筑产业园", "Construction park",
                sym("#fdae6bff", "#7f2704", 0.2, marker="square", size=2.6)),
            cls("digital_zone", "数字经济示范区", "Digital-economy zone",
                sym("#fdd0a2ff", "#a63603", 0.3, marker="circle", size=3)),
            cls("wellness", "康养中心", "Wellness centre", sym("#fb6a4aff", "#99000d", 0.2, marker="triangle", size=3)),
            cls("agri_park", "农业科技园区", "Agricultural park", sym("#fec44fff", "#8c510a", 0.2, marker="triangle", size=3)),
        ],
        "labels": labels("name_zh", 7, "#7f2704")}),
    ("enclave_links", "飞地关系", "Enclave links (origin → host)", "飞地园区", "line", {
        "renderer": "single", "symbol": sym(stroke="#7b3294", width=0.5, dash="dash"),
        "labels": None}),
    ("enclave_parks", "飞地园区", "Enclave parks", "飞地园区", "point", {
        "renderer": "categorized", "field": "kind",
        "symbol": sym("#9970abff", "#40004b", 0.2, marker="diamond", size=3),
        "classes": [
            cls("enclave_park", "飞地园区（飞入地）", "Enclave park (host site)",
                sym("#9970abff", "#40004b", 0.2, marker="diamond", size=3)),
            cls("enclave_park_external", "域外飞地（常州）", "Out-of-city enclave (Changzhou)",
                sym("#7b3294ff", "#40004b", 0.2, marker="star", size=4)),
        ],
        "labels": labels("name_zh", 7, "#40004b")}),
    ("mines", "重点治理矿山", "Mines to remediate", "矿山", "point", {
        "renderer": "categorized", "field": "kind",
        "symbol": sym("#8c510aff", "#000000", 0.2, marker="triangle", size=3.5),
        "classes": [
            cls("mine", "矿山", "Mine", sym("#8c510aff", "#1a1a1a", 0.3, marker="triangle", size=3.5)),
        ],
        "labels": labels("name_zh", 7, "#3d2606")}),
]

LAYER_ATTRIBUTION = {
    "shaanxi": ["dcw"], "counties": ["osm"], "prefecture": ["osm"], "seats": ["planmap"],
    "qinling_zones": ["etopo5", "osm", "wdbii"], "national_parks": ["etopo5", "osm"],
    "basins": ["osm", "planmap", "wdbii"], "lakes": ["wdbii", "planmap"], "rivers": ["wdbii"],
    "basin_markers": ["planmap"], "hydropower": ["wdbii", "planmap"],
    "parks": ["planmap"], "enclave_links": ["planmap"], "enclave_parks": ["planmap"],
    "mines": ["planmap"],
}

FIELD_LABELS = {
    "name_zh": "名称", "name_en": "Name", "kind": "类型", "adcode": "行政区划代码",
    "official_area_km2": "公布面积(km²)", "area_km2": "面积(km²)", "county": "所在县区",
    "plan_name": "规划原文名称", "origin_zh": "飞出地", "host_zh": "飞入地", "host_county": "飞入地所在县区",
    "zone": "分区", "accuracy": "精度", "accuracy_note": "精度说明", "source": "来源",
    "licence": "许可", "mineral": "矿种", "basin": "流域", "river_role": "河流等级",
    "mine_class_zh": "规模/权属", "context_zh": "合作背景",
}


def attribution_entries():
    return {
        "osm": {"title": "County and city boundaries", "source": SRC_GEOB, "licence": "ODbL 1.0",
                "licence_url": "https://opendatacommons.org/licenses/odbl/1-0/",
                "attribution": ATTR_OSM, "share_alike": True},
        "dcw": {"title": "Shaanxi outline", "source": SRC_DCW, "licence": "LGPL-3.0-or-later",
                "licence_url": "https://www.gnu.org/licenses/lgpl-3.0.html",
                "attribution": ATTR_DCW, "share_alike": True},
        "wdbii": {"title": "Rivers", "source": SRC_WDBII, "licence": "LGPL-3.0-or-later",
                  "licence_url": "https://www.gnu.org/licenses/lgpl-3.0.html",
                  "attribution": ATTR_WDBII, "share_alike": True},
        "etopo5": {"title": "Elevation (Qinling zone sketch, future hillshade)", "source": SRC_ETOPO,
                   "licence": "public domain", "licence_url": "",
                   "attribution": ATTR_ETOPO, "share_alike": False},
        "planmap": {"title": "Park, enclave and mine positions", "source": SRC_PLAN,
                    "licence": "facts only (no copyright); positions are PlanMap sketches",
                    "licence_url": "", "attribution": ATTR_PLAN, "share_alike": False},
    }


def layer_extent(path):
    ds = ogr.Open(path)
    e = ds.GetLayer(0).GetExtent()
    return [round(e[0], 4), round(e[2], 4), round(e[1], 4), round(e[3], 4)]


def write_manifest(out_dir, counts):
    layers = []
    for lid, tzh, ten, group, geom, style in MANIFEST_LAYERS:
        st = dict(style)
        if st.get("labels") is None:
            st.pop("labels", None)
        st["schematic"] = SCHEMATIC
        layers.append({
            "id": lid, "file": "layers/%s.geojson" % lid, "title_zh": tzh, "title_en": ten,
            "group": group, "geometry": geom, "key_field": "pm_id", "label_field": "name_zh",
            "feature_count": counts[lid], "attribution": LAYER_ATTRIBUTION[lid],
            "extent": layer_extent(os.path.join(out_dir, "layers", lid + ".geojson")),
            "visible": True, "style": st,
        })
    manifest = {
        "format": "planmap-bundled-map",
        "version": 1,
        "title": "安康市“十四五”规划图",
        "title_en": "Ankang 14th Five-Year Plan map",
        "crs": "EPSG:4326",
        "extent": layer_extent(os.path.join(out_dir, "layers", "prefecture.geojson")),
        "groups": ["行政区划", "秦岭保护区", "水系与流域", "产业园区", "飞地园区", "矿山"],
        "insets": [{"id": "changzhou", "title_zh": "常州（域外飞地·苏陕协作）", "title_en": "Changzhou inset (Jiangsu-Shaanxi cooperation)",
                    "extent": [107.5, 30.5, 121.0, 34.5], "layers": ["shaanxi", "prefecture",
                                                                     "enclave_links", "enclave_parks"]}],
        "attribution_file": "attribution.json",
        "dem": {"file": "dem/" + DEM_NAME, "attribution": ["etopo5"]},
        "field_labels": FIELD_LABELS,
        "layers": layers,
    }
    with open(os.path.join(out_dir, "bundled_map.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_attribution(out_dir):
    entries = attribution_entries()
    data = {"format": "planmap-attribution", "version": 1, "sources": entries,
            "layers": LAYER_ATTRIBUTION, "dem": ["etopo5"]}
    with open(os.path.join(out_dir, "attribution.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


ATTRIBUTION_MD = """# Bundled Ankang map — attribution and licences

Generated by `geodata/tools/make_geodata.py` from `/work/shared/geodata-sources` (see its SOURCES.md).
Print the "attribution" line of every source whose layers appear on a map (machine-readable:
`attribution.json`, per layer in `bundled_map.json` → `layers[].attribution`).

| source key | layers | licence | print on maps |
|---|---|---|---|
{rows}

## Share-alike

- Counties, city outline, and everything clipped by them (Qinling zones, national parks, basins) are
  derived from OpenStreetMap via geoBoundaries and stay under **ODbL 1.0**: a map is a "produced work"
  (attribution suffices); redistributing the layers themselves requires ODbL for them.
- Shaanxi outline (DCW-GMT) and rivers/lake sketch (GSHHG/WDBII) are **LGPL-3+** data: keep the licence
  and copyright notice when redistributing the files.
- `dem/{dem}` is ETOPO5 (NOAA/NGDC, 1993), public domain; credit "{etopo}".

## Positions made by PlanMap

Parks, enclave parks, mines and the 蒿坪河 remediation point are **not surveyed**. Each feature says how
it was placed in `accuracy` (approximate | schematic | unverified) and `accuracy_note`. Unverified
points (the mines, 蒿坪河, and the basins drawn around them) are placeholders: verify before any use
beyond an illustration of the plan.
"""


def write_attribution_md(out_dir):
    entries = attribution_entries()
    rows = []
    for key, e in entries.items():
        lyrs = ", ".join(l for l, ks in LAYER_ATTRIBUTION.items() if key in ks)
        if key == "etopo5":
            lyrs += ", dem/" + DEM_NAME
        rows.append("| %s | %s | %s | %s |" % (key, lyrs, e["licence"], e["attribution"]))
    text = ATTRIBUTION_MD.format(rows="\n".join(rows), dem=DEM_NAME, etopo=ATTR_ETOPO)
    with open(os.path.join(out_dir, "ATTRIBUTION.md"), "w", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------------------------
# links to the plan catalog (geodata/plan/ankang_14th_fyp.json, written by the catalog helper)

def load_catalog(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)

# Link rules. Matching uses the item's "name" and "places" (not its "text": one sentence of the
# plan often lists several parks, and a text match would tie each of them to every item).
# (layer, pm_id) -> (keywords for projects/measures, keywords for targets, restrict-to-section)
# Points never carry city-wide targets (a target belongs to the city or the counties): the
# second list of each rule is empty for point layers, and every city-scope target is linked to the
# prefecture instead (prefecture_links).
PARK_RULES = {
    "park-ankang-hitech": (["安康国家高新区", "安康高新区"], []),
    "park-hengkou-plush": (["恒口毛绒玩具文创产业园", "园区总部+新社区工厂"], []),
    "park-qinba-logistics": (["秦巴(安康)现代物流港", "秦巴区域交通商贸物流枢纽", "四级物流体系"], []),
    "park-ankang-wellness": (["安康国际康养中心", "医疗+康养小镇"], []),
    "park-prefab-construction": (["安康绿色装配式建筑产业园"], []),
    "park-construction-labour": (["建筑劳务产业园"], []),
    "park-chengdong-digital": (["城东新区"], []),
    "park-wuli-industrial": (["汉滨五里工业集中区"], []),
    "park-xunyang-hitech": (["旬阳省级高新区"], []),
    "park-shiquan-etdz": (["石泉省级经开区"], []),
    "park-hanyin-industrial": (["汉阴县域工业集中区", "汉阴、平利县域工业集中区"], []),
    "park-pingli-industrial": (["平利县域工业集中区", "汉阴、平利县域工业集中区"], []),
    "park-hanyin-agritech": (["安康(汉阴)国家农业科技园区"], []),
}
ENCLAVE_RULES = {
    "enclave-ningshan": (["宁陕“飞地园区”", "“飞地园区”重点引进"], []),
    "enclave-ziyang": (["紫阳“飞地园区”", "“飞地园区”重点引进"], []),
    "enclave-langao": (["岚皋“飞地园区”", "“飞地园区”重点引进"], []),
    "enclave-zhenping": (["镇坪“飞地园区”", "“飞地园区”重点引进"], []),
    "enclave-baihe": (["白河“飞地园区”", "“飞地园区”重点引进"], []),
    "enclave-changzhou": (["常州"], []),
}
# Mines: the measure and each mine's own project. No source says a mine is 大中型, 小型 or 无主,
# so none is linked to c12s1-t02..t04 (mutually exclusive classes); its class is "unknown".
MINE_COMMON = ["矿山地质环境治理"]
MINE_RULES = {
    "mine-baihe-pyrite": (["白河硫铁矿"] + MINE_COMMON, []),
    "mine-xunyang-leadzinc": (["旬阳铅锌矿"] + MINE_COMMON, []),
    "mine-xunyang-mercury": (["旬阳汞矿"] + MINE_COMMON, []),
}
WATER_TARGETS = ["一泓清水", "地表水国控断面"]
BASIN_RULES = {
    "basin-hanjiang": (["汉江"], WATER_TARGETS + ["饮用水源地", "镇级污水处理"]),
    "basin-yuehe": (["月河"], []),
}
BASIN_MARKER_RULES = {
    "basin-baishihe": (["白石河"], []),
    "basin-haopinghe": (["蒿坪河"], []),
    "basin-gongguanhe": (["公馆河"], []),
}
RIVER_RULES = {"river-han": (["汉江"], ["一泓清水", "地表水国控断面"])}
LAKE_RULES = {"lake-yinghu": (["瀛湖", "安康水电厂"], ["瀛湖"])}
HYDRO_RULES = {"hydro-xunyang": (["旬阳水电站"], []), "hydro-baihe": (["白河水电站"], [])}
NP_RULES = {"np-giant-panda": (["大熊猫国家公园", "自然保护地整合优化", "珍稀动物栖息地"], []),
            "np-qinling": (["秦岭国家公园", "自然保护地整合优化", "珍稀动物栖息地"], [])}
INDUSTRIAL_KINDS = ("hitech_zone", "industrial_zone")

# Links that name matching cannot find, each with the plan's words that support it ("why").
EXPLICIT_LINKS = [
    ("basins", "basin-yuehe", "c11s5-p08", "located_in", "以月河川道农业科技示范带为重点"),
    ("basin_markers", "basin-haopinghe", "c12s1-p09", "implements", "以及蒿坪河流域等重点污染区域治理与修复"),
    ("basins", "basin-hanjiang", "c12s1-p12", "located_in",
     "丹江口库区上游一级水源地重点防护林建设 (all of Ankang drains to the Han above the 丹江口 reservoir)"),
    ("basins", "basin-hanjiang", "c12s6-m05", "located_in",
     "以南水北调中线工程水源涵养为纽带 (the Han basin is the middle-route source area)"),
    ("counties", "county-610902", "c11s5-p01", "located_in", "安康国家高新区 (in 汉滨区)"),
    ("counties", "county-610902", "c12s1-p14", "located_in", "实施中心城市绿化提升工程 (the central city is in 汉滨区)"),
    ("counties", "county-610902", "c12s1-p15", "located_in", "建设城市绿色廊道 (the central city is in 汉滨区)"),
]
# Items that govern every industrial park/zone: linked to each park of INDUSTRIAL_KINDS.
INDUSTRIAL_ITEMS = [
    ("c12s2-p07", "加强重点企业和工业集中区污水处理设施建设"),
    ("c12s3-p04", "推动重点工业园区(集中区)建立挥发性有机物、颗粒物监测体系"),
    ("c11s5-p07", "以标准化厂房建设为重点,完善水电气网等基础设施,物流电商等配套服务,提升园区综合承载和辐射带动能力"),
]
# Kept although the soil sentence names no mine: the plan names these three as 重点污染区域
# (c12s1-p06..p08), and c12s4-m04 assesses 重金属污染重点区域、重污染工矿企业、尾矿库.
SOIL_MINE_ITEM = ("c12s4-m04", "做好重金属污染重点区域、重污染工矿企业、尾矿库等污染区域土壤污染防治风险评估")
COUNTY_SHORT = {"汉滨区": "汉滨", "汉阴县": "汉阴", "石泉县": "石泉", "宁陕县": "宁陕", "紫阳县": "紫阳",
                "岚皋县": "岚皋", "平利县": "平利", "镇坪县": "镇坪", "白河县": "白河", "旬阳市": "旬阳"}


def item_words(item):
    return [item.get("name") or ""] + list(item.get("places") or [])


def item_role(item, default):
    return "monitored_by" if item.get("kind") == "target" else default


def rule_links(layer_id, rules, items, role, section=None):
    out = []
    for pm_id, (words, target_words) in rules.items():
        for it in items:
            if section and (it.get("chapterNumber"), it.get("sectionNumber")) != section:
                continue
            if it.get("kind") == "target":
                if not target_words:
                    continue  # no targets for this feature (points never carry city-wide ones)
                hay = " ".join([it.get("name") or "", it.get("indicator") or ""])
                hit = any(w in hay for w in target_words) or any(w in hay for w in words)
            else:
                hit = any(w in h for w in words for h in item_words(it))
            if hit:
                out.append((layer_id, pm_id, it["id"], item_role(it, role)))
    return out


def qinling_links(items):
    """Zones ← chapter 12 §1 items about the Qinling; the mining ban only binds core and key,
    the industry-admission lists key and general (as the plan text says)."""
    out = []
    for it in items:
        if (it.get("chapterNumber"), it.get("sectionNumber")) != (12, 1):
            continue
        words = item_words(it)
        text = it.get("text") or ""
        if not any("秦岭" in w for w in words):
            continue
        if "国家公园" in (it.get("name") or ""):
            continue  # drawn in the national_parks layer
        zones = ["core", "key", "general"]
        name = it.get("name") or ""
        if "核心保护区" in name or ("禁止在核心保护区" in text and "矿" in name):
            zones = ["core", "key"]
        elif "产业准入" in name:
            zones = ["key", "general"]
        for z in zones:
            out.append(("qinling_zones", "qinling-" + z, it["id"], item_role(it, "located_in")))
    return out


def enclave_items(items):
    """Items about the county enclave parks (宁陕…白河“飞地园区”): their places are origin counties."""
    return {it["id"] for it in items
            if (it.get("chapterNumber"), it.get("sectionNumber")) == (11, 5) and "飞地园区" in it["text"]
            and "域外" not in (it.get("name") or "")}


def county_links(items, counties):
    """Counties the item's places name. For an enclave item the named county is where the park
    flies FROM (role origin_county); where it stands is added by enclave_host_links."""
    out = []
    enclave = enclave_items(items)
    for p, _ in counties.features:
        short = COUNTY_SHORT[p["name_zh"]]
        for it in items:
            places = list(it.get("places") or [])
            if any(pl.startswith(short) or pl == p["name_zh"] for pl in places) or \
                    (p["name_zh"] in (it.get("name") or "")):
                role = "origin_county" if it["id"] in enclave else item_role(it, "located_in")
                out.append(("counties", p["pm_id"], it["id"], role))
    return out


def enclave_host_links(links, sites, counties):
    """An enclave item is located in the county that hosts its park (the feature's own county)."""
    pm = {p["name_zh"]: p["pm_id"] for p, _ in counties.features}
    host = {p["pm_id"]: p["host_county"] for p, _ in sites.features}
    out = []
    for layer, feat, item, role in links:
        if layer == "enclave_parks" and host.get(feat) in pm:
            out.append(("counties", pm[host[feat]], item, "located_in"))
    return out


def prefecture_links(items, prefecture):
    """Every city-wide target is monitored for the city as a whole."""
    pm_id = prefecture.features[0][0]["pm_id"]
    return [("prefecture", pm_id, it["id"], "monitored_by") for it in items
            if it.get("kind") == "target" and (it.get("scope") in (None, "city") or "city" in
                                               (it.get("scope") or []))]


def write_links(out_dir, catalog, all_layers):
    items = catalog.get("items") or []
    by_id = {it["id"]: it for it in items}
    by_layer = {l.id: l for l in all_layers}
    why = {}
    links = []
    links += county_links(items, by_layer["counties"])
    links += prefecture_links(items, by_layer["prefecture"])
    links += qinling_links(items)
    links += rule_links("national_parks", NP_RULES, items, "implements", (12, 1))
    links += rule_links("basins", BASIN_RULES, items, "located_in", (12, 2))
    links += rule_links("basin_markers", BASIN_MARKER_RULES, items, "implements", (12, 2))
    links += rule_links("rivers", RIVER_RULES, items, "located_in", (12, 2))
    links += rule_links("lakes", LAKE_RULES, items, "implements")
    links += rule_links("hydropower", HYDRO_RULES, items, "implements", (11, 3))
    links += rule_links("parks", PARK_RULES, items, "implements")
    enclaves = rule_links("enclave_parks", ENCLAVE_RULES, items, "implements", (11, 5))
    links += enclaves
    links += enclave_host_links(enclaves, by_layer["enclave_parks"], by_layer["counties"])
    links += rule_links("mines", MINE_RULES, items, "implements", (12, 1))
    for layer, feat, item, role, reason in EXPLICIT_LINKS:
        links.append((layer, feat, item, role))
        why[(layer, feat, item)] = reason
    for item, reason in INDUSTRIAL_ITEMS:
        for p, _ in by_layer["parks"].features:
            if p["kind"] in INDUSTRIAL_KINDS:
                links.append(("parks", p["pm_id"], item, "implements"))
                why[("parks", p["pm_id"], item)] = reason
    for p, _ in by_layer["mines"].features:
        links.append(("mines", p["pm_id"], SOIL_MINE_ITEM[0], "implements"))
        why[("mines", p["pm_id"], SOIL_MINE_ITEM[0])] = SOIL_MINE_ITEM[1] + " (the plan names this mine " \
            "a 重点污染区域 in c12s1)"
    # Integrity: every feature and item must exist; the quoted words must be the item's own;
    # drop exact duplicates, keep a stable order.
    ids = set(by_id)
    feats = {(l.id, p["pm_id"]) for l in all_layers for p, _ in l.features}
    order = {l.id: i for i, l in enumerate(all_layers)}
    seen = set()
    rows = []
    for layer, feat, item, role in links:
        if item not in ids or (layer, feat) not in feats:
            sys.exit("bad link %s/%s -> %s" % (layer, feat, item))
        quote = why.get((layer, feat, item), "").split(" (")[0]
        if quote and quote not in by_id[item]["text"]:
            sys.exit("link %s/%s -> %s: %r is not in the item's text" % (layer, feat, item, quote))
        if (layer, feat, item) in seen:
            continue
        seen.add((layer, feat, item))
        rows.append((order[layer], feat, item, layer, role))
    rows.sort()

    def row(f, i, l, r):
        o = {"layer": l, "feature": f, "item": i, "role": r}
        if (l, f, i) in why:
            o["why"] = why[(l, f, i)]
        return "  " + json.dumps(o, ensure_ascii=False)
    body = ",\n".join(row(f, i, l, r) for _, f, i, l, r in rows)
    digest = hashlib.sha256(json.dumps(sorted(ids)).encode("utf-8")).hexdigest()[:16]
    with open(os.path.join(out_dir, "plan", "bundled_links.json"), "w", encoding="utf-8") as f:
        f.write('{"format": "planmap-links", "version": 1,\n'
                ' "catalog": "plan/ankang_14th_fyp.json", "catalog_item_ids_sha256_16": "%s",\n'
                ' "links": [\n%s\n]}\n' % (digest, body))
    return len(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("sources", nargs="?",
                    default=os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "geodata-sources")))
    ap.add_argument("--out", default=os.path.join(REPO_ROOT, "geodata"))
    ap.add_argument("--catalog", default=None,
                    help="plan catalog (default OUT/plan/ankang_14th_fyp.json); links are skipped "
                         "when it does not exist")
    args = ap.parse_args()
    src, out = args.sources, args.out
    os.makedirs(os.path.join(out, "layers"), exist_ok=True)
    os.makedirs(os.path.join(out, "dem"), exist_ok=True)
    os.makedirs(os.path.join(out, "plan"), exist_ok=True)

    areas = official_areas(src)
    points = read_features(os.path.join(src, "ankang_points_approx.geojson"))
    shaanxi, counties, prefecture = make_admin(src, areas)
    rivers, han = make_rivers(src, points)
    lakes = make_lakes(points, han)
    basins = make_basins(src, points, counties, prefecture, han)
    basin_markers = make_basin_markers(points)
    hydro = make_hydropower(points, counties, han)
    zones, nparks = make_qinling(src, counties, han, points)
    parks = make_parks(points, counties)
    sites, links = make_enclaves(points, counties)
    mines = make_mines(points)
    seats = make_seats(points, counties)

    precision = {"shaanxi": 4, "counties": 5, "prefecture": 5, "seats": 4, "qinling_zones": 4,
                 "national_parks": 4, "basins": 4, "lakes": 4, "rivers": 5, "parks": 4,
                 "basin_markers": 4, "hydropower": 4,
                 "enclave_links": 4, "enclave_parks": 4, "mines": 4}
    all_layers = [shaanxi, counties, prefecture, seats, zones, nparks, basins, lakes, rivers,
                  basin_markers, hydro, parks, links, sites, mines]
    counts = {}
    for layer in all_layers:
        write_layer(layer, out, precision[layer.id])
        counts[layer.id] = len(layer.features)
    shutil.copyfile(os.path.join(src, DEM_NAME), os.path.join(out, "dem", DEM_NAME))
    write_manifest(out, counts)
    write_attribution(out)
    write_attribution_md(out)

    catalog_path = args.catalog or os.path.join(out, "plan", "ankang_14th_fyp.json")
    catalog = load_catalog(catalog_path)
    if catalog is None:
        print("plan catalog %s not found: links not written" % catalog_path)
    else:
        n = write_links(out, catalog, all_layers)
        print("links: %d" % n)
    for layer in all_layers:
        print("%-15s %3d features" % (layer.id, len(layer.features)))


if __name__ == "__main__":
    main()
