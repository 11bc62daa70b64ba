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
  // True when two non-adjacent edges touch or cross, two neighbouring edges fold back onto each
  // other, or a ring has fewer than 3 distinct points.
  bool hasSuspectEdges(const double* xy);

 private:
  struct Ring { std::size_t first, count; };
  // A run of edges whose x strictly increases or strictly decreases (a vertical edge alone).
  // Edge e goes from point e to point e + 1 of pts_, wrapping to ringBegin at ringEnd.
  struct Chain {
    unsigned ringBegin, ringEnd;  // the ring's points in pts_ (closing point not repeated)
    unsigned first, count;        // edges [first, first + count)
    bool reversed;                // x decreases along the run
    double minX, maxX, minY, maxY;
  };
  bool allRingsStarShaped(const double* xy) const;
  bool chainsMeet(const Chain& a, const Chain& b) const;

  std::vector<Ring> rings_;
  std::vector<double> pts_;  // distinct consecutive points of all rings, interleaved (scratch)
  std::vector<Chain> chains_;
};

}  // namespace planmap
