#pragma once

#include "Crs.h"
#include "Extent.h"
#include "GeometryType.h"
#include "PlanTargetTable.h"
#include "Symbol.h"
#include "VectorLayer.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace planmap {

// One row of a legend: a layer heading, or a swatch with its text.
struct LegendEntry {
  enum class Kind { LayerHeading, Swatch };
  Kind kind = Kind::Swatch;
  QString text;
  GeometryType geometry = GeometryType::Polygon;
  Symbol symbol;
  Qt::PenStyle outline = Qt::SolidLine;  // schematic entries use the layer's schematic dash
};

// What a map frame actually shows, found by querying each layer's index with the frame's extent:
// which style classes occur (the legend lists only those), whether a schematic feature is visible
// (the footer then carries the disclaimer), and which features are there (for the targets table).
struct FrameContents {
  std::vector<LegendEntry> legend;
  bool hasSchematic = false;
  std::optional<LegendEntry> schematicEntry;  // the one legend line for schematic features, last
  std::optional<LegendEntry> unverifiedEntry;  // and the one for unverified positions (a different dash)
  QStringList layerIds;          // layers with at least one feature in the frame, bottom first
  std::vector<FeatureRef> features;  // features of linked layers (see PlanTargetTable::hasLinksForLayer)

  // `extent` is in `frameCrs`. With `atlasLayer` set, only features whose box centre lies inside
  // the atlas feature count for `features` (the page is about that county, not its neighbours).
  static FrameContents scan(const std::vector<std::shared_ptr<const VectorLayer>>& layers, const Crs& frameCrs,
                            const Extent& extent, const PlanTargetTable* targets,
                            const std::shared_ptr<const VectorLayer>& atlasLayer, std::int64_t atlasRow);
};

}  // namespace planmap
