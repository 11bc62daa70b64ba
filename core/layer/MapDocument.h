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

  // Layers are immutable once they are in the document: a change (style, visibility, title,
  // relinked features) builds a new VectorLayer, sharing the FeatureStore, and swaps it in with
  // replaceLayer(). So a copy of layers() taken on the UI thread is a snapshot a worker may read
  // for as long as it likes while the planner goes on editing.
  using LayerPtr = std::shared_ptr<const VectorLayer>;
  using LayerList = std::vector<LayerPtr>;

  const LayerList& layers() const { return layers_; }
  // The layers as they are now, for a worker (render, layout export, analysis): a copy of the list.
  LayerList snapshot() const { return layers_; }
  LayerPtr layer(const QString& id) const;
  int indexOf(const QString& id) const;
  // Inserts `layer` (-1 = on top). A missing or taken id is replaced by a unique one, on a copy;
  // returns the layer as it is in the document.
  LayerPtr addLayer(LayerPtr layer, int index = -1);
  LayerPtr removeLayer(const QString& id);
  void moveLayer(const QString& id, int newIndex);
  QString uniqueLayerId(const QString& base) const;
  // Swaps in a new version of layer `id` (same place; the new layer keeps the id) and emits
  // layerChanged(id). False when there is no such layer. UI thread only.
  bool replaceLayer(const QString& id, LayerPtr layer);
  // A new version of layer `id` made by `edit` on a copy of it, swapped in. False: no such layer.
  template <typename Edit>
  bool editLayer(const QString& id, Edit&& edit) {
    const LayerPtr current = layer(id);
    if (!current) return false;
    auto next = std::make_shared<VectorLayer>(*current);
    edit(*next);
    return replaceLayer(id, std::move(next));
  }

  const Crs& displayCrs() const { return displayCrs_; }
  void setDisplayCrs(const Crs& crs);
  // The extent of every visible layer, in the display CRS.
  Extent fullExtent() const;

 Q_SIGNALS:
  void layersChanged();            // added, removed or reordered
  void layerChanged(const QString& id);  // replaced: style, visibility, opacity, title, data
  void displayCrsChanged();

 private:
  QString title_;
  LayerList layers_;
  Crs displayCrs_;
};

}  // namespace planmap
