#include "RingCrossingCheck.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

using namespace planmap;

namespace {

bool suspect(const std::vector<std::vector<double>>& rings) {
  std::vector<double> xy;
  RingCrossingCheck check;
  for (const auto& r : rings) {
    check.addRing(xy.size() / 2, r.size() / 2);
    xy.insert(xy.end(), r.begin(), r.end());
  }
  return check.hasSuspectEdges(xy.data());
}

}  // namespace

TEST(RingCrossingCheck, PassesSimpleRings) {
  EXPECT_FALSE(suspect({{0, 0, 1, 0, 1, 1, 0, 1, 0, 0}}));
  // Repeated vertices are valid and must not be flagged.
  EXPECT_FALSE(suspect({{0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0}}));
  // Unclosed ring (closure implied) and a separate hole inside.
  EXPECT_FALSE(suspect({{0, 0, 4, 0, 4, 4, 0, 4}, {1, 1, 2, 1, 2, 2, 1, 1}}));
}

TEST(RingCrossingCheck, FlagsBowtiesCrossingRingsAndSpikes) {
  EXPECT_TRUE(suspect({{0, 0, 1, 1, 1, 0, 0, 1, 0, 0}}));
  EXPECT_TRUE(suspect({{0, 0, 4, 0, 4, 4, 0, 4, 0, 0}, {3, 1, 5, 1, 5, 2, 3, 1}}));  // hole crosses shell
  EXPECT_TRUE(suspect({{0, 0, 4, 0, 4, 4, 6, 4, 4, 4, 0, 4, 0, 0}}));              // spike out and back
  EXPECT_TRUE(suspect({{0, 0, 1, 0, 0, 0}}));                                      // too few points
}

TEST(RingCrossingCheck, FlagsATouchingHoleForGeosToDecide) {
  // Valid by OGC rules, but the screen errs on the side of asking GEOS.
  EXPECT_TRUE(suspect({{0, 0, 4, 0, 4, 4, 0, 4, 0, 0}, {0, 0, 2, 1, 1, 2, 0, 0}}));
}

namespace {

// Reference: every pair of non-adjacent edges, the slow way.
bool bruteForce(const std::vector<double>& ring) {
  struct E { double ax, ay, bx, by; };
  std::vector<E> edges;
  const std::size_t n = ring.size() / 2;
  for (std::size_t i = 0; i + 1 < n; ++i) edges.push_back({ring[2 * i], ring[2 * i + 1], ring[2 * i + 2], ring[2 * i + 3]});
  auto orient = [](double ax, double ay, double bx, double by, double cx, double cy) {
    const double v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    return (v > 0) - (v < 0);
  };
  const std::size_t m = edges.size();
  for (std::size_t i = 0; i < m; ++i)
    for (std::size_t j = i + 2; j < m; ++j) {
      if (i == 0 && j == m - 1) continue;
      const E& a = edges[i];
      const E& b = edges[j];
      if (std::max(a.ax, a.bx) < std::min(b.ax, b.bx) || std::max(b.ax, b.bx) < std::min(a.ax, a.bx) ||
          std::max(a.ay, a.by) < std::min(b.ay, b.by) || std::max(b.ay, b.by) < std::min(a.ay, a.by))
        continue;
      if (orient(a.ax, a.ay, a.bx, a.by, b.ax, b.ay) * orient(a.ax, a.ay, a.bx, a.by, b.bx, b.by) <= 0 &&
          orient(b.ax, b.ay, b.bx, b.by, a.ax, a.ay) * orient(b.ax, b.ay, b.bx, b.by, a.bx, a.by) <= 0)
        return true;
    }
  return false;
}

}  // namespace

TEST(RingCrossingCheck, FlagsARingTouchingItselfAtAVertex) {
  EXPECT_TRUE(suspect({{0, 0, 2, 0, 1, 1, 2, 2, 0, 2, 1, 1, 0, 0}}));
}

TEST(RingCrossingCheck, AgreesWithBruteForceOnRandomRings) {
  // Random rings on a small integer grid: many crossings, touchings and collinear overlaps.
  std::uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<int>((seed >> 16) % 7);
  };
  int flagged = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    const int n = 3 + trial % 9;
    std::vector<double> ring;
    for (int i = 0; i < n; ++i) {
      const double x = next(), y = next();
      if (!ring.empty() && ring[ring.size() - 2] == x && ring.back() == y) continue;
      ring.push_back(x);
      ring.push_back(y);
    }
    if (ring.size() < 6 || (ring[0] == ring[ring.size() - 2] && ring[1] == ring.back())) continue;
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    // Rings the screen calls degenerate (under 3 distinct points) are out of the comparison.
    std::vector<std::pair<double, double>> distinct;
    for (std::size_t i = 0; i < ring.size(); i += 2) distinct.emplace_back(ring[i], ring[i + 1]);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() < 3) continue;
    const bool expected = bruteForce(ring);
    flagged += expected;
    // The screen may flag more (e.g. folded-back neighbours), never less.
    if (expected) {
      EXPECT_TRUE(suspect({ring})) << "trial " << trial;
    }
  }
  EXPECT_GT(flagged, 100);
}

TEST(RingCrossingCheck, PassesRandomStarShapedRings) {
  // Star-shaped around the origin with increasing angle: always simple, never flagged.
  std::uint32_t seed = 99;
  for (int trial = 0; trial < 500; ++trial) {
    std::vector<double> ring;
    const int n = 5 + trial % 60;
    for (int i = 0; i < n; ++i) {
      seed = seed * 1664525u + 1013904223u;
      const double r = 10 + (seed >> 20) % 10;
      const double a = 2 * 3.14159265358979 * i / n;
      ring.push_back(r * std::cos(a));
      ring.push_back(r * std::sin(a));
    }
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    EXPECT_FALSE(suspect({ring})) << "trial " << trial;
  }
}

TEST(RingCrossingCheck, FlagsAPentagramThatTurnsOneWayButWindsTwice) {
  std::vector<double> ring;
  for (int i = 0; i <= 5; ++i) {
    const double a = 2 * 3.14159265358979 * ((i * 2) % 5) / 5;
    ring.push_back(std::cos(a));
    ring.push_back(std::sin(a));
  }
  EXPECT_TRUE(suspect({ring}));
}

TEST(RingCrossingCheck, SeparateSimplePartsPassOverlappingPartsAreFlagged) {
  EXPECT_FALSE(suspect({{0, 0, 1, 0, 1, 1, 0, 0}, {5, 5, 6, 5, 6, 6, 5, 5}}));
  EXPECT_TRUE(suspect({{0, 0, 2, 0, 2, 2, 0, 0}, {1, -1, 3, 1, 1, 1, 1, -1}}));
}
