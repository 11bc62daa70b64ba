#pragma once

#include "CatalogDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace planmap {

// Reads and validates one plan catalog file ("format": "planmap-plan-catalog", "version": 1; see
// geodata/plan/FORMAT.md). A catalog is edited by hand, so every rejection names the file, the
// item (its id, or its index when the id itself is the problem) and the field:
//   ankang.json: item c12s2-t03: field 'value' must be a number, got "五百"
class CatalogReader {
 public:
  static constexpr int kSupportedVersion = 1;
  static QString formatName() { return QStringLiteral("planmap-plan-catalog"); }

  static Result<CatalogDocument> readFile(const QString& path);
  // `path` is used in messages and stored in the document; nothing is read from disk.
  static Result<CatalogDocument> readBytes(const QByteArray& data, const QString& path);
};

}  // namespace planmap
