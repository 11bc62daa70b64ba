#pragma once

#include "ComplianceOptions.h"
#include "ComplianceReport.h"
#include "ComplianceSite.h"
#include "ConstraintRuleSet.h"
#include "Result.h"

#include <memory>
#include <vector>

namespace planmap {

class MapDocument;
class PlanCatalog;
struct VectorLayer;

// Checks a site against the constraint layers of a map: every layer that a rule names (by layer
// id: Qinling zones, national parks, basins, river corridors, lakes, mine remediation areas, 飞地
// counties) and any user layer added with addConstraintLayer(). Overlaps are computed with GEOS
// (through OGR) in a Lambert equal-area projection centred on the site, so areas are true on the
// ellipsoid whatever CRS the site and the layers come in. Invalid site geometry is repaired with
// MakeValid and the repair reported.
//
// check() is const and creates its GDAL objects locally, so one checker may serve several
// threads; the layers are immutable once loaded.
class ComplianceChecker {
 public:
  using LayerList = std::vector<std::shared_ptr<const VectorLayer>>;

  // `catalog` supplies the plan text quoted in conflicts; may be null (texts then empty).
  ComplianceChecker(LayerList layers, ConstraintRuleSet rules, std::shared_ptr<const PlanCatalog> catalog);
  static LayerList layersOf(const MapDocument& document);
  // The bundled Ankang map, geodata/constraints.json and the bundled plan catalog; fails when any
  // of them cannot be read or a rule cites an item the catalog lacks.
  static Result<ComplianceChecker> forBundledMap();

  // A user layer marked as a constraint: all its features (or those matching rule.where) apply
  // under `rule`; rule.layer is set to the layer's id.
  void addConstraintLayer(std::shared_ptr<const VectorLayer> layer, ConstraintRule rule);

  Result<ComplianceReport> check(const ComplianceSite& site, const ComplianceOptions& options = {}) const;

  const ConstraintRuleSet& rules() const { return rules_; }
  const LayerList& layers() const { return layers_; }
  std::shared_ptr<const PlanCatalog> catalog() const { return catalog_; }
  // The plan text a rule quotes: the distinct texts of its items, one per line.
  QString planTextOf(const ConstraintRule& rule) const;

 private:
  std::shared_ptr<const VectorLayer> layerById(const QString& id) const;

  LayerList layers_;
  ConstraintRuleSet rules_;
  std::shared_ptr<const PlanCatalog> catalog_;
};

}  // namespace planmap
