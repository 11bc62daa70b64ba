#pragma once

#include "PageCanvas.h"

namespace planmap {

// A callout: a text plate with a leader line to its anchor point, when the anchor is in the frame.
class CalloutPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const CalloutItem& callout);
};

}  // namespace planmap
