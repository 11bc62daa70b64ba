#pragma once

#include "FrameContents.h"
#include "LayoutItem.h"
#include "MapSettings.h"

#include <QRectF>

namespace planmap {

// A map frame resolved for one page: its item, where it lies in device pixels, the map settings
// the one map painter draws it with, the extent it shows and what that extent contains. Resolved
// before anything is painted (FrameResolver), so legends, tables and the footer describe the frame.
struct ResolvedFrame {
  const LayoutItem* item = nullptr;
  const MapFrameItem* map = nullptr;
  QRectF rectPx;
  MapSettings settings;
  Extent visible;
  FrameContents contents;
  bool skipped = false;

  const Crs& crs() const { return settings.destinationCrs; }
  // A point in the frame's CRS → page device pixels.
  QPointF toPage(double x, double y) const { return rectPx.topLeft() + settings.toPixel(x, y); }
  // The true scale denominator along the frame's width at its centre (1:scale).
  double scale() const;
};

}  // namespace planmap
