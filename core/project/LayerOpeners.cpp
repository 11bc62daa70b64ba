#include "LayerOpeners.h"

#include <QHash>
#include <mutex>

namespace planmap {
namespace {

struct Registry {
  std::mutex mutex;
  QHash<int, LayerOpeners::Opener> openers;
};

Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

void LayerOpeners::install(LayerSource::Kind kind, Opener opener) {
  std::lock_guard<std::mutex> lock(registry().mutex);
  registry().openers.insert(int(kind), std::move(opener));
}

Result<std::shared_ptr<VectorLayer>> LayerOpeners::open(const LayerSource& source, const LoadOptions& options) {
  Opener opener;
  {
    std::lock_guard<std::mutex> lock(registry().mutex);
    opener = registry().openers.value(int(source.kind));
  }
  if (!opener)
    return Result<std::shared_ptr<VectorLayer>>::fail(
        QStringLiteral("%1 layers are not available in this build").arg(source.kind == LayerSource::Kind::PostGis
                                                                            ? QStringLiteral("PostGIS")
                                                                            : LayerSource::kindName(source.kind)));
  return opener(source, options);
}

}  // namespace planmap
