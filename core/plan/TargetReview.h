#pragma once

#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "TargetEvaluator.h"
#include "WarningThresholds.h"

#include <QJsonObject>

namespace planmap {

// One target judged as of a year: the assessment, its warning level and the words for it.
struct TargetVerdict {
  const PlanItem* target = nullptr;
  QString scope;  // whose records were judged: "city" or a county
  int asOfYear = 0;
  double tolerance = WarningThresholds::kDefault;
  TargetAssessment assessment;
  QString warning;      // TargetExplanation::warningLevel
  QString explanation;  // TargetExplanation::describe
};

// THE way a target is judged for display: TargetEvaluator with the project's threshold for the
// target and its effective deadline, explained by TargetExplanation. The evaluation report,
// `planmap plan --json` and `planmap stats --json` all call this, so a target reads the same in
// each of them.
class TargetReview {
 public:
  // `scope` empty: "city" for a city-wide target, else the first county it names.
  static TargetVerdict judge(const PlanCatalog& catalog, const PlanItem& target, const ProgressStore& progress,
                             int asOfYear, const WarningThresholds& thresholds, const QString& scope = {});
  // "status", "warning", "explanation", "latest", "latestYear", "expected", "tolerance", "asOf".
  static void addToJson(const TargetVerdict& verdict, QJsonObject& object);
};

}  // namespace planmap
