#include "TeamPlanSync.h"

#include "Project.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace planmap {
namespace {

// Hashed keys, so comparing a city's tens of thousands of links after each edit stays linear.
QString linkKey(const FeatureLink& l) {
  return l.layer + QChar(0x1f) + l.feature + QChar(0x1f) + l.item + QChar(0x1f) + linkRoleToString(l.role);
}

QSet<QString> linkKeys(const LinkStore& store) {
  QSet<QString> keys;
  keys.reserve(int(store.links().size()));
  for (const FeatureLink& l : store.links()) keys.insert(linkKey(l));
  return keys;
}

QString recordKey(const ProgressRecord& r) { return r.target + QChar(0x1f) + QString::number(r.year) + QChar(0x1f) + r.scope; }

QHash<QString, const ProgressRecord*> recordIndex(const ProgressStore& store) {
  QHash<QString, const ProgressRecord*> index;
  index.reserve(int(store.records().size()));
  for (const ProgressRecord& r : store.records()) index.insert(recordKey(r), &r);
  return index;
}

QString describe(const ProgressRecord& r) { return QStringLiteral("%1 %2 (%3)").arg(r.target).arg(r.year).arg(r.scope); }

}  // namespace

TeamPlanSync::TeamPlanSync(Project& project, std::shared_ptr<PostGisPlanStore> store, QObject* parent)
    : QObject(parent), project_(project), store_(std::move(store)) {
  connect(&project_, &Project::linksChanged, this, &TeamPlanSync::onLinksChanged);
  connect(&project_, &Project::progressChanged, this, &TeamPlanSync::onProgressChanged);
  loadIntoProject();
}

TeamPlanSync::~TeamPlanSync() = default;

void TeamPlanSync::loadIntoProject() {
  LinkStore links = store_->links();
  ProgressStore progress = store_->progress();
  // Edits still waiting for the server stay visible: they are the planner's, not lost.
  for (const auto& e : store_->pendingLinkEdits()) {
    if (e.add) links.add(e.link);
    else links.remove(e.link);
  }
  for (const auto& e : store_->pendingEdits()) progress.add(e.record);
  const bool wasModified = project_.isModified();
  applying_ = true;
  project_.replacePlanDataFromStore(links, progress);
  applying_ = false;
  if (!wasModified && project_.isModified()) project_.setModified(false);
  baselineLinks_ = std::move(links);
  baselineProgress_ = std::move(progress);
}

Status TeamPlanSync::refresh() {
  if (!store_->pendingEdits().empty() || !store_->pendingLinkEdits().empty()) {
    auto retried = store_->retryPending();
    if (!retried) return Status::fail(retried.error());
    if (retried->conflicts > 0) {
      lastMessage_ = retried->messages.join(QLatin1Char('\n'));
      Q_EMIT conflict(lastMessage_);
    }
  }
  if (Status s = store_->refresh(); !s) return s;
  loadIntoProject();
  Q_EMIT refreshed();
  return Status::ok();
}

int TeamPlanSync::replayEdits(const PlanData& before, const PlanData& edited) {
  int replayed = 0;
  QStringList conflicts;
  const QSet<QString> beforeLinks = linkKeys(before.links), editedLinks = linkKeys(edited.links);
  for (const FeatureLink& l : edited.links.links())
    if (!beforeLinks.contains(linkKey(l)) && project_.links().add(l)) ++replayed;
  for (const FeatureLink& l : before.links.links())
    if (!editedLinks.contains(linkKey(l)) && project_.links().remove(l)) ++replayed;
  // Changed on the server since `before` (or created there meanwhile): someone else's figure.
  const auto changedOnServer = [&](const ProgressRecord& r, const std::optional<ProgressRecord>& old) {
    const auto stored = store_->find(r.target, r.year, r.scope);
    return stored && (!old || stored->record != *old);
  };
  for (const ProgressRecord& r : edited.progress.records()) {
    const auto old = before.progress.find(r.target, r.year, r.scope);
    if (old && *old == r) continue;
    ++replayed;
    project_.progress().add(r);
    if (changedOnServer(r, old)) {
      baselineProgress_.add(r);  // shown, not sent
      conflicts << describe(r);
    }
  }
  for (const ProgressRecord& r : before.progress.records()) {
    if (edited.progress.find(r.target, r.year, r.scope)) continue;
    if (changedOnServer(r, r)) {
      conflicts << describe(r);  // the other planner's newer figure stays
      continue;
    }
    ++replayed;
    project_.progress().remove(r.target, r.year, r.scope);
  }
  if (replayed > 0) {
    Q_EMIT project_.linksChanged();  // sends the differences, like any edit
    Q_EMIT project_.progressChanged();
  }
  if (!conflicts.isEmpty()) {
    lastMessage_ = QStringLiteral("进度记录已被其他用户修改 / changed on the team store by another planner while this project was "
                                  "offline; your figure is kept on screen but not saved — refresh to see theirs: %1")
                       .arg(conflicts.join(QStringLiteral(", ")));
    Q_EMIT conflict(lastMessage_);
  }
  return replayed;
}

void TeamPlanSync::report(const SaveResult& result, const QString& what) {
  switch (result.state) {
    case SaveState::Saved:
      ++saved_;
      Q_EMIT saved(what);
      return;
    case SaveState::Conflict:
      lastMessage_ = result.message;
      Q_EMIT conflict(result.message);
      return;
    case SaveState::Refused:
      lastMessage_ = result.message;
      Q_EMIT refused(result.message);
      return;
    case SaveState::Queued:
      lastMessage_ = result.message;
      Q_EMIT queued(result.message);
      return;
  }
}

void TeamPlanSync::onLinksChanged() {
  if (applying_) return;
  const LinkStore now = project_.links();
  const QSet<QString> nowKeys = linkKeys(now), beforeKeys = linkKeys(baselineLinks_);
  for (const FeatureLink& l : now.links())
    if (!beforeKeys.contains(linkKey(l))) report(store_->addLink(l), QStringLiteral("%1 → %2").arg(l.feature, l.item));
  for (const FeatureLink& l : baselineLinks_.links())
    if (!nowKeys.contains(linkKey(l))) report(store_->removeLink(l), QStringLiteral("%1 ↛ %2").arg(l.feature, l.item));
  // Whatever the store said, this state is now the one later edits are compared with: a refused or
  // conflicting change is reported once, not again with every following edit.
  baselineLinks_ = now;
}

void TeamPlanSync::onProgressChanged() {
  if (applying_) return;
  const ProgressStore now = project_.progress();
  const auto nowIndex = recordIndex(now), beforeIndex = recordIndex(baselineProgress_);
  for (const ProgressRecord& r : now.records()) {
    const ProgressRecord* before = beforeIndex.value(recordKey(r));
    if (before && *before == r) continue;
    StoredProgressRecord edited;
    if (auto stored = store_->find(r.target, r.year, r.scope)) edited = *stored;  // its id and version
    edited.record = r;
    report(store_->saveProgress(edited), describe(r));
  }
  for (const ProgressRecord& r : baselineProgress_.records()) {
    if (nowIndex.contains(recordKey(r))) continue;
    StoredProgressRecord removed;
    if (auto stored = store_->find(r.target, r.year, r.scope)) removed = *stored;
    removed.record = r;
    report(store_->removeProgress(removed), describe(r));
  }
  baselineProgress_ = now;
}

}  // namespace planmap
