#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace planmap {

// Writes a whole file so that a crash or kill at any moment leaves either the old file or the new
// one, never a torn one: the bytes go to a temporary file in the same folder, are flushed and
// fsync'ed, then renamed over the target (rename is atomic within one file system), then the folder
// is fsync'ed so the rename itself survives a power cut.
class AtomicFileWriter {
 public:
  static Status write(const QString& path, const QByteArray& contents);
};

}  // namespace planmap
