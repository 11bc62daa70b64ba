#pragma once

#include "Extent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace planmap::test {

inline QString crsFixture(const char* name) {
  return QStringLiteral(PLANMAP_TEST_DATA "/crs/") + QString::fromUtf8(name);
}

// The outer ring vertices (lon, lat interleaved, EPSG:4326) of Ankang's real prefecture
// boundary from shared/geodata-sources (geoBoundaries/OSM, ODbL). Empty when the file is missing,
// which the tests treat as a failure.
inline std::vector<double> ankangBoundaryLonLat() {
  QFile file(QStringLiteral(PLANMAP_SHARED_DIR "/geodata-sources/ankang_prefecture.geojson"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
  std::vector<double> xy;
  for (const QJsonValue& feature : root.value(QStringLiteral("features")).toArray()) {
    const QJsonObject geometry = feature.toObject().value(QStringLiteral("geometry")).toObject();
    QJsonArray rings = geometry.value(QStringLiteral("coordinates")).toArray();
    if (geometry.value(QStringLiteral("type")).toString() == QStringLiteral("MultiPolygon"))
      rings = rings.at(0).toArray();
    for (const QJsonValue& position : rings.at(0).toArray()) {
      xy.push_back(position.toArray().at(0).toDouble());
      xy.push_back(position.toArray().at(1).toDouble());
    }
  }
  return xy;
}

inline Extent extentOf(const std::vector<double>& xy) {
  Extent e;
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) e.include(xy[i], xy[i + 1]);
  return e;
}

}  // namespace planmap::test
