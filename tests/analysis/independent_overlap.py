#!/usr/bin/python3
"""Independent reference for test_analysis: the overlap of a site with the features of a layer
whose FIELD equals VALUE, computed with python3-gdal in a China-wide Albers equal-area CRS
(not the site-centred Lambert projection PlanMap uses), so the two computations share only GEOS.

usage: independent_overlap.py SITE_FILE LAYER_FILE FIELD VALUE
prints: {"site_area_m2": …, "overlap_m2": …, "overlap_geodesic_length_m": …}
(lengths are geodesic: Vincenty on GRS80 along the clipped line, since Albers is not equidistant)
"""
import json
import math
import sys

from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

ALBERS = "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"


def load(path, field=None, value=None):
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    albers = osr.SpatialReference()
    albers.ImportFromProj4(ALBERS)
    albers.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = layer.GetSpatialRef()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, albers)
    merged = None
    for feature in layer:
        if field is not None and str(feature.GetField(field)) != value:
            continue
        geometry = feature.GetGeometryRef().Clone()
        if not geometry.IsValid():
            geometry = geometry.MakeValid()
        geometry.Transform(transform)
        merged = geometry if merged is None else merged.Union(geometry)
    return ds, merged


def vincenty(lon1, lat1, lon2, lat2):
    """Geodesic distance on GRS80 in metres (Vincenty's inverse formula)."""
    a, f = 6378137.0, 1 / 298.257222101
    b = a * (1 - f)
    L = math.radians(lon2 - lon1)
    U1 = math.atan((1 - f) * math.tan(math.radians(lat1)))
    U2 = math.atan((1 - f) * math.tan(math.radians(lat2)))
    sinU1, cosU1, sinU2, cosU2 = math.sin(U1), math.cos(U1), math.sin(U2), math.cos(U2)
    lam = L
    for _ in range(200):
        sinLam, cosLam = math.sin(lam), math.cos(lam)
        sinSigma = math.hypot(cosU2 * sinLam, cosU1 * sinU2 - sinU1 * cosU2 * cosLam)
        if sinSigma == 0:
            return 0.0
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLam
        sigma = math.atan2(sinSigma, cosSigma)
        sinAlpha = cosU1 * cosU2 * sinLam / sinSigma
        cos2Alpha = 1 - sinAlpha ** 2
        cos2SigmaM = cosSigma - 2 * sinU1 * sinU2 / cos2Alpha if cos2Alpha else 0.0
        C = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha))
        prev = lam
        lam = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)))
        if abs(lam - prev) < 1e-12:
            break
    u2 = cos2Alpha * (a * a - b * b) / (b * b)
    A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    dSigma = B * sinSigma * (cos2SigmaM + B / 4 * (cosSigma * (-1 + 2 * cos2SigmaM ** 2)
                                                   - B / 6 * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)))
    return b * A * (sigma - dSigma)


def geodesic_length(geometry):
    """Sum of Vincenty distances along the line parts of an Albers geometry."""
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    albers = osr.SpatialReference()
    albers.ImportFromProj4(ALBERS)
    albers.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if geometry.GetDimension() != 1:
        return 0.0
    g = geometry.Clone()
    g.Transform(osr.CoordinateTransformation(albers, wgs84))
    total = 0.0
    parts = [g] if g.GetGeometryCount() == 0 else [g.GetGeometryRef(i) for i in range(g.GetGeometryCount())]
    for part in parts:
        if part.GetDimension() != 1:
            continue
        points = part.GetPoints() or []
        for (x1, y1, *_), (x2, y2, *_) in zip(points, points[1:]):
            total += vincenty(x1, y1, x2, y2)
    return total


def main():
    site_path, layer_path, field, value = sys.argv[1:5]
    _, site = load(site_path)
    _, zone = load(layer_path, field, value)
    overlap = site.Intersection(zone)
    print(json.dumps({"site_area_m2": site.GetArea(), "overlap_m2": overlap.GetArea() if overlap.GetDimension() == 2 else 0.0,
                      "overlap_geodesic_length_m": geodesic_length(overlap)}))


if __name__ == "__main__":
    main()
