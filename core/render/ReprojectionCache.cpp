#include "ReprojectionCache.h"

#include "CoordinateTransform.h"

#include <QThread>
#include <algorithm>
#include <thread>
#include <vector>

namespace planmap {
namespace {

// Transforms in place on up to idealThreadCount() threads: PROJ is ~10 M points/s per core, so an
// 8 M-vertex layer is worth splitting. CoordinateTransform keeps one PROJ context per thread.
void transformParallel(const CoordinateTransform& transform, double* xy, std::size_t count) {
  const std::size_t threads = std::max(1, std::min(QThread::idealThreadCount(), 8));
  if (threads == 1 || count < 200000) {
    transform.transform(xy, count);
    return;
  }
  const std::size_t chunk = (count + threads - 1) / threads;
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < threads; ++t) {
    const std::size_t begin = t * chunk;
    if (begin >= count) break;
    const std::size_t n = std::min(chunk, count - begin);
    workers.emplace_back([&transform, xy, begin, n] { transform.transform(xy + 2 * begin, n); });
  }
  transform.transform(xy, std::min(chunk, count));
  for (std::thread& w : workers) w.join();
}

}  // namespace

std::shared_ptr<const FeatureStore> ReprojectionCache::get(const std::shared_ptr<const FeatureStore>& source,
                                                           const Crs& sourceCrs, const Crs& destination,
                                                           QString* error) {
  if (!source) return source;
  if (!sourceCrs.isValid() || !destination.isValid() || sourceCrs == destination) return source;

  const std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(source.get())) + '|' +
                          sourceCrs.wkt().toStdString() + '|' + destination.wkt().toStdString();
  std::promise<Outcome> promise;
  std::shared_future<Outcome> outcome;
  bool computeHere = false;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (it->second.source.expired()) it = entries_.erase(it);
      else ++it;
    }
    auto found = entries_.find(key);
    if (found != entries_.end() && found->second.source.lock() == source) {
      outcome = found->second.outcome;
    } else {
      outcome = promise.get_future().share();
      entries_[key] = Entry{source, outcome};
      computeHere = true;
    }
  }

  if (computeHere) {
    Outcome result;
    auto transform = CoordinateTransform::create(sourceCrs, destination);
    if (!transform) {
      result.error = transform.error();
    } else {
      const CoordinateTransform t = transform.value();
      result.projected =
          source->transformed([&t](double* xy, std::size_t count) { transformParallel(t, xy, count); });
    }
    if (!result.projected) {
      // Not remembered: a later request tries again (e.g. after PROJ data was installed).
      std::lock_guard<std::mutex> lock(mutex_);
      auto found = entries_.find(key);
      if (found != entries_.end() && found->second.source.lock() == source) entries_.erase(found);
    }
    promise.set_value(result);
  }
  const Outcome& result = outcome.get();
  if (!result.projected && error) *error = result.error;
  return result.projected;
}

void ReprojectionCache::clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  entries_.clear();
}

}  // namespace planmap
