#pragma once

#include "PageCanvas.h"

namespace planmap {

// The plan targets linked to what the frame shows: indicator, target, deadline, latest progress and
// status, as many rows as fit, then "另有 N 项" for the rest.
class TargetsTablePainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const TargetsTableItem& table);
};

}  // namespace planmap
