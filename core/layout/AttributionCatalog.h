#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace planmap {

// Who made the data on a map and under which licence (geodata/attribution.json, "planmap-attribution"
// v1): sources by key, and which sources each bundled layer comes from. Footers print the line of
// every source whose layers are drawn, as the licences (ODbL, LGPL) require.
class AttributionCatalog {
 public:
  struct Source {
    QString key;
    QString title;
    QString licence;
    QString attribution;  // the line to print: "© OpenStreetMap contributors; geoBoundaries …, ODbL 1.0"
  };

  static Result<AttributionCatalog> load(const QString& path);
  static Result<AttributionCatalog> loadBundled();  // DataPaths::geodataFile("attribution.json")

  // The source keys of a layer; empty for layers the file does not list (user data).
  QStringList sourcesOfLayer(const QString& layerId) const { return layers_.value(layerId); }
  const Source* source(const QString& key) const;
  // Attribution lines for these layers, each source once, in first-use order.
  QStringList linesFor(const QStringList& layerIds) const;

 private:
  QHash<QString, Source> sources_;
  QHash<QString, QStringList> layers_;
};

}  // namespace planmap
