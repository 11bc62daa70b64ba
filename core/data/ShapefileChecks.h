#pragma once

// Internal to planmap_data. GDAL opens damaged shapefiles rather generously (a .dbf with fewer
// records than shapes just yields empty attributes), so the loader checks the parts itself first
// and fails with a message that says which file is wrong and how.

#include "Result.h"

#include <QString>

namespace planmap {

struct ShapefileParts {
  QString shp, shx, dbf, prj, cpg;  // empty when absent (found case-insensitively: .DBF too)
  QString displayName;              // "counties.shp", or "archive.zip/counties.shp" inside a zip
};

class ShapefileChecks {
 public:
  static ShapefileParts locate(const QString& shpPath);
  // Header, size and record-count consistency of .shp, .shx and .dbf.
  // Fails e.g. with "counties.shp: .shp has 12 shapes but .dbf has 10 records".
  static Status check(const ShapefileParts& parts);
  // Each part that exists must be a regular file (a FIFO or a symlink to /dev/zero is refused).
  static Status checkRegularFiles(const ShapefileParts& parts);
};

// "counties.shp", or "archive.zip/counties.shp" for /vsizip/ paths: how errors name files.
QString displayFileName(const QString& path);

}  // namespace planmap
