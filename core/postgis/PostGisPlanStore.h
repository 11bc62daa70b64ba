#pragma once

#include "LinkStore.h"
#include "PgRows.h"
#include "PostGisEditRights.h"
#include "PendingEditJournal.h"
#include "ProgressStore.h"
#include "Result.h"
#include "StoredProgressRecord.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace planmap {

class PostGisConnection;

// The team's shared links and progress figures in a PostGIS schema published by PlanMap. Each
// planner's app holds one: refresh() reads what everyone saved; saveProgress() writes one record
// with optimistic concurrency (UPDATE … WHERE id = $1 AND version = $2), so the second of two
// planners editing the same figure gets a conflict message instead of overwriting the first.
// A role without INSERT/UPDATE on the tables cannot edit (canEdit() is false and saves are refused
// before reaching the server, which would refuse them too). When the connection drops, edits are
// kept in memory and in a local JSON journal (PendingEditJournal) and sent on retryPending().
// One thread at a time (it owns one libpq connection).
class PostGisPlanStore {
 public:
  // Saves reconnect on the caller's (usually the UI) thread when the connection has dropped: a hung
  // server must cost seconds, not libpq's default, before the edit is queued locally. Applies
  // unless the connection text sets connect_timeout.
  static constexpr int kConnectTimeoutSeconds = 3;

  struct Options {
    // Where unsaved edits are journaled; empty = <AppLocalData>/postgis-journal-<hash>.json.
    QString journalPath;
  };

  static Result<std::unique_ptr<PostGisPlanStore>> open(const QString& connection, const QString& schema,
                                                        const Options& options);
  static Result<std::unique_ptr<PostGisPlanStore>> open(const QString& connection, const QString& schema) {
    return open(connection, schema, Options{});
  }
  ~PostGisPlanStore();

  const QString& schema() const { return schema_; }
  QString role() const { return role_; }
  // May this role save progress records (INSERT and UPDATE on planmap_progress)? Read once at open.
  bool canEdit() const { return canEdit_; }
  // May it add and remove links (INSERT and DELETE on planmap_links)?
  bool canEditLinks() const { return canEditLinks_; }
  // Both, with the role and schema, for the window's edit actions (PostGisEditGate).
  PostGisEditRights editRights() const { return PostGisEditRights{role_, schema_, canEdit_, canEditLinks_}; }
  bool isConnected() const;

  // Reloads links and progress from the server (what other planners saved appears here).
  Status refresh();
  const LinkStore& links() const { return links_; }
  const ProgressStore& progress() const { return progress_; }
  const std::vector<StoredProgressRecord>& progressRecords() const { return records_; }
  std::optional<StoredProgressRecord> find(const QString& target, int year, const QString& scope = QStringLiteral("city")) const;

  // Saves `edited` (id 0 = a new record; version = the version it was read at).
  SaveResult saveProgress(const StoredProgressRecord& edited);
  // Deletes the stored record `edited` (its id and the version it was read at): Saved, Conflict
  // (changed or deleted by someone else since), Refused (read-only role, no DELETE privilege, or
  // the connection is down: a removal is not queued, the record comes back on refresh).
  SaveResult removeProgress(const StoredProgressRecord& edited);
  // Link changes: Saved, Refused (read-only role, server error) or Queued (connection down).
  SaveResult addLink(const FeatureLink& link);
  SaveResult removeLink(const FeatureLink& link);

  // Edits waiting for the server, and those that met a conflict when retried.
  const std::vector<StoredProgressRecord>& pendingEdits() const { return journal_.pending(); }
  const std::vector<StoredProgressRecord>& conflictedEdits() const { return journal_.conflicts(); }
  const std::vector<PendingEditJournal::LinkEdit>& pendingLinkEdits() const { return journal_.pendingLinks(); }
  QString journalPath() const { return journal_.path(); }
  struct RetryReport {
    int saved = 0;
    int conflicts = 0;
    int stillPending = 0;
    QStringList messages;
  };
  // Reconnects if needed and sends the pending edits, oldest first. Fails only when the server is
  // still unreachable (the edits stay queued).
  Result<RetryReport> retryPending();

  PostGisConnection& connection() { return *connection_; }

 private:
  PostGisPlanStore() = default;
  Status detectRights();
  SaveResult sendProgress(const StoredProgressRecord& edited);
  SaveResult conflict(const StoredProgressRecord& edited);
  SaveResult queue(const StoredProgressRecord& edited, const QString& why);
  SaveResult changeLink(const PendingEditJournal::LinkEdit& edit);
  Result<PgRows> sendLink(const PendingEditJournal::LinkEdit& edit);
  void rememberSaved(const StoredProgressRecord& stored);
  QString table(const char* name) const;

  std::unique_ptr<PostGisConnection> connection_;
  QString schema_;
  QString role_;
  bool canEdit_ = false;
  bool canEditLinks_ = false;
  LinkStore links_;
  ProgressStore progress_;
  std::vector<StoredProgressRecord> records_;
  PendingEditJournal journal_;
};

}  // namespace planmap
