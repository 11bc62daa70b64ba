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
  bool currentSchematic_ = false;
  int currentMode_ = -1;
};

}  // namespace planmap
