#!/usr/bin/python3
"""Writes the small loading fixtures of test_data_loading into tests/data/loading/ and tests/data/bad/.

Run once at authoring time (the outputs are committed; this script is what explains them):
    /usr/bin/python3 tests/data/loading/make_fixtures.py

Real formats written by GDAL itself, then patched the way real-world files differ: .cpg removed,
DBF language driver byte (byte 29) set to 0 or 0x4D, files truncated, garbage .prj.
Geometry: small squares around the real seats of Ankang's ten county-level units.
"""
import os
import shutil
import struct
import zipfile

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(os.path.dirname(HERE), "bad")

COUNTIES = [  # (adcode, name, lon, lat) of the county seats
    (610902, "汉滨区", 109.03, 32.69), (610921, "汉阴县", 108.51, 32.89), (610922, "石泉县", 108.25, 33.04),
    (610923, "宁陕县", 108.31, 33.31), (610924, "紫阳县", 108.53, 32.52), (610925, "岚皋县", 108.90, 32.31),
    (610926, "平利县", 109.36, 32.39), (610927, "镇坪县", 109.53, 31.88), (610928, "旬阳市", 109.37, 32.83),
    (610929, "白河县", 110.11, 32.81),
]

# What ArcGIS writes for EPSG:4545 (ESRI WKT1).
ESRI_GK_108 = ('PROJCS["CGCS2000_3_Degree_GK_CM_108E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",'
               'DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],'
               'UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],'
               'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",108.0],PARAMETER["Scale_Factor",1.0],'
               'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]')


def srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def to_gk108(lon, lat):
    t = osr.CoordinateTransformation(srs(4490), srs(4545))
    x, y, _ = t.TransformPoint(lon, lat)
    return x, y


def square(cx, cy, half):
    return ogr.CreateGeometryFromWkt(
        f"POLYGON(({cx - half} {cy - half},{cx + half} {cy - half},{cx + half} {cy + half},"
        f"{cx - half} {cy + half},{cx - half} {cy - half}))")


def remove_shapefile(path):
    base = os.path.splitext(path)[0]
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix"):
        if os.path.exists(base + ext):
            os.remove(base + ext)


def write_counties_shp(path, encoding, projected, with_prj=True):
    """Counties as small squares; `encoding` is the DBF text encoding GDAL writes."""
    remove_shapefile(path)
    drv = ogr.GetDriverByName("ESRI Shapefile")
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer(os.path.splitext(os.path.basename(path))[0], srs(4545 if projected else 4490),
                         ogr.wkbPolygon, options=[f"ENCODING={encoding}"])
    lyr.CreateField(ogr.FieldDefn("adcode", ogr.OFTInteger))
    name = ogr.FieldDefn("name", ogr.OFTString)
    name.SetWidth(40)
    lyr.CreateField(name)
    for code, cname, lon, lat in COUNTIES:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["adcode"] = code
        f["name"] = cname
        if projected:
            x, y = to_gk108(lon, lat)
            f.SetGeometry(square(x, y, 2000))
        else:
            f.SetGeometry(square(lon, lat, 0.02))
        lyr.CreateFeature(f)
    ds = None
    base = os.path.splitext(path)[0]
    if with_prj:
        with open(base + ".prj", "w") as fp:
            fp.write(ESRI_GK_108 if projected else srs(4490).ExportToWkt())
    elif os.path.exists(base + ".prj"):
        os.remove(base + ".prj")


def set_ldid(dbf, value):
    with open(dbf, "r+b") as fp:
        fp.seek(29)
        fp.write(bytes([value]))


def drop_cpg(path):
    cpg = os.path.splitext(path)[0] + ".cpg"
    if os.path.exists(cpg):
        os.remove(cpg)


def write_cpg(path, text):
    with open(os.path.splitext(path)[0] + ".cpg", "w") as fp:
        fp.write(text)


