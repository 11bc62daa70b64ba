#pragma once

#include "MapSettings.h"

namespace planmap {

// Map → logical-pixel affine transform as four doubles, so the hot loops over millions of vertices
// multiply and add instead of going through QTransform (internal to planmap_render).
struct PixelMapper {
  double sx = 1, ox = 0, sy = -1, oy = 0;

  static PixelMapper of(const MapSettings& settings) {
    const Extent v = settings.visibleExtent();
    const double k = 1.0 / settings.mapUnitsPerPixel();
    return PixelMapper{k, -v.minX * k, -k, v.maxY * k};
  }
  double x(double mapX) const { return mapX * sx + ox; }
  double y(double mapY) const { return mapY * sy + oy; }
};

}  // namespace planmap
