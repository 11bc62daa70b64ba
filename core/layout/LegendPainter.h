#pragma once

#include "PageCanvas.h"

namespace planmap {

// A legend: the style classes its frame actually shows (FrameContents), in as many columns as the
// box needs, the type shrunk until every entry fits — a legend is complete or it is wrong.
class LegendPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const LegendItem& legend);
  static void paintSwatch(PageCanvas& page, const QRectF& box, const LegendEntry& entry);
};

}  // namespace planmap
