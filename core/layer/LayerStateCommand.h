#pragma once

#include "LayerStyle.h"

#include <QString>
#include <QUndoCommand>

namespace planmap {

class MapDocument;

// What the layer tree and the properties dialog change in place: visibility, opacity, style.
struct LayerState {
  bool visible = true;
  double opacity = 1.0;
  LayerStyle style;
  QString title;
};

// Sets a layer's state; undo restores the previous one. Consecutive opacity drags on one layer
// merge into one step.
class LayerStateCommand : public QUndoCommand {
 public:
  enum { Id = 0x504d01 };
  LayerStateCommand(MapDocument* document, const QString& layerId, const LayerState& newState, const QString& text,
                    QUndoCommand* parent = nullptr);
  static LayerState stateOf(MapDocument* document, const QString& layerId);

  void redo() override;
  void undo() override;
  int id() const override { return Id; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  void apply(const LayerState& state);
  MapDocument* document_;
  QString layerId_;
  LayerState before_;
  LayerState after_;
};

}  // namespace planmap
