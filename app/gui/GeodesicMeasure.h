#pragma once

#include "Crs.h"
#include "Result.h"

#include <QPointF>
#include <QString>
#include <vector>

namespace planmap {

// Distances and areas of what the user clicks, on the CGCS2000 ellipsoid (PROJ's geodesic
// routines, Karney 2013), never in degrees or in the distorted units of a display projection.
// Input points are in `crs`; they are taken to lon/lat (EPSG:4490) first.
class GeodesicMeasure {
 public:
  static constexpr double kSquareMetresPerMu = 10000.0 / 15.0;  // 1 亩 = 666.667 m²

  // Length of the polyline through `points`, in metres.
  static Result<double> length(const std::vector<QPointF>& points, const Crs& crs);
  // Area of the polygon ring through `points` (closed implicitly), in square metres, always >= 0.
  static Result<double> area(const std::vector<QPointF>& points, const Crs& crs);

  // "850 m" / "12.35 km".
  static QString formatLength(double metres);
  // "m² / km² / 公顷 / 亩" on one line, each rounded to what makes sense for the size.
  static QString formatArea(double squareMetres);
};

}  // namespace planmap
