#pragma once

#include "ExportOptions.h"
#include "Layout.h"
#include "LayoutContext.h"
#include "LayoutRenderer.h"
#include "Result.h"

#include <QImage>
#include <QStringList>

namespace planmap {

// Summary of an export, for the CLI's JSON and the app's status line.
struct ExportReport {
  QStringList files;
  int pages = 0;
  double seconds = 0;
  qint64 bytes = 0;
  QStringList warnings;
};

// Writes layouts to files: vector PDF through QPdfWriter (text stays text, fonts embedded as subsets,
// transparency as PDF transparency), finished with PdfPostProcessor (exact page size, georeference);
// PNG or TIFF at a chosen DPI through the very same LayoutRenderer. Every file is written to a
// temporary name next to the target and renamed into place only when complete, so a failed or
// cancelled export never leaves half a file under the real name.
class LayoutExporter {
 public:
  LayoutExporter(Layout layout, LayoutContext context) : layout_(std::move(layout)), context_(std::move(context)) {}

  Result<ExportReport> exportPage(const QString& path, const ExportOptions& options) const;
  // One page per feature of layout().atlas.layer (or `layerOverride`). With options.atlasSingleFile and
  // PDF output, `path` is the multi-page file; otherwise `path` is a directory (or a file whose
  // directory is used) and each page is named by the atlas file pattern with {field} values.
  Result<ExportReport> exportAtlas(const QString& path, const ExportOptions& options, const QString& layerOverride = {}) const;

  // The page as an image (for previews and tests), white paper.
  Result<QImage> renderImage(double dpi, PageResult* page = nullptr) const;

  const Layout& layout() const { return layout_; }

 private:
  Status writePdf(const QString& path, const std::vector<LayoutContext>& pages, const ExportOptions& options,
                  QStringList* warnings) const;
  Status writeImage(const QString& path, const LayoutContext& context, const ExportOptions& options, QStringList* warnings) const;

  Layout layout_;
  LayoutContext context_;
};

}  // namespace planmap
