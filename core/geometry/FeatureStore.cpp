#include "FeatureStore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace planmap {

void FeatureStore::rebuildBoundsAndIndex() {
  // The loader reserves the coordinates from an estimate ~10% high. Giving that back would copy the
  // whole array into a fresh allocation (160 MB and 40 000 page faults for 10 M vertices, a fifth of
  // a line layer's load); only a clearly wrong estimate is worth the copy.
  if (xy_.capacity() - xy_.size() > xy_.size() / 8) xy_.shrink_to_fit();
  bounds_.assign(featureCount(), Extent{});
  extent_ = Extent{};
  for (std::size_t f = 0; f < featureCount(); ++f) {
    Extent b;
    for (std::uint32_t p = partBegin(f); p < partEnd(f); ++p)
      for (std::uint32_t v = vertexBegin(p); v < vertexEnd(p); ++v) {
        const double x = xy_[2 * std::size_t(v)], y = xy_[2 * std::size_t(v) + 1];
        if (std::isfinite(x) && std::isfinite(y)) b.include(x, y);
      }
    bounds_[f] = b;
    extent_.include(b);
  }
  index_ = SpatialIndex(bounds_);
}

std::vector<std::uint32_t> FeatureStore::query(const Extent& extent) const {
  std::vector<std::uint32_t> out;
  index_.query(extent, out);
  return out;
}

bool FeatureStore::polygonContains(std::size_t f, double x, double y) const {
  if (types_[f] != GeometryType::Polygon || !bounds_[f].contains(x, y)) return false;
  bool inside = false;
  for (std::uint32_t p = partBegin(f); p < partEnd(f); ++p) {
    const std::uint32_t b = vertexBegin(p), e = vertexEnd(p);
    if (e - b < 3) continue;
    for (std::uint32_t i = b, j = e - 1; i < e; j = i++) {
      const double xi = xy_[2 * std::size_t(i)], yi = xy_[2 * std::size_t(i) + 1];
      const double xj = xy_[2 * std::size_t(j)], yj = xy_[2 * std::size_t(j) + 1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

double FeatureStore::distanceTo(std::size_t f, double x, double y) const {
  double best = std::numeric_limits<double>::infinity();
  const bool closed = types_[f] == GeometryType::Polygon;
  for (std::uint32_t p = partBegin(f); p < partEnd(f); ++p) {
    const std::uint32_t b = vertexBegin(p), e = vertexEnd(p);
    if (e - b == 1 || types_[f] == GeometryType::Point) {
      for (std::uint32_t v = b; v < e; ++v)
        best = std::min(best, std::hypot(xy_[2 * std::size_t(v)] - x, xy_[2 * std::size_t(v) + 1] - y));
      continue;
    }
    const std::uint32_t last = closed ? e : e - 1;
    for (std::uint32_t i = b; i < last; ++i) {
      const std::uint32_t j = (i + 1 < e) ? i + 1 : b;
      const double ax = xy_[2 * std::size_t(i)], ay = xy_[2 * std::size_t(i) + 1];
      const double bx = xy_[2 * std::size_t(j)], by = xy_[2 * std::size_t(j) + 1];
      const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
      double t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
      t = std::clamp(t, 0.0, 1.0);
      best = std::min(best, std::hypot(ax + t * dx - x, ay + t * dy - y));
    }
  }
  return best;
}

std::int64_t FeatureStore::featureAt(double x, double y, double tolerance) const {
  const Extent probe{x - tolerance, y - tolerance, x + tolerance, y + tolerance};
  std::int64_t best = -1;
  double bestDistance = std::numeric_limits<double>::infinity();
  std::int64_t containing = -1;
  double containingArea = std::numeric_limits<double>::infinity();
  for (std::uint32_t f : query(probe)) {
    if (types_[f] == GeometryType::Polygon && polygonContains(f, x, y)) {
      // Smallest containing polygon wins: a park inside a county is what the user pointed at.
      const double area = bounds_[f].width() * bounds_[f].height();
      if (area < containingArea) { containing = f; containingArea = area; }
      continue;
    }
    const double d = distanceTo(f, x, y);
    if (d <= tolerance && d < bestDistance) { best = f; bestDistance = d; }
  }
  // Points and lines within tolerance are drawn on top of polygons, so they win.
  return best >= 0 ? best : containing;
}

std::size_t FeatureStore::memoryBytes() const {
  return sizeof(*this) + types_.capacity() + fids_.capacity() * 8 + featurePart_.capacity() * 4 +
         partVertex_.capacity() * 4 + partFlags_.capacity() + xy_.capacity() * 8 +
         bounds_.capacity() * sizeof(Extent) + index_.memoryBytes() + attributes_->memoryBytes();
}

}  // namespace planmap
