#include "LayerRenderSnapshot.h"

#include "VectorLayer.h"

namespace planmap {

LayerRenderSnapshot LayerRenderSnapshot::of(const VectorLayer& layer) {
  LayerRenderSnapshot s;
  s.layerId = layer.id;
  s.features = layer.features;  // shared, immutable: the worker never sees later edits
  s.crs = layer.crs;
  s.style = layer.style;
  s.opacity = layer.opacity;
  return s;
}

}  // namespace planmap
