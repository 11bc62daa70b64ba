#pragma once

#include "Crs.h"
#include "Extent.h"
#include "TileKey.h"

#include <vector>

namespace planmap {

// A tile matrix set of 256-px tiles whose level z+1 splits every tile of level z into 2 × 2:
// - Web Mercator (EPSG:3857; OSM and 天地图 "_w"): 2^z × 2^z tiles over ±20037508.34 m, from z = 0.
// - Geographic (EPSG:4490; 天地图 "_c"): 2^z × 2^(z-1) tiles over 360° × 180°, from z = 1.
// Tile (0, 0) is the top-left (north-west) corner in both.
class TileMatrix {
 public:
  enum class Kind { WebMercator, Geographic };
  static TileMatrix webMercator();
  static TileMatrix tiandituGeographic();

  Kind kind() const { return kind_; }
  const Crs& crs() const { return crs_; }
  int tileSize() const { return 256; }
  int firstLevel() const { return kind_ == Kind::Geographic ? 1 : 0; }
  Extent bounds() const;                   // the whole matrix, in crs()
  long long columns(int z) const;
  long long rows(int z) const;
  double tileSpan(int z) const;            // width = height of one tile in crs() units
  double resolution(int z) const { return tileSpan(z) / tileSize(); }  // crs() units per tile pixel
  Extent tileExtent(const TileKey& key) const;
  bool isValid(const TileKey& key) const;
  // The level whose tile pixels are the coarsest still at least as fine as `unitsPerPixel`
  // (crs() units per output pixel), so tiles are shrunk a little rather than blown up; clamped.
  int levelFor(double unitsPerPixel, int minLevel, int maxLevel) const;
  // Tiles of level z that overlap `extent` (in crs()), clipped to the matrix, row by row.
  std::vector<TileKey> tilesCovering(const Extent& extent, int z) const;

 private:
  TileMatrix(Kind kind, Crs crs) : kind_(kind), crs_(std::move(crs)) {}
  Kind kind_;
  Crs crs_;
};

}  // namespace planmap
