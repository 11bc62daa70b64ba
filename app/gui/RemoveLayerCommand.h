#pragma once

#include <QString>
#include <QUndoCommand>
#include <memory>

namespace planmap {

class MapDocument;
struct VectorLayer;

// Removes a layer; undo puts the very same layer object back at its old position.
class RemoveLayerCommand : public QUndoCommand {
 public:
  RemoveLayerCommand(MapDocument* document, const QString& layerId, QUndoCommand* parent = nullptr);
  void redo() override;
  void undo() override;

 private:
  MapDocument* document_;
  QString id_;
  std::shared_ptr<const VectorLayer> layer_;
  int index_ = -1;
};

}  // namespace planmap
