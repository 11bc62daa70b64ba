#include "RuleProvenance.h"

namespace planmap {

QString RuleProvenance::kindName(Kind kind) {
  switch (kind) {
    case Kind::Plan: return QStringLiteral("plan");
    case Kind::Regulation: return QStringLiteral("regulation");
    case Kind::PlanmapDefault: return QStringLiteral("planmap-default");
    case Kind::Planner: return QStringLiteral("planner");
  }
  return QStringLiteral("planner");
}

std::optional<RuleProvenance::Kind> RuleProvenance::kindFromString(const QString& text) {
  for (Kind k : {Kind::Plan, Kind::Regulation, Kind::PlanmapDefault, Kind::Planner})
    if (text == kindName(k)) return k;
  return std::nullopt;
}

QString RuleProvenance::labelZh() const {
  switch (kind) {
    case Kind::Plan: return QStringLiteral("规划原文");
    case Kind::Regulation: return QStringLiteral("法规");
    case Kind::PlanmapDefault: return QStringLiteral("PlanMap 默认");
    case Kind::Planner: return QStringLiteral("规划人员指定");
  }
  return {};
}

QString RuleProvenance::citationText() const {
  if (kind == Kind::Plan) return QStringLiteral("%1：“%2”").arg(planItem, citation);
  return citation;
}

}  // namespace planmap
