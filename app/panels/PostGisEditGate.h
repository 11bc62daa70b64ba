#pragma once

#include "PostGisEditRights.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace planmap {

// Keeps the window's edit actions in step with what the team-store role may do. The window
// registers its progress-editing and link-editing actions once; whenever it opens a PostGIS plan
// store it calls setRights(store.editRights()) — or check(connection, schema), which asks the server
// on a worker — and the gate disables what the role may not do, with the reason as the action's
// tooltip and status tip. clear() (a local project) enables everything again. badge() is a small
// status-bar label: "Team store ankang · read-only (planner_ro)".
//
// Actions the window enables/disables for other reasons (no selection …) should consult
// allowsProgressEdits()/allowsLinkEdits() before enabling.
class PostGisEditGate : public QObject {
  Q_OBJECT
 public:
  explicit PostGisEditGate(QObject* parent = nullptr);
  ~PostGisEditGate() override;

  void addProgressAction(QAction* action);
  void addLinkAction(QAction* action);
  // A label for the status bar, owned by `parent` (the gate keeps it up to date).
  QLabel* badge(QWidget* parent);

  bool allowsProgressEdits() const { return !rights_ || rights_->canEditProgress; }
  bool allowsLinkEdits() const { return !rights_ || rights_->canEditLinks; }
  bool isTeamStore() const { return rights_.has_value(); }
  // "只读角色 / the PostGIS role … may only read schema …", empty when editing is allowed.
  QString reason() const { return rights_ ? rights_->readOnlyMessage() : QString(); }
  bool isBusy() const { return busy_; }

 public slots:
  void setRights(const planmap::PostGisEditRights& rights);
  // Queries the role's privileges on a worker (its own short-lived connection) and applies them.
  // Until the answer comes, edit actions are disabled (a read-only role must not get a window to edit).
  void check(const QString& connection, const QString& schema);
  // Not on a team store: every registered action is enabled.
  void clear();

 signals:
  void rightsChanged(bool canEditProgress, bool canEditLinks, const QString& reason);
  void checkFailed(const QString& message);

 private:
  struct Entry {
    QPointer<QAction> action;
    QString toolTip;  // the window's own, restored when editing is allowed again
    QString statusTip;
    bool progress = true;
  };
  void add(QAction* action, bool progress);
  void apply();

  QList<Entry> actions_;
  QPointer<QLabel> badge_;
  std::optional<PostGisEditRights> rights_;
  bool busy_ = false;
  int generation_ = 0;
};

}  // namespace planmap
