#include "VectorLayer.h"

namespace planmap {

QString VectorLayer::featureKey(std::size_t f) const {
  if (!features || f >= features->featureCount()) return {};
  if (!keyField.isEmpty()) {
    const int field = features->attributes().fieldIndex(keyField);
    if (field >= 0) {
      const QVariant& v = features->attributes().value(f, field);
      if (!v.isNull()) return v.toString();
    }
  }
  return QString::number(features->fid(f));
}

std::int64_t VectorLayer::rowOfKey(const QString& key) const {
  if (!features) return -1;
  if (!keyIndexCache) {  // a moved-from layer: no cache to share
    for (std::size_t f = 0; f < features->featureCount(); ++f)
      if (featureKey(f) == key) return static_cast<std::int64_t>(f);
    return -1;
  }
  std::shared_ptr<const QHash<QString, std::int64_t>> rows;
  {
    std::lock_guard<std::mutex> lock(keyIndexCache->mutex);
    if (keyIndexCache->store.lock() == features && keyIndexCache->field == keyField) rows = keyIndexCache->rows;
  }
  if (!rows) {
    // Built outside the lock (a large layer takes a while); two threads racing both build it once.
    auto built = std::make_shared<QHash<QString, std::int64_t>>();
    const std::size_t n = features->featureCount();
    built->reserve(static_cast<qsizetype>(n));
    // Reverse order so that with duplicate keys the first row wins, as a linear scan would.
    for (std::size_t f = n; f-- > 0;) built->insert(featureKey(f), static_cast<std::int64_t>(f));
    rows = built;
    std::lock_guard<std::mutex> lock(keyIndexCache->mutex);
    keyIndexCache->store = features;
    keyIndexCache->field = keyField;
    keyIndexCache->rows = std::move(built);
  }
  return rows->value(key, -1);
}

}  // namespace planmap
