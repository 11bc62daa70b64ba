#pragma once

#include "PageCanvas.h"

namespace planmap {

// A bar scale in km with the numeric scale under it, both from the frame's true scale.
class ScaleBarPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const ScaleBarItem& bar);
};

}  // namespace planmap
