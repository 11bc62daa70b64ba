#include "LayerStateCommand.h"

#include "MapDocument.h"

namespace planmap {

LayerStateCommand::LayerStateCommand(MapDocument* document, const QString& layerId, const LayerState& newState,
                                     const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), document_(document), layerId_(layerId), before_(stateOf(document, layerId)),
      after_(newState) {}

LayerStateCommand* LayerStateCommand::styleChange(MapDocument& document, const QString& layerId,
                                                  const LayerStyle& style, const QString& text, QUndoCommand* parent) {
  LayerState state = stateOf(&document, layerId);
  state.style = style;
  return new LayerStateCommand(&document, layerId, state, text, parent);
}

LayerState LayerStateCommand::stateOf(const MapDocument* document, const QString& layerId) {
  LayerState state;
  if (const auto layer = document->layer(layerId)) {
    state.visible = layer->visible;
    state.opacity = layer->opacity;
    state.style = layer->style;
    state.title = layer->title;
  }
  return state;
}

void LayerStateCommand::apply(const LayerState& state) {
  document_->editLayer(layerId_, [&state](VectorLayer& layer) {
    layer.visible = state.visible;
    layer.opacity = state.opacity;
    layer.style = state.style;
    layer.title = state.title;
  });
}

void LayerStateCommand::redo() { apply(after_); }

void LayerStateCommand::undo() { apply(before_); }

bool LayerStateCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = static_cast<const LayerStateCommand*>(other);
  // Only pure opacity changes merge (a slider drag); anything else stays its own undo step.
  if (next->layerId_ != layerId_ || next->after_.visible != after_.visible || !(next->after_.style == after_.style) ||
      next->after_.title != after_.title || next->before_.opacity != after_.opacity || after_.opacity == before_.opacity)
    return false;
  after_ = next->after_;
  return true;
}

}  // namespace planmap
