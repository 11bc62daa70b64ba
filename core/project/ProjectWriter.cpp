#include "ProjectWriter.h"

#include "Project.h"
#include "StyleJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace planmap {
namespace {

QJsonObject parseObject(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

}  // namespace

QJsonObject ProjectWriter::toJson(const Project& project, const QString& targetPath) {
  const QString dir = QFileInfo(targetPath).absolutePath();
  QJsonArray layers;
  for (const auto& layer : project.document().layers()) {
    LayerSource source = project.layerSource(layer->id);
    if (source.kind == LayerSource::Kind::File) source.path = LayerSource::relativeTo(source.absolutePath(project.projectDir()), dir);
    QJsonObject entry{{"id", layer->id},
                      {"title", layer->title},
                      {"group", layer->group},
                      {"visible", layer->visible},
                      {"opacity", layer->opacity},
                      {"style", StyleJson::write(layer->style)},
                      {"source", source.toJson()}};
    if (!layer->titleEn.isEmpty()) entry.insert(QStringLiteral("title_en"), layer->titleEn);
    if (!layer->keyField.isEmpty()) entry.insert(QStringLiteral("key_field"), layer->keyField);
    if (const ConstraintMarking* marking = project.constraintMarking(layer->id))
      entry.insert(QStringLiteral("constraint"), marking->toJson());
    layers.append(entry);
  }
  QJsonArray extraCatalogs;
  for (const QString& file : project.extraCatalogFiles()) extraCatalogs.append(LayerSource::relativeTo(file, dir));

  QJsonObject json{{"format", "planmap-project"},
                   {"version", kVersion},
                   {"title", project.document().title()},
                   {"display_crs", project.document().displayCrs().authId().isEmpty()
                                       ? project.document().displayCrs().wkt()
                                       : project.document().displayCrs().authId()},
                   {"catalogs", QJsonObject{{"bundled", true}, {"extra", extraCatalogs}}},
                   {"layers", layers},
                   {"links", parseObject(project.links().toJson())},
                   {"progress", parseObject(project.progress().toJson())},
                   {"layouts", project.layouts()}};
  const Extent view = project.viewExtent();
  if (project.planStore().isSet())
    json.insert(QStringLiteral("plan_store"), QJsonObject{{"connection", project.planStore().connection}, {"schema", project.planStore().schema}});
  if (!project.warningThresholds().isDefault()) json.insert(QStringLiteral("warning_thresholds"), project.warningThresholds().toJson());
  if (!view.isEmpty()) json.insert(QStringLiteral("view"), QJsonObject{{"extent", QJsonArray{view.minX, view.minY, view.maxX, view.maxY}}});
  return json;
}

QByteArray ProjectWriter::toBytes(const Project& project, const QString& targetPath) {
  return QJsonDocument(toJson(project, targetPath)).toJson(QJsonDocument::Indented);
}

}  // namespace planmap
