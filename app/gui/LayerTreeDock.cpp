#include "LayerTreeDock.h"

#include "LayerTreeModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace planmap {

LayerTreeDock::LayerTreeDock(MapDocument* document, QWidget* parent)
    : QWidget(parent), model_(new LayerTreeModel(document, this)), view_(new QTreeView(this)) {
  view_->setModel(model_);
  view_->setHeaderHidden(true);
  view_->setDragEnabled(true);
  view_->setAcceptDrops(true);
  view_->setDropIndicatorShown(true);
  view_->setDragDropMode(QAbstractItemView::InternalMove);
  view_->setDefaultDropAction(Qt::MoveAction);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setContextMenuPolicy(Qt::CustomContextMenu);
  view_->setIconSize(QSize(16, 16));
  view_->setUniformRowHeights(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(view_);
  connect(model_, &QAbstractItemModel::modelReset, this, &LayerTreeDock::expandDefaults);
  connect(view_, &QTreeView::customContextMenuRequested, this, &LayerTreeDock::showContextMenu);
  connect(view_, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
    if (model_->kindAt(index) == LayerTreeModel::NodeKind::Layer) emit propertiesRequested(model_->layerIdAt(index));
  });
  expandDefaults();
}

void LayerTreeDock::expandDefaults() {
  // Groups open; a layer's legend open when it has classes (the map is read through the legend).
  for (int g = 0; g < model_->rowCount(); ++g) {
    const QModelIndex group = model_->index(g, 0);
    view_->expand(group);
    for (int l = 0; l < model_->rowCount(group); ++l) view_->expand(model_->index(l, 0, group));
  }
}

QString LayerTreeDock::currentLayerId() const { return model_->layerIdAt(view_->currentIndex()); }

void LayerTreeDock::showContextMenu(const QPoint& pos) {
  const QModelIndex index = view_->indexAt(pos);
  const QString id = model_->layerIdAt(index);
  if (id.isEmpty() || model_->kindAt(index) == LayerTreeModel::NodeKind::Group) return;
  QMenu menu(this);
  if (model_->isMissing(id)) {
    menu.addAction(tr("Relink…"), this, [this, id] { emit relinkRequested(id); });
    menu.addSeparator();
  }
  menu.addAction(tr("Zoom to layer"), this, [this, id] { emit zoomToLayerRequested(id); });
  menu.addAction(tr("Open attribute table"), this, [this, id] { emit attributeTableRequested(id); });
  menu.addAction(tr("Properties…"), this, [this, id] { emit propertiesRequested(id); });
  menu.addSeparator();
  menu.addAction(tr("Remove layer"), this, [this, id] { emit removeRequested(id); });
  menu.exec(view_->viewport()->mapToGlobal(pos));
}

}  // namespace planmap
