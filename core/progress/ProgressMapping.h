#pragma once

#include "ProgressColumns.h"
#include "Result.h"
#include "SpreadsheetTable.h"

#include <QHash>
#include <map>
#include <optional>
#include <vector>

namespace planmap {

// Long: one row per (target, year, scope). Wide: one row per target, one column per year.
enum class ProgressLayout { Long, Wide };
QString progressLayoutToString(ProgressLayout layout);
std::optional<ProgressLayout> progressLayoutFromString(const QString& text);

// What the planner (or the CLI) says about a sheet, over the guess.
struct ProgressImportOptions {
  std::optional<ProgressLayout> layout;
  // KEY -> header text or column letter, from `--column KEY=HEADER` or the mapping dialog. An
  // empty header text unmaps the column.
  QHash<QString, QString> columns;
};

// How the columns of one sheet are read: which rows are the header, which column holds what.
// Guessed from the header text (ProgressColumns), then overridden by the options.
struct ProgressMapping {
  ProgressLayout layout = ProgressLayout::Long;
  int headerIndex = 0;  // index into SpreadsheetSheet::rows of the (first) header row
  int headerRows = 1;   // 2 when merged header cells span a second row of sub-headers
  QStringList headers;  // the header text per column, merged rows combined
  std::map<ProgressColumn, int> columns;      // column index per key
  std::vector<std::pair<int, int>> yearColumns;  // wide layout: (column index, year)
  QHash<int, QString> headerUnits;  // column index -> unit named in its header ("完成值（万平方米）")

  int column(ProgressColumn key) const {
    const auto it = columns.find(key);
    return it == columns.end() ? -1 : it->second;
  }
  int firstDataIndex() const { return headerIndex + headerRows; }
  // "C (年份)": the letter the planner sees and the header it carries.
  QString describeColumn(int index) const;
};

class ProgressMappingGuess {
 public:
  static constexpr int kHeaderSearchRows = 12;
  // Fails with a message naming the sheet when no header row is recognised or a column the layout
  // needs (target; year and value for long; year columns for wide) is not found.
  // `headerFound` (optional) tells a sheet without any header (a 说明 sheet, skipped when reading
  // every sheet) from one whose header lacks a column.
  static Result<ProgressMapping> guess(const SpreadsheetSheet& sheet, const ProgressImportOptions& options,
                                       const QString& fileName, bool* headerFound = nullptr);
};

}  // namespace planmap
