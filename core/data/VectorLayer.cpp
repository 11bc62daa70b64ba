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
  if (keyIndexCache.store != features.get() || keyIndexCache.field != keyField || !keyIndexCache.rows) {
    auto rows = std::make_shared<QHash<QString, std::int64_t>>();
    const std::size_t n = features->featureCount();
    rows->reserve(static_cast<qsizetype>(n));
    // Reverse order so that with duplicate keys the first row wins, as a linear scan would.
    for (std::size_t f = n; f-- > 0;) rows->insert(featureKey(f), static_cast<std::int64_t>(f));
    keyIndexCache = {features.get(), keyField, std::move(rows)};
  }
  return keyIndexCache.rows->value(key, -1);
}

}  // namespace planmap
