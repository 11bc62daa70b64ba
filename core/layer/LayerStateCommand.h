#pragma once

#include "LayerStyle.h"

#include <QString>
#include <QUndoCommand>

namespace planmap {

class MapDocument;

// What the planner sets on a layer without touching its data: visibility, opacity, style, title.
struct LayerState {
  bool visible = true;
  double opacity = 1.0;
  LayerStyle style;
  QString title;
};

// The one command that sets a layer's state (layer tree, properties dialog, target-status theme);
// undo restores the previous one. It never changes the layer in place: it builds a new layer
// (sharing the features) and swaps it in with MapDocument::replaceLayer, so a worker drawing the
// old one is unaffected. A layer removed meanwhile is skipped, not an error. Consecutive opacity
// drags on one layer merge into one step.
class LayerStateCommand : public QUndoCommand {
 public:
  enum { Id = 0x504d01 };
  LayerStateCommand(MapDocument* document, const QString& layerId, const LayerState& newState, const QString& text,
                    QUndoCommand* parent = nullptr);
  // Only the style changes (e.g. a target-status theme); the rest is kept as it is now.
  static LayerStateCommand* styleChange(MapDocument& document, const QString& layerId, const LayerStyle& style,
                                        const QString& text, QUndoCommand* parent = nullptr);
  static LayerState stateOf(const MapDocument* document, const QString& layerId);

  void redo() override;
  void undo() override;
  int id() const override { return Id; }
  bool mergeWith(const QUndoCommand* other) override;

  const QString& layerId() const { return layerId_; }

 private:
  void apply(const LayerState& state);
  MapDocument* document_;
  QString layerId_;
  LayerState before_;
  LayerState after_;
};

}  // namespace planmap
