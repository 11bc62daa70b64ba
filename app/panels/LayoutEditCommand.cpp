#include "LayoutEditCommand.h"

#include "Project.h"

namespace planmap {

LayoutEditCommand::LayoutEditCommand(Project& project, QJsonArray before, QJsonArray after, const QString& text)
    : QUndoCommand(text), project_(project), before_(std::move(before)), after_(std::move(after)) {}

void LayoutEditCommand::undo() { project_.setLayoutsFromUndoCommand(before_); }

void LayoutEditCommand::redo() { project_.setLayoutsFromUndoCommand(after_); }

}  // namespace planmap
