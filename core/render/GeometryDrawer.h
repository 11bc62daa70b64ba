#pragma once

#include "FeatureStore.h"
#include "PixelMapper.h"
#include "RenderStats.h"
#include "SymbolPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPointF>
#include <atomic>
#include <cstdint>
#include <vector>

namespace planmap {

// Draws features of one layer with level of detail (internal to planmap_render):
// vertices are mapped to pixels and a vertex closer than `tolerancePx` to the last kept one is dropped;
// a polygon whose bounding box is under a pixel becomes one pixel-sized dot and such a line is skipped,
// so a zoomed-out 8 M-vertex layer costs about as many vertices as there are pixels.
// Polygons with holes and multipolygons draw as one path with the odd-even rule.
// Only painter calls that every paint device supports (QImage, QPdfWriter, …).
class GeometryDrawer {
 public:
  GeometryDrawer(const FeatureStore& store, const SymbolPainter& symbols, const PixelMapper& mapper,
                 double tolerancePx, const QRectF& viewport);

  // Vector devices (PDF): draw in units `unitsPerPixel` times finer than a map pixel with every coordinate
  // rounded to a whole unit, the painter scaled back by 1/unitsPerPixel. Qt's PDF engine writes each
  // coordinate with nine significant digits unless it is a whole number, so "33012" replaces
  // "1952.65100": a shorter, faster content stream. Callers pick the unit so the rounding stays far below
  // what print shows (1/100 mm). Pens, dots and markers are scaled to match; hatch brushes would not
  // scale with the painter, so layers with hatching keep unitsPerPixel 1 (see MapPainter).
  void setFixedPointUnits(double unitsPerPixel);

  // Draws features `ids[0..count)` in order; returns false when `cancel` was set (checked every few
  // hundred features). Adds to stats' featuresDrawn and verticesDrawn.
  bool draw(QPainter& painter, const std::uint32_t* ids, std::size_t count, const std::atomic<bool>* cancel,
            RenderStats& stats);
  // Draws features outlined with `pen` and filled with `brush` (selection / highlight).
  void drawHighlighted(QPainter& painter, const std::vector<std::uint32_t>& ids, const QPen& pen, const QBrush& brush,
                       RenderStats& stats);

 private:
  enum class Shape { Skip, Dot, Path };
  // Fills points_/ringSizes_ with the simplified pixel geometry of feature f.
  Shape simplify(std::uint32_t f);
  void appendPart(std::uint32_t part, bool closed);
  void clipRingsToViewport();
  QPen scaledPen(const QPen& pen) const;
  void drawShape(QPainter& painter, std::uint32_t f, const PreparedSymbol& symbol, bool schematic);

  const FeatureStore& store_;
  const SymbolPainter& symbols_;
  PixelMapper m_;
  double tol_;
  QRectF viewport_;
  QRectF clipRect_;  // viewport grown by a margin; geometry far outside it is clipped before drawing
  std::vector<QPointF> points_;
  std::vector<int> ringSizes_;
  std::vector<QPointF> clipBuffer_;
  QPainterPath path_;
  long long vertices_ = 0;
  int currentSymbol_ = -2;
  int currentLook_ = 0;  // SymbolPainter::look of the current pen and brush
  int currentMode_ = -1;
  double units_ = 1;  // drawing units per map pixel; > 1 rounds coordinates to whole units
  bool round_ = false;
};

}  // namespace planmap
