#pragma once

#include "PageCanvas.h"

namespace planmap {

// A map item: the map through MapPainter (the one painting path, so a PDF frame is the screen's
// drawing), then its grid, the overview box of the frame it is an inset of, and its caption.
class MapFramePainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const MapFrameItem& map);

 private:
  static void paintOverviewBox(PageCanvas& page, const ResolvedFrame& inset, const ResolvedFrame& of);
  static void paintCaption(PageCanvas& page, const ResolvedFrame& f);
};

}  // namespace planmap
