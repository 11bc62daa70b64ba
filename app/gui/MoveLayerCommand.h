#pragma once

#include <QString>
#include <QUndoCommand>

namespace planmap {

class MapDocument;

// Moves a layer to another position in the drawing order (0 = bottom).
class MoveLayerCommand : public QUndoCommand {
 public:
  MoveLayerCommand(MapDocument* document, const QString& layerId, int newIndex, QUndoCommand* parent = nullptr);
  void redo() override;
  void undo() override;

 private:
  MapDocument* document_;
  QString id_;
  int from_;
  int to_;
};

}  // namespace planmap
