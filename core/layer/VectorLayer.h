#pragma once

#include "Crs.h"
#include "CrsInference.h"
#include "EncodingInfo.h"
#include "FeatureStore.h"
#include "LayerStyle.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>

namespace planmap {

// A loaded vector layer: where it came from, how it was read, its immutable features and its style.
// Plain data. Once it is in a MapDocument it is never changed: edits build a new one (sharing the
// FeatureStore) and MapDocument::replaceLayer() swaps it in, so any thread holding a
// shared_ptr<const VectorLayer> may read it at any time.
struct VectorLayer {
  QString id;               // unique in the document, e.g. "counties" or "user-3"
  QString title;            // shown in the layer tree (Chinese for bundled layers)
  QString titleEn;
  QString group;            // layer-tree group: 行政区划, 水系与流域, 秦岭保护区, 产业园区, 飞地园区, 矿山, 用户数据
  QString sourcePath;       // file or dataset path as the user gave it (GDAL path for /vsizip/ etc.)
  QString sourceLayerName;  // layer inside the dataset (GeoPackage table, shapefile basename)
  QString driverName;       // GDAL driver short name: "ESRI Shapefile", "GPKG", "GeoJSON", …
  QString keyField;         // stable feature key (bundled data: "pm_id"); empty = use the FID
  std::shared_ptr<const FeatureStore> features;

  Crs crs;
  CrsDecision crsDecision;  // how `crs` was decided (file / inferred / override) and the alternatives
  EncodingInfo encoding;
  QStringList warnings;     // e.g. "3 invalid polygons repaired for display (FIDs 4, 17, 90)"
  QString crsNote;          // accuracy note of the transform to display CRS, if any

  // Provenance shown in identify and on exports, for layers that carry it per layer rather than per feature.
  QString source;
  QString licence;
  QString attribution;

  LayerStyle style;
  bool visible = true;
  double opacity = 1.0;

  // The feature key of feature row `f` (keyField's value, else the FID as text).
  QString featureKey(std::size_t f) const;
  // Row of the feature whose key is `key`, or -1. The first call builds a key -> row hash, kept
  // until `features` or `keyField` change. Safe from any thread (the cache has its own lock).
  std::int64_t rowOfKey(const QString& key) const;

  // Cache behind rowOfKey(); not part of the layer's state. Copies share it safely: it is only
  // trusted while it was built for the same store and key field, and it is guarded by its mutex.
  struct KeyIndex {
    std::mutex mutex;
    std::weak_ptr<const FeatureStore> store;
    QString field;
    std::shared_ptr<const QHash<QString, std::int64_t>> rows;
  };
  mutable std::shared_ptr<KeyIndex> keyIndexCache = std::make_shared<KeyIndex>();
};

}  // namespace planmap
