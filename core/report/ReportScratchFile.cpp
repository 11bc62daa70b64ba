#include "ReportScratchFile.h"

#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace planmap {

ReportScratchFile::ReportScratchFile() {
  QTemporaryFile probe(QDir::tempPath() + QStringLiteral("/planmap-report-XXXXXX"));
  probe.setAutoRemove(false);
  if (probe.open()) {
    path_ = probe.fileName();
    probe.close();
  }
}

ReportScratchFile::~ReportScratchFile() {
  if (!path_.isEmpty()) QFile::remove(path_);
}

Status ReportScratchFile::publish(const QString& target) const {
  QFile scratch(path_);
  if (!scratch.open(QIODevice::ReadOnly))
    return Status::fail(QStringLiteral("%1: cannot read the finished report back (%2)").arg(target, scratch.errorString()));
  return AtomicFileWriter::write(target, scratch.readAll());
}

}  // namespace planmap
