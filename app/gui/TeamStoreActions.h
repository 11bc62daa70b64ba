#pragma once

#include "PlanStoreRef.h"
#include "TeamPlanSync.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace planmap {

class MessageBar;
class PostGisEditGate;
class PostGisPlanStore;
class PostGisStoreOpener;
class Project;

// The window's team store for plan data: the project's `plan_store` (a PostGIS schema published by
// PlanMap) holds the links and progress two planners share. "Connect project to team store…" asks
// for the connection (no password) and schema and records them in the project; a project that
// names one opens it on a worker (PostGisStoreOpener, the window never waits), binds it
// (TeamPlanSync: the store's links and progress replace the local ones, each edit is saved with its
// version), and sets the edit gate from the role's rights. "Refresh from team store" (F5) re-reads
// it. Conflicts, refusals and edits queued while the server is away are shown in the message bar.
class TeamStoreActions : public QObject {
  Q_OBJECT
 public:
  // `gate` may be null (no edit actions to keep in step).
  TeamStoreActions(Project& project, QWidget* window, MessageBar* messages, PostGisEditGate* gate);
  ~TeamStoreActions() override;

  QAction* connectAction() const { return connect_; }
  QAction* refreshAction() const { return refresh_; }
  QAction* disconnectAction() const { return disconnect_; }
  // The binding once the store is open (null before, or when opening failed).
  TeamPlanSync* sync() const { return sync_; }
  bool isOpening() const;
  // The last message shown in the message bar by these actions.
  QString lastMessage() const { return lastMessage_; }

 public Q_SLOTS:
  // Records `store` in the project (an unsaved change) and opens it; empty = local plan data only.
  void connectTo(const planmap::PlanStoreRef& store);
  // Opens the store the project names, on a worker; storeOpened or storeFailed follows.
  void openProjectStore();
  // Sends queued edits and re-reads the store (what other planners saved appears).
  void refresh();

 Q_SIGNALS:
  void storeOpened();
  void storeFailed(const QString& message);
  void refreshed(bool ok);

 private:
  void openDialog();
  void disconnectStore();
  void bind(std::shared_ptr<PostGisPlanStore> store);
  void show(const QString& text, int level);
  void updateActions();

  Project& project_;
  QWidget* window_;
  MessageBar* messages_;
  PostGisEditGate* gate_;
  PostGisStoreOpener* opener_;
  TeamPlanSync* sync_ = nullptr;
  QAction* connect_;
  QAction* refresh_;
  QAction* disconnect_;
  QString lastMessage_;
  // The plan data when the store started opening: edits made until it is bound (or while it could
  // not be opened) are replayed onto the store's data, not lost.
  std::optional<TeamPlanSync::PlanData> openedFrom_;
};

}  // namespace planmap
