#include "RingCrossingCheck.h"

#include <algorithm>

namespace planmap {
namespace {

inline int sign(double v) { return (v > 0) - (v < 0); }

inline int orient(const double* a, const double* b, const double* c) {
  return sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

// Segments ab and cd touch or cross. Collinear overlaps have all four orientations zero and
// pass too, as they should once the boxes are known to overlap.
inline bool segmentsMeet(const double* a, const double* b, const double* c, const double* d) {
  if (std::max(a[1], b[1]) < std::min(c[1], d[1]) || std::max(c[1], d[1]) < std::min(a[1], b[1])) return false;
  return orient(a, b, c) * orient(a, b, d) <= 0 && orient(c, d, a) * orient(c, d, b) <= 0;
}

// Neighbouring edges ab, bc fold back onto each other (a spike): collinear and opposite.
inline bool foldsBack(const double* a, const double* b, const double* c) {
  const double ux = b[0] - a[0], uy = b[1] - a[1], vx = c[0] - b[0], vy = c[1] - b[1];
  return ux * vy - uy * vx == 0 && ux * vx + uy * vy < 0;
}

}  // namespace

// Why monotone chains: within a run of edges whose x strictly increases (or decreases),
// non-adjacent edges have disjoint x-ranges and cannot meet, and adjacent ones cannot fold back.
// So only edges of different chains need testing, and as each chain is sorted by x, one
// merge-like walk finds every pair whose x-ranges overlap. A parcel has two to four chains.
bool RingCrossingCheck::hasSuspectEdges(const double* xy) {
  if (allRingsStarShaped(xy)) return false;
  pts_.clear();
  chains_.clear();
  for (const Ring& ring : rings_) {
    const unsigned begin = static_cast<unsigned>(pts_.size() / 2);
    for (std::size_t v = ring.first; v < ring.first + ring.count; ++v) {
      const double x = xy[2 * v], y = xy[2 * v + 1];
      if (pts_.size() / 2 > begin && pts_[pts_.size() - 2] == x && pts_.back() == y) continue;  // repeated
      pts_.push_back(x);
      pts_.push_back(y);
    }
    // The closing point repeats the first one; the closing edge is implied.
    if (pts_.size() / 2 > begin + 1 && pts_[2 * begin] == pts_[pts_.size() - 2] && pts_[2 * begin + 1] == pts_.back()) {
      pts_.pop_back();
      pts_.pop_back();
    }
    const unsigned end = static_cast<unsigned>(pts_.size() / 2);
    if (end - begin < 3) return true;  // fewer than 3 distinct points: not a ring

    const double* p = pts_.data();
    auto nextPoint = [begin, end](unsigned e) { return e + 1 == end ? begin : e + 1; };
    auto direction = [&](unsigned e) { return sign(p[2 * nextPoint(e)] - p[2 * e]); };
    unsigned start = begin;
    int dir = direction(begin);
    for (unsigned e = begin + 1; e <= end; ++e) {
      const int d = e < end ? direction(e) : 0;
      if (e < end && d == dir && dir != 0) continue;
      Chain c{begin, end, start, e - start, dir < 0, 0, 0, 0, 0};
      const double x0 = p[2 * start], x1 = p[2 * nextPoint(e - 1)];
      c.minX = std::min(x0, x1);
      c.maxX = std::max(x0, x1);
      c.minY = c.maxY = p[2 * start + 1];
      for (unsigned v = start; v < e; ++v) {
        const double y = p[2 * nextPoint(v) + 1];
        c.minY = std::min(c.minY, y);
        c.maxY = std::max(c.maxY, y);
      }
      chains_.push_back(c);
      // Where two chains join, their neighbouring edges may fold back onto each other.
      if (e < end && foldsBack(p + 2 * (e - 1), p + 2 * e, p + 2 * nextPoint(e))) return true;
      start = e;
      dir = d;
    }
    if (foldsBack(p + 2 * (end - 1), p + 2 * begin, p + 2 * (begin + 1))) return true;
  }

  for (std::size_t i = 0; i < chains_.size(); ++i)
    for (std::size_t j = i + 1; j < chains_.size(); ++j) {
      const Chain& a = chains_[i];
      const Chain& b = chains_[j];
      if (a.maxX < b.minX || b.maxX < a.minX || a.maxY < b.minY || b.maxY < a.minY) continue;
      if (chainsMeet(a, b)) return true;
    }
  return false;
}

// A ring whose every edge turns the same way around its vertex centroid c, and which winds
// around c exactly once, is star-shaped about c and therefore simple. Nearly every real parcel
// passes this in one cheap pass; anything else goes to the full test.
bool RingCrossingCheck::allRingsStarShaped(const double* xy) const {
  if (rings_.size() > 8) return false;
  double boxes[8][4];
  for (std::size_t r = 0; r < rings_.size(); ++r) {
    const Ring& ring = rings_[r];
    std::size_t n = ring.count;
    if (n < 4) return false;
    const double* p = xy + 2 * ring.first;
    if (p[0] != p[2 * (n - 1)] || p[1] != p[2 * (n - 1) + 1]) return false;  // unclosed: full test
    --n;                                                                     // drop the closing point
    double cx = 0, cy = 0;
    double minX = p[0], maxX = p[0], minY = p[1], maxY = p[1];
    for (std::size_t i = 0; i < n; ++i) {
      cx += p[2 * i];
      cy += p[2 * i + 1];
      minX = std::min(minX, p[2 * i]);
      maxX = std::max(maxX, p[2 * i]);
      minY = std::min(minY, p[2 * i + 1]);
      maxY = std::max(maxY, p[2 * i + 1]);
    }
    cx /= double(n);
    cy /= double(n);
    int turn = 0, windings = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double ax = p[2 * i] - cx, ay = p[2 * i + 1] - cy;
      const double bx = p[2 * i + 2] - cx, by = p[2 * i + 3] - cy;
      const int s = sign(ax * by - ay * bx);
      if (s == 0 || (turn != 0 && s != turn)) return false;
      turn = s;
      // Each edge sweeps less than half a turn in one direction, so it crosses the ray from c
      // towards +x exactly when it crosses c's horizontal line in that direction.
      if (turn > 0 ? (ay < 0 && by >= 0) : (ay >= 0 && by < 0)) ++windings;
    }
    if (windings != 1) return false;
    boxes[r][0] = minX;
    boxes[r][1] = minY;
    boxes[r][2] = maxX;
    boxes[r][3] = maxY;
    // Several rings (parts of a multipolygon, or holes): only when no two boxes meet.
    for (std::size_t q = 0; q < r; ++q)
      if (!(boxes[q][2] < minX || maxX < boxes[q][0] || boxes[q][3] < minY || maxY < boxes[q][1])) return false;
  }
  return true;
}

bool RingCrossingCheck::chainsMeet(const Chain& a, const Chain& b) const {
  const double* p = pts_.data();
  // Edge number k of a chain in ascending x, and its two end points.
  auto edgeAt = [](const Chain& c, unsigned k) { return c.reversed ? c.first + c.count - 1 - k : c.first + k; };
  auto head = [](const Chain& c, unsigned e) { return e + 1 == c.ringEnd ? c.ringBegin : e + 1; };
  const bool sameRing = a.ringBegin == b.ringBegin;
  auto meet = [&](unsigned ea, unsigned eb) {
    if (sameRing) {
      // Neighbours share a vertex by construction (fold-backs were tested at chain joins).
      const unsigned lo = std::min(ea, eb), hi = std::max(ea, eb);
      if (hi == lo + 1 || (lo == a.ringBegin && hi + 1 == a.ringEnd)) return false;
    }
    return segmentsMeet(p + 2 * ea, p + 2 * head(a, ea), p + 2 * eb, p + 2 * head(b, eb));
  };
  auto xRange = [&](const Chain& c, unsigned e, double& lo, double& hi) {
    const double x0 = p[2 * e], x1 = p[2 * head(c, e)];
    lo = std::min(x0, x1);
    hi = std::max(x0, x1);
  };
  unsigned ia = 0, ib = 0;
  while (ia < a.count && ib < b.count) {
    const unsigned ea = edgeAt(a, ia), eb = edgeAt(b, ib);
    double aLo, aHi, bLo, bHi;
    xRange(a, ea, aLo, aHi);
    xRange(b, eb, bLo, bHi);
    if (aHi < bLo) { ++ia; continue; }
    if (bHi < aLo) { ++ib; continue; }
    if (meet(ea, eb)) return true;
    if (aHi < bHi) {
      ++ia;
    } else if (bHi < aHi) {
      ++ib;
    } else {
      // Both end at the same x, where both chains' next edges begin: test ea against b's next
      // edge here, as the walk goes on with a's next edge against eb.
      if (ib + 1 < b.count && meet(ea, edgeAt(b, ib + 1))) return true;
      ++ia;
    }
  }
  return false;
}

}  // namespace planmap
