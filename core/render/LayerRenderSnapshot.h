#pragma once

#include "Crs.h"
#include "FeatureStore.h"
#include "LayerStyle.h"

#include <QString>
#include <memory>

namespace planmap {

struct VectorLayer;

// What a render job needs of one layer, copied on the UI thread (QGIS's "partial snapshot of the
// layer's state"): the immutable features by shared pointer, the style by value.
struct LayerRenderSnapshot {
  QString layerId;
  std::shared_ptr<const FeatureStore> features;
  Crs crs;
  LayerStyle style;
  double opacity = 1.0;
  // Rows to draw highlighted (selection, identify, a target's features); empty = none.
  std::vector<std::uint32_t> highlighted;

  static LayerRenderSnapshot of(const VectorLayer& layer);
};

}  // namespace planmap
