#pragma once

#include "ExportOptions.h"

#include <QString>

namespace planmap {

// One export as plain data: what PdfExportDialog's form produces and what startExport() takes, so
// the window (or a test) can export without touching the widgets.
struct ExportRequest {
  QString templateName;        // a template of resources/layouts ("a3_landscape_plan") or a layout file path
  QString title;               // empty: the document's title
  ExportFormat format = ExportFormat::Pdf;
  double dpi = 300;            // PNG/TIFF; PDF uses the layout's own resolution
  bool georeference = true;
  QString atlasLayer;          // layer id; empty = a single page
  bool atlasPerFeature = false;  // atlas: one file per feature (else one multi-page PDF)
  QString outputPath;          // file; for one-file-per-feature, a file in the target folder or the folder
};

}  // namespace planmap
