#include "PostGisServerProbe.h"

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
  report.failure = Failure::None;
  return report;
}

}  // namespace planmap
