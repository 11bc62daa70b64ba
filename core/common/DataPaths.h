#pragma once

#include <QString>

namespace planmap {

// Where the bundled data (geodata/) and resources are found: $PLANMAP_GEODATA, next to the
// executable (../share/planmap/geodata), the install prefix, then the source tree.
class DataPaths {
 public:
  static QString geodataDir();
  // Absolute path of a file inside geodata/, e.g. "plan/ankang_14th_fyp.json".
  static QString geodataFile(const QString& relativePath);
};

}  // namespace planmap
