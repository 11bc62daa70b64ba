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

  // A polyline given in another CRS, transformed point by point into the frame's page pixels
  // (points that fail are dropped).
  static QPolygonF projectedLine(const std::vector<std::pair<double, double>>& points, const CoordinateTransform& toFrame,
                                 const ResolvedFrame& frame);
  // Where a polyline first crosses the vertical line x = edge (or horizontal y = edge).
  static std::optional<QPointF> crossing(const QPolygonF& line, double edge, bool vertical);
};

}  // namespace planmap
