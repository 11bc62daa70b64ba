// `planmap publish --pg CONNECTION --schema S [--project P] [--json]`: puts the bundled Ankang map
// (or a project's map with its own file layers) and the plan catalog, links and progress into a
// PostGIS schema, so a team can open one map and share one set of progress figures.

#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "PostGisPublisher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planmap {

int runPublishCommand(const QStringList& arguments) {
  const QString usage = QStringLiteral(
      "usage: planmap publish --pg \"service=… | postgresql://user@host/db | host=… dbname=…\" --schema S "
      "[--project P] [--json]  (password: ~/.pgpass or PGPASSWORD)");
  QStringList args = arguments;
  bool found = false;
  const QString connection = CliProject::takeOption(args, QStringLiteral("--pg"), &found);
  if (connection.isEmpty()) return CliOutput::error(QStringLiteral("--pg needs a connection; ") + usage, 2);
  const QString schema = CliProject::takeOption(args, QStringLiteral("--schema"), &found);
  if (schema.isEmpty()) return CliOutput::error(QStringLiteral("--schema needs a schema name; ") + usage, 2);
  const bool json = CliProject::takeFlag(args, QStringLiteral("--json"));
  auto project = CliProject::load(args);  // --project P, else the bundled map with its catalog and links
  if (!project) return CliOutput::error(project.error());
  if (!args.isEmpty()) return CliOutput::error(QStringLiteral("unknown argument %1; ").arg(args.front()) + usage, 2);

  const Project& p = *project.value();
  PublishInput input;
  for (const auto& layer : p.document().layers()) {
    // Layers already on a PostGIS server stay where they are; missing ones have nothing to publish.
    if (p.isMissing(layer->id) || p.layerSource(layer->id).kind == LayerSource::Kind::PostGis) continue;
    input.layers.push_back(layer);
  }
  input.catalog = &p.catalog();
  input.links = &p.links();
  input.progress = &p.progress();
  if (!json) input.log = [](const QString& step) { CliOutput::line(QStringLiteral("publishing %1").arg(step)); };

  auto report = PostGisPublisher::publish(connection, schema, input);
  if (!report) return CliOutput::error(report.error());
  const PublishReport& r = report.value();
  if (json) {
    QJsonArray layers;
    for (const PublishedLayer& l : r.layers)
      layers.append(QJsonObject{{QStringLiteral("layer"), l.layerId}, {QStringLiteral("table"), l.table},
                                {QStringLiteral("features"), double(l.featureCount)}, {QStringLiteral("srid"), l.srid}});
    CliOutput::json(QJsonDocument(QJsonObject{{QStringLiteral("schema"), r.schema},
                                              {QStringLiteral("schema_version"), r.schemaVersion},
                                              {QStringLiteral("layers"), layers},
                                              {QStringLiteral("plan_items"), r.planItems},
                                              {QStringLiteral("links_added"), r.linksAdded},
                                              {QStringLiteral("links_already_there"), r.linksAlreadyThere},
                                              {QStringLiteral("progress_added"), r.progressAdded},
                                              {QStringLiteral("progress_kept"), r.progressKept}}));
  } else {
    for (const PublishedLayer& l : r.layers)
      CliOutput::line(QStringLiteral("  %1 → %2 (%3 features, SRID %4)").arg(l.layerId, l.table).arg(l.featureCount).arg(l.srid));
    CliOutput::line(QStringLiteral("schema %1 (PlanMap schema version %2): %3 layers, %4 plan items, links %5 added / %6 already there, "
                                   "progress %7 added / %8 kept (the server's figures are never overwritten)")
                        .arg(r.schema).arg(r.schemaVersion).arg(r.layers.size()).arg(r.planItems).arg(r.linksAdded)
                        .arg(r.linksAlreadyThere).arg(r.progressAdded).arg(r.progressKept));
  }
  return 0;
}

}  // namespace planmap
