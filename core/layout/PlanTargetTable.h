#pragma once

#include "LinkStore.h"
#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "Result.h"
#include "TargetRow.h"

#include <QString>
#include <vector>

namespace planmap {

// A feature shown in a frame, as the links name it.
struct FeatureRef {
  QString layer;
  QString key;   // VectorLayer::featureKey
  QString name;  // name_zh, for the table's place column
};

// Turns "these features are in the frame" into targets-table rows: the plan targets linked to them
// (catalog + links), each judged against its progress records as of `currentYear`.
class PlanTargetTable {
 public:
  PlanTargetTable() = default;
  PlanTargetTable(PlanCatalog catalog, LinkStore links, ProgressStore progress, int currentYear)
      : catalog_(std::move(catalog)), links_(std::move(links)), progress_(std::move(progress)), currentYear_(currentYear) {}

  // The bundled catalog and links (geodata/plan/), progress if a bundled progress file exists.
  static Result<PlanTargetTable> loadBundled(int currentYear);

  // Whether any link names this layer (so layers without links are not scanned feature by feature).
  bool hasLinksForLayer(const QString& layer) const;
  // Targets linked to `features`, each once (first feature wins for the place), in catalog order.
  std::vector<TargetRow> rowsFor(const std::vector<FeatureRef>& features) const;

  const PlanCatalog& catalog() const { return catalog_; }
  const LinkStore& links() const { return links_; }
  const ProgressStore& progress() const { return progress_; }
  int currentYear() const { return currentYear_; }

 private:
  PlanCatalog catalog_;
  LinkStore links_;
  ProgressStore progress_;
  int currentYear_ = 2025;
};

}  // namespace planmap
