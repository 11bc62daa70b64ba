#pragma once

// Internal to planmap_data. A fast screen for invalid polygons: do any two non-adjacent edges of a
// polygon's rings meet? Running GEOS IsValid on every polygon of a 200,000-parcel layer would cost
// more than reading the file, so only polygons this screen flags go to GEOS to confirm and repair.
// It errs on the side of flagging (a hole touching its shell at a vertex is flagged; GEOS then
// finds it valid), never on the side of missing a crossing.

#include <cstddef>
#include <vector>

namespace planmap {

class RingCrossingCheck {
 public:
  // Rings are given as (first vertex index, vertex count) into one interleaved xy array.
  void clear() { rings_.clear(); }
  void addRing(std::size_t firstVertex, std::size_t count) { rings_.push_back({firstVertex, count}); }
  // True when two non-adjacent edges touch or cross, or a ring has fewer than 3 distinct points.
  bool hasSuspectEdges(const double* xy);

 private:
  struct Ring { std::size_t first, count; };
  struct Edge {
    double minX, maxX, minY, maxY;
    double ax, ay, bx, by;
    unsigned ring, index, ringEdges;
  };
  std::vector<Ring> rings_;
  std::vector<Edge> edges_;  // scratch, reused between polygons
};

}  // namespace planmap
