#include "PostGisServerProbe.h"

#include <QHash>

namespace planmap {

PostGisServerProbe::Report PostGisServerProbe::run(const ConnectionString& connection, int connectTimeoutSeconds) {
  Report report;
  const ConnectionString cs = connection.withDefaultConnectTimeout(connectTimeoutSeconds);
  report.display = cs.display();
  PostGisConnection::ConnectFailure why = PostGisConnection::ConnectFailure::None;
  auto c = PostGisConnection::open(cs, &why);
  if (!c) {
    report.message = c.error();
    switch (why) {
      case PostGisConnection::ConnectFailure::Unreachable: report.failure = Failure::Unreachable; break;
      case PostGisConnection::ConnectFailure::NeedsPassword: report.failure = Failure::NeedsPassword; break;
      case PostGisConnection::ConnectFailure::AuthFailed: report.failure = Failure::AuthFailed; break;
      default: report.failure = Failure::Other; break;
    }
    return report;
  }
  PostGisConnection& db = *c.value();
  report.role = db.currentUser();
  // geometry_columns only exists with the extension; ask pg_extension first for a clear message.
  auto ext = db.exec(QStringLiteral("SELECT extversion FROM pg_extension WHERE extname = $1"), {QStringLiteral("postgis")});
  if (!ext) {
    report.message = ext.error();
    return report;
  }
  if (ext->rowCount() == 0) {
    report.failure = Failure::NoPostGis;
    report.message = QStringLiteral("PostGIS server %1: the database has no PostGIS extension (an administrator can add it "
                                    "with CREATE EXTENSION postgis)").arg(report.display);
    return report;
  }
  report.postgisVersion = ext->text(0, 0);
  auto tables = db.listSpatialTables();
  if (!tables) {
    report.message = tables.error();
    return report;
  }
  report.tables = std::move(tables).value();
  // Tables PlanMap published carry their Chinese titles in the schema's planmap_layers; a planner
  // recognises "县（市、区）界" faster than "counties". Best effort: a role may not read it.
  QHash<QString, QHash<QString, QString>> titles;
  for (const SpatialTableInfo& t : report.tables) {
    if (titles.contains(t.schema)) continue;
    QHash<QString, QString>& bySchema = titles[t.schema];
    auto has = db.tableExists(PostGisConnection::quoteQualified(t.schema, QStringLiteral("planmap_layers")));
    if (!has || !has.value()) continue;
    auto rows = db.exec(QStringLiteral("SELECT table_name, title_zh FROM %1").arg(PostGisConnection::quoteQualified(t.schema, QStringLiteral("planmap_layers"))));
    if (!rows) continue;
    for (int r = 0; r < rows->rowCount(); ++r) bySchema.insert(rows->text(r, 0), rows->text(r, 1));
  }
  for (SpatialTableInfo& t : report.tables) t.title = titles.value(t.schema).value(t.table);
  report.failure = Failure::None;
  return report;
}

}  // namespace planmap
