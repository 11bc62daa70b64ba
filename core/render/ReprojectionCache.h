#pragma once

#include "Crs.h"
#include "FeatureStore.h"

#include <memory>
#include <mutex>
#include <unordered_map>

namespace planmap {

// Layers reprojected to a display CRS, kept between renders so panning a reprojected 8 M-vertex
// layer costs one transform, not one per frame. Keyed by the source store's address and the
// destination CRS; entries for stores that are no longer alive are dropped. Thread-safe.
class ReprojectionCache {
 public:
  // The store in `destination` coordinates (computed on first request, on the calling thread).
  // Returns `source` itself when the CRSs are equal; null when no transform exists.
  std::shared_ptr<const FeatureStore> get(const std::shared_ptr<const FeatureStore>& source, const Crs& sourceCrs,
                                          const Crs& destination, QString* error = nullptr);
  void clear();

 private:
  struct Entry {
    std::weak_ptr<const FeatureStore> source;
    std::shared_ptr<const FeatureStore> projected;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace planmap
