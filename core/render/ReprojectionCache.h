#pragma once

#include "Crs.h"
#include "FeatureStore.h"

#include <future>
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
  // The lock only guards the table: the transform runs outside it, so a caller asking for another
  // layer (or clear()) never waits behind a long reprojection; a second caller asking for the same
  // layer while it is being computed waits for that one result instead of computing it again.
  std::shared_ptr<const FeatureStore> get(const std::shared_ptr<const FeatureStore>& source, const Crs& sourceCrs,
                                          const Crs& destination, QString* error = nullptr);
  void clear();

 private:
  struct Outcome {
    std::shared_ptr<const FeatureStore> projected;
    QString error;
  };
  struct Entry {
    std::weak_ptr<const FeatureStore> source;
    std::shared_future<Outcome> outcome;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace planmap
