#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace planmap {

// One sheet of a spreadsheet as text: every cell as the file shows it, no header assumed (the
// progress importer decides which rows are headers). `rowNumbers[i]` is the 1-based row number
// of `rows[i]` in the file, so a message can point at the row the planner sees.
struct SpreadsheetSheet {
  QString name;
  std::vector<QStringList> rows;
  std::vector<int> rowNumbers;
};

// What SpreadsheetReader read: the file, how its text was decoded (CSV only) and its sheets.
struct SpreadsheetTable {
  QString path;
  QString format;    // "XLSX", "ODS" or "CSV"
  QString encoding;  // CSV: "UTF-8", "UTF-8 (BOM)" or "GB18030"; empty for XLSX/ODS (always UTF-8)
  std::vector<SpreadsheetSheet> sheets;
};

// "A", "B", … "Z", "AA": the column letter a spreadsheet shows for 0-based column `index`.
QString spreadsheetColumnLetter(int index);

}  // namespace planmap
