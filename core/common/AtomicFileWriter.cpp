#include "AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace planmap {
namespace {

std::atomic<qint64> gInjectedBudget{-1};  // bytes left before an injected ENOSPC; < 0: off
std::atomic<int> gSequence{0};

QByteArray native(const QString& path) { return QFile::encodeName(path); }

QString kindOf(mode_t mode) {
  if (S_ISDIR(mode)) return QStringLiteral("a folder");
  if (S_ISFIFO(mode)) return QStringLiteral("a FIFO");
  if (S_ISCHR(mode) || S_ISBLK(mode)) return QStringLiteral("a device");
  if (S_ISSOCK(mode)) return QStringLiteral("a socket");
  return QStringLiteral("not a regular file");
}

// ".NAME." … ".part": the prefix and suffix of every temporary for NAME.
QString tempPrefix(const QString& fileName) { return QLatin1Char('.') + fileName + QLatin1Char('.'); }

}  // namespace

QString AtomicFileWriter::describeErrno(int error) {
  switch (error) {
    case ENOSPC: return QStringLiteral("disk full (no space left on device)");
#ifdef EDQUOT
    case EDQUOT: return QStringLiteral("disk quota exceeded");
#endif
    case EROFS: return QStringLiteral("read-only file system");
    case EACCES:
    case EPERM: return QStringLiteral("permission denied");
    case ENOENT: return QStringLiteral("the folder does not exist");
    case ENOTDIR: return QStringLiteral("a part of the path is not a folder");
    case EISDIR: return QStringLiteral("is a folder");
    case ELOOP: return QStringLiteral("symlink loop");
    case ENAMETOOLONG: return QStringLiteral("file name too long");
    case EIO: return QStringLiteral("input/output error");
    default: return QString::fromLocal8Bit(std::strerror(error));
  }
}

void AtomicFileWriter::injectDiskFullAfterForTesting(qint64 bytes) { gInjectedBudget = bytes; }

