#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace planmap {

Status AtomicFileWriter::write(const QString& path, const QByteArray& contents) {
  QSaveFile file(path);
  // QSaveFile writes to "<name>.XXXXXX" beside the target and renames on commit(); a failure or a
  // kill before commit() leaves only that temporary file behind, which the next save replaces.
  if (!file.open(QIODevice::WriteOnly))
    return Status::fail(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
  if (file.write(contents) != contents.size()) {
    file.cancelWriting();
    return Status::fail(QStringLiteral("%1: write failed (%2)").arg(path, file.errorString()));
  }
  file.flush();
  // QSaveFile does not fsync before renaming; without it a power cut can leave an empty file.
  if (::fsync(file.handle()) != 0) {
    file.cancelWriting();
    return Status::fail(QStringLiteral("%1: could not be flushed to disk").arg(path));
  }
  if (!file.commit()) return Status::fail(QStringLiteral("%1: could not replace the file (%2)").arg(path, file.errorString()));
  const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
  const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  return Status::ok();
}

}  // namespace planmap
