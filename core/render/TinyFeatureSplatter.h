#pragma once

#include "FeatureStore.h"
#include "PixelMapper.h"
#include "RenderStats.h"
#include "SymbolPainter.h"

#include <QImage>
#include <QPainter>
#include <cstdint>
#include <vector>

namespace planmap {

// Sub-pixel aggregation for raster targets (internal to planmap_render): polygons smaller than
// kMaxPx device pixels both ways are not drawn one by one through QPainter (a microsecond each, the
// whole cost of a full-extent frame of a million parcels) but accumulated into one overlay, each
// adding its symbol's colour to the pixels its box covers, weighted by the share of the pixel it
// covers and by how much of it is outline (stroke width × perimeter) rather than fill. What a pixel
// of a city's parcels shows is that blend; the overlay is then composited once, under the layer's
// larger features. Many tiny polygons are split over two threads, each into its own overlay; the
// overlays are composited in order, which is exactly source-over in sequence (it is associative).
class TinyFeatureSplatter {
 public:
  static constexpr double kMaxPx = 2.0;
  static constexpr std::size_t kParallelMin = 50000;  // below, a second overlay costs more than it saves

  // `deviceScale` maps the mapper's logical pixels to the image's pixels; the painter must have no
  // other transform (MapPainter only splats when its world transform is the identity).
  TinyFeatureSplatter(const FeatureStore& store, const SymbolPainter& symbols, const PixelMapper& mapper,
                      double deviceScale, const QImage& target);

  // Splats the tiny polygons of ids and returns the rest, in order, for the ordinary drawer.
  std::vector<std::uint32_t> splat(const std::vector<std::uint32_t>& ids, RenderStats& stats);
  // Composites the overlay (if anything was splatted) with the painter's opacity and clip.
  void drawOnto(QPainter& painter);

 private:
  struct Tint {
    float fill[4];     // premultiplied r, g, b, a of the fill (0..255)
    float outline[4];  // of the pen
    float penPx;       // device pixels
  };
  void splatOne(QImage& overlay, std::uint32_t f, const Tint& tint) const;
  void splatRange(QImage& overlay, const std::uint32_t* ids, std::size_t count) const;
  QImage freshOverlay() const;

  const FeatureStore& store_;
  const SymbolPainter& symbols_;
  PixelMapper m_;
  double scale_;
  QImage overlay_, second_;  // the second holds the later half when two cores split the work
  QSize size_;
  double dpr_;
  QRect clip_;
  std::vector<Tint> tints_;
  bool used_ = false;
};

}  // namespace planmap
