#pragma once

#include "LinkStore.h"
#include "PostGisPlanStore.h"
#include "ProgressStore.h"
#include "Result.h"

#include <QObject>
#include <QString>
#include <memory>

namespace planmap {

class Project;

// Binds a Project's links and progress to a PostGIS team store (PostGisPlanStore), so two planners'
// apps share them. On binding (and on refresh()) the project's links and progress are replaced by
// the store's — not an undo step, not an unsaved change. Every later change of the project's links
// or progress (an edit, its undo or redo) is found by comparing with what the store last gave, and
// written to the store: a changed or new progress record with the version it was read at, so a
// record another planner changed meanwhile is a conflict (conflict() says who and when; the store
// keeps their figure, the project keeps the planner's until refresh); a read-only role is refused
// (refused()); a dropped connection keeps the edit in the store's PendingEditJournal (queued()).
// UI thread only, like the store it holds.
class TeamPlanSync : public QObject {
  Q_OBJECT
 public:
  TeamPlanSync(Project& project, std::shared_ptr<PostGisPlanStore> store, QObject* parent = nullptr);
  ~TeamPlanSync() override;

  PostGisPlanStore& store() { return *store_; }
  const std::shared_ptr<PostGisPlanStore>& sharedStore() const { return store_; }
  Project& project() { return project_; }

  // Sends edits queued while the server was away, then re-reads the store and replaces the
  // project's links and progress with it (edits still queued stay shown). Fails when the server
  // cannot be reached (the project keeps what it shows).
  Status refresh();

  // The project's links and progress at some moment (its file's copy, when the store started opening).
  struct PlanData {
    LinkStore links;
    ProgressStore progress;
  };
  // Edits the planner made while the store was opening or unreachable (`edited` against `before`,
  // both taken from the project before binding) are put back on top of the store's data and sent,
  // so they are not lost. A record another planner changed on the server since `before` is not
  // sent: conflict() names it, and the planner's figure stays on screen until refresh.
  // Returns how many edits were put back.
  int replayEdits(const PlanData& before, const PlanData& edited);

  // Counts since binding, for the window's status and for tests.
  int savedCount() const { return saved_; }
  QString lastMessage() const { return lastMessage_; }

 Q_SIGNALS:
  void saved(const QString& what);
  void conflict(const QString& message);
  void refused(const QString& message);
  void queued(const QString& message);
  void refreshed();

 private:
  void loadIntoProject();
  void onLinksChanged();
  void onProgressChanged();
  void report(const SaveResult& result, const QString& what);

  Project& project_;
  std::shared_ptr<PostGisPlanStore> store_;
  LinkStore baselineLinks_;
  ProgressStore baselineProgress_;
  bool applying_ = false;
  int saved_ = 0;
  QString lastMessage_;
};

}  // namespace planmap
