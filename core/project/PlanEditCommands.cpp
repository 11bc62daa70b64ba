#include "PlanEditCommands.h"

#include "Project.h"

#include <QCoreApplication>

namespace planmap {
namespace {
// How the undo list names a plan item: by its name (indicator), not its id ("c11s5-t02").
QString itemLabel(const Project& project, const QString& id) {
  const PlanItem* item = project.catalog().itemById(id);
  if (!item) return id;
  return item->indicator.isEmpty() ? item->name : item->indicator;
}
}  // namespace

PlanEditCommand::PlanEditCommand(Project& project, Kind kind, QString text)
    : QUndoCommand(std::move(text)), project_(project), kind_(kind) {}

PlanEditCommand* PlanEditCommand::link(Project& project, const FeatureLink& link) {
  auto* c = new PlanEditCommand(project, Kind::Link,
                                QCoreApplication::translate("planmap", "Link %1 to %2").arg(link.feature, itemLabel(project, link.item)));
  c->link_ = link;
  return c;
}

PlanEditCommand* PlanEditCommand::unlink(Project& project, const FeatureLink& link) {
  auto* c = new PlanEditCommand(project, Kind::Unlink,
                                QCoreApplication::translate("planmap", "Unlink %1 from %2").arg(link.feature, itemLabel(project, link.item)));
  c->link_ = link;
  return c;
}

PlanEditCommand* PlanEditCommand::recordProgress(Project& project, const ProgressRecord& record) {
  auto* c = new PlanEditCommand(project, Kind::Progress,
                                QCoreApplication::translate("planmap", "Record progress of %1 (%2)").arg(itemLabel(project, record.target)).arg(record.year));
  c->record_ = record;
  return c;
}

PlanEditCommand* PlanEditCommand::removeProgress(Project& project, const ProgressRecord& record) {
  auto* c = new PlanEditCommand(project, Kind::RemoveProgress,
                                QCoreApplication::translate("planmap", "Remove progress of %1 (%2)").arg(itemLabel(project, record.target)).arg(record.year));
  c->record_ = record;
  return c;
}

PlanEditCommand* PlanEditCommand::editProgress(Project& project, const ProgressRecord& before, const ProgressRecord& after) {
  auto* c = new PlanEditCommand(project, Kind::EditProgress,
                                QCoreApplication::translate("planmap", "Edit progress of %1 (%2)").arg(itemLabel(project, after.target)).arg(after.year));
  c->previous_ = before;
  c->record_ = after;
  return c;
}

PlanEditCommand* PlanEditCommand::importProgress(Project& project, std::vector<ProgressRecord> records, const QString& fileName) {
  auto* c = new PlanEditCommand(project, Kind::ImportProgress,
                                QCoreApplication::translate("planmap", "Import %n progress record(s) from %1", nullptr, int(records.size())).arg(fileName));
  c->batch_ = std::move(records);
  return c;
}

void PlanEditCommand::applyLink(bool add) {
  if (add) changed_ = project_.links().add(link_);
  else changed_ = project_.links().remove(link_);
  Q_EMIT project_.linksChanged();
}

void PlanEditCommand::redo() {
  switch (kind_) {
    case Kind::Link: applyLink(true); break;
    case Kind::Unlink: applyLink(false); break;
    case Kind::Progress:
    case Kind::RemoveProgress:
    case Kind::EditProgress:
      // Undo must bring back a record that this one replaced (or moved away from), too.
      beforeAtRecord_ = project_.progress().find(record_.target, record_.year, record_.scope);
      if (kind_ == Kind::EditProgress) beforeAtPrevious_ = project_.progress().find(previous_.target, previous_.year, previous_.scope);
      if (kind_ == Kind::EditProgress) project_.progress().remove(previous_.target, previous_.year, previous_.scope);
      if (kind_ == Kind::RemoveProgress) project_.progress().remove(record_.target, record_.year, record_.scope);
      else project_.progress().add(record_);
      Q_EMIT project_.progressChanged();
      break;
    case Kind::ImportProgress:
      batchBefore_.clear();
      batchBefore_.reserve(batch_.size());
      for (const ProgressRecord& r : batch_) {
        batchBefore_.push_back(project_.progress().find(r.target, r.year, r.scope));
        project_.progress().add(r);
      }
      Q_EMIT project_.progressChanged();
      break;
  }
}

void PlanEditCommand::undo() {
  switch (kind_) {
    case Kind::Link:
      if (changed_) project_.links().remove(link_);
      Q_EMIT project_.linksChanged();
      break;
    case Kind::Unlink:
      if (changed_) project_.links().add(link_);
      Q_EMIT project_.linksChanged();
      break;
    case Kind::Progress:
    case Kind::RemoveProgress:
    case Kind::EditProgress:
      project_.progress().remove(record_.target, record_.year, record_.scope);
      if (kind_ == Kind::EditProgress) {
        project_.progress().remove(previous_.target, previous_.year, previous_.scope);
        if (beforeAtPrevious_) project_.progress().add(*beforeAtPrevious_);
      }
      if (beforeAtRecord_) project_.progress().add(*beforeAtRecord_);
      Q_EMIT project_.progressChanged();
      break;
    case Kind::ImportProgress:
      for (std::size_t i = batch_.size(); i-- > 0;) {
        const ProgressRecord& r = batch_[i];
        project_.progress().remove(r.target, r.year, r.scope);
        if (i < batchBefore_.size() && batchBefore_[i]) project_.progress().add(*batchBefore_[i]);
      }
      Q_EMIT project_.progressChanged();
      break;
  }
}

}  // namespace planmap
