#include "TargetReview.h"

#include "TargetExplanation.h"

namespace planmap {

TargetVerdict TargetReview::judge(const PlanCatalog& catalog, const PlanItem& target, const ProgressStore& progress,
                                  int asOfYear, const WarningThresholds& thresholds, const QString& scope) {
  TargetVerdict v;
  v.target = &target;
  v.scope = !scope.isEmpty() ? scope : target.isCityScope() ? QStringLiteral("city") : target.scope.first();
  v.asOfYear = asOfYear;
  v.tolerance = thresholds.forTarget(target.id);
  v.assessment = TargetEvaluator::evaluate(target, progress.recordsFor(target.id, v.scope), asOfYear,
                                           catalog.effectiveDeadline(target), v.tolerance);
  v.warning = TargetExplanation::warningLevel(v.assessment.status);
  v.explanation = TargetExplanation::describe(target, v.assessment, asOfYear);
  return v;
}

void TargetReview::addToJson(const TargetVerdict& v, QJsonObject& o) {
  const TargetAssessment& a = v.assessment;
  o.insert(QStringLiteral("status"), targetStatusToString(a.status));
  o.insert(QStringLiteral("warning"), v.warning);
  o.insert(QStringLiteral("explanation"), v.explanation);
  o.insert(QStringLiteral("latest"), a.latest ? QJsonValue(*a.latest) : QJsonValue());
  o.insert(QStringLiteral("latestYear"), a.latest ? QJsonValue(a.latestYear) : QJsonValue());
  o.insert(QStringLiteral("expected"), a.expected ? QJsonValue(*a.expected) : QJsonValue());
  o.insert(QStringLiteral("tolerance"), v.tolerance);
  o.insert(QStringLiteral("asOf"), v.asOfYear);
}

}  // namespace planmap
