#pragma once

#include <QString>
#include <atomic>
#include <functional>

namespace planmap {

enum class ExportFormat { Pdf, Png, Tiff };

struct ExportOptions {
  ExportFormat format = ExportFormat::Pdf;
  double dpi = 300;               // PNG/TIFF resolution; PDF uses the layout's pdf resolution
  bool georeference = true;       // PDF /VP entries
  bool atlasSingleFile = true;    // atlas: one multi-page PDF (else one file per feature)
  const std::atomic<bool>* cancel = nullptr;
  // Called after each page: (pages done, pages in all, the page's name). From the exporting thread.
  std::function<void(int done, int total, const QString& name)> progress;

  static ExportFormat formatFromPath(const QString& path);  // by extension; PDF when unknown
};

}  // namespace planmap
