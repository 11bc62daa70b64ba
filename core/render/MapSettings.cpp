#include "MapSettings.h"

#include <cmath>

namespace planmap {
namespace {
constexpr double kMetresPerDegree = 6378137.0 * M_PI / 180.0;  // on the equator
constexpr double kInchesPerMetre = 1.0 / 0.0254;
}  // namespace

Extent MapSettings::visibleExtent() const {
  if (extent.isEmpty() || outputSize.isEmpty()) return extent;
  Extent e = extent;
  // A zero-width or zero-height extent (one point) still needs a scale: grow it to one map unit.
  if (e.width() <= 0 && e.height() <= 0) e = e.buffered(0.5);
  return e.expandedToAspect(double(outputSize.width()) / outputSize.height());
}

double MapSettings::mapUnitsPerPixel() const {
  const Extent v = visibleExtent();
  if (v.isEmpty() || outputSize.width() <= 0) return 1;
  return v.width() / outputSize.width();
}

double MapSettings::metresPerMapUnit(const Crs& crs, double centreLatitude) {
  if (!crs.isValid() || !crs.isGeographic()) return 1;
  return kMetresPerDegree * std::max(0.01, std::cos(centreLatitude * M_PI / 180.0));
}

double MapSettings::scaleDenominator() const {
  const double metresPerPixel = mapUnitsPerPixel() * metresPerMapUnit(destinationCrs, visibleExtent().centerY());
  return metresPerPixel * dpi * kInchesPerMetre;
}

QTransform MapSettings::mapToPixel() const {
  const Extent v = visibleExtent();
  const double k = 1.0 / mapUnitsPerPixel();
  // x' = (x - minX) k, y' = (maxY - y) k: pixel rows grow downwards, northings upwards.
  return QTransform(k, 0, 0, -k, -v.minX * k, v.maxY * k);
}

QPointF MapSettings::toPixel(double x, double y) const {
  const Extent v = visibleExtent();
  const double k = 1.0 / mapUnitsPerPixel();
  return {(x - v.minX) * k, (v.maxY - y) * k};
}

QPointF MapSettings::toMap(const QPointF& pixel) const {
  const Extent v = visibleExtent();
  const double m = mapUnitsPerPixel();
  return {v.minX + pixel.x() * m, v.maxY - pixel.y() * m};
}

MapSettings MapSettings::withExtent(const Extent& e) const {
  MapSettings copy = *this;
  copy.extent = e;
  return copy;
}

MapSettings MapSettings::zoomedAround(const QPointF& pixel, double factor) const {
  if (factor <= 0) return *this;
  const Extent v = visibleExtent();
  const QPointF anchor = toMap(pixel);
  // The map point under `pixel` stays under it: every distance to it shrinks by `factor`.
  const Extent zoomed{anchor.x() - (anchor.x() - v.minX) / factor, anchor.y() - (anchor.y() - v.minY) / factor,
                      anchor.x() + (v.maxX - anchor.x()) / factor, anchor.y() + (v.maxY - anchor.y()) / factor};
  return withExtent(zoomed);
}

}  // namespace planmap
