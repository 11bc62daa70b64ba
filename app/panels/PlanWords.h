#pragma once

#include "FeatureLink.h"
#include "PlanItem.h"
#include "TargetEvaluator.h"
#include "TargetStatus.h"

#include <QCoreApplication>
#include <QString>

namespace planmap {

// The plan's words as the plan-editing panels show them (same English sources, hence the same
// Chinese, as the window's identify panel and target table).
class PlanWords {
  Q_DECLARE_TR_FUNCTIONS(planmap::PlanWords)

 public:
  static QString kindName(PlanItemKind kind);
  static QString roleName(LinkRole role);
  static QString statusName(TargetStatus status);
  // "≥ 500 万平方米 by 2025" / "5–10 个": what a target promises, in one line.
  static QString promise(const PlanItem& target, int deadline);
  // "On track — latest 430 万平方米 (2023), pace 420": a status with the numbers behind it.
  static QString assessmentText(const PlanItem& target, const TargetAssessment& assessment);
  static QString number(double value);
};

}  // namespace planmap
