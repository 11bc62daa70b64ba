#include "RingCrossingCheck.h"

#include <algorithm>

namespace planmap {
namespace {

inline double orient(double ax, double ay, double bx, double by, double cx, double cy) {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

inline int sign(double v) { return (v > 0) - (v < 0); }

// Segments AB and CD touch or cross (bounding boxes are known to overlap).
inline bool meet(const double ax, const double ay, const double bx, const double by, const double cx,
                 const double cy, const double dx, const double dy) {
  const int o1 = sign(orient(ax, ay, bx, by, cx, cy));
  const int o2 = sign(orient(ax, ay, bx, by, dx, dy));
  const int o3 = sign(orient(cx, cy, dx, dy, ax, ay));
  const int o4 = sign(orient(cx, cy, dx, dy, bx, by));
  // Collinear overlaps have all four zero and pass too, as they should (boxes overlap).
  return o1 * o2 <= 0 && o3 * o4 <= 0;
}

}  // namespace

bool RingCrossingCheck::hasSuspectEdges(const double* xy) {
  edges_.clear();
  for (unsigned r = 0; r < rings_.size(); ++r) {
    const Ring& ring = rings_[r];
    const std::size_t begin = edges_.size();
    // Distinct consecutive points; the closing point (== first) is implied.
    double px = 0, py = 0, fx = 0, fy = 0;
    bool havePrev = false;
    unsigned k = 0;
    for (std::size_t v = ring.first; v < ring.first + ring.count; ++v) {
      const double x = xy[2 * v], y = xy[2 * v + 1];
      if (!havePrev) {
        fx = px = x;
        fy = py = y;
        havePrev = true;
        continue;
      }
      if (x == px && y == py) continue;
      edges_.push_back({std::min(px, x), std::max(px, x), std::min(py, y), std::max(py, y), px, py, x, y, r, k++, 0});
      px = x;
      py = y;
    }
    // Drop an explicit closing edge back to the first point: it is re-added below as the closure.
    if (k > 0 && px == fx && py == fy) {
      // The last pushed edge ended at the first point; that is the closing edge already.
    } else if (havePrev) {
      edges_.push_back({std::min(px, fx), std::max(px, fx), std::min(py, fy), std::max(py, fy), px, py, fx, fy, r, k++, 0});
    }
    if (k < 3) return true;  // fewer than 3 distinct points: not a ring
    for (std::size_t e = begin; e < edges_.size(); ++e) edges_[e].ringEdges = k;
  }

  std::sort(edges_.begin(), edges_.end(), [](const Edge& a, const Edge& b) { return a.minX < b.minX; });
  const std::size_t n = edges_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Edge& a = edges_[i];
    for (std::size_t j = i + 1; j < n && edges_[j].minX <= a.maxX; ++j) {
      const Edge& b = edges_[j];
      if (b.maxY < a.minY || b.minY > a.maxY) continue;
      if (a.ring == b.ring) {
        const unsigned lo = std::min(a.index, b.index), hi = std::max(a.index, b.index);
        // Neighbours share a vertex by construction; they only matter if they fold back onto
        // each other (a spike), which the collinear test below would not tell from sharing.
        if (hi == lo + 1 || (lo == 0 && hi == a.ringEdges - 1)) {
          const double ux = a.bx - a.ax, uy = a.by - a.ay, vx = b.bx - b.ax, vy = b.by - b.ay;
          if (ux * vy - uy * vx == 0 && ux * vx + uy * vy < 0) return true;
          continue;
        }
      }
      if (meet(a.ax, a.ay, a.bx, a.by, b.ax, b.ay, b.bx, b.by)) return true;
    }
  }
  return false;
}

}  // namespace planmap
