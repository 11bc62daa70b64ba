#pragma once

#include "PageCanvas.h"

namespace planmap {

// The map frame's neatlines (图廓): the heavier outer frame at the item's rectangle; the thin inner
// frame is the map item's own border. Where the outer frame reaches past the band of grid labels
// around the map (a side or bottom panel) a thin line closes that band off.
class NeatlinePainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const NeatlineItem& neatline);
};

}  // namespace planmap
