#pragma once

#include "FeatureStore.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>

namespace planmap {

// Opens a geometry cache file (GeometryCacheWriter) as a FeatureStore whose arrays are views into
// the memory-mapped file. Nothing of the file is trusted before it is checked: magic and version,
// the file size against the header, every section's bounds and size against the counts, the
// checksums of the header and of every section but the coordinates, and the structure (part and
// vertex offsets ascending and in range, the R-tree's shape). A file that fails any check is
// refused with the reason (the caller rebuilds it); it is never partly used.
class GeometryCacheReader {
 public:
  struct Opened {
    std::shared_ptr<const FeatureStore> store;
    QByteArray userMeta;
  };
  // `key` must equal the key the file was written with (a changed source gives another key).
  static Result<Opened> open(const QString& path, std::uint64_t key);
  // Checks the coordinate sections' checksums (read with plain file reads, so the pages do not stay
  // in the process). Slow (the whole file): run it in the background after open().
  static Status verifyCoordinates(const QString& path);
};

}  // namespace planmap
