#pragma once

#include "LoadOptions.h"
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
  static Result<std::shared_ptr<VectorLayer>> load(const QString& connection, const QString& table,
                                                   const LoadOptions& options = {});
  // Splits "schema.table" into its parts ("public" when no schema is given).
  static std::pair<QString, QString> splitTable(const QString& table);
};

}  // namespace planmap
