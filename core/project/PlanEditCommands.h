#pragma once

#include "FeatureLink.h"
#include "ProgressRecord.h"
#include "ProgressStore.h"

#include <QUndoCommand>
#include <optional>
#include <vector>

namespace planmap {

class Project;

// Undoable edits of the project's plan data (links and progress), pushed on Project::undoStack().
// QUndoStack lives in QtGui in Qt 6, so these stay in core and the app only pushes them.
class PlanEditCommand : public QUndoCommand {
 public:
  // Links or unlinks a feature and a plan item.
  static PlanEditCommand* link(Project& project, const FeatureLink& link);
  static PlanEditCommand* unlink(Project& project, const FeatureLink& link);
  // Adds a progress record (or replaces the one with the same target, year and scope).
  static PlanEditCommand* recordProgress(Project& project, const ProgressRecord& record);
  // Removes the record with the same target, year and scope as `record`.
  static PlanEditCommand* removeProgress(Project& project, const ProgressRecord& record);
  // Replaces `before` by `after` in one step; year or scope may change (a record typed under the
  // wrong year is moved, not duplicated). A record already at `after`'s year and scope is replaced.
  static PlanEditCommand* editProgress(Project& project, const ProgressRecord& before, const ProgressRecord& after);

  // Adds many records as one undo step (a spreadsheet import): each replaces the record with the
  // same target, year and scope, if any. One progressChanged for the whole batch.
  static PlanEditCommand* importProgress(Project& project, std::vector<ProgressRecord> records, const QString& fileName);

  void redo() override;
  void undo() override;

 private:
  enum class Kind { Link, Unlink, Progress, RemoveProgress, EditProgress, ImportProgress };
  PlanEditCommand(Project& project, Kind kind, QString text);
  void applyLink(bool add);

  Project& project_;
  Kind kind_;
  FeatureLink link_;
  ProgressRecord record_;
  ProgressRecord previous_;  // EditProgress: the record being replaced
  // What the record's key(s) held before redo: undo puts back only these, never a snapshot of the
  // whole store, so undoing after a team-store refresh cannot bring back other planners' old figures.
  std::optional<ProgressRecord> beforeAtRecord_;
  std::optional<ProgressRecord> beforeAtPrevious_;
  std::vector<ProgressRecord> batch_;                    // ImportProgress
  std::vector<std::optional<ProgressRecord>> batchBefore_;  // what each batch key held before redo
  bool changed_ = false;  // a link that was already there (or absent) is not undone into existence
};

}  // namespace planmap
