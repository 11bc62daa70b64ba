#include "TileMatrix.h"

#include <algorithm>
#include <cmath>

namespace planmap {
namespace {
constexpr double kMercatorHalfWorld = 20037508.342789244;  // π × 6378137 m
}

TileMatrix TileMatrix::webMercator() { return TileMatrix(Kind::WebMercator, Crs::fromEpsg(3857)); }
TileMatrix TileMatrix::tiandituGeographic() { return TileMatrix(Kind::Geographic, Crs::fromEpsg(4490)); }

Extent TileMatrix::bounds() const {
  if (kind_ == Kind::Geographic) return Extent{-180, -90, 180, 90};
  return Extent{-kMercatorHalfWorld, -kMercatorHalfWorld, kMercatorHalfWorld, kMercatorHalfWorld};
}

long long TileMatrix::columns(int z) const { return 1LL << std::clamp(z, 0, 30); }

long long TileMatrix::rows(int z) const {
  if (kind_ == Kind::Geographic) return z < 1 ? 0 : 1LL << std::clamp(z - 1, 0, 30);
  return 1LL << std::clamp(z, 0, 30);
}

double TileMatrix::tileSpan(int z) const {
  const double world = kind_ == Kind::Geographic ? 360.0 : 2 * kMercatorHalfWorld;
  return world / double(columns(z));
}

Extent TileMatrix::tileExtent(const TileKey& key) const {
  const Extent b = bounds();
  const double span = tileSpan(key.z);
  const double minX = b.minX + key.x * span;
  const double maxY = b.maxY - key.y * span;
  return Extent{minX, maxY - span, minX + span, maxY};
}

bool TileMatrix::isValid(const TileKey& key) const {
  return key.z >= firstLevel() && key.z <= 30 && key.x >= 0 && key.y >= 0 && key.x < columns(key.z) &&
         key.y < rows(key.z);
}

int TileMatrix::levelFor(double unitsPerPixel, int minLevel, int maxLevel) const {
  minLevel = std::max(minLevel, firstLevel());
  maxLevel = std::max(minLevel, maxLevel);
  if (!(unitsPerPixel > 0) || !std::isfinite(unitsPerPixel)) return minLevel;
  // resolution(z) = resolution(0) / 2^z <= unitsPerPixel; the epsilon keeps exact matches exact.
  const double z = std::ceil(std::log2(resolution(0) / unitsPerPixel) - 1e-9);
  return int(std::clamp(z, double(minLevel), double(maxLevel)));
}

std::vector<TileKey> TileMatrix::tilesCovering(const Extent& extent, int z) const {
  std::vector<TileKey> keys;
  if (z < firstLevel()) return keys;
  const Extent e = extent.intersected(bounds());
  if (e.isEmpty() || e.width() <= 0 || e.height() <= 0) return keys;
  const Extent b = bounds();
  const double span = tileSpan(z);
  // A view edge exactly on a tile edge does not pull in the neighbour tile.
  const double eps = span * 1e-9;
  const long long x0 = std::clamp<long long>((long long)std::floor((e.minX - b.minX) / span + eps), 0, columns(z) - 1);
  const long long x1 = std::clamp<long long>((long long)std::floor((e.maxX - b.minX) / span - eps), 0, columns(z) - 1);
  const long long y0 = std::clamp<long long>((long long)std::floor((b.maxY - e.maxY) / span + eps), 0, rows(z) - 1);
  const long long y1 = std::clamp<long long>((long long)std::floor((b.maxY - e.minY) / span - eps), 0, rows(z) - 1);
  for (long long y = y0; y <= y1; ++y)
    for (long long x = x0; x <= x1; ++x) keys.push_back(TileKey{z, int(x), int(y)});
  return keys;
}

}  // namespace planmap
