#pragma once

#include "ProgressRecord.h"

#include <QString>

namespace planmap {

// A progress record as the team store holds it: the record plus its row id and the version it was
// read at. Saving sends the version back; the server accepts the change only if nobody changed the
// row since (optimistic concurrency), so a planner never overwrites a figure they have not seen.
struct StoredProgressRecord {
  long long id = 0;  // 0 = not on the server yet
  int version = 0;   // the version this copy was read at (0 for a new record)
  ProgressRecord record;
  QString updatedBy;  // role that saved the current version (informational)
};

// What happened to one save.
enum class SaveState {
  Saved,     // on the server; `stored` has the new version
  Conflict,  // someone else changed (or created) the record first: reload and retry
  Refused,   // the role may not write, or the server rejected the values
  Queued,    // the connection is down: kept in the local journal, retried on reconnect
};

struct SaveResult {
  SaveState state = SaveState::Refused;
  QString message;  // empty when saved
  StoredProgressRecord stored;
  int serverVersion = 0;  // on a conflict: the version the server has now (0 if the row is gone)
  bool ok() const { return state == SaveState::Saved; }
};

}  // namespace planmap
