#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace planmap {

// The one way PlanMap opens a file it reads (projects, catalogs, rules, progress, layouts, .prj,
// layers before GDAL sees them). A FIFO blocks forever and a device such as /dev/zero never ends,
// and both report size 0, so a size check on stat() alone does not help:
//  - the path is resolved (symlinks followed; a loop is "symlink loop", not "file not found") and
//    must be a regular file, or a folder where a folder is meant;
//  - reads are bounded by a limit counted while reading, not by what stat() said;
//  - a read that stalls longer than the timeout is abandoned.
class InputFile {
 public:
  enum class Kind { File, Folder, FileOrFolder };
  // The largest JSON document PlanMap reads (catalogs, links, progress, layouts, rules).
  static constexpr qint64 kMaxJsonBytes = 256ll * 1024 * 1024;

  // An error naming the path and why it cannot be read as `kind`, or ok.
  static Status check(const QString& path, Kind kind = Kind::File);
  // The whole file, at most `maxBytes`; `what` names the kind of file in the message ("project file").
  static Result<QByteArray> readAll(const QString& path, qint64 maxBytes, const QString& what = {},
                                    int stallTimeoutMs = 10000);
  // As above but reading at most `maxBytes` and returning them without failing when there is more.
  static Result<QByteArray> readHead(const QString& path, qint64 maxBytes, int stallTimeoutMs = 10000);
};

}  // namespace planmap
