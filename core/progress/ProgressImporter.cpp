#include "ProgressImporter.h"

#include "SpreadsheetReader.h"
#include "UnitConversion.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <variant>

namespace planmap {

QString ProgressImportIssue::toString() const {
  QString s = QStringLiteral("%1: sheet %2, row %3").arg(file, sheet).arg(row);
  if (!column.isEmpty()) s += QStringLiteral(", column %1").arg(column);
  return s + QStringLiteral(": ") + message;
}

int ProgressImportResult::unchangedCount() const {
  return int(std::count_if(rows.begin(), rows.end(), [](const ProgressImportRow& r) { return r.change == ProgressImportRow::Change::Unchanged; }));
}

QString ProgressImporter::normaliseScope(const QString& text) {
  const QString s = text.trimmed();
  static const QStringList city{QStringLiteral("city"), QStringLiteral("全市"), QStringLiteral("市"), QStringLiteral("市本级"),
                                QStringLiteral("安康市"), QStringLiteral("安康"), QStringLiteral("全市合计"), QStringLiteral("市级")};
  if (s.isEmpty() || city.contains(s, Qt::CaseInsensitive)) return QStringLiteral("city");
  return s;
}

namespace {

QString keyOf(const QString& target, int year, const QString& scope) {
  return target + QChar(u'\x1f') + QString::number(year) + QChar(u'\x1f') + scope;
}

// Indicator text as planners retype it: no spaces, no quotes, full-width brackets as half-width.
QString looseText(QString s) {
  s.remove(QRegularExpression(QStringLiteral("[\\s\"“”‘’'「」]")));
  s.replace(QChar(u'（'), QChar(u'(')).replace(QChar(u'）'), QChar(u')'));
  return s.toLower();
}

// Targets by id, by indicator text and by short name, for naming a target either way.
class TargetIndex {
 public:
  explicit TargetIndex(const PlanCatalog& catalog) {
    for (const PlanItem& item : catalog.items()) {
      byId_.insert(item.id.toLower(), &item);
      if (!item.isTarget()) continue;
      if (!item.indicator.isEmpty()) byText_[looseText(item.indicator)].push_back(&item);
      if (!item.name.isEmpty() && looseText(item.name) != looseText(item.indicator)) byText_[looseText(item.name)].push_back(&item);
    }
  }
  // The target, or an error message.
  std::variant<const PlanItem*, QString> find(const QString& text) const {
    if (const PlanItem* item = byId_.value(text.trimmed().toLower())) {
      if (!item->isTarget())
        return QStringLiteral("%1 is a %2, not a target").arg(item->id, planItemKindToString(item->kind));
      return item;
    }
    const auto it = byText_.find(looseText(text));
    if (it == byText_.end() || it->empty())
      return QStringLiteral("unknown target \"%1\" (neither a catalog id nor a target's indicator)").arg(text);
    if (it->size() > 1) {
      QStringList ids;
      for (const PlanItem* p : *it) ids << p->id;
      return QStringLiteral("\"%1\" names %2 targets (%3); use the id").arg(text).arg(it->size()).arg(ids.join(QStringLiteral(", ")));
    }
    return it->front();
  }

