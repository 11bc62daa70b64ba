#pragma once

#include "FeatureLink.h"
#include "Result.h"
#include "StoredProgressRecord.h"

#include <QString>
#include <optional>
#include <vector>

namespace planmap {

// Edits that could not reach the server yet, mirrored to a small JSON file next to the user's data
// ("format": "planmap-postgis-journal", "version": 1) so that they survive a crash or a closed app,
// not only a dropped connection. Written atomically on every change.
class PendingEditJournal {
 public:
  explicit PendingEditJournal(QString path = {});

  const QString& path() const { return path_; }
  // Reads the file if it exists (a missing file is an empty journal).
  Status load(const QString& expectedSchema);
  Status save() const;

  // A second pending edit of the same record (id, or target/year/scope for a new one) replaces the first.
  void enqueue(const StoredProgressRecord& edit);
  void remove(const StoredProgressRecord& edit);
  // The pending edit of the same record as `edit`, if any.
  std::optional<StoredProgressRecord> pendingFor(const StoredProgressRecord& edit) const;
  const std::vector<StoredProgressRecord>& pending() const { return pending_; }
  // Edits that met a conflict on retry: kept for the planner to look at, never sent again blindly.
  void markConflict(const StoredProgressRecord& edit);
  const std::vector<StoredProgressRecord>& conflicts() const { return conflicts_; }
  void clearConflicts();

  // Link changes waiting for the server. Adding and removing a link are idempotent on the server,
  // so they never conflict; a later change of the same link replaces an earlier one.
  struct LinkEdit {
    bool add = true;
    FeatureLink link;
  };
  void enqueueLink(const LinkEdit& edit);
  void removeLink(const LinkEdit& edit);
  const std::vector<LinkEdit>& pendingLinks() const { return links_; }
  void setSchema(const QString& schema) { schema_ = schema; }

 private:
  QString path_;
  QString schema_;
  std::vector<StoredProgressRecord> pending_;
  std::vector<StoredProgressRecord> conflicts_;
  std::vector<LinkEdit> links_;
};

}  // namespace planmap
