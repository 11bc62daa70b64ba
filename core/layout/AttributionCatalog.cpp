#include "AttributionCatalog.h"

#include "DataPaths.h"
#include "JsonFields.h"

#include <QJsonArray>

namespace planmap {

Result<AttributionCatalog> AttributionCatalog::load(const QString& path) {
  auto object = JsonFields::readVersionedFile(path, path, QStringLiteral("planmap-attribution"), 1);
  if (!object) return Result<AttributionCatalog>::fail(object.error());
  AttributionCatalog catalog;
  const QJsonObject sources = object->value(QStringLiteral("sources")).toObject();
  for (auto it = sources.begin(); it != sources.end(); ++it) {
    JsonFields f(it.value().toObject(), QStringLiteral("%1: sources.%2").arg(path, it.key()));
    Source s;
    s.key = it.key();
    s.title = f.optionalString(QStringLiteral("title"));
    s.licence = f.optionalString(QStringLiteral("licence"));
    s.attribution = f.requiredString(QStringLiteral("attribution"));
    if (!f.ok()) return Result<AttributionCatalog>::fail(f.error());
    catalog.sources_.insert(s.key, s);
  }
  const QJsonObject layers = object->value(QStringLiteral("layers")).toObject();
  for (auto it = layers.begin(); it != layers.end(); ++it) {
    QStringList keys;
    for (const QJsonValue& v : it.value().toArray()) {
      if (!catalog.sources_.contains(v.toString()))
        return Result<AttributionCatalog>::fail(
            QStringLiteral("%1: layers.%2 names unknown source \"%3\"").arg(path, it.key(), v.toString()));
      keys << v.toString();
    }
    catalog.layers_.insert(it.key(), keys);
  }
  return Result<AttributionCatalog>::ok(std::move(catalog));
}

Result<AttributionCatalog> AttributionCatalog::loadBundled() {
  return load(DataPaths::geodataFile(QStringLiteral("attribution.json")));
}

const AttributionCatalog::Source* AttributionCatalog::source(const QString& key) const {
  auto it = sources_.constFind(key);
  return it == sources_.constEnd() ? nullptr : &it.value();
}

QStringList AttributionCatalog::linesFor(const QStringList& layerIds) const {
  QStringList keys;
  for (const QString& layer : layerIds)
    for (const QString& key : layers_.value(layer))
      if (!keys.contains(key)) keys << key;
  QStringList lines;
  for (const QString& key : keys)
    if (const Source* s = source(key)) lines << s->attribution;
  return lines;
}

}  // namespace planmap
