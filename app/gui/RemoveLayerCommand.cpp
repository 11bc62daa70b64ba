#include "RemoveLayerCommand.h"

#include "MapDocument.h"

#include <QCoreApplication>

namespace planmap {

RemoveLayerCommand::RemoveLayerCommand(MapDocument* document, const QString& layerId, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), id_(layerId) {
  const auto layer = document_->layer(layerId);
  setText(QCoreApplication::translate("planmap::RemoveLayerCommand", "Remove layer %1")
              .arg(layer ? layer->title : layerId));
}

void RemoveLayerCommand::redo() {
  index_ = document_->indexOf(id_);
  layer_ = document_->removeLayer(id_);
}

void RemoveLayerCommand::undo() {
  if (layer_) document_->addLayer(layer_, index_);
}

}  // namespace planmap
