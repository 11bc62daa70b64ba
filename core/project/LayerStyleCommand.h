#pragma once

#include "LayerStyle.h"

#include <QString>
#include <QUndoCommand>

namespace planmap {

class MapDocument;

// Sets one layer's style; undo restores the style it had. For style changes made outside the
// layer-properties dialog (a target-status theme), so they land on the project's undo stack like
// every other edit. A layer removed meanwhile is skipped, not an error.
class LayerStyleCommand : public QUndoCommand {
 public:
  LayerStyleCommand(MapDocument& document, const QString& layerId, LayerStyle style, const QString& text,
                    QUndoCommand* parent = nullptr);

  void redo() override;
  void undo() override;

  const QString& layerId() const { return layerId_; }

 private:
  void apply(const LayerStyle& style);

  MapDocument& document_;
  QString layerId_;
  LayerStyle before_;
  LayerStyle after_;
};

}  // namespace planmap
