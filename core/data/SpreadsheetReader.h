#pragma once

#include "Result.h"
#include "SpreadsheetTable.h"

namespace planmap {

// Reads .xlsx, .ods and .csv files through GDAL's XLSX, ODS and CSV drivers as plain text cells
// (OGR_XLSX_HEADERS/OGR_ODS_HEADERS=DISABLE, *_FIELD_TYPES=STRING, CSV HEADERS=NO: the importer,
// not GDAL, decides what a header is). CSV text may be UTF-8 (with or without BOM) or GBK/GB18030, the two encodings statistics
// bureaus export; the bytes decide (EncodingDetector), and GDAL reads a UTF-8 copy in /vsimem/.
class SpreadsheetReader {
 public:
  static constexpr int kMaxRows = 1'000'000;
  static constexpr qint64 kMaxCsvBytes = 256LL * 1024 * 1024;

  // `sheet` empty = every sheet; otherwise only the sheet of that name (an error names the
  // sheets there are).
  static Result<SpreadsheetTable> read(const QString& path, const QString& sheet = {});
};

}  // namespace planmap
