#pragma once

#include "PdfGeoFrame.h"
#include "Result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <vector>

namespace planmap {

// What to add to one page of a QPdfWriter file.
struct PdfPageInfo {
  QSizeF sizePt;                    // exact page size (QPdfWriter rounds the MediaBox to whole points)
  std::vector<PdfGeoFrame> frames;  // map frames to georeference, largest first
};

// Finishes a PDF that QPdfWriter wrote by appending one incremental update (new revisions of the
// changed objects, an xref section and a trailer with /Prev; the original bytes stay untouched):
//  - each page gets its exact MediaBox and an ISO 32000-2 geospatial /VP array (one viewport per
//    map frame: /BBox, /Measure /GEO with /GPTS, /LPTS, /Bounds and /GCS with the frame CRS's WKT),
//    so GDAL and GIS readers find the CRS and geotransform;
//  - each embedded font's /BaseFont gets the subset tag Qt already put on its FontDescriptor
//    (ABCDEF+Name), so readers (pdffonts) see that the font is a subset;
//  - each ToUnicode map is rewritten with canonical characters: Qt picks the lowest code point that
//    maps to a glyph, which turns 土 into the Kangxi radical ⼟ and spaces into tabs, so search fails.
class PdfPostProcessor {
 public:
  static Status apply(const QString& path, const std::vector<PdfPageInfo>& pages);
  // The same on a PDF held in memory (appends the update to `pdf`); `name` is for messages.
  static Status applyInMemory(QByteArray& pdf, const std::vector<PdfPageInfo>& pages, const QString& name);
};

}  // namespace planmap
