#pragma once

#include "PlanCatalog.h"
#include "ProgressMapping.h"
#include "ProgressRecord.h"
#include "ProgressStore.h"
#include "Result.h"
#include "SpreadsheetTable.h"

#include <vector>

namespace planmap {

// Why one cell cannot be imported: "汇总.xlsx: sheet 2024, row 7, column C (年份): year 1999 is
// outside 2000–2100".
struct ProgressImportIssue {
  QString file;
  QString sheet;
  int row = 0;       // 1-based, as the spreadsheet shows it
  QString column;    // "C (年份)"; empty when the whole row is meant
  QString message;
  QString toString() const;
};

// One figure the file gives, as it becomes a record: for the mapping dialog's preview and --dry-run.
struct ProgressImportRow {
  QString sheet;
  int row = 0;
  ProgressRecord record;
  QString sourceText;   // the cell as written ("3200", "85%")
  QString conversion;   // "3200 平方米 → 0.32 万平方米"; empty when no unit was converted
  enum class Change { New, Unchanged } change = Change::New;
};

// What importing one file would do. `records` is what to apply (new or corrected figures); the
// import is all or nothing, so nothing is applied unless `errors` is empty.
struct ProgressImportResult {
  QString file;
  QString encoding;
  std::vector<std::pair<QString, ProgressMapping>> sheets;  // the sheets read, with their mapping
  std::vector<ProgressImportRow> rows;
  std::vector<ProgressRecord> records;
  std::vector<ProgressImportIssue> errors;
  bool ok() const { return errors.empty(); }
  int unchangedCount() const;
};

// Turns spreadsheet rows into progress records for the catalog's targets, checking every cell:
// the target (catalog id or indicator text), the year (2000–2100), the number, the unit (exact
// conversions only, UnitConversion), duplicates within the file and against `existing` (the same
// figure again is "unchanged"; a different one is an error: correct it in the project first).
class ProgressImporter {
 public:
  static constexpr int kMinYear = 2000;
  static constexpr int kMaxYear = 2100;

  static ProgressImportResult importSheet(const SpreadsheetSheet& sheet, const ProgressMapping& mapping,
                                          const PlanCatalog& catalog, const ProgressStore& existing,
                                          const QString& fileName);
  // Reads the file (SpreadsheetReader), guesses each sheet's mapping and imports it. With `sheet`
  // empty every sheet with a recognisable header is read (others, e.g. a 说明 sheet, are skipped);
  // it fails when the file cannot be read or no sheet has a usable header.
  static Result<ProgressImportResult> importFile(const QString& path, const PlanCatalog& catalog,
                                                 const ProgressStore& existing, const ProgressImportOptions& options,
                                                 const QString& sheet = {});
  // "city" for 全市/市本级/安康市/city/empty, else the county name as written.
  static QString normaliseScope(const QString& text);
};

}  // namespace planmap
