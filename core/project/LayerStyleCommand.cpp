#include "LayerStyleCommand.h"

#include "MapDocument.h"

namespace planmap {

LayerStyleCommand::LayerStyleCommand(MapDocument& document, const QString& layerId, LayerStyle style,
                                     const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), document_(document), layerId_(layerId), after_(std::move(style)) {
  if (const auto layer = document_.layer(layerId_)) before_ = layer->style;
}

void LayerStyleCommand::apply(const LayerStyle& style) {
  const auto layer = document_.layer(layerId_);
  if (!layer) return;
  layer->style = style;
  document_.notifyLayerChanged(layerId_);
}

void LayerStyleCommand::redo() { apply(after_); }

void LayerStyleCommand::undo() { apply(before_); }

}  // namespace planmap
