#pragma once

#include "GeometryType.h"
#include "LayerStyle.h"

namespace planmap {

// The style a layer the planner opens gets when its file brings none. Polygons are a clear outline
// with a faint fill, so two county layers on top of the plan map still let it show through; the
// colours (magenta, violet, orange, teal, …) are kept clear of the bundled map's greens, blues and
// greys, so a loaded layer never passes for a bundled one. `nth` picks the colour: the planner's
// first layer is magenta, the next violet, and so on.
class NewLayerStyle {
 public:
  static LayerStyle forGeometry(GeometryType type, int nth);
  static QColor colour(int nth);
};

}  // namespace planmap
