#include "TargetExplanation.h"

#include "TargetCondition.h"

#include <cmath>

namespace planmap {

QString TargetExplanation::figure(double value, const QString& unit) {
  QString n = QString::number(value, 'f', 2);
  if (n.contains(QLatin1Char('.'))) {
    while (n.endsWith(QLatin1Char('0'))) n.chop(1);
    if (n.endsWith(QLatin1Char('.'))) n.chop(1);
  }
  if (n == QLatin1String("-0")) n = QStringLiteral("0");
  if (unit.isEmpty()) return n;
  if (unit == QLatin1String("%") || unit == QStringLiteral("％")) return n + unit;
  return n + QLatin1Char(' ') + unit;
}

QString TargetExplanation::warningLevel(TargetStatus status) {
  switch (status) {
    case TargetStatus::Achieved: return QStringLiteral("achieved");
    case TargetStatus::OnTrack: return QStringLiteral("green");
    case TargetStatus::AtRisk: return QStringLiteral("yellow");
    case TargetStatus::Behind: return QStringLiteral("red");
    case TargetStatus::NoData: return QStringLiteral("no_data");
  }
  return {};
}

QString TargetExplanation::describe(const PlanItem& target, const TargetAssessment& a, int asOfYear) {
  const QString unit = target.unit;
  const QString when = a.latestYear > 0 ? QStringLiteral("%1年 ").arg(a.latestYear) : QString();
  switch (a.status) {
    case TargetStatus::NoData:
      return QStringLiteral("截至%1年暂无数据").arg(asOfYear);
    case TargetStatus::Achieved:
      if (!a.latest) return target.quantitative ? QStringLiteral("已记录为达成") : QStringLiteral("已记录为完成");
      return QStringLiteral("%1%2，已达到目标 %3").arg(when, figure(*a.latest, unit), figure(a.threshold.value_or(0), unit));
    case TargetStatus::OnTrack:
    case TargetStatus::AtRisk:
    case TargetStatus::Behind:
      break;
  }
  if (!a.latest) return QStringLiteral("暂无数值");
  const QString latest = when + figure(*a.latest, unit);
  if (!a.expected) {
    // Judged after the deadline without reaching the target.
    return QStringLiteral("%1，%2年期限已过，未达到目标 %3").arg(latest).arg(a.deadline).arg(figure(a.threshold.value_or(0), unit));
  }
  const double expected = *a.expected;
  const Result<TargetCondition> condition = TargetCondition::fromItem(target);
  const bool atLeast = !condition || condition->direction() == TargetCondition::Direction::AtLeast;
  const double shortfall = atLeast ? expected - *a.latest : *a.latest - expected;
  const QString pace = asOfYear != a.latestYear ? QStringLiteral("按线性进度%1年应达").arg(asOfYear) : QStringLiteral("按线性进度应达");
  QString verdict;
  const double base = std::abs(expected);
  const double share = base > 0 ? std::abs(shortfall) / base : 0.0;
  const long percent = std::lround(share * 100);
  if (percent == 0) verdict = QStringLiteral("与进度持平");
  else if (shortfall > 0) verdict = QStringLiteral("落后 %1%").arg(percent);
  else verdict = QStringLiteral("领先 %1%").arg(percent);
  return QStringLiteral("%1，%2 %3，%4").arg(latest, pace, figure(expected, unit), verdict);
}

}  // namespace planmap
