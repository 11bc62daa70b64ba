#pragma once

#include "ComplianceReport.h"
#include "Result.h"

#include <QString>
#include <memory>
#include <vector>

namespace planmap {

struct VectorLayer;

// The compliance report as a PDF (A4): the site and its counties, the verdict, a map of the site
// and its overlaps over the constraint layers (drawn by MapPainter, the same code as the screen),
// and one entry per conflict with the plan text quoted. Chinese text is set in Noto Sans CJK SC,
// which QPdfWriter embeds (subset). Needs a QGuiApplication (fonts).
class ComplianceReportPdf {
 public:
  static Status write(const ComplianceReport& report, const std::vector<std::shared_ptr<const VectorLayer>>& layers,
                      const QString& path);
};

}  // namespace planmap
