#pragma once

#include "EvaluationReport.h"
#include "Result.h"

#include <functional>
#include <memory>

namespace planmap {

class LinkStore;
struct VectorLayer;

// Writes the evaluation report as an A4 portrait Chinese PDF: cover, summary (counts per status,
// achieved share), per chapter the targets table (baseline, latest, target, deadline, status,
// explanation) and a chart per quantitative target with figures, a county comparison chart and
// county status map for targets recorded by county, the data sources, and an appendix of targets
// without data. Text is text (embedded Noto Sans CJK subsets, searchable: PdfPostProcessor); charts
// are vector (TargetChartPainter). Written to a temporary file beside `path`, then renamed.
class ReportPdfWriter {
 public:
  struct Inputs {
    const EvaluationReport* report = nullptr;
    // For the county status maps; may be null (no maps).
    std::shared_ptr<const VectorLayer> counties;
    const PlanCatalog* catalog = nullptr;
    const LinkStore* links = nullptr;
    const ProgressStore* progress = nullptr;
    // Called after each page; returning false cancels (nothing is written).
    std::function<bool(int page, int targetsDone, int targetsTotal)> progressCallback;
  };
  static Status write(const Inputs& inputs, const QString& path);
};

}  // namespace planmap
