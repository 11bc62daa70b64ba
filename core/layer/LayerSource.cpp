#include "LayerSource.h"

#include <QDir>
#include <QFileInfo>

namespace planmap {

QString LayerSource::kindName(Kind kind) {
  switch (kind) {
    case Kind::Bundled: return QStringLiteral("bundled");
    case Kind::File: return QStringLiteral("file");
    case Kind::PostGis: return QStringLiteral("postgis");
  }
  return {};
}

QJsonObject LayerSource::toJson() const {
  QJsonObject json{{"kind", kindName(kind)}};
  const auto put = [&json](const char* key, const QString& value) {
    if (!value.isEmpty()) json.insert(QLatin1String(key), value);
  };
  put("bundled_id", bundledId);
  put("path", path);
  put("layer", layerName);
  put("encoding", encoding);
  put("crs", crsOverride);
  put("connection", connection);
  return json;
}

QString LayerSource::absolutePath(const QString& projectDir) const {
  if (path.startsWith(QLatin1String("/vsi"))) return path;  // GDAL virtual paths, e.g. /vsizip/
  if (QFileInfo(path).isAbsolute()) return QDir::cleanPath(path);
  return QDir::cleanPath(QDir(projectDir).filePath(path));
}

QString LayerSource::relativeTo(const QString& absolute, const QString& projectDir) {
  if (absolute.startsWith(QLatin1String("/vsi")) || projectDir.isEmpty()) return absolute;
  const QString relative = QDir(projectDir).relativeFilePath(absolute);
  // Up to two levels up ("../data/x.shp") still travels with a project folder copied with its
  // sibling data; beyond that an absolute path is the more honest record.
  if (relative.startsWith(QLatin1String("../../../"))) return absolute;
  return relative;
}

}  // namespace planmap
