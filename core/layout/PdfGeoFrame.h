#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QRectF>

namespace planmap {

// A map frame on a page, for georeferencing: where it sits (mm from the page's top-left corner) and
// which extent of which CRS fills it exactly (north up, no rotation).
struct PdfGeoFrame {
  QRectF rectMm;
  Extent extent;
  Crs crs;
  QString name;
};

}  // namespace planmap