 private:
  QHash<QString, const PlanItem*> byId_;
  QHash<QString, std::vector<const PlanItem*>> byText_;
};

std::optional<int> parseYear(const QString& text) {
  static const QRegularExpression re(QStringLiteral("^\\s*(-?\\d{1,6})(?:\\.0+)?\\s*年?\\s*$"));
  const QRegularExpressionMatch m = re.match(text);
  if (!m.hasMatch()) return std::nullopt;
  return m.captured(1).toInt();
}

// A number as spreadsheets write it: "1,234.5", "85%", "８５", " 3.2 ". `percent` is set when
// the text carried a percent sign.
std::optional<double> parseNumber(QString text, bool* percent) {
  text = text.trimmed();
  for (QChar& ch : text)
    if (ch.unicode() >= 0xFF10 && ch.unicode() <= 0xFF19) ch = QChar(u'0' + (ch.unicode() - 0xFF10));
    else if (ch == QChar(u'．')) ch = QChar(u'.');
  *percent = text.endsWith(QChar(u'%')) || text.endsWith(QChar(u'％'));
  if (*percent) text.chop(1);
  text.remove(QChar(u',')).remove(QChar(u'，')).remove(QChar(u' '));
  bool ok = false;
  const double v = QLocale::c().toDouble(text, &ok);
  if (!ok || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool isAchievedWord(const QString& text) {
  static const QStringList words{QStringLiteral("达成"), QStringLiteral("已达成"), QStringLiteral("完成"), QStringLiteral("已完成"),
                                 QStringLiteral("实现"), QStringLiteral("已实现"), QStringLiteral("达到"), QStringLiteral("已达到"),
                                 QStringLiteral("是"), QStringLiteral("yes"), QStringLiteral("achieved"), QStringLiteral("done")};
  return words.contains(text.trimmed(), Qt::CaseInsensitive);
}

bool isBlankFigure(const QString& text) {
  static const QStringList blanks{QString(), QStringLiteral("-"), QStringLiteral("—"), QStringLiteral("／"), QStringLiteral("/"),
                                  QStringLiteral("n/a"), QStringLiteral("暂无"), QStringLiteral("无数据")};
  return blanks.contains(text.trimmed(), Qt::CaseInsensitive);
}

bool sameFigure(const ProgressRecord& a, const ProgressRecord& b) {
  if (a.achieved != b.achieved || a.value.has_value() != b.value.has_value()) return false;
  if (!a.value) return true;
  return std::abs(*a.value - *b.value) <= 1e-9 * std::max(1.0, std::abs(*b.value));
}

QString figureText(const ProgressRecord& r) {
  if (r.value) return QLocale::c().toString(*r.value, 'g', 12);
  return r.achieved ? QStringLiteral("achieved") : QStringLiteral("no value");
}

struct SheetContext {
  const SpreadsheetSheet& sheet;
  const ProgressMapping& mapping;
  const TargetIndex& targets;
  const QHash<QString, const ProgressRecord*>& existing;
  QString fileName;
  ProgressImportResult& out;
  QHash<QString, std::pair<int, ProgressRecord>> seen;  // key -> (row, record) within this import

  void fail(int row, int column, const QString& message) {
    out.errors.push_back({fileName, sheet.name, row, column >= 0 ? mapping.describeColumn(column) : QString(), message});
  }

  // One figure: `valueColumn` holds it, `year` is known. False when the row failed.
  void addFigure(int row, const QStringList& cells, const PlanItem& target, int targetColumn, int year, int valueColumn) {
    const auto cell = [&](int c) { return c >= 0 && c < cells.size() ? cells.at(c) : QString(); };
    ProgressRecord r;
    r.target = target.id;
    r.year = year;
    r.scope = ProgressImporter::normaliseScope(cell(mapping.column(ProgressColumn::Scope)));
    r.source = cell(mapping.column(ProgressColumn::Source));
    r.note = cell(mapping.column(ProgressColumn::Note));
    const QString text = cell(valueColumn);
    ProgressImportRow preview{sheet.name, row, {}, text, {}, ProgressImportRow::Change::New};

    if (!target.quantitative) {
      if (!isAchievedWord(text)) {
        fail(row, valueColumn, QStringLiteral("%1 is a qualitative target: write 已完成 (or achieved) when it was met, not \"%2\"").arg(target.id, text));
        return;
      }
      r.achieved = true;
    } else {
      bool percent = false;
      const std::optional<double> number = parseNumber(text, &percent);
      if (!number) {
        fail(row, valueColumn, text.isEmpty() ? QStringLiteral("the value is empty") : QStringLiteral("\"%1\" is not a number").arg(text));
        return;
      }
      const int unitColumn = mapping.column(ProgressColumn::Unit);
      QString unit = cell(unitColumn);
      int unitCell = unitColumn;
      if (unit.isEmpty()) {
        unit = mapping.headerUnits.value(valueColumn);
        unitCell = valueColumn;
      }
      if (unit.isEmpty() && percent) unit = QStringLiteral("%");
      else if (percent && UnitConversion::canonical(unit) != QLatin1String("%")) {
        fail(row, valueColumn, QStringLiteral("\"%1\" is a percentage but the unit says %2").arg(text, unit));
        return;
      }
      const std::optional<double> converted = UnitConversion::convert(*number, unit, target.unit);
      if (!converted) {
        fail(row, unitCell, QStringLiteral("unit %1 cannot be converted exactly to %2, the unit of %3").arg(unit, target.unit.isEmpty() ? QStringLiteral("(none)") : target.unit, target.id));
        return;
      }
      r.value = *converted;
      if (UnitConversion::canonical(unit) != UnitConversion::canonical(target.unit) && !unit.isEmpty())
        preview.conversion = QStringLiteral("%1 %2 → %3 %4").arg(QLocale::c().toString(*number, 'g', 12), unit,
                                                               QLocale::c().toString(*r.value, 'g', 12), target.unit);
    }
    preview.record = r;

    const QString key = keyOf(r.target, r.year, r.scope);
    if (const auto it = seen.constFind(key); it != seen.constEnd()) {
      if (!sameFigure(it->second, r))
        fail(row, valueColumn, QStringLiteral("%1 %2 (%3) is given twice with different values: %4 here, %5 in row %6")
                                   .arg(r.target).arg(r.year).arg(r.scope, figureText(r), figureText(it->second)).arg(it->first));
      return;
    }
    seen.insert(key, {row, r});
    if (const ProgressRecord* old = existing.value(key)) {
      if (!sameFigure(*old, r)) {
        fail(row, valueColumn, QStringLiteral("duplicate of an existing record of %1 %2 (%3) with a different value: %4 here, %5 in the project")
                                   .arg(r.target).arg(r.year).arg(r.scope, figureText(r), figureText(*old)));
        return;
      }
      preview.change = ProgressImportRow::Change::Unchanged;
    } else {
      out.records.push_back(r);
    }
    Q_UNUSED(targetColumn);
    out.rows.push_back(std::move(preview));
  }

  void importRow(int index) {
    const QStringList& cells = sheet.rows[index];
    const int row = sheet.rowNumbers[index];
    const int tc = mapping.column(ProgressColumn::Target);
    const QString targetText = tc < cells.size() ? cells.at(tc) : QString();
    if (targetText.isEmpty()) {
      fail(row, tc, QStringLiteral("the target is empty"));
      return;
    }
    const auto found = targets.find(targetText);
    if (const QString* why = std::get_if<QString>(&found)) {
      fail(row, tc, *why);
      return;
    }
    const PlanItem& target = *std::get<const PlanItem*>(found);
    if (mapping.layout == ProgressLayout::Long) {
      const int yc = mapping.column(ProgressColumn::Year);
      const QString yearText = yc < cells.size() ? cells.at(yc) : QString();
      const std::optional<int> year = parseYear(yearText);
      if (!year) {
        fail(row, yc, yearText.isEmpty() ? QStringLiteral("the year is empty") : QStringLiteral("\"%1\" is not a year").arg(yearText));
        return;
      }
      if (*year < ProgressImporter::kMinYear || *year > ProgressImporter::kMaxYear) {
        fail(row, yc, QStringLiteral("year %1 is outside %2–%3").arg(*year).arg(ProgressImporter::kMinYear).arg(ProgressImporter::kMaxYear));
        return;
      }
      addFigure(row, cells, target, tc, *year, mapping.column(ProgressColumn::Value));
      return;
    }
    for (const auto& [column, year] : mapping.yearColumns) {
      if (isBlankFigure(column < cells.size() ? cells.at(column) : QString())) continue;  // no figure that year
      addFigure(row, cells, target, tc, year, column);
    }
  }
};

}  // namespace

ProgressImportResult ProgressImporter::importSheet(const SpreadsheetSheet& sheet, const ProgressMapping& mapping,
                                                   const PlanCatalog& catalog, const ProgressStore& existing,
                                                   const QString& fileName) {
  ProgressImportResult out;
  out.file = fileName;
  out.sheets.emplace_back(sheet.name, mapping);
  const TargetIndex targets(catalog);
  QHash<QString, const ProgressRecord*> known;
  known.reserve(qsizetype(existing.records().size()));
  for (const ProgressRecord& r : existing.records()) known.insert(keyOf(r.target, r.year, r.scope), &r);
  SheetContext context{sheet, mapping, targets, known, fileName, out, {}};
  const int headerRow = mapping.headerIndex < int(sheet.rowNumbers.size()) ? sheet.rowNumbers[mapping.headerIndex] : 0;
  for (const auto& [column, year] : mapping.yearColumns)
    if (year < kMinYear || year > kMaxYear)
      context.fail(headerRow, column, QStringLiteral("year %1 is outside %2–%3").arg(year).arg(kMinYear).arg(kMaxYear));
  if (!out.errors.empty()) return out;
  for (int i = mapping.firstDataIndex(); i < int(sheet.rows.size()); ++i) context.importRow(i);
  return out;
}

Result<ProgressImportResult> ProgressImporter::importFile(const QString& path, const PlanCatalog& catalog,
                                                          const ProgressStore& existing,
                                                          const ProgressImportOptions& options, const QString& sheet) {
  Result<SpreadsheetTable> table = SpreadsheetReader::read(path, sheet);
  if (!table) return Result<ProgressImportResult>::fail(table.error());
  const QString name = QFileInfo(path).fileName();
  ProgressImportResult all;
  all.file = name;
  all.encoding = table->encoding;
  QString firstError;
  // Sheets are imported in order against the project plus the sheets before them, so the same
  // figure on two sheets is one record and two different figures are an error.
  ProgressStore soFar = existing;
  for (const SpreadsheetSheet& s : table->sheets) {
    bool headerFound = false;
    Result<ProgressMapping> mapping = ProgressMappingGuess::guess(s, options, name, &headerFound);
    if (!mapping) {
      // A sheet without a header is skipped; a header missing a column the layout needs is an error.
      if (!sheet.isEmpty() || headerFound) return Result<ProgressImportResult>::fail(mapping.error());
      if (firstError.isEmpty()) firstError = mapping.error();
      continue;
    }
    ProgressImportResult one = importSheet(s, mapping.value(), catalog, soFar, name);
    if (&s != &table->sheets.back())
      for (const ProgressRecord& r : one.records) soFar.add(r);
    all.sheets.insert(all.sheets.end(), one.sheets.begin(), one.sheets.end());
    all.rows.insert(all.rows.end(), std::make_move_iterator(one.rows.begin()), std::make_move_iterator(one.rows.end()));
    all.records.insert(all.records.end(), one.records.begin(), one.records.end());
    all.errors.insert(all.errors.end(), one.errors.begin(), one.errors.end());
  }
  if (all.sheets.empty()) return Result<ProgressImportResult>::fail(firstError);
  return Result<ProgressImportResult>::ok(std::move(all));
}

}  // namespace planmap
