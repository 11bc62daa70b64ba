#include "FeatureStore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace planmap {

FeatureStore::FeatureStore(const FeatureStore& o)
    : features_(o.features_), parts_(o.parts_), vertices_(o.vertices_), extent_(o.extent_), index_(o.index_),
      attributes_(o.attributes_) {
  own_.types.assign(o.types_, o.types_ + o.features_);
  own_.fids.assign(o.fids_, o.fids_ + o.features_);
  own_.bounds.assign(o.bounds_, o.bounds_ + o.features_);
  // Parts and vertices are copied in row order, so the copy has the owned layout whatever the source's.
  own_.featurePart.assign(1, 0);
  own_.partVertex.assign(1, 0);
  own_.featurePart.reserve(o.features_ + 1);
  own_.partVertex.reserve(o.parts_ + 1);
  own_.partFlags.reserve(o.parts_);
  own_.xy.reserve(2 * o.vertices_);
  for (std::size_t f = 0; f < o.features_; ++f) {
    for (std::uint32_t p = o.partBegin(f); p < o.partEnd(f); ++p) {
      const double* v = o.vertex(o.vertexBegin(p));
      own_.xy.insert(own_.xy.end(), v, v + 2 * std::size_t(o.vertexEnd(p) - o.vertexBegin(p)));
      own_.partVertex.push_back(static_cast<std::uint32_t>(own_.xy.size() / 2));
      own_.partFlags.push_back(o.partFlags_[p]);
    }
    own_.featurePart.push_back(static_cast<std::uint32_t>(own_.partFlags.size()));
  }
  bindOwned();
  // A mapped source's tree is a view into its file: the copy gets its own, so it may outlive the file.
  if (o.isMapped()) index_ = SpatialIndex(own_.bounds);
}

void FeatureStore::bindOwned() {
  features_ = own_.types.size();
  parts_ = own_.partVertex.size() - 1;
  vertices_ = own_.xy.size() / 2;
  types_ = own_.types.data();
  fids_ = own_.fids.data();
  partBegin_ = own_.featurePart.data();
  partEnd_ = own_.featurePart.data() + 1;
  partVertex_ = own_.partVertex.data();
  partFlags_ = own_.partFlags.data();
  xy_ = own_.xy.data();
  bounds_ = own_.bounds.data();
  backing_.reset();
}

void FeatureStore::rebuildBoundsAndIndex() {
  // The loader reserves the coordinates from an estimate ~10% high. Giving that back would copy the
  // whole array into a fresh allocation (160 MB and 40 000 page faults for 10 M vertices, a fifth of
  // a line layer's load); only a clearly wrong estimate is worth the copy.
  auto& xy = own_.xy;
  if (xy.capacity() - xy.size() > xy.size() / 8) xy.shrink_to_fit();
  bindOwned();
  own_.bounds.assign(featureCount(), Extent{});
  bounds_ = own_.bounds.data();
  extent_ = Extent{};
  for (std::size_t f = 0; f < featureCount(); ++f) {
    Extent b;
    for (std::uint32_t p = partBegin(f); p < partEnd(f); ++p)
      for (std::uint32_t v = vertexBegin(p); v < vertexEnd(p); ++v) {
        const double x = xy_[2 * std::size_t(v)], y = xy_[2 * std::size_t(v) + 1];
        if (std::isfinite(x) && std::isfinite(y)) b.include(x, y);
      }
    own_.bounds[f] = b;
    extent_.include(b);
  }
  index_ = SpatialIndex(own_.bounds);
}

const FeatureStore& FeatureStore::overviewFor(double mapUnitsPerPixel) const {
  const FeatureStore* best = this;
  double bestCell = 0;
  for (const Overview& o : overviews_)
    if (o.cellSize <= mapUnitsPerPixel && o.cellSize > bestCell) {
      best = o.store.get();
      bestCell = o.cellSize;
    }
  return *best;
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
  std::size_t overviews = 0;
  for (const Overview& o : overviews_) overviews += o.store->memoryBytes() - o.store->attributes_->memoryBytes();
  return sizeof(*this) + own_.types.capacity() + own_.fids.capacity() * 8 + own_.featurePart.capacity() * 4 +
         own_.partVertex.capacity() * 4 + own_.partFlags.capacity() + own_.xy.capacity() * 8 +
         own_.bounds.capacity() * sizeof(Extent) + index_.memoryBytes() + attributes_->memoryBytes() + overviews;
}

}  // namespace planmap
