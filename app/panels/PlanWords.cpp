#include "PlanWords.h"

#include "TargetCondition.h"

#include <QLocale>

namespace planmap {

QString PlanWords::kindName(PlanItemKind kind) {
  switch (kind) {
    case PlanItemKind::Project: return tr("Project");
    case PlanItemKind::Target: return tr("Target");
    case PlanItemKind::Measure: return tr("Measure");
  }
  return {};
}

QString PlanWords::roleName(LinkRole role) {
  switch (role) {
    case LinkRole::Implements: return tr("implements");
    case LinkRole::LocatedIn: return tr("located in");
    case LinkRole::MonitoredBy: return tr("monitored by");
    case LinkRole::OriginCounty: return tr("origin county (enclave flies from here)");
  }
  return {};
}

QString PlanWords::statusName(TargetStatus status) {
  switch (status) {
    case TargetStatus::Achieved: return tr("Achieved");
    case TargetStatus::OnTrack: return tr("On track");
    case TargetStatus::AtRisk: return tr("At risk");
    case TargetStatus::Behind: return tr("Behind");
    case TargetStatus::NoData: return tr("No data");
  }
  return {};
}

QString PlanWords::number(double value) { return QString::number(value, 'g', 10); }

QString PlanWords::promise(const PlanItem& target, int deadline) {
  // The plan's own word (达到, 以内 …) is Chinese text: the Chinese UI quotes it, the English one
  // says it with the sign (or as "qualitative") instead of showing "(达到)".
  const bool chinese = QLocale().language() == QLocale::Chinese;
  if (!target.quantitative)
    return chinese ? tr("%1 (qualitative) by %2").arg(target.comparator).arg(deadline)
                   : tr("qualitative target by %1").arg(deadline);
  QString amount;
  if (target.range) amount = QStringLiteral("%1–%2").arg(number(target.range->min), number(target.range->max));
  else if (target.value) amount = number(*target.value);
  const auto condition = TargetCondition::fromItem(target);
  const QString sign = !condition ? QString()
                       : condition->direction() == TargetCondition::Direction::AtLeast ? QStringLiteral("≥ ")
                                                                                       : QStringLiteral("≤ ");
  if (!chinese || target.comparator.isEmpty()) return tr("%1%2 %3 by %4").arg(sign, amount, target.unit).arg(deadline);
  return tr("%1%2 %3 by %4 (%5)").arg(sign, amount, target.unit).arg(deadline).arg(target.comparator);
}

QString PlanWords::assessmentText(const PlanItem& target, const TargetAssessment& a) {
  QString text = statusName(a.status);
  if (a.latest)
    text += tr(" — latest %1 %2 (%3)").arg(number(*a.latest), target.unit).arg(a.latestYear);
  if (a.expected && a.status != TargetStatus::Achieved)
    text += tr(", pace %1 %2").arg(number(*a.expected), target.unit);
  return text;
}

}  // namespace planmap
