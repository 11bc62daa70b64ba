#pragma once

#include "ConstraintMarking.h"

#include <QString>
#include <QUndoCommand>
#include <optional>

namespace planmap {

class Project;

// Marks a project layer as a constraint (red line), changes its marking, or unmarks it: one undo step.
class ConstraintMarkingCommand : public QUndoCommand {
 public:
  ConstraintMarkingCommand(Project& project, QString layerId, std::optional<ConstraintMarking> marking);
  void redo() override;
  void undo() override;

 private:
  Project& project_;
  QString layerId_;
  std::optional<ConstraintMarking> before_;
  std::optional<ConstraintMarking> after_;
};

}  // namespace planmap
