#pragma once

#include "PageCanvas.h"

#include <QPolygonF>
#include <optional>
#include <utility>
#include <vector>

namespace planmap {

class CoordinateTransform;

// Coordinate lines over a map frame: the frame CRS's km grid or a lon/lat graticule, labelled
// where the lines leave the frame.
class GridPainter {
 public:
  static void paint(PageCanvas& page, const ResolvedFrame& frame);
  // The interval of the frame's lines: the item's grid_interval_m, else for a km grid the smallest of
  // 1, 2, 5, 10, 20 … km at least 25 mm apart at the frame's scale; degrees for a graticule.
  static double interval(const ResolvedFrame& frame, bool graticule, double spanX, double spanY);

  // A polyline given in another CRS, transformed point by point into the frame's page pixels
  // (points that fail are dropped).
  static QPolygonF projectedLine(const std::vector<std::pair<double, double>>& points, const CoordinateTransform& toFrame,
                                 const ResolvedFrame& frame);
  // Where a polyline first crosses the vertical line x = edge (or horizontal y = edge).
  static std::optional<QPointF> crossing(const QPolygonF& line, double edge, bool vertical);
};

}  // namespace planmap
