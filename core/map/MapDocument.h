#pragma once

#include "Crs.h"
#include "Extent.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace planmap {

// The open map: an ordered list of layers (bottom first) with their groups, the display CRS and the
// view. Lives on the UI thread; emits signals so the canvas and layer tree follow its changes.
// The bundled Ankang map and a planner's project both load into one of these.
class MapDocument : public QObject {
  Q_OBJECT
 public:
  explicit MapDocument(QObject* parent = nullptr);

  // The default display CRS: CGCS2000 / 3-degree Gauss-Krüger CM 108E (EPSG:4545), whose
  // central meridian runs through Ankang, so distances and areas on screen are true to a few ppm.
  static Crs defaultDisplayCrs();

  QString title() const { return title_; }
  void setTitle(const QString& title);

  const std::vector<std::shared_ptr<VectorLayer>>& layers() const { return layers_; }
  std::shared_ptr<VectorLayer> layer(const QString& id) const;
  int indexOf(const QString& id) const;
  void addLayer(std::shared_ptr<VectorLayer> layer, int index = -1);  // -1 = on top
  std::shared_ptr<VectorLayer> removeLayer(const QString& id);
  void moveLayer(const QString& id, int newIndex);
  QString uniqueLayerId(const QString& base) const;
  // Call after changing a layer's style, visibility or opacity in place.
  void notifyLayerChanged(const QString& id);

  const Crs& displayCrs() const { return displayCrs_; }
  void setDisplayCrs(const Crs& crs);
  // The extent of every visible layer, in the display CRS.
  Extent fullExtent() const;

 Q_SIGNALS:
  void layersChanged();            // added, removed or reordered
  void layerChanged(const QString& id);  // style, visibility, opacity
  void displayCrsChanged();

 private:
  QString title_;
  std::vector<std::shared_ptr<VectorLayer>> layers_;
  Crs displayCrs_;
};

}  // namespace planmap
