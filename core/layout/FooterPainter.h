#pragma once

#include "PageCanvas.h"

namespace planmap {

// The footer: 编制单位, 编制日期, 审图号 when given, the sources of the layers the page's frames
// show, and the schematic-position note when a schematic feature is visible.
class FooterPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const FooterItem& footer);
};

}  // namespace planmap
