#pragma once

#include "PlanItem.h"
#include "TargetEvaluator.h"

#include <QString>

namespace planmap {

// The words behind a target's warning level (预警), for the target panel, identify, `plan --json`,
// `stats --json` and the evaluation report — all from one TargetAssessment, so they never disagree:
//   "2024年 3.2 万人，按线性进度应达 4.1 万人，落后 22%"
// Chinese, the language of the plan and of its evaluation report.
class TargetExplanation {
 public:
  static QString describe(const PlanItem& target, const TargetAssessment& assessment, int asOfYear);
  // 预警 level: "green" (on track), "yellow" (at risk), "red" (behind), "achieved", "no_data".
  static QString warningLevel(TargetStatus status);
  // A figure as the report prints it: at most two decimals, no trailing zeros, with its unit
  // ("3.2 万人", "85%").
  static QString figure(double value, const QString& unit);
};

}  // namespace planmap
