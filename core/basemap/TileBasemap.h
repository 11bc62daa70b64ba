#pragma once

#include "BasemapRenderer.h"
#include "TileCache.h"

#include <memory>

namespace planmap {

// Web tiles (XYZ / WMTS) as a basemap. draw() runs on render workers: it takes what the TileCache
// has now (memory or disk; a missing tile falls back to a cached parent tile, blurred but in place),
// asks the cache to fetch the rest, and returns — the owner repaints on TileCache::tilesArrived().
// Tiles are warped to the display CRS through their corners (QTransform::quadToQuad); across CRSs
// each tile is split into 4 × 4 pieces so the warp stays within a fraction of a pixel.
class TileBasemap : public BasemapRenderer {
 public:
  explicit TileBasemap(std::shared_ptr<TileCache> cache, double opacity = 1);

  void draw(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel) const override;
  QString attribution() const override { return cache_->provider().attribution; }

  const std::shared_ptr<TileCache>& cache() const { return cache_; }
  QString statusMessage() const { return cache_->statusMessage(); }
  // The level and tiles draw() uses for these settings (empty when the view is off the matrix).
  struct Plan {
    int level = -1;
    std::vector<TileKey> tiles;
  };
  Plan plan(const MapSettings& settings) const;

 private:
  std::shared_ptr<TileCache> cache_;
  double opacity_ = 1;
};

}  // namespace planmap
