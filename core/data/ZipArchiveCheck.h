#pragma once

// Internal to planmap_data: why GDAL's /vsizip/ lists nothing for a file named .zip, said precisely.

#include <QString>

namespace planmap {

class ZipArchiveCheck {
 public:
  // "archive.zip: not a zip archive (…)", "archive.zip: refused: entry ../../x escapes the archive",
  // "archive.zip: an empty zip archive", …
  static QString whyUnreadable(const QString& path);
};

}  // namespace planmap
