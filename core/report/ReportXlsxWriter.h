#pragma once

#include "EvaluationReport.h"
#include "Result.h"

#include <functional>

namespace planmap {

// Writes the evaluation report as a formatted workbook with libxlsxwriter: a 汇总 sheet (counts per
// status, achieved share), 全部指标 (every target, merged chapter header rows, status fills, units,
// number formats, frozen header row), one sheet per chapter, 原始记录 (the raw records) and 图表
// with a native Excel chart per quantitative target with figures (actual values against the planned
// line; the series live on 图表数据). Written to a temporary file beside `path`, then renamed.
class ReportXlsxWriter {
 public:
  static QString summarySheetName() { return QStringLiteral("汇总"); }
  static QString allTargetsSheetName() { return QStringLiteral("全部指标"); }
  static QString recordsSheetName() { return QStringLiteral("原始记录"); }
  static QString chartsSheetName() { return QStringLiteral("图表"); }
  static QString chartDataSheetName() { return QStringLiteral("图表数据"); }

  // `progress(done, total)` returning false cancels (nothing is written).
  static Status write(const EvaluationReport& report, const QString& path,
                      const std::function<bool(int done, int total)>& progress = {});
};

}  // namespace planmap