Status AtomicFileWriter::checkTarget(const QString& path) {
  if (path.isEmpty()) return Status::fail(QStringLiteral("no output file given"));
  if (path.endsWith(QLatin1Char('/'))) return Status::fail(QStringLiteral("%1: is a folder, not a file name").arg(path));
  struct stat st {};
  if (::stat(native(path).constData(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::fail(QStringLiteral("%1: is a folder, not a file name").arg(path));
    if (!S_ISREG(st.st_mode))
      return Status::fail(QStringLiteral("%1: exists and is %2; refusing to replace it").arg(path, kindOf(st.st_mode)));
    return Status::ok();
  }
  const int error = errno;
  if (error == ELOOP) return Status::fail(QStringLiteral("%1: symlink loop").arg(path));
  if (error != ENOENT) return Status::fail(QStringLiteral("%1: %2").arg(path, describeErrno(error)));
  struct stat lst {};
  if (::lstat(native(path).constData(), &lst) == 0 && S_ISLNK(lst.st_mode))
    return Status::fail(QStringLiteral("%1: is a symlink to a file that does not exist").arg(path));
  const QString dir = QFileInfo(path).absolutePath();
  struct stat dst {};
  if (::stat(native(dir).constData(), &dst) != 0)
    return Status::fail(QStringLiteral("%1: the folder %2 does not exist").arg(path, dir));
  if (!S_ISDIR(dst.st_mode)) return Status::fail(QStringLiteral("%1: %2 is not a folder").arg(path, dir));
  return Status::ok();
}

void AtomicFileWriter::removeStaleTemporaries(const QString& path) {
  const QFileInfo info(path);
  const QString prefix = tempPrefix(info.fileName());
  const QDir dir = info.absoluteDir();
  const QStringList names =
      dir.entryList({prefix + QStringLiteral("*.part")}, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
  for (const QString& name : names) {
    // Ours are ".NAME.<pid>.<n>.part": keep those whose writer still runs. Anything else with that
    // shape (an older PlanMap's ".NAME.XXXXXX.part") is left over from a killed export.
    const QString middle = name.mid(prefix.size(), name.size() - prefix.size() - 5);
    const QStringList parts = middle.split(QLatin1Char('.'));
    bool isPid = false;
    const qint64 pid = parts.size() == 2 ? parts[0].toLongLong(&isPid) : 0;
    if (isPid && pid > 0 && (pid == ::getpid() || ::kill(pid_t(pid), 0) == 0 || errno == EPERM)) continue;
    struct stat st {};
    const QByteArray full = native(dir.filePath(name));
    if (::lstat(full.constData(), &st) == 0 && S_ISREG(st.st_mode)) ::unlink(full.constData());
  }
}

AtomicFileWriter::AtomicFileWriter(QString path) : path_(std::move(path)) {}

AtomicFileWriter::~AtomicFileWriter() {
  if (!committed_) cancel();
}

void AtomicFileWriter::cancel() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temporary_.isEmpty()) ::unlink(native(temporary_).constData());
  temporary_.clear();
}

Status AtomicFileWriter::fail(const QString& what, int error) {
  cancel();
  return Status::fail(QStringLiteral("%1: %2: %3").arg(path_, what, describeErrno(error)));
}

Status AtomicFileWriter::open() {
  if (Status s = checkTarget(path_); !s) return s;
  const QFileInfo info(path_);
  // Through a symlink to its file, so the link stays a link.
  target_ = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
  removeStaleTemporaries(target_);
  const QFileInfo target(target_);
  temporary_ = target.absoluteDir().filePath(tempPrefix(target.fileName()) +
                                             QStringLiteral("%1.%2.part").arg(::getpid()).arg(gSequence.fetch_add(1)));
  // 0666 less the umask, as any program's new file; an existing target keeps its own mode.
  fd_ = ::open(native(temporary_).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd_ < 0) {
    const int error = errno;
    temporary_.clear();
    return fail(QStringLiteral("cannot create a file in %1").arg(target.absolutePath()), error);
  }
  struct stat st {};
  if (::stat(native(target_).constData(), &st) == 0 && S_ISREG(st.st_mode)) (void)::fchmod(fd_, st.st_mode & 07777);
  return Status::ok();
}

Status AtomicFileWriter::append(const char* data, qint64 size) {
  if (fd_ < 0) return Status::fail(QStringLiteral("%1: not open for writing").arg(path_));
  while (size > 0) {
    qint64 chunk = std::min<qint64>(size, qint64(1) << 24);
    const qint64 budget = gInjectedBudget.load();
    if (budget >= 0) {
      if (budget == 0) return fail(QStringLiteral("cannot write"), ENOSPC);
      chunk = std::min(chunk, budget);
      gInjectedBudget = budget - chunk;
    }
    const ssize_t n = ::write(fd_, data, std::size_t(chunk));
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(QStringLiteral("cannot write"), errno);
    }
    if (n == 0) return fail(QStringLiteral("cannot write"), EIO);
    data += n;
    size -= n;
  }
  return Status::ok();
}

Status AtomicFileWriter::commit() {
  if (fd_ < 0) return Status::fail(QStringLiteral("%1: not open for writing").arg(path_));
  // Without the fsync a power cut after the rename can leave an empty file under the real name.
  if (::fsync(fd_) != 0) return fail(QStringLiteral("cannot flush to disk"), errno);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return fail(QStringLiteral("cannot close"), errno);
  // Checked again: something may have appeared under the name while we wrote.
  if (Status s = checkTarget(target_); !s) {
    cancel();
    return Status::fail(s.error());
  }
  if (::rename(native(temporary_).constData(), native(target_).constData()) != 0)
    return fail(QStringLiteral("cannot move the finished file into place"), errno);
  temporary_.clear();
  committed_ = true;
  const int dirFd = ::open(native(QFileInfo(target_).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return Status::ok();
}

Status AtomicFileWriter::write(const QString& path, const QByteArray& contents) {
  AtomicFileWriter writer(path);
  if (Status s = writer.open(); !s) return s;
  if (Status s = writer.append(contents); !s) return s;
  return writer.commit();
}

}  // namespace planmap
