#include "ConstraintMarkingCommand.h"

#include "Project.h"

#include <QCoreApplication>

namespace planmap {

ConstraintMarkingCommand::ConstraintMarkingCommand(Project& project, QString layerId, std::optional<ConstraintMarking> marking)
    : project_(project), layerId_(std::move(layerId)), after_(std::move(marking)) {
  if (const ConstraintMarking* current = project_.constraintMarking(layerId_)) before_ = *current;
  setText(after_ ? QCoreApplication::translate("ConstraintMarkingCommand", "Mark %1 as a constraint layer").arg(layerId_)
                 : QCoreApplication::translate("ConstraintMarkingCommand", "Unmark constraint layer %1").arg(layerId_));
}

void ConstraintMarkingCommand::redo() { project_.setConstraintMarking(layerId_, after_); }
void ConstraintMarkingCommand::undo() { project_.setConstraintMarking(layerId_, before_); }

}  // namespace planmap
