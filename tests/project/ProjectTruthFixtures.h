#pragma once

// Small real files for the single-source-of-truth tests: a planner's own township boundaries, a
// red-line layer and a site, written as GeoJSON (EPSG:4326 lon/lat) inside Ankang's 汉滨区.
#include <QDir>
#include <QFile>
#include <QString>

namespace planmap::truth {

// Two townships side by side, named in a field of a county boundary file (XZMC), not name_zh.
inline QString townshipsGeoJson() {
  return QStringLiteral(R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"XZMC":"甲镇","DM":"610902001"},"geometry":{"type":"Polygon","coordinates":[[[108.90,32.60],[109.10,32.60],[109.10,32.80],[108.90,32.80],[108.90,32.60]]]}},
 {"type":"Feature","properties":{"XZMC":"乙镇","DM":"610902002"},"geometry":{"type":"Polygon","coordinates":[[[109.10,32.60],[109.30,32.60],[109.30,32.80],[109.10,32.80],[109.10,32.60]]]}}]})");
}

// A 饮用水水源保护区 polygon wholly inside 甲镇.
inline QString waterSourceGeoJson() {
  return QStringLiteral(R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name_zh":"示例水源地"},"geometry":{"type":"Polygon","coordinates":[[[109.00,32.65],[109.05,32.65],[109.05,32.70],[109.00,32.70],[109.00,32.65]]]}}]})");
}

// A planned site inside the water-source polygon.
inline QString siteGeoJson() {
  return QStringLiteral(R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"拟建项目"},"geometry":{"type":"Polygon","coordinates":[[[109.01,32.66],[109.02,32.66],[109.02,32.67],[109.01,32.67],[109.01,32.66]]]}}]})");
}

inline QString write(const QDir& dir, const QString& name, const QString& text) {
  QFile f(dir.filePath(name));
  if (!f.open(QIODevice::WriteOnly)) return {};
  f.write(text.toUtf8());
  return f.fileName();
}

}  // namespace planmap::truth
