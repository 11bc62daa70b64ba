#pragma once

#include "BasemapRenderer.h"
#include "TileCache.h"

#include <memory>

namespace planmap {

// Web tiles (XYZ / WMTS) as a basemap, one or more tile layers drawn bottom first (天地图 serves its
// labels as a separate layer: "vec" + "cva"). draw() runs on render workers: it takes what the TileCache
// has now (memory or disk; a missing tile falls back to a cached parent tile, blurred but in place),
// asks the cache to fetch the rest, and returns — the owner repaints on TileCache::tilesArrived().
// Tiles are warped to the display CRS through their corners (QTransform::quadToQuad); across CRSs
// each tile is split into 4 × 4 pieces so the warp stays within a fraction of a pixel.
class TileBasemap : public BasemapRenderer {
 public:
  explicit TileBasemap(std::shared_ptr<TileCache> cache, double opacity = 1);
  // Several tile layers, bottom first; the first one's matrix decides nothing for the others.
  explicit TileBasemap(std::vector<std::shared_ptr<TileCache>> layers, double opacity = 1);

  void draw(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel) const override;
  QString attribution() const override;  // each provider's credit once, joined by "; "

  const std::shared_ptr<TileCache>& cache() const { return layers_.front(); }  // the bottom layer
  const std::vector<std::shared_ptr<TileCache>>& layers() const { return layers_; }
  QString statusMessage() const;  // the first layer's complaint, if any
  // The level and tiles draw() uses for these settings and one layer's provider (empty when the
  // view is off the matrix).
  struct Plan {
    int level = -1;
    std::vector<TileKey> tiles;
  };
  static Plan plan(const MapSettings& settings, const TileProvider& provider);
  // For exports, which should not print half-loaded maps (GPXSee's "block" idea): asks every layer
  // for the tiles this view needs and does not have (or has stale) and returns how many that is.
  // Then keep the owner's event loop running until pendingCount() is 0 (or a time limit passes)
  // and render; what failed meanwhile is drawn from the cache as usual.
  int requestMissing(const MapSettings& settings) const;
  int pendingCount() const;
  Plan plan(const MapSettings& settings) const { return plan(settings, cache()->provider()); }

 private:
  void drawLayer(QPainter& painter, const MapSettings& settings, TileCache& cache,
                 const std::atomic<bool>* cancel) const;
  std::vector<std::shared_ptr<TileCache>> layers_;
  double opacity_ = 1;
};

}  // namespace planmap
