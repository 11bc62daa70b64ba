#include "OverviewBuilder.h"

#include <algorithm>
#include <cmath>

namespace planmap {
namespace {

struct GridPoint {
  std::int64_t x, y;
  bool operator==(const GridPoint&) const = default;
};

// Twice the signed area of (a, b, c) is zero: b lies on the line through a and c.
bool collinear(const GridPoint& a, const GridPoint& b, const GridPoint& c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) == 0;
}

}  // namespace

std::vector<double> OverviewBuilder::cellSizesFor(const FeatureStore& store) {
  std::vector<double> cells;
  const Extent& e = store.extent();
  if (e.isEmpty()) return cells;
  // Points gain nothing from a generalized copy, and neither do layers with few vertices a feature.
  bool hasShapes = false;
  for (std::size_t f = 0; f < store.featureCount() && !hasShapes; ++f)
    hasShapes = store.geometryType(f) == GeometryType::Polygon || store.geometryType(f) == GeometryType::Line;
  if (!hasShapes || store.vertexCount() < 8 * store.featureCount()) return cells;
  const double side = std::max(e.width(), e.height());
  if (!(side > 0)) return cells;
  for (double divisor : {8192.0, 2048.0, 512.0, 128.0}) cells.push_back(side / divisor);
  return cells;
}

OverviewLevel OverviewBuilder::build(const FeatureStore& store, double cell, const std::uint32_t* order) {
  OverviewLevel level;
  level.cellSize = cell;
  const std::size_t n = store.featureCount();
  level.partBegin.assign(n, 0);
  level.partEnd.assign(n, 0);
  const double ox = store.extent().minX, oy = store.extent().minY;
  auto snap = [&](const double* v) {
    return GridPoint{std::llround((v[0] - ox) / cell), std::llround((v[1] - oy) / cell)};
  };
  std::vector<GridPoint> ring;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t f = order[i];
    const GeometryType type = store.geometryType(f);
    level.partBegin[f] = static_cast<std::uint32_t>(level.partFlags.size());
    bool polygonKept = false;
    for (std::uint32_t p = store.partBegin(f); p < store.partEnd(f); ++p) {
      const std::uint32_t b = store.vertexBegin(p), e = store.vertexEnd(p);
      const bool starts = store.startsPolygon(p);
      if (type == GeometryType::Point) {
        const double* v = store.vertex(b);
        level.xy.insert(level.xy.end(), v, v + 2 * std::size_t(e - b));
      } else {
        if (type == GeometryType::Polygon && !starts && !polygonKept) continue;  // a hole of a vanished ring
        ring.clear();
        for (std::uint32_t v = b; v < e; ++v) {
          const double* xy = store.vertex(v);
          if (!std::isfinite(xy[0]) || !std::isfinite(xy[1])) continue;
          const GridPoint g = snap(xy);
          if (!ring.empty() && ring.back() == g) continue;
          // Drop the middle one of three collinear vertices (exact on the grid, so no gap opens).
          while (ring.size() >= 2 && collinear(ring[ring.size() - 2], ring.back(), g)) ring.pop_back();
          ring.push_back(g);
        }
        if (type == GeometryType::Polygon) {
          while (ring.size() > 1 && ring.back() == ring.front()) ring.pop_back();
          // The seam of the ring: the first and last vertices may be collinear with their neighbours.
          while (ring.size() >= 3 && collinear(ring[ring.size() - 2], ring.back(), ring.front())) ring.pop_back();
          while (ring.size() >= 3 && collinear(ring.back(), ring.front(), ring[1])) ring.erase(ring.begin());
          if (ring.size() < 3) {
            if (starts) polygonKept = false;
            continue;
          }
          if (starts) polygonKept = true;
          ring.push_back(ring.front());
        } else if (ring.size() < 2) {
          continue;
        }
        for (const GridPoint& g : ring) {
          level.xy.push_back(ox + double(g.x) * cell);
          level.xy.push_back(oy + double(g.y) * cell);
        }
      }
      level.partVertex.push_back(static_cast<std::uint32_t>(level.xy.size() / 2));
      level.partFlags.push_back(starts ? 1 : 0);
    }
    level.partEnd[f] = static_cast<std::uint32_t>(level.partFlags.size());
  }
  return level;
}

}  // namespace planmap
