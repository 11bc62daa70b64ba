#pragma once

#include "DemGrid.h"
#include "HillshadeOptions.h"

#include <QImage>
#include <QRgb>

namespace planmap {

// The coloured, shaded DEM computed once: elevation refined bicubically by options.upsample, then
// hillshade (Horn gradient, Lambert light from azimuth/altitude) times a hypsometric tint
// (green → yellow → brown → white). The image is in the DEM's CRS, row 0 north; cells with no data
// are transparent. Immutable after construction, so any thread may sample it.
class ShadedRelief {
 public:
  ShadedRelief() = default;
  ShadedRelief(const DemGrid& dem, const HillshadeOptions& options);

  bool isNull() const { return image_.isNull(); }
  const QImage& image() const { return image_; }  // ARGB32 premultiplied
  const Crs& crs() const { return crs_; }
  Extent extent() const { return extent_; }
  // Bilinear sample at (x, y) in the DEM's CRS; transparent outside.
  QRgb sample(double x, double y) const;

  // The tint for an elevation in metres (exposed for tests and legends).
  static QRgb tint(double metres);

 private:
  QImage image_;
  Crs crs_;
  Extent extent_;
  double cellX_ = 1, cellY_ = 1;
};

}  // namespace planmap
