#include "ProjectSummary.h"

#include "FeatureStore.h"
#include "Project.h"

#include <QJsonArray>

namespace planmap {

namespace {

QString geometryName(const FeatureStore& store) {
  bool point = false, line = false, polygon = false;
  for (std::size_t f = 0; f < store.featureCount(); ++f) {
    const GeometryType t = store.geometryType(f);
    point = point || t == GeometryType::Point;
    line = line || t == GeometryType::Line;
    polygon = polygon || t == GeometryType::Polygon;
  }
  if (int(point) + int(line) + int(polygon) > 1) return QStringLiteral("mixed");
  return polygon ? QStringLiteral("polygon") : line ? QStringLiteral("line") : point ? QStringLiteral("point") : QStringLiteral("none");
}

}  // namespace

QJsonObject ProjectSummary::toJson(const Project& project) {
  QJsonArray layers;
  for (const auto& layer : project.document().layers()) {
    QJsonObject o{{"id", layer->id},
                  {"title", layer->title},
                  {"group", layer->group},
                  {"visible", layer->visible},
                  {"source", project.layerSource(layer->id).toJson()},
                  {"features", layer->features ? qint64(layer->features->featureCount()) : 0},
                  {"geometry", layer->features ? geometryName(*layer->features) : QStringLiteral("none")},
                  {"crs", layer->crs.authId().isEmpty() ? layer->crs.description() : layer->crs.authId()},
                  {"missing", project.isMissing(layer->id)}};
    for (const MissingLayer& m : project.missingLayers())
      if (m.layerId == layer->id) o.insert(QStringLiteral("error"), m.error);
    if (const ConstraintMarking* marking = project.constraintMarking(layer->id))
      o.insert(QStringLiteral("constraint"), marking->toJson());
    layers.append(o);
  }
  QJsonArray extra;
  for (const QString& file : project.extraCatalogFiles()) extra.append(file);
  return QJsonObject{{"format", "planmap-project-summary"},
                     {"version", 1},
                     {"file", project.filePath()},
                     {"title", project.document().title()},
                     {"display_crs", project.document().displayCrs().authId()},
                     {"layers", layers},
                     {"catalog_items", qint64(project.catalog().items().size())},
                     {"extra_catalogs", extra},
                     {"links", project.links().size()},
                     {"progress_records", qint64(project.progress().records().size())},
                     {"layouts", project.layouts().size()},
                     {"plan_store", project.planStore().isSet() ? QJsonValue(project.planStore().connection) : QJsonValue()}};
}

QStringList ProjectSummary::toText(const QJsonObject& s) {
  QStringList lines;
  lines << QStringLiteral("项目 %1  (%2)").arg(s.value(QStringLiteral("title")).toString(), s.value(QStringLiteral("file")).toString());
  lines << QStringLiteral("显示坐标系 %1").arg(s.value(QStringLiteral("display_crs")).toString());
  const QJsonArray layers = s.value(QStringLiteral("layers")).toArray();
  lines << QStringLiteral("图层 %1（自下而上）:").arg(layers.size());
  for (const QJsonValue& v : layers) {
    const QJsonObject l = v.toObject();
    const QJsonObject src = l.value(QStringLiteral("source")).toObject();
    const QString where = src.value(QStringLiteral("kind")).toString() == QLatin1String("bundled")
                              ? QStringLiteral("bundled:%1").arg(src.value(QStringLiteral("bundled_id")).toString())
                              : src.value(QStringLiteral("path")).toString(src.value(QStringLiteral("connection")).toString());
    QString line = QStringLiteral("  %1\t%2\t%3\t%4 %5\t%6\t%7")
                       .arg(l.value(QStringLiteral("id")).toString(), l.value(QStringLiteral("title")).toString(),
                            l.value(QStringLiteral("group")).toString())
                       .arg(l.value(QStringLiteral("features")).toInt())
                       .arg(l.value(QStringLiteral("geometry")).toString(), l.value(QStringLiteral("crs")).toString(), where);
    if (!l.value(QStringLiteral("visible")).toBool()) line += QStringLiteral("\t隐藏");
    if (l.value(QStringLiteral("missing")).toBool()) line += QStringLiteral("\t缺失: ") + l.value(QStringLiteral("error")).toString();
    if (l.contains(QStringLiteral("constraint"))) {
      const QJsonObject c = l.value(QStringLiteral("constraint")).toObject();
      line += QStringLiteral("\t约束: %1 (%2)").arg(c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("severity")).toString());
    }
    lines << line;
  }
  lines << QStringLiteral("规划条目 %1，关联 %2，进展记录 %3，版式 %4")
               .arg(s.value(QStringLiteral("catalog_items")).toInt())
               .arg(s.value(QStringLiteral("links")).toInt())
               .arg(s.value(QStringLiteral("progress_records")).toInt())
               .arg(s.value(QStringLiteral("layouts")).toInt());
  return lines;
}

}  // namespace planmap