def loading():
    os.makedirs(HERE, exist_ok=True)
    # GBK without .cpg, language byte 0, ESRI .prj for CGCS2000 GK CM 108E: detected + file CRS.
    p = os.path.join(HERE, "gbk_detect", "ankang_gbk.shp")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    write_counties_shp(p, "CP936", projected=True)
    drop_cpg(p)
    set_ldid(p[:-4] + ".dbf", 0)

    # UTF-8 without .cpg, lon/lat, no .prj: detected + inferred EPSG:4490.
    p = os.path.join(HERE, "utf8_detect", "ankang_utf8.shp")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    write_counties_shp(p, "UTF-8", projected=False, with_prj=False)
    drop_cpg(p)
    set_ldid(p[:-4] + ".dbf", 0)

    # GBK with a .cpg of "936" (what ArcGIS writes).
    p = os.path.join(HERE, "gbk_cpg", "ankang_cpg936.shp")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    write_counties_shp(p, "CP936", projected=True)
    write_cpg(p, "936")
    set_ldid(p[:-4] + ".dbf", 0)

    # GBK with the DBF language byte 0x4D and no .cpg.
    p = os.path.join(HERE, "gbk_ldid", "ankang_ldid.shp")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    write_counties_shp(p, "CP936", projected=True)
    drop_cpg(p)
    set_ldid(p[:-4] + ".dbf", 0x4D)

    # Gauss-Krüger metres without a .prj: the CRS must be inferred.
    p = os.path.join(HERE, "gk_noprj", "ankang_gk.shp")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    write_counties_shp(p, "UTF-8", projected=True, with_prj=False)

    # Latin-1 place names (accents at word ends, so they cannot pass for GBK), no .cpg.
    p = os.path.join(HERE, "latin1_detect", "places_latin1.shp")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    remove_shapefile(p)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(p)
    lyr = ds.CreateLayer("places_latin1", srs(4326), ogr.wkbPoint, options=["ENCODING=ISO-8859-1"])
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i, n in enumerate(["Bogotá", "Perú", "Panamá", "Asunción", "Curaçao"]):
        f = ogr.Feature(lyr.GetLayerDefn())
        f["name"] = n
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({-75 + i} {4 - i})"))
        lyr.CreateFeature(f)
    ds = None
    drop_cpg(p)
    set_ldid(p[:-4] + ".dbf", 0)

    # A folder of shapefiles: counties and towns.
    folder = os.path.join(HERE, "folder")
    os.makedirs(folder, exist_ok=True)
    write_counties_shp(os.path.join(folder, "counties.shp"), "UTF-8", projected=False)
    p = os.path.join(folder, "towns.shp")
    remove_shapefile(p)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(p)
    lyr = ds.CreateLayer("towns", srs(4490), ogr.wkbPoint, options=["ENCODING=UTF-8"])
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for code, cname, lon, lat in COUNTIES[:4]:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["name"] = cname + "城关镇"
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({lon} {lat})"))
        lyr.CreateFeature(f)
    ds = None

    # The GBK shapefile (no .cpg) zipped, inside a subfolder, as it would arrive by e-mail.
    z = os.path.join(HERE, "ankang_gbk.zip")
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for ext in (".shp", ".shx", ".dbf", ".prj"):
            src = os.path.join(HERE, "gbk_detect", "ankang_gbk" + ext)
            zf.write(src, "ankang/ankang_gbk" + ext)

    # A GeoPackage with three layers of different kinds.
    g = os.path.join(HERE, "multi.gpkg")
    if os.path.exists(g):
        os.remove(g)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(g)
    lyr = ds.CreateLayer("counties", srs(4490), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("adcode", ogr.OFTInteger64))
    for code, cname, lon, lat in COUNTIES:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["name"] = cname
        f["adcode"] = code
        f.SetGeometry(square(lon, lat, 0.02))
        lyr.CreateFeature(f)
    lyr = ds.CreateLayer("seats", srs(4490), ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("founded", ogr.OFTDate))
    for code, cname, lon, lat in COUNTIES[:3]:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["name"] = cname
        f.SetField("founded", 1949, 10, 1, 0, 0, 0, 0)
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({lon} {lat})"))
        lyr.CreateFeature(f)
    lyr = ds.CreateLayer("hanjiang", srs(4545), ogr.wkbLineString)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    f = ogr.Feature(lyr.GetLayerDefn())
    f["name"] = "汉江"
    pts = [to_gk108(lon, lat) for lon, lat in [(108.25, 33.0), (108.6, 32.9), (109.03, 32.69), (110.1, 32.8)]]
    f.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING(" + ",".join(f"{x} {y}" for x, y in pts) + ")"))
    lyr.CreateFeature(f)
    # Geometry kinds the loader must flatten: curves, 3D, collections, multi-parts, a null.
    lyr = ds.CreateLayer("kinds", srs(4490), ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
    for kind, wkt in [
        ("curvepolygon", "CURVEPOLYGON(CIRCULARSTRING(109 32,109.1 32.1,109 32.2,108.9 32.1,109 32))"),
        ("polygonz", "POLYGON Z((109 32 100,109.1 32 100,109.1 32.1 120,109 32 100))"),
        ("collection", "GEOMETRYCOLLECTION(POLYGON((109 32,109.1 32,109.1 32.1,109 32)),"
                       "POLYGON((109.2 32,109.3 32,109.3 32.1,109.2 32)),POINT(109.5 32.5))"),
        ("multipoint", "MULTIPOINT((109 32),(109.1 32.1),(109.2 32.2))"),
        ("multiline", "MULTILINESTRING((109 32,109.1 32.1),(109.2 32.2,109.3 32.3,109.4 32.2))"),
        ("polygon_with_hole", "POLYGON((109 32,110 32,110 33,109 33,109 32),(109.2 32.2,109.4 32.2,109.4 32.4,109.2 32.2))"),
        ("null", None),
    ]:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["kind"] = kind
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None

    # KML and FlatGeobuf from the GeoPackage's counties layer.
    for name, driver in (("counties.kml", "KML"), ("counties.fgb", "FlatGeobuf")):
        out = os.path.join(HERE, name)
        if os.path.exists(out):
            os.remove(out)
        gdal.VectorTranslate(out, g, format=driver, layers=["counties"])


def bad():
    os.makedirs(BAD, exist_ok=True)
    # Only regular files are ours; subfolders belong to other tests' bad-input corpora.
    for f in os.listdir(BAD):
        if os.path.isfile(os.path.join(BAD, f)):
            os.remove(os.path.join(BAD, f))

    def counties(name, encoding="UTF-8"):
        p = os.path.join(BAD, name + ".shp")
        write_counties_shp(p, encoding, projected=False)
        return p

    # .shp cut short after a copy was interrupted (the header still claims the full length).
    p = counties("truncated")
    size = os.path.getsize(p)
    with open(p, "r+b") as fp:
        fp.truncate(int(size * 0.6))

    # 0-byte .shp (and its partners) as left by a failed download.
    for ext in (".shp", ".shx", ".dbf"):
        open(os.path.join(BAD, "empty" + ext), "wb").close()

    # A valid .shp/.shx with a 0-byte .dbf.
    p = counties("empty_dbf")
    open(p[:-4] + ".dbf", "wb").close()

    # .shp and .shx with 10 shapes, .dbf with 7 records (a .dbf from another export).
    p = counties("count_mismatch")
    tmp = os.path.join(BAD, "tmp_seven.shp")
    remove_shapefile(tmp)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(tmp)
    lyr = ds.CreateLayer("tmp_seven", srs(4490), ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    lyr.CreateField(ogr.FieldDefn("adcode", ogr.OFTInteger))
    for code, cname, lon, lat in COUNTIES[:7]:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["adcode"] = code
        f.SetGeometry(square(lon, lat, 0.02))
        lyr.CreateFeature(f)
    ds = None
    shutil.copy(tmp[:-4] + ".dbf", p[:-4] + ".dbf")
    remove_shapefile(tmp)

    # A .prj that is not a coordinate system.
    p = counties("garbage_prj")
    with open(p[:-4] + ".prj", "w") as fp:
        fp.write("this is not a projection, just some text somebody saved as .prj\n")

    # Wrong extension / not GIS data at all.
    with open(os.path.join(BAD, "notes.abc"), "w") as fp:
        fp.write("Meeting notes, not GIS data.\n")
    with open(os.path.join(BAD, "broken.geojson"), "w") as fp:
        fp.write('{"type": "FeatureCollection", "features": [ {"type": "Feature", "geom')
    # A GeoJSON file saved with a .shp extension.
    with open(os.path.join(BAD, "geojson_named.shp"), "w") as fp:
        fp.write('{"type": "FeatureCollection", "features": []}\n')

    # Self-intersecting polygons (bowties at FID 3 and 7) among valid ones; FID 5 has a hole touching
    # its shell at one vertex, which is valid and must not be reported.
    p = os.path.join(BAD, "selfintersect.shp")
    remove_shapefile(p)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(p)
    lyr = ds.CreateLayer("selfintersect", srs(4490), ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i, (code, cname, lon, lat) in enumerate(COUNTIES[:9]):
        f = ogr.Feature(lyr.GetLayerDefn())
        f["name"] = cname
        d = 0.02
        if i in (3, 7):
            wkt = f"POLYGON(({lon - d} {lat - d},{lon + d} {lat + d},{lon + d} {lat - d},{lon - d} {lat + d},{lon - d} {lat - d}))"
        elif i == 5:
            wkt = (f"POLYGON(({lon - d} {lat - d},{lon + d} {lat - d},{lon + d} {lat + d},{lon - d} {lat + d},{lon - d} {lat - d}),"
                   f"({lon - d} {lat - d},{lon} {lat + d / 2},{lon + d / 2} {lat},{lon - d} {lat - d}))")
        else:
            wkt = square(lon, lat, d).ExportToWkt()
        # The shapefile writer keeps rings as given; write the raw WKT geometry.
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None


if __name__ == "__main__":
    loading()
    bad()
    print("fixtures written to", HERE, "and", BAD)
