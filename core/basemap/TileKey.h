#pragma once

#include <QHashFunctions>
#include <QString>
#include <cstdint>

namespace planmap {

// One tile of a tile matrix: zoom level (TILEMATRIX), column x (TILECOL) and row y (TILEROW, from
// the top).
struct TileKey {
  int z = 0;
  int x = 0;
  int y = 0;

  QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }
  bool operator==(const TileKey&) const = default;
  bool operator<(const TileKey& o) const {
    if (z != o.z) return z < o.z;
    if (y != o.y) return y < o.y;
    return x < o.x;
  }
};

inline size_t qHash(const TileKey& k, size_t seed = 0) {
  return qHashMulti(seed, k.z, k.x, k.y);
}

}  // namespace planmap
