#include "GeodataFiles.h"

#include "DataPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QRegularExpression>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <mutex>

namespace planmap::test {
namespace {

void registerOnce() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

OGRSpatialReference lonLat() {
  OGRSpatialReference s;
  s.importFromEPSG(4326);
  s.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return s;
}

OGRSpatialReference fromProj(const char* proj) {
  OGRSpatialReference s;
  s.importFromProj4(proj);
  s.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return s;
}

std::unique_ptr<OGRGeometry> projected(const OGRGeometry& g, const OGRSpatialReference& target) {
  OGRSpatialReference source = lonLat();
  std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&source, &target));
  if (!ct) return nullptr;
  std::unique_ptr<OGRGeometry> copy(g.clone());
  if (copy->transform(ct.get()) != OGRERR_NONE) return nullptr;
  return copy;
}

}  // namespace

QString geodataPath(const QString& relative) { return DataPaths::geodataFile(relative); }

LoadedLayer loadLayer(const QString& relativePath) {
  registerOnce();
  LoadedLayer out;
  out.path = geodataPath(relativePath);
  GDALDatasetUniquePtr ds(GDALDataset::Open(out.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds || ds->GetLayerCount() != 1) {
    out.error = out.path + QStringLiteral(": GDAL cannot open it as a one-layer vector file: ") +
                QString::fromUtf8(CPLGetLastErrorMsg());
    return out;
  }
  OGRLayer* layer = ds->GetLayer(0);
  out.opened = true;
  out.layerType = wkbFlatten(layer->GetGeomType());
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    out.fieldNames << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
  for (auto& feature : *layer) {
    LoadedFeature f;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
      f.fields.insert(out.fieldNames[i], feature->IsFieldSetAndNotNull(i)
                                             ? QString::fromUtf8(feature->GetFieldAsString(i))
                                             : QString());
    if (const OGRGeometry* g = feature->GetGeometryRef()) f.geometry.reset(g->clone());
    out.features.push_back(std::move(f));
  }
  return out;
}

QJsonObject readJsonObject(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    if (error) *error = path + QStringLiteral(": ") + file.errorString();
    return {};
  }
  QJsonParseError parse;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
  if (!doc.isObject()) {
    if (error) *error = path + QStringLiteral(": not a JSON object: ") + parse.errorString();
    return {};
  }
  return doc.object();
}

QJsonObject manifest() { return readJsonObject(geodataPath(QStringLiteral("bundled_map.json"))); }

LoadedLayer loadManifestLayer(const QString& layerId) {
  for (const auto& v : manifest().value(QStringLiteral("layers")).toArray())
    if (v.toObject().value(QStringLiteral("id")).toString() == layerId)
      return loadLayer(v.toObject().value(QStringLiteral("file")).toString());
  LoadedLayer missing;
  missing.error = QStringLiteral("bundled_map.json has no layer '%1'").arg(layerId);
  return missing;
}

double equalAreaKm2(const OGRGeometry& g) {
  static const OGRSpatialReference albers =
      fromProj("+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +datum=WGS84 +units=m +no_defs");
  auto p = projected(g, albers);
  if (!p) return -1;
  const auto type = wkbFlatten(p->getGeometryType());
  if (type == wkbPolygon) return p->toPolygon()->get_Area() / 1e6;
  if (type == wkbMultiPolygon) return p->toMultiPolygon()->get_Area() / 1e6;
  return 0;
}

double distanceKm(const OGRGeometry& a, const OGRGeometry& b) {
  OGREnvelope env;
  a.getEnvelope(&env);
  const QByteArray proj = QStringLiteral("+proj=aeqd +lat_0=%1 +lon_0=%2 +datum=WGS84 +units=m +no_defs")
                              .arg((env.MinY + env.MaxY) / 2, 0, 'f', 6)
                              .arg((env.MinX + env.MaxX) / 2, 0, 'f', 6)
                              .toLatin1();
  const OGRSpatialReference aeqd = fromProj(proj.constData());
  auto pa = projected(a, aeqd);
  auto pb = projected(b, aeqd);
  if (!pa || !pb) return -1;
  return pa->Distance(pb.get()) / 1000.0;
}

std::unique_ptr<OGRGeometry> lonLatPoint(double lon, double lat) { return std::make_unique<OGRPoint>(lon, lat); }

QMap<QString, double> officialAreasFromSources(QString* error) {
  const QString path = QStringLiteral(PLANMAP_SHARED_DIR "/geodata-sources/SOURCES.md");
  QFile file(path);
  QMap<QString, double> out;
  if (!file.open(QIODevice::ReadOnly)) {
    if (error) *error = path + QStringLiteral(": ") + file.errorString();
    return out;
  }
  static const QRegularExpression row(QStringLiteral(R"(^\|\s*(\S+)\s*\|\s*(\d{6})\s*\|\s*([\d,]+)\s*\|)"),
                                      QRegularExpression::MultilineOption);
  const QString text = QString::fromUtf8(file.readAll());
  for (auto it = row.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    out.insert(m.captured(2), m.captured(3).remove(QLatin1Char(',')).toDouble());
  }
  return out;
}

}  // namespace planmap::test
