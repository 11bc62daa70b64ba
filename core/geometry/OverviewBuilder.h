#pragma once

#include "FeatureStore.h"

#include <cstdint>
#include <vector>

namespace planmap {

// One overview level's geometry, laid out like a cached FeatureStore: parts in the order the rows
// were visited (spatial order in a cache), per-row part ranges.
struct OverviewLevel {
  double cellSize = 0;
  std::vector<std::uint32_t> partBegin, partEnd;  // per row
  std::vector<std::uint32_t> partVertex{0};
  std::vector<std::uint8_t> partFlags;
  std::vector<double> xy;
};

// Generalizes a store for drawing at scales where one grid cell of `cellSize` map units is about a
// pixel: every vertex is snapped to the cell grid anchored at the store's extent's lower-left corner,
// repeated vertices and exactly collinear ones (integer arithmetic on the grid) are dropped, rings
// left with fewer than three vertices (and their holes) vanish, lines shorter than two. Neighbouring
// parcels share their border vertices, and a shared vertex snaps to the same grid point in both, so
// the generalized borders still coincide: no sliver gaps open between them. A feature left with no
// part draws as a pixel dot (GeometryDrawer), which is what a pixel shows of it. Points are kept.
class OverviewBuilder {
 public:
  // The cell sizes worth building for a store, finest first: its extent's larger side / 8192, then ×4
  // coarser (a 1080p full-extent view draws from the /2048 level). None for points or for layers of
  // few vertices a feature. (GeometryCacheWriter leaves out a level that keeps more than 60 % of
  // the vertices: not worth its disk space.)
  static std::vector<double> cellSizesFor(const FeatureStore& store);
  // Rows visited in `order` (a permutation of all rows).
  static OverviewLevel build(const FeatureStore& store, double cellSize, const std::uint32_t* order);
};

}  // namespace planmap
