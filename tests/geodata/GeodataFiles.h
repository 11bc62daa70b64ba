#pragma once

// Test helpers: read the bundled GeoJSON layers and JSON files with GDAL/Qt, and measure
// geometries in metric projections through OGR/PROJ. GDAL headers are fine here (test code).

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>
#include <vector>

namespace planmap::test {

struct LoadedFeature {
  QMap<QString, QString> fields;  // every attribute as text ("" when unset)
  std::unique_ptr<OGRGeometry> geometry;
  QString field(const QString& name) const { return fields.value(name); }
};

struct LoadedLayer {
  QString path;
  bool opened = false;
  QString error;
  OGRwkbGeometryType layerType = wkbUnknown;
  QStringList fieldNames;
  std::vector<LoadedFeature> features;
};

QString geodataPath(const QString& relative);
LoadedLayer loadLayer(const QString& relativePath);   // "layers/counties.geojson"
LoadedLayer loadManifestLayer(const QString& layerId);  // via bundled_map.json
QJsonObject readJsonObject(const QString& path, QString* error = nullptr);
QJsonObject manifest();

// Area in km² on an Albers equal-area conic for China (lat_1=25, lat_2=47, lon_0=105).
double equalAreaKm2(const OGRGeometry& lonLat);
// Distance in km between two lon/lat geometries, measured in an azimuthal equidistant projection
// centred on `a`'s envelope centre (exact for distances from that centre, <0.1 % within 300 km).
double distanceKm(const OGRGeometry& a, const OGRGeometry& b);
std::unique_ptr<OGRGeometry> lonLatPoint(double lon, double lat);

// Official land areas from the table in geodata-sources/SOURCES.md: adcode -> km².
QMap<QString, double> officialAreasFromSources(QString* error);

}  // namespace planmap::test
