#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace planmap {

// The one way PlanMap writes a file (projects, exports, reports, CSV, JSON, caches). A crash, a kill
// or a full disk at any moment leaves either the old file or the new one, never a torn one:
//  - the target is checked first: its folder must exist, and an existing target must be a regular
//    file (a device, FIFO or socket is never replaced; a symlink is written through to its file);
//  - the bytes go to ".NAME.<pid>.<n>.part" in the same folder, created with the user's umask (an
//    existing target keeps its permissions); stale ".NAME.*.part" files of dead writers are removed;
//  - every write, the fsync and the close are checked; on any failure the temporary is removed, the
//    old file stays as it was, and the message says why ("disk full", "permission denied", …);
//  - then the temporary is renamed over the target and the folder is fsync'ed.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(QString path);
  ~AtomicFileWriter();  // removes the temporary unless commit() succeeded
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  Status open();
  Status append(const char* data, qint64 size);
  Status append(const QByteArray& bytes) { return append(bytes.constData(), bytes.size()); }
  Status commit();
  void cancel();
  const QString& path() const { return path_; }

  // The whole file at once.
  static Status write(const QString& path, const QByteArray& contents);
  // Whether `path` may be written (folder exists, target absent or a regular file), before any work.
  static Status checkTarget(const QString& path);
  // The cause for an errno as users read it: ENOSPC is "disk full (no space left on device)".
  static QString describeErrno(int error);
  // Removes ".NAME.*.part" files beside `path` left by writers that no longer run.
  static void removeStaleTemporaries(const QString& path);

  // Tests without root (no tmpfs to fill): every write after `bytes` more bytes fails with ENOSPC;
  // a negative value turns it off. Process-wide.
  static void injectDiskFullAfterForTesting(qint64 bytes);

 private:
  Status fail(const QString& what, int error);

  QString path_;    // as given, for messages
  QString target_;  // symlinks resolved
  QString temporary_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace planmap
