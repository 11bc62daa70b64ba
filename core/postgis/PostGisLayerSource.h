#pragma once

#include "LoadOptions.h"
#include "PostGisConnection.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QString>
#include <memory>

namespace planmap {

// A PostGIS table as a map layer. The whole table is read through GDAL's PostgreSQL driver by the
// same loader as files (LayerLoader with a "PG:…" path: packed R-tree, repaired polygons, UTF-8
// text, CRS from the table's SRID). When the table was published by PlanMap, its title, group,
// key field, style and provenance come back from the schema's planmap_layers table.
// For tables too large to hold in memory, use PostGisViewportQuery instead.
class PostGisLayerSource {
 public:
  // `table` is "schema.table" (or "table" in the search path). Errors name the server and table:
  // "PostGIS server postgres@db/plan: table ankang.parcels does not exist".
  //
  // Opening a project must not hang on a server that is down: the connection waits at most
  // kOpenTimeoutSeconds (unless the connection text sets connect_timeout), and once a server has
  // been found unreachable, further layers on it fail at once with the same message for
  // kUnreachableMemoSeconds — a project with five layers on a dead server waits once, not five
  // times. retry() always tries the server again.
  static constexpr int kOpenTimeoutSeconds = 2;
  static constexpr int kUnreachableMemoSeconds = 30;
  // `failure` (optional) says why connecting failed, e.g. NeedsPassword so the caller can ask.
  static Result<std::shared_ptr<VectorLayer>> load(const QString& connection, const QString& table,
                                                   const LoadOptions& options = {},
                                                   PostGisConnection::ConnectFailure* failure = nullptr);
  // Like load(), but never answered from the unreachable-server memo ("Retry" on a missing layer).
  static Result<std::shared_ptr<VectorLayer>> retry(const QString& connection, const QString& table,
                                                    const LoadOptions& options = {},
                                                    PostGisConnection::ConnectFailure* failure = nullptr);
  // Lets projects open their "postgis" layers through load() (LayerOpeners). Called once at start-up
  // by the app and by tests that open such projects.
  static void installProjectOpener();
  // Splits "schema.table" into its parts ("public" when no schema is given).
  static std::pair<QString, QString> splitTable(const QString& table);
};

}  // namespace planmap
