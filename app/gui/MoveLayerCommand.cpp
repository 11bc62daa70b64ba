#include "MoveLayerCommand.h"

#include "MapDocument.h"

#include <QCoreApplication>

namespace planmap {

MoveLayerCommand::MoveLayerCommand(MapDocument* document, const QString& layerId, int newIndex, QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), id_(layerId), from_(document->indexOf(layerId)), to_(newIndex) {
  const auto layer = document_->layer(layerId);
  setText(QCoreApplication::translate("planmap::MoveLayerCommand", "Move layer %1").arg(layer ? layer->title : layerId));
}

void MoveLayerCommand::redo() { document_->moveLayer(id_, to_); }

void MoveLayerCommand::undo() { document_->moveLayer(id_, from_); }

}  // namespace planmap
