#include "InputFile.h"

#include "AtomicFileWriter.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace planmap {
namespace {

QString kindOf(mode_t mode) {
  if (S_ISFIFO(mode)) return QStringLiteral("a FIFO (named pipe)");
  if (S_ISCHR(mode) || S_ISBLK(mode)) return QStringLiteral("a device");
  if (S_ISSOCK(mode)) return QStringLiteral("a socket");
  if (S_ISDIR(mode)) return QStringLiteral("a folder");
  return QStringLiteral("not a regular file");
}

QString statError(int error) {
  switch (error) {
    case ENOENT: return QStringLiteral("file not found");
    case ELOOP: return QStringLiteral("symlink loop");
    default: return AtomicFileWriter::describeErrno(error);
  }
}

QString human(qint64 bytes) {
  if (bytes >= 1024 * 1024) return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 0);
  if (bytes >= 1024) return QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 0);
  return QStringLiteral("%1 bytes").arg(bytes);
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

Result<QByteArray> readBounded(const QString& path, qint64 maxBytes, const QString& what, int stallTimeoutMs, bool failWhenLonger) {
  using R = Result<QByteArray>;
  if (Status s = InputFile::check(path, InputFile::Kind::File); !s) return R::fail(s.error());
  Fd f;
  // O_NONBLOCK: if the path was swapped for a FIFO after the check, open() does not wait for a writer.
  f.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (f.fd < 0) return R::fail(QStringLiteral("%1: cannot be read: %2").arg(path, statError(errno)));
  struct stat st {};
  if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode))
    return R::fail(QStringLiteral("%1: is %2, not a file").arg(path, kindOf(st.st_mode)));
  const QString label = what.isEmpty() ? QStringLiteral("file") : what;
  if (failWhenLonger && st.st_size > maxBytes)
    return R::fail(QStringLiteral("%1: %2 is too large for a %3 (at most %4)").arg(path, human(st.st_size), label, human(maxBytes)));
  QByteArray bytes;
  bytes.reserve(qsizetype(std::min<qint64>(st.st_size, maxBytes) + 1));
  char buffer[65536];
  for (;;) {
    pollfd p{f.fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, stallTimeoutMs);
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) return R::fail(QStringLiteral("%1: reading stalled for %2 s; gave up").arg(path).arg(stallTimeoutMs / 1000.0));
    const ssize_t n = ::read(f.fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return R::fail(QStringLiteral("%1: cannot be read: %2").arg(path, statError(errno)));
    }
    if (n == 0) break;
    // Counted here, while reading: a file that grows, or lies about its size, is still bounded.
    if (bytes.size() + n > maxBytes) {
      if (!failWhenLonger) {
        bytes.append(buffer, qsizetype(maxBytes - bytes.size()));
        break;
      }
      return R::fail(QStringLiteral("%1: more than %2 is too large for a %3").arg(path, human(maxBytes), label));
    }
    bytes.append(buffer, qsizetype(n));
  }
  return R::ok(std::move(bytes));
}

}  // namespace

Status InputFile::check(const QString& path, Kind kind) {
  if (path.isEmpty()) return Status::fail(QStringLiteral("no file given"));
  struct stat st {};
  if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
    const int error = errno;
    struct stat lst {};
    if (error == ENOENT && ::lstat(QFile::encodeName(path).constData(), &lst) == 0 && S_ISLNK(lst.st_mode))
      return Status::fail(QStringLiteral("%1: is a symlink to a file that does not exist").arg(path));
    return Status::fail(QStringLiteral("%1: %2").arg(path, statError(error)));
  }
  if (S_ISREG(st.st_mode) && kind != Kind::Folder) return Status::ok();
  if (S_ISDIR(st.st_mode) && kind != Kind::File) return Status::ok();
  if (S_ISDIR(st.st_mode)) return Status::fail(QStringLiteral("%1: is a folder, not a file").arg(path));
  if (S_ISREG(st.st_mode)) return Status::fail(QStringLiteral("%1: is a file, not a folder").arg(path));
  return Status::fail(QStringLiteral("%1: is %2, not a file; refusing to read it").arg(path, kindOf(st.st_mode)));
}

Result<QByteArray> InputFile::readAll(const QString& path, qint64 maxBytes, const QString& what, int stallTimeoutMs) {
  return readBounded(path, maxBytes, what, stallTimeoutMs, true);
}

Result<QByteArray> InputFile::readHead(const QString& path, qint64 maxBytes, int stallTimeoutMs) {
  return readBounded(path, maxBytes, {}, stallTimeoutMs, false);
}

}  // namespace planmap
