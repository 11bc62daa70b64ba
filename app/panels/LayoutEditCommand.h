#pragma once

#include <QJsonArray>
#include <QUndoCommand>

namespace planmap {

class Project;

// One edit of the project's layouts (move, resize, text, page setup, new layout, callout) as an
// undoable step. It swaps the whole layouts array: layouts are small JSON, and swapping keeps undo
// exact whatever the edit was. Pushed on Project::undoStack(), so the main window's Ctrl+Z undoes
// layout edits in order with every other edit.
class LayoutEditCommand : public QUndoCommand {
 public:
  LayoutEditCommand(Project& project, QJsonArray before, QJsonArray after, const QString& text);
  void undo() override;
  void redo() override;

 private:
  Project& project_;
  QJsonArray before_;
  QJsonArray after_;
};

}  // namespace planmap
