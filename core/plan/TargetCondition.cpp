#include "TargetCondition.h"

namespace planmap {

namespace {
const QStringList& atLeastWords() {
  static const QStringList words = {
      QStringLiteral("达到"), QStringLiteral("以上"), QStringLiteral("保持"), QStringLiteral("不低于"),
      QStringLiteral("全覆盖"), QStringLiteral("实现"), QStringLiteral("建成"), QStringLiteral("争取建成"),
      QStringLiteral("培育"), QStringLiteral("超过")};
  return words;
}
const QStringList& atMostWords() {
  static const QStringList words = {QStringLiteral("以内"), QStringLiteral("控制在"), QStringLiteral("不高于"),
                                    QStringLiteral("不超过"), QStringLiteral("以下"), QStringLiteral("低于")};
  return words;
}
}  // namespace

QStringList TargetCondition::knownComparators() { return atLeastWords() + atMostWords(); }

std::optional<TargetCondition::Direction> TargetCondition::directionOfComparator(const QString& comparator) {
  if (atLeastWords().contains(comparator)) return Direction::AtLeast;
  if (atMostWords().contains(comparator)) return Direction::AtMost;
  return std::nullopt;
}

std::optional<TargetCondition::Direction> TargetCondition::directionFromString(const QString& text) {
  if (text == QLatin1String("at_least")) return Direction::AtLeast;
  if (text == QLatin1String("at_most")) return Direction::AtMost;
  return std::nullopt;
}

Result<TargetCondition> TargetCondition::fromItem(const PlanItem& item) {
  if (!item.isTarget()) return Result<TargetCondition>::fail(QStringLiteral("item %1 is not a target").arg(item.id));
  if (!item.quantitative)
    return Result<TargetCondition>::fail(QStringLiteral("target %1 is qualitative").arg(item.id));
  std::optional<Direction> dir = item.direction.isEmpty() ? directionOfComparator(item.comparator)
                                                          : directionFromString(item.direction);
  if (!dir)
    return Result<TargetCondition>::fail(
        QStringLiteral("target %1: unknown comparator \"%2\"").arg(item.id, item.comparator));
  if (item.range) {
    const double t = *dir == Direction::AtLeast ? item.range->min : item.range->max;
    return Result<TargetCondition>::ok(TargetCondition(*dir, t));
  }
  if (item.value) return Result<TargetCondition>::ok(TargetCondition(*dir, *item.value));
  return Result<TargetCondition>::fail(QStringLiteral("target %1 has neither value nor range").arg(item.id));
}

bool TargetCondition::isMetBy(double value) const {
  return direction_ == Direction::AtLeast ? value >= threshold_ : value <= threshold_;
}

}  // namespace planmap
