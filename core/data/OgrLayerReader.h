#pragma once

// Internal to planmap_data (GDAL types in the interface): reads every feature of one open OGR
// layer into a FeatureStore. Geometry goes straight from OGR's point arrays into the store
// (OGRSimpleCurve::getPoints with a 16-byte stride), so no intermediate geometry objects are made;
// curves are linearised, Z/M dropped, collections reduced to their dominant kind, invalid polygons
// screened (RingCrossingCheck), confirmed by GEOS and repaired with MakeValid.

#include "FeatureStore.h"
#include "LoadOptions.h"
#include "Result.h"

#include <QString>
#include <QStringList>
#include <memory>

class OGRLayer;

namespace planmap {

struct LayerReadResult {
  std::shared_ptr<const FeatureStore> features;
  QStringList warnings;
};

class OgrLayerReader {
 public:
  // `displayName` names the file (and layer) in messages; progress is reported as
  // progressBase + progressSpan * (features read / feature count). `vertexHint` (0 = unknown)
  // reserves the coordinate array up front.
  static Result<LayerReadResult> read(OGRLayer* layer, const LoadOptions& options, const QString& displayName,
                                      double progressBase = 0, double progressSpan = 1, std::size_t vertexHint = 0);
};

}  // namespace planmap
