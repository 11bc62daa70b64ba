#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace planmap {

// What a spreadsheet column holds for the progress importer.
enum class ProgressColumn { Target, Year, Value, Scope, Unit, Source, Note };

// The closed list of columns, in the order shown in the mapping dialog and in --json.
const ProgressColumn* progressColumnsBegin();
const ProgressColumn* progressColumnsEnd();
// "target", "year", "value", "scope", "unit", "source", "note": the KEY of `--column KEY=HEADER`.
QString progressColumnKey(ProgressColumn column);
std::optional<ProgressColumn> progressColumnFromKey(const QString& key);

// Recognises a header cell in Chinese or English: 指标/指标编号/目标/id, 年份/年度/year,
// 数值/完成值/实际值/value, 区县/地区/范围/scope, 单位/unit, 来源/数据来源/source, 备注/note.
// Case, spaces and a trailing unit in brackets ("完成值（万平方米）") are ignored.
std::optional<ProgressColumn> recogniseProgressHeader(const QString& header);
// The unit a header names in brackets: "完成值（万平方米）" -> "万平方米"; empty if none.
QString unitInProgressHeader(const QString& header);
// A header that is a year, for the wide layout: "2023", "2023年", "2023 年"; nullopt otherwise.
std::optional<int> yearInProgressHeader(const QString& header);

}  // namespace planmap
