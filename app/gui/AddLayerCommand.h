#pragma once

#include <QUndoCommand>
#include <memory>

namespace planmap {

class MapDocument;
struct VectorLayer;

// Adds a layer to the document (undo removes it again; the layer object survives in the command).
class AddLayerCommand : public QUndoCommand {
 public:
  AddLayerCommand(MapDocument* document, std::shared_ptr<const VectorLayer> layer, int index = -1,
                  QUndoCommand* parent = nullptr);
  void redo() override;
  void undo() override;

 private:
  MapDocument* document_;
  std::shared_ptr<const VectorLayer> layer_;
  int index_;
};

}  // namespace planmap
