#include "TargetEvaluator.h"

#include "TargetCondition.h"

#include <algorithm>
#include <cmath>

namespace planmap {

TargetAssessment TargetEvaluator::evaluate(const PlanItem& target, std::vector<ProgressRecord> records, int currentYear,
                                           int deadline, double tolerance) {
  TargetAssessment a;
  a.deadline = deadline;
  std::erase_if(records, [&](const ProgressRecord& r) { return r.target != target.id || r.year > currentYear; });
  std::stable_sort(records.begin(), records.end(),
                   [](const ProgressRecord& x, const ProgressRecord& y) { return x.year < y.year; });

  if (!target.quantitative) {
    const bool done = std::any_of(records.begin(), records.end(), [](const ProgressRecord& r) { return r.achieved; });
    a.status = done ? TargetStatus::Achieved : TargetStatus::NoData;
    return a;
  }
  Result<TargetCondition> condition = TargetCondition::fromItem(target);
  if (!condition || records.empty()) return a;
  a.threshold = condition->threshold();

  const ProgressRecord last = records.back();  // a copy: records shrink below
  if (!last.value) {
    if (last.achieved) a.status = TargetStatus::Achieved;
    return a;
  }
  std::erase_if(records, [](const ProgressRecord& r) { return !r.value; });
  a.latest = last.value;
  a.latestYear = last.year;
  if (condition->isMetBy(*a.latest)) {
    a.status = TargetStatus::Achieved;
    return a;
  }
  if (currentYear > deadline) {
    a.status = TargetStatus::Behind;
    return a;
  }

  if (target.baseline) {
    a.baselineYear = target.baseline->year;
    a.baselineValue = target.baseline->value;
  } else {
    a.baselineYear = records.front().year;
    a.baselineValue = records.front().value;
  }
  const double b = *a.baselineValue, t = *a.threshold;
  if (a.baselineYear >= deadline) {
    a.expected = t;
  } else {
    const double share = std::clamp(double(currentYear - a.baselineYear) / double(deadline - a.baselineYear), 0.0, 1.0);
    a.expected = b + (t - b) * share;
  }

  const double latest = *a.latest, expected = *a.expected;
  const double allowed = tolerance * std::abs(expected);
  const bool atLeast = condition->direction() == TargetCondition::Direction::AtLeast;
  const double shortfall = atLeast ? expected - latest : latest - expected;  // > 0 = worse than the pace
  // Pace values are computed; forgive rounding so that exactly-on-pace reads as on track.
  const double epsilon = 1e-9 * std::max(1.0, std::abs(expected));
  if (shortfall <= epsilon) a.status = TargetStatus::OnTrack;
  else if (shortfall <= allowed) a.status = TargetStatus::AtRisk;
  else a.status = TargetStatus::Behind;
  return a;
}

}  // namespace planmap
