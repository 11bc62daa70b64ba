#pragma once

#include "Extent.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace planmap {

class MapCanvas;
class MapDocument;

// Where the map goes: extents of layers and of features in the display CRS, and the zooms the window
// offers (all of Ankang, a layer, some rows, a county, the features of a plan target). The extent
// maths lives here so that a target whose features lie in several layers is framed as a whole.
class MapNavigator {
 public:
  MapNavigator(MapDocument& document, MapCanvas* canvas) : document_(document), canvas_(canvas) {}

  // Bounds of `rows` of a layer (all of it when empty), in the display CRS; empty when unknown.
  Extent layerExtent(const QString& layerId, const std::vector<std::uint32_t>& rows = {}) const;
  // Bounds of features in several layers (a plan target's), in the display CRS.
  Extent featuresExtent(const QHash<QString, std::vector<std::uint32_t>>& features) const;
  // `extent`, grown to a neighbourhood of about 10 km when it is a point or a tiny feature.
  Extent withMinimumSize(Extent extent) const;

  void zoomToFullAnkang();
  void zoomToLayer(const QString& layerId);
  void zoomToRows(const QString& layerId, const std::vector<std::uint32_t>& rows);
  // Frames all of `features` (several layers); false when none has a known extent.
  bool zoomToFeatures(const QHash<QString, std::vector<std::uint32_t>>& features);
  // The county of that name (in the layer's name field), highlighted. False when there is none.
  bool zoomToCounty(const QString& name);
  // County names in the order of the counties layer, in the UI language where the data has it.
  QStringList countyNames() const;

  static QString countyLayerId();

 private:
  MapDocument& document_;
  MapCanvas* canvas_;
};

}  // namespace planmap
