#pragma once

#include "PlanItem.h"
#include "Result.h"

#include <QStringList>
#include <optional>

namespace planmap {

// What a quantitative target promises, reduced to one inequality: "at least X" or "at most X".
// The plan's words map onto a direction: 达到, 以上, 保持, 不低于, 全覆盖, 实现, 建成, 争取建成, 培育 mean
// "at least" (保持100% = stay at or above 100%); 以内, 控制在, 不高于, 不超过, 以下, 低于 mean "at most".
// For a range ("5—10个") the lower end is the promise when aiming up, the upper end when aiming down.
class TargetCondition {
 public:
  enum class Direction { AtLeast, AtMost };

  // Known comparator words, for the error message of a catalog that uses another one.
  static QStringList knownComparators();
  static std::optional<Direction> directionOfComparator(const QString& comparator);
  // "at_least" / "at_most", the item's explicit override.
  static std::optional<Direction> directionFromString(const QString& text);

  // Fails for qualitative targets, non-targets and items without a value or range.
  static Result<TargetCondition> fromItem(const PlanItem& item);

  Direction direction() const { return direction_; }
  double threshold() const { return threshold_; }
  bool isMetBy(double value) const;

 private:
  TargetCondition(Direction d, double t) : direction_(d), threshold_(t) {}
  Direction direction_;
  double threshold_;
};

}  // namespace planmap
