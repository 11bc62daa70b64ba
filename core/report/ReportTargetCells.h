#pragma once

#include "EvaluationReport.h"

#include <QStringList>

namespace planmap {

// The text of one row of the report's targets table, the same in the PDF and the XLSX:
// 编号, 指标, 基期, 最新, 目标, 期限, 状态, 说明.
class ReportTargetCells {
 public:
  static constexpr int kStatusColumn = 6;
  static QStringList headers();
  static QStringList cells(const EvaluationReport::Target& target);
  // "达到 500 万平方米", "争取建成 5—10 个", the comparator alone for qualitative targets.
  static QString promise(const PlanItem& target);
};

}  // namespace planmap
