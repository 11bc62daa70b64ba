#pragma once

#include "PageCanvas.h"

namespace planmap {

// Title, subtitle and text items: wrapped in their box; titles shrink to fit rather than overflow.
class TextItemPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const TextItem& text);
};

}  // namespace planmap
