#pragma once

#include "Result.h"

#include <QString>

namespace planmap {

// How much memory one raster (an exported page, a rendered map) may take, and the refusal when a
// size would need more: a page of 1e7 × 1e7 mm must be an error naming the size and the limit, not
// std::bad_alloc. The limit is half the machine's RAM, at most 8 GB (PLANMAP_MAX_RASTER_MB overrides).
class MemoryBudget {
 public:
  static qint64 rasterLimitBytes();
  // Bytes a width × height raster of `bytesPerPixel` needs; -1 when that does not fit in 64 bits.
  static qint64 rasterBytes(double width, double height, int bytesPerPixel = 4);
  // Ok, or "<what> would be W×H pixels (N GB), more than the M GB limit".
  static Status checkRaster(double width, double height, const QString& what, int bytesPerPixel = 4);
  static QString humanBytes(double bytes);
};

}  // namespace planmap
