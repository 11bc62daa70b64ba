#include "TileProvider.h"

namespace planmap {

QString TileProvider::url(const TileKey& key) const {
  QString u = urlTemplate;
  u.replace(QLatin1String("{z}"), QString::number(key.z));
  u.replace(QLatin1String("{x}"), QString::number(key.x));
  u.replace(QLatin1String("{y}"), QString::number(key.y));
  if (!subdomains.isEmpty()) {
    u.replace(QLatin1String("{s}"), subdomains.at(int((unsigned(key.x) + unsigned(key.y)) % unsigned(subdomains.size()))));
  }
  u.replace(QLatin1String("{k}"), apiKey);
  return u;
}

TileProvider TileProvider::openStreetMap() {
  TileProvider p;
  p.id = QStringLiteral("osm");
  p.title = QStringLiteral("OpenStreetMap");
  p.urlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  p.matrix = TileMatrix::webMercator();
  p.minLevel = 0;
  p.maxLevel = 19;
  p.attribution = QStringLiteral("© OpenStreetMap contributors, ODbL");
  return p;
}

TileProvider TileProvider::tianditu(const QString& layer, bool geographic, const QString& key) {
  TileProvider p;
  const QString set = geographic ? QStringLiteral("c") : QStringLiteral("w");
  p.id = QStringLiteral("tianditu-%1_%2").arg(layer, set);
  p.title = QStringLiteral("天地图 %1_%2").arg(layer, set);
  p.urlTemplate = QStringLiteral("https://t{s}.tianditu.gov.cn/%1_%2/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                                 "&LAYER=%1&STYLE=default&TILEMATRIXSET=%2&FORMAT=tiles"
                                 "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={k}")
                      .arg(layer, set);
  p.subdomains = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")};
  p.apiKey = key;
  p.matrix = geographic ? TileMatrix::tiandituGeographic() : TileMatrix::webMercator();
  p.minLevel = 1;
  p.maxLevel = 18;
  p.attribution = QStringLiteral("© 天地图 国家地理信息公共服务平台");
  return p;
}

TileProvider TileProvider::xyz(const QString& id, const QString& urlTemplate, const QString& attribution,
                               int maxLevel) {
  TileProvider p;
  p.id = id;
  p.title = id;
  p.urlTemplate = urlTemplate;
  p.matrix = TileMatrix::webMercator();
  p.maxLevel = maxLevel;
  p.attribution = attribution;
  return p;
}

}  // namespace planmap
