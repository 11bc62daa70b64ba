#pragma once

#include <QWidget>

class QTreeView;

namespace planmap {

class LayerTreeModel;
class MapDocument;

// The layer panel: the grouped layer tree with checkboxes, drag to reorder, and a context menu
// (zoom to layer, attribute table, properties, remove). Requests go to the window as signals.
class LayerTreeDock : public QWidget {
  Q_OBJECT
 public:
  explicit LayerTreeDock(MapDocument* document, QWidget* parent = nullptr);
  LayerTreeModel* model() const { return model_; }
  QTreeView* view() const { return view_; }
  QString currentLayerId() const;

 Q_SIGNALS:
  void zoomToLayerRequested(const QString& layerId);
  void attributeTableRequested(const QString& layerId);
  void propertiesRequested(const QString& layerId);
  void removeRequested(const QString& layerId);
  void relinkRequested(const QString& layerId);

 private:
  void expandDefaults();
  void showContextMenu(const QPoint& pos);

  LayerTreeModel* model_;
  QTreeView* view_;
};

}  // namespace planmap
