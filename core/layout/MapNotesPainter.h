#pragma once

#include "PageCanvas.h"

namespace planmap {

// The notes of a standard map frame: the mathematical basis generated from the frame's actual CRS
// (MapBasis: datum, projection, zone and central meridian; the height datum when a DEM or hillshade
// is drawn), then 编制单位, 制图日期, 审图号 (a blank to fill in unless given: never invented),
// 数据来源 of the layers the page shows, and the schematic note when a schematic feature is visible.
class MapNotesPainter {
 public:
  static void paint(PageCanvas& page, const LayoutItem& item, const MapNotesItem& notes);
  // The text the item prints, line by line (also what tests compare against the CRS).
  static QStringList lines(const PageCanvas& page, const MapNotesItem& notes);
};

}  // namespace planmap
