#pragma once

#include "PageCanvas.h"

namespace planmap {

// A north arrow pointing to true north at the frame's centre (on a Gauss-Krüger frame it leans by
// the meridian convergence).
class NorthArrowPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const NorthArrowItem& arrow);
  // Degrees clockwise from the page's up to true north at the frame's centre.
  static double trueNorthDegrees(const ResolvedFrame& frame);
};

}  // namespace planmap
