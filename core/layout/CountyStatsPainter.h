#pragma once

#include "PageCanvas.h"

namespace planmap {

// The county statistics page type: one row per county with its Qinling zone areas, parks, mines,
// rivers and the status of its linked targets, a total row, and a note on how areas were computed.
// The figures come prepared in LayoutContext::countyStatistics (ensureCountyStatistics, before
// painting); a page without them says so rather than computing on the painting thread.
class CountyStatsPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const CountyStatsItem& stats);
};

}  // namespace planmap
