#pragma once

#include "Layout.h"
#include "LayoutContext.h"
#include "PdfGeoFrame.h"
#include "Result.h"

#include <QPainter>
#include <QStringList>
#include <atomic>
#include <vector>

namespace planmap {

// What painting one page produced besides pixels or PDF operators.
struct PageResult {
  std::vector<PdfGeoFrame> frames;  // map frames, largest first (the one GDAL georeferences by)
  QStringList warnings;             // e.g. a layer the layout names but the map lacks
  bool hasSchematic = false;
  int targetRows = 0;
};

// Paints a layout page onto any QPainter whose device has `dpi` device units per inch (QPdfWriter at
// its resolution, a QImage with matching dots per metre). Map frames go through MapPainter, the one
// painting path, so a PDF frame is the same drawing as the screen.
class LayoutRenderer {
 public:
  static Result<PageResult> paint(QPainter& painter, const Layout& layout, const LayoutContext& context, double dpi,
                                  const std::atomic<bool>* cancel = nullptr);
};

}  // namespace planmap
