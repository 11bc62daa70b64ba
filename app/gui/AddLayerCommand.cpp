#include "AddLayerCommand.h"

#include "MapDocument.h"

#include <QCoreApplication>

namespace planmap {

AddLayerCommand::AddLayerCommand(MapDocument* document, std::shared_ptr<const VectorLayer> layer, int index,
                                 QUndoCommand* parent)
    : QUndoCommand(parent), document_(document), layer_(std::move(layer)), index_(index) {
  setText(QCoreApplication::translate("planmap::AddLayerCommand", "Add layer %1").arg(layer_->title));
}

void AddLayerCommand::redo() { layer_ = document_->addLayer(layer_, index_); }

void AddLayerCommand::undo() { document_->removeLayer(layer_->id); }

}  // namespace planmap
