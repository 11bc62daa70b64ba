#pragma once

#include "Crs.h"
#include "Extent.h"
#include "Result.h"

#include <QString>
#include <cmath>
#include <vector>

namespace planmap {

// A single-band elevation grid read into memory (metres, row 0 = north), with its north-up
// geotransform and CRS. Small by design: the bundled ETOPO5 excerpt is 84 × 48 cells.
struct DemGrid {
  int width = 0;
  int height = 0;
  double originX = 0;   // west edge of column 0
  double originY = 0;   // north edge of row 0
  double cellX = 1;     // > 0
  double cellY = 1;     // > 0 (rows go south)
  Crs crs;
  std::vector<float> values;  // NaN = no data

  // Reads band 1 with GDAL; refuses rotated grids. The error names the file and the cause.
  static Result<DemGrid> read(const QString& path);

  float at(int col, int row) const { return values[std::size_t(row) * width + col]; }
  Extent extent() const { return Extent{originX, originY - height * cellY, originX + width * cellX, originY}; }
};

}  // namespace planmap
