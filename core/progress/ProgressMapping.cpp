#include "ProgressMapping.h"

#include <algorithm>

namespace planmap {

QString progressLayoutToString(ProgressLayout layout) {
  return layout == ProgressLayout::Wide ? QStringLiteral("wide") : QStringLiteral("long");
}

std::optional<ProgressLayout> progressLayoutFromString(const QString& text) {
  if (text == QLatin1String("long")) return ProgressLayout::Long;
  if (text == QLatin1String("wide")) return ProgressLayout::Wide;
  return std::nullopt;
}

QString ProgressMapping::describeColumn(int index) const {
  const QString letter = spreadsheetColumnLetter(index);
  const QString header = index >= 0 && index < headers.size() ? headers.at(index) : QString();
  return header.isEmpty() ? letter : QStringLiteral("%1 (%2)").arg(letter, header);
}

namespace {

QString cell(const QStringList& row, int c) { return c < row.size() ? row.at(c) : QString(); }

// A column named by header text (as the combined header reads, case and spaces ignored) or by
// its letter ("C").
int findHeader(const QStringList& headers, const QString& wanted) {
  const auto norm = [](QString s) { return s.remove(QChar(u' ')).trimmed().toLower(); };
  for (int c = 0; c < headers.size(); ++c)
    if (norm(headers.at(c)) == norm(wanted)) return c;
  return -1;
}

int findColumn(const QStringList& headers, const QString& wanted) {
  if (const int c = findHeader(headers, wanted); c >= 0) return c;
  const QString letters = wanted.trimmed().toUpper();
  if (!letters.isEmpty() && letters.size() <= 3 && std::all_of(letters.begin(), letters.end(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; }))
    for (int c = 0; c < 16384; ++c)
      if (spreadsheetColumnLetter(c) == letters) return c;
  return -1;
}

int recognisedCells(const QStringList& row, bool* hasTarget) {
  int n = 0;
  for (const QString& text : row) {
    const auto c = recogniseProgressHeader(text);
    if (!c) continue;
    ++n;
    if (*c == ProgressColumn::Target) *hasTarget = true;
  }
  return n;
}

bool looksLikeSubHeader(const QStringList& row) {
  int hits = 0;
  for (const QString& text : row)
    if (!text.isEmpty()) {
      if (!recogniseProgressHeader(text) && !yearInProgressHeader(text)) return false;
      ++hits;
    }
  return hits > 0;
}

}  // namespace

Result<ProgressMapping> ProgressMappingGuess::guess(const SpreadsheetSheet& sheet, const ProgressImportOptions& options,
                                                    const QString& fileName, bool* headerFound) {
  if (headerFound) *headerFound = false;
  const QString where = QStringLiteral("%1: sheet %2").arg(fileName, sheet.name);
  ProgressMapping m;
  // The header: the first row (of the first few) naming the target column or two known columns;
  // titles above it ("安康市2024年监测数据") are skipped.
  int header = -1;
  const int search = std::min<int>(kHeaderSearchRows, int(sheet.rows.size()));
  for (int i = 0; i < search && header < 0; ++i) {
    bool hasTarget = false;
    const int n = recognisedCells(sheet.rows[i], &hasTarget);
    bool overridden = false;
    for (auto it = options.columns.begin(); it != options.columns.end(); ++it)
      if (!it.value().isEmpty() && findHeader(sheet.rows[i], it.value()) >= 0) overridden = true;
    if (hasTarget || n >= 2 || overridden) header = i;
  }
  if (header < 0)
    return Result<ProgressMapping>::fail(QStringLiteral("%1: no header row found in the first %2 rows (expected headers such as 指标/id, 年份/year, 数值/value)")
                                             .arg(where).arg(kHeaderSearchRows));
  m.headerIndex = header;
  if (headerFound) *headerFound = true;
  const QStringList& top = sheet.rows[header];
  QStringList bottom;
  // Merged header cells: "完成值" spanning the year columns, the years in the row below it. The
  // second row counts as header when it holds only header words or years and nothing under the
  // first row's target column.
  if (header + 1 < int(sheet.rows.size()) && looksLikeSubHeader(sheet.rows[header + 1])) {
    bottom = sheet.rows[header + 1];
    m.headerRows = 2;
  }
  const int width = int(std::max(top.size(), bottom.size()));
  QString spanning;  // the merged top cell the current column sits under
  for (int c = 0; c < width; ++c) {
    const QString t = cell(top, c), b = cell(bottom, c);
    if (!t.isEmpty()) spanning = t;
    else if (b.isEmpty()) spanning.clear();
    const QString above = t.isEmpty() ? spanning : t;
    m.headers << (b.isEmpty() ? above : b);
    const QString unit = unitInProgressHeader(m.headers.last()).isEmpty() ? unitInProgressHeader(above) : unitInProgressHeader(m.headers.last());
    if (!unit.isEmpty()) m.headerUnits.insert(c, unit);
  }

  for (int c = 0; c < m.headers.size(); ++c) {
    if (const auto year = yearInProgressHeader(m.headers.at(c))) {
      m.yearColumns.emplace_back(c, *year);
      continue;
    }
    const auto key = recogniseProgressHeader(m.headers.at(c));
    if (key && !m.columns.count(*key)) m.columns[*key] = c;
  }
  for (auto it = options.columns.begin(); it != options.columns.end(); ++it) {
    const auto key = progressColumnFromKey(it.key());
    if (!key)
      return Result<ProgressMapping>::fail(QStringLiteral("unknown column key \"%1\" (use target, year, value, scope, unit, source or note)").arg(it.key()));
    if (it.value().isEmpty()) {
      m.columns.erase(*key);
      continue;
    }
    const int c = findColumn(m.headers, it.value());
    if (c < 0)
      return Result<ProgressMapping>::fail(QStringLiteral("%1: no column \"%2\" for %3 (headers: %4)")
                                               .arg(where, it.value(), it.key(), m.headers.join(QStringLiteral(", "))));
    m.columns[*key] = c;
    std::erase_if(m.yearColumns, [c](const auto& yc) { return yc.first == c; });
  }

  const bool longPossible = m.column(ProgressColumn::Year) >= 0 && m.column(ProgressColumn::Value) >= 0;
  m.layout = options.layout.value_or(longPossible || m.yearColumns.empty() ? ProgressLayout::Long : ProgressLayout::Wide);
  const auto missing = [&](const QString& what) {
    return Result<ProgressMapping>::fail(QStringLiteral("%1, header row %2: no %3 column (headers: %4); name it with --column")
                                             .arg(where).arg(sheet.rowNumbers[header]).arg(what, m.headers.join(QStringLiteral(", "))));
  };
  if (m.column(ProgressColumn::Target) < 0) return missing(QStringLiteral("target (指标/id)"));
  if (m.layout == ProgressLayout::Long) {
    if (m.column(ProgressColumn::Year) < 0) return missing(QStringLiteral("year (年份/year)"));
    if (m.column(ProgressColumn::Value) < 0) return missing(QStringLiteral("value (数值/value)"));
    m.yearColumns.clear();
  } else if (m.yearColumns.empty()) {
    return missing(QStringLiteral("year (2020, 2021年, …) for the wide layout"));
  }
  return Result<ProgressMapping>::ok(std::move(m));
}

}  // namespace planmap
