#pragma once

#include "Crs.h"
#include "Extent.h"
#include "LayerRenderSnapshot.h"

#include <QColor>
#include <QPointF>
#include <QSize>
#include <QTransform>
#include <memory>
#include <vector>

namespace planmap {

class BasemapRenderer;

// Everything a render needs, as one immutable value (QGIS's QgsMapSettings): a job takes it by
// value, so later changes on the UI thread never reach a running render.
class MapSettings {
 public:
  Extent extent;                 // requested extent in destinationCrs; widened to the output's aspect
  Crs destinationCrs;
  QSize outputSize{800, 600};    // logical pixels
  double dpi = 96;               // for mm → pixel conversion (symbols, labels)
  double devicePixelRatio = 1;   // HiDPI: the image is outputSize × ratio physical pixels
  QColor background = Qt::white;
  std::vector<LayerRenderSnapshot> layers;  // bottom first
  // Optional background under the layers (see core/basemap); immutable and shared between renders.
  std::shared_ptr<const BasemapRenderer> basemap;
  bool drawLabels = true;
  bool antialiasing = true;

  // The extent actually shown: `extent` grown to the output's aspect ratio, same centre.
  Extent visibleExtent() const;
  double mapUnitsPerPixel() const;  // per logical pixel
  // Map scale 1:N for this output at this DPI (N in metres for projected CRSs; degrees are
  // converted at the visible centre's latitude).
  double scaleDenominator() const;
  // Metres on the ground per map unit of `crs` around latitude `centreLatitude` (1 for projected
  // CRSs; degrees are converted along the parallel). The one conversion behind every map scale:
  // the canvas, the status bar and layout frames (scale bar, 1:N text, fixed-scale frames).
  static double metresPerMapUnit(const Crs& crs, double centreLatitude);
  // Map coordinates → logical pixel coordinates (y flipped), and back.
  QTransform mapToPixel() const;
  QPointF toPixel(double x, double y) const;
  QPointF toMap(const QPointF& pixel) const;
  double mmToPixels(double mm) const { return mm * dpi / 25.4; }

  // Copies with one thing changed, for zooming and panning without mutating a shared value.
  MapSettings withExtent(const Extent& e) const;
  MapSettings zoomedAround(const QPointF& pixel, double factor) const;  // factor > 1 zooms in
};

}  // namespace planmap
