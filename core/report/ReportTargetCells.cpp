#include "ReportTargetCells.h"

#include "TargetExplanation.h"

namespace planmap {

QStringList ReportTargetCells::headers() {
  return {QStringLiteral("编号"), QStringLiteral("指标"), QStringLiteral("基期"), QStringLiteral("最新"),
          QStringLiteral("目标"), QStringLiteral("期限"), QStringLiteral("状态"), QStringLiteral("说明")};
}

QString ReportTargetCells::promise(const PlanItem& t) {
  if (t.range)
    return QStringLiteral("%1 %2—%3").arg(t.comparator, TargetExplanation::figure(t.range->min, QString()),
                                          TargetExplanation::figure(t.range->max, t.unit));
  if (t.value) return QStringLiteral("%1 %2").arg(t.comparator, TargetExplanation::figure(*t.value, t.unit));
  return t.comparator;
}

QStringList ReportTargetCells::cells(const EvaluationReport::Target& target) {
  const PlanItem& t = *target.verdict.target;
  const TargetAssessment& a = target.verdict.assessment;
  QString baseline = QStringLiteral("—");
  if (t.baseline) baseline = QStringLiteral("%1（%2）").arg(TargetExplanation::figure(t.baseline->value, t.unit)).arg(t.baseline->year);
  QString latest = QStringLiteral("—");
  if (a.latest) latest = QStringLiteral("%1（%2）").arg(TargetExplanation::figure(*a.latest, t.unit)).arg(a.latestYear);
  else if (a.status == TargetStatus::Achieved) latest = QStringLiteral("已完成");
  const QString deadline = t.deadline ? QString::number(*t.deadline) : a.deadline ? QStringLiteral("%1*").arg(a.deadline) : QStringLiteral("—");
  return {t.id, t.indicator.isEmpty() ? t.name : t.indicator, baseline, latest, promise(t), deadline,
          reportStatusLabel(a.status), target.verdict.explanation};
}

}  // namespace planmap
