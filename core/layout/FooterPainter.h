#pragma once

#include "PageCanvas.h"

namespace planmap {

// The footer: 编制单位, 编制日期, 审图号 when given, the sources of the layers the page's frames
// show, and the schematic-position note when a schematic feature is visible.
class FooterPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const FooterItem& footer);
  // The source lines of the layers the page's frames show (the attribution file's, else each
  // layer's own), then the basemap's credit.
  static QStringList sources(const PageCanvas& page);
  // Whether a schematic feature is visible in one of the page's frames.
  static bool showsSchematic(const PageCanvas& page);
};

}  // namespace planmap
