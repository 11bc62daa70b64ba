#pragma once

#include "ComplianceChecker.h"
#include "ConstraintMarking.h"
#include "CountyStatistics.h"
#include "WarningThresholds.h"
#include "Result.h"

#include <QSet>
#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace planmap {

class LinkStore;
class PlanCatalog;
class ProgressStore;

// Everything an analysis (site check, county statistics) reads of the open project, copied on the
// UI thread (Project::analysisInputs) so a worker never touches the live document: the project's
// layers in map order (hidden ones too: a hidden red line still binds), which of them are bundled
// layers, the planner's constraint markings, and the project's catalog, links and progress.
struct AnalysisInputs {
  std::vector<std::shared_ptr<const VectorLayer>> layers;
  QSet<QString> bundledLayerIds;  // layers that came from the bundled map under their manifest id
  std::vector<std::pair<QString, ConstraintMarking>> markings;  // layer id -> marking, map order
  std::shared_ptr<const PlanCatalog> catalog;
  std::shared_ptr<const LinkStore> links;
  std::shared_ptr<const ProgressStore> progress;
  std::shared_ptr<const WarningThresholds> thresholds;  // the project's 预警 thresholds (null = 10% for all)

  std::shared_ptr<const VectorLayer> layer(const QString& id) const;
  const ConstraintMarking* marking(const QString& layerId) const;

  // The checker over these layers: the rules of `bundledRules` (geodata/constraints.json) whose
  // layer is a bundled layer of the project, plus one rule per marked layer. A layer removed from
  // the project is in no rule. Fails when a marking cites a plan item the catalog lacks.
  Result<ComplianceChecker> checker(const ConstraintRuleSet& bundledRules) const;
  // Ids of the layers some rule of checker(bundledRules) reads.
  QStringList constraintLayerIds(const ConstraintRuleSet& bundledRules) const;

  // The layer holding the administrative units for statistics when the planner chose none: the
  // bundled counties where the project has them, else the first polygon layer (in map order, bottom
  // first; the planner's own layers before bundled context layers such as the province outline)
  // that is not a constraint layer. Empty when there is none.
  QString defaultUnitsLayer(const ConstraintRuleSet& bundledRules) const;
  // Polygon layers that can hold units (for the statistics dock's chooser), map order.
  QStringList unitsLayerCandidates() const;

  // County statistics with `unitsLayer` (empty = defaultUnitsLayer) as the units; the area of each
  // marked constraint layer in each unit is a column beside the bundled Qinling zones.
  Result<CountyStatistics> statistics(const ConstraintRuleSet& bundledRules, const QString& unitsLayer,
                                      CountyStatisticsOptions options = {}) const;
};

}  // namespace planmap
