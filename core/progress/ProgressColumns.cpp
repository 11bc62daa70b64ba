#include "ProgressColumns.h"

#include <QRegularExpression>
#include <array>

namespace planmap {
namespace {

constexpr std::array kColumns{ProgressColumn::Target, ProgressColumn::Year,   ProgressColumn::Value, ProgressColumn::Scope,
                              ProgressColumn::Unit,   ProgressColumn::Source, ProgressColumn::Note};

// Header words per column, already normalised (lower case, no spaces).
QStringList synonyms(ProgressColumn column) {
  switch (column) {
    case ProgressColumn::Target:
      return {QStringLiteral("指标"), QStringLiteral("指标编号"), QStringLiteral("指标名称"), QStringLiteral("指标id"),
              QStringLiteral("目标"), QStringLiteral("目标编号"), QStringLiteral("id"), QStringLiteral("target"),
              QStringLiteral("indicator"), QStringLiteral("编号")};
    case ProgressColumn::Year:
      return {QStringLiteral("年份"), QStringLiteral("年度"), QStringLiteral("年"), QStringLiteral("year")};
    case ProgressColumn::Value:
      return {QStringLiteral("数值"), QStringLiteral("完成值"), QStringLiteral("实际值"), QStringLiteral("完成情况"),
              QStringLiteral("value"), QStringLiteral("actual")};
    case ProgressColumn::Scope:
      return {QStringLiteral("区县"), QStringLiteral("地区"), QStringLiteral("范围"), QStringLiteral("县区"),
              QStringLiteral("scope"), QStringLiteral("county"), QStringLiteral("area")};
    case ProgressColumn::Unit: return {QStringLiteral("单位"), QStringLiteral("计量单位"), QStringLiteral("unit")};
    case ProgressColumn::Source:
      return {QStringLiteral("来源"), QStringLiteral("数据来源"), QStringLiteral("source")};
    case ProgressColumn::Note:
      return {QStringLiteral("备注"), QStringLiteral("说明"), QStringLiteral("note"), QStringLiteral("notes"),
              QStringLiteral("remark"), QStringLiteral("remarks")};
  }
  return {};
}

const QRegularExpression& bracketed() {
  static const QRegularExpression re(QStringLiteral("^(.*?)\\s*[（(\\[]([^）)\\]]*)[）)\\]]\\s*$"));
  return re;
}

QString normalised(const QString& header) {
  QString h = header.trimmed().toLower();
  const QRegularExpressionMatch m = bracketed().match(h);
  if (m.hasMatch()) h = m.captured(1);
  h.remove(QRegularExpression(QStringLiteral("[\\s_:：]")));
  return h;
}

}  // namespace

const ProgressColumn* progressColumnsBegin() { return kColumns.data(); }
const ProgressColumn* progressColumnsEnd() { return kColumns.data() + kColumns.size(); }

QString progressColumnKey(ProgressColumn column) {
  switch (column) {
    case ProgressColumn::Target: return QStringLiteral("target");
    case ProgressColumn::Year: return QStringLiteral("year");
    case ProgressColumn::Value: return QStringLiteral("value");
    case ProgressColumn::Scope: return QStringLiteral("scope");
    case ProgressColumn::Unit: return QStringLiteral("unit");
    case ProgressColumn::Source: return QStringLiteral("source");
    case ProgressColumn::Note: return QStringLiteral("note");
  }
  return {};
}

std::optional<ProgressColumn> progressColumnFromKey(const QString& key) {
  for (ProgressColumn c : kColumns)
    if (progressColumnKey(c) == key.trimmed().toLower()) return c;
  return std::nullopt;
}

std::optional<ProgressColumn> recogniseProgressHeader(const QString& header) {
  const QString h = normalised(header);
  if (h.isEmpty()) return std::nullopt;
  for (ProgressColumn c : kColumns)
    if (synonyms(c).contains(h)) return c;
  return std::nullopt;
}

QString unitInProgressHeader(const QString& header) {
  const QRegularExpressionMatch m = bracketed().match(header.trimmed());
  return m.hasMatch() ? m.captured(2).trimmed() : QString();
}

std::optional<int> yearInProgressHeader(const QString& header) {
  static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})(?:\\.0+)?\\s*年?\\s*$"));
  const QRegularExpressionMatch m = re.match(header);
  if (!m.hasMatch()) return std::nullopt;
  return m.captured(1).toInt();
}

}  // namespace planmap
