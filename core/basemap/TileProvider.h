#pragma once

#include "TileKey.h"
#include "TileMatrix.h"

#include <QString>
#include <QStringList>

namespace planmap {

// Where the tiles of one web basemap come from: configuration, never hard-wired network access.
// The URL template takes {z} {x} {y} (TILEMATRIX, TILECOL, TILEROW), {s} (one of `subdomains`,
// chosen per tile so the same tile always has the same URL) and {k} (the user's key, 天地图 "tk").
struct TileProvider {
  QString id;           // names the disk-cache folder: "osm", "tianditu-vec_w", …; no secrets
  QString title;        // for a chooser, e.g. "OpenStreetMap"
  QString urlTemplate;
  QStringList subdomains;
  QString apiKey;
  TileMatrix matrix = TileMatrix::webMercator();
  int minLevel = 0;
  int maxLevel = 19;
  QString attribution;  // the credit the provider's terms ask for, for the screen and exports

  QString url(const TileKey& key) const;
  bool needsKey() const { return urlTemplate.contains(QLatin1String("{k}")); }

  // OpenStreetMap's standard tiles (tile.openstreetmap.org; its usage policy asks for a real
  // User-Agent and a local cache, which TileCache provides).
  static TileProvider openStreetMap();
  // 天地图 WMTS. `layer`: "vec" (vector), "img" (imagery), "ter" (terrain), or their label layers
  // "cva", "cia", "cta". `geographic`: the EPSG:4490 "_c" matrix, else the Web Mercator "_w" one.
  static TileProvider tianditu(const QString& layer, bool geographic, const QString& key);
  // Any XYZ server in Web Mercator (a local tile server, a company's cache, a test server).
  static TileProvider xyz(const QString& id, const QString& urlTemplate, const QString& attribution,
                          int maxLevel = 19);
};

}  // namespace planmap
