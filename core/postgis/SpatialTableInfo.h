#pragma once

#include <QString>

namespace planmap {

// One row of PostGIS's geometry_columns, for a "add PostGIS layer" dialog.
struct SpatialTableInfo {
  QString schema;
  QString table;
  QString geometryColumn;
  QString geometryType;  // "MULTIPOLYGON", "GEOMETRY", …
  int srid = 0;
  long long estimatedRows = -1;  // pg_class.reltuples; -1 when never analysed
  QString title;  // the layer's title when PlanMap published the table (planmap_layers.title_zh), else empty

  QString qualifiedName() const { return schema + QLatin1Char('.') + table; }
};

}  // namespace planmap
