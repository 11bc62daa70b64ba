#pragma once

#include "PlanItem.h"
#include "ProgressRecord.h"
#include "TargetStatus.h"

#include <vector>

namespace planmap {

// What the evaluator found, with the numbers behind it so a UI can explain the colour.
struct TargetAssessment {
  TargetStatus status = TargetStatus::NoData;
  std::optional<double> latest;  // latest observed value
  int latestYear = 0;
  std::optional<double> expected;  // where the linear pace says the value should be now
  std::optional<double> threshold;  // the number the target promises (range: the end that counts)
  int baselineYear = 0;
  std::optional<double> baselineValue;
  int deadline = 0;
};

// Judges a target against its progress records, for a given current year (passed in, so results
// are reproducible and testable; nothing here reads the clock).
//
// Rules:
//  - Records of other targets and records dated after `currentYear` are ignored.
//  - Qualitative target: Achieved if any record says achieved, else NoData.
//  - Quantitative target without a numeric record: NoData (a valueless record with achieved=true
//    as the latest counts as Achieved).
//  - Achieved: the latest value already satisfies the condition (TargetCondition: 保持/以上/达到 ...
//    mean value >= threshold; 以内/控制在 mean value <= threshold; a range promises its lower end
//    when aiming up, its upper end when aiming down).
//  - Behind: not achieved and `currentYear` is after the deadline.
//  - Otherwise a straight line from the baseline (the item's, else the earliest record) to the
//    threshold at the deadline gives `expected` at `currentYear` (clamped to the line's ends):
//      OnTrack  if latest is at or better than expected;
//      AtRisk   if latest is worse than expected by at most `tolerance` (10%) of |expected|;
//      Behind   if worse by more.
//    Judging at `currentYear` rather than at the latest record's year means stale data slips
//    towards AtRisk: a figure from three years ago says little about being on track today.
class TargetEvaluator {
 public:
  static constexpr double kAtRiskTolerance = 0.10;

  // `tolerance`: the share of |expected| a target may fall short by and still be at risk rather
  // than behind (the project's WarningThresholds::forTarget).
  static TargetAssessment evaluate(const PlanItem& target, std::vector<ProgressRecord> records, int currentYear,
                                   int deadline, double tolerance = kAtRiskTolerance);
};

}  // namespace planmap
