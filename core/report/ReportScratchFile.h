#pragma once

#include "Result.h"

#include <QString>

namespace planmap {

// A report writer that needs a file path of its own (libxlsxwriter, QPdfWriter plus the PDF post-
// processor) writes into a scratch file in the system's temporary folder; publish() then hands the
// finished bytes to AtomicFileWriter, the one writer every output goes through (target checks,
// checked writes, fsync, rename; the old file kept on any failure), and removes the scratch file.
class ReportScratchFile {
 public:
  ReportScratchFile();
  ~ReportScratchFile();  // removes the scratch file
  ReportScratchFile(const ReportScratchFile&) = delete;
  ReportScratchFile& operator=(const ReportScratchFile&) = delete;

  // Empty when no scratch file could be made.
  const QString& path() const { return path_; }
  Status publish(const QString& target) const;

 private:
  QString path_;
};

}  // namespace planmap
