#pragma once

#include "FeatureStore.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <cstdint>

namespace planmap {

// Writes a FeatureStore as a geometry cache file (GeometryCacheFormat.h): rows, fids, bounds, the
// packed R-tree and the attribute columns as they are, the geometry of every feature in the tree's
// Hilbert order (so a zoomed view reads a few contiguous pages), and the overview levels
// (OverviewBuilder). Written to a temporary file and renamed into place, so a reader never sees a
// half-written cache, and a failed write leaves any previous file untouched.
class GeometryCacheWriter {
 public:
  // `key` identifies the source and its state (GeometryCacheReader::open refuses other keys);
  // `userMeta` is stored as it is. Returns false with `error` set (the path and the cause) on failure,
  // or when `cancel` was set.
  static bool write(const FeatureStore& store, std::uint64_t key, const QByteArray& userMeta, const QString& path,
                    QString* error, const std::atomic<bool>* cancel = nullptr);
};

}  // namespace planmap
