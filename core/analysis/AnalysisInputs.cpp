#include "AnalysisInputs.h"

#include "FeatureStore.h"
#include "LinkStore.h"
#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "VectorLayer.h"

namespace planmap {

namespace {

bool hasPolygons(const VectorLayer& layer) {
  if (!layer.features) return false;
  for (std::size_t f = 0; f < layer.features->featureCount(); ++f)
    if (layer.features->geometryType(f) == GeometryType::Polygon) return true;
  return false;
}

}  // namespace

std::shared_ptr<const VectorLayer> AnalysisInputs::layer(const QString& id) const {
  for (const auto& l : layers)
    if (l && l->id == id) return l;
  return nullptr;
}

const ConstraintMarking* AnalysisInputs::marking(const QString& layerId) const {
  for (const auto& [id, m] : markings)
    if (id == layerId) return &m;
  return nullptr;
}

Result<ComplianceChecker> AnalysisInputs::checker(const ConstraintRuleSet& bundledRules) const {
  using R = Result<ComplianceChecker>;
  // The bundled rules speak of the bundled layers by id: they apply only where the project still
  // has that bundled layer. The county layer of the rule set stays (it names where a site lies).
  ConstraintRuleSet rules = bundledRules.withoutRules();
  for (const ConstraintRule& rule : bundledRules.rules())
    if (bundledLayerIds.contains(rule.layer) && layer(rule.layer)) rules.addRule(rule);
  for (const auto& [layerId, m] : markings) {
    if (!layer(layerId)) continue;
    if (catalog)
      for (const QString& item : m.planItems)
        if (!catalog->itemById(item))
          return R::fail(QStringLiteral("layer %1: constraint \"%2\" cites plan item %3, which the project's catalog does not have")
                             .arg(layerId, m.name, item));
    rules.addRule(m.toRule(layerId));
  }
  return R::ok(ComplianceChecker(layers, std::move(rules), catalog));
}

QStringList AnalysisInputs::constraintLayerIds(const ConstraintRuleSet& bundledRules) const {
  QStringList ids;
  for (const ConstraintRule& rule : bundledRules.rules())
    if (bundledLayerIds.contains(rule.layer) && layer(rule.layer) && !ids.contains(rule.layer)) ids << rule.layer;
  for (const auto& [layerId, m] : markings)
    if (layer(layerId) && !ids.contains(layerId)) ids << layerId;
  return ids;
}

QStringList AnalysisInputs::unitsLayerCandidates() const {
  QStringList ids;
  for (const auto& l : layers)
    if (l && hasPolygons(*l)) ids << l->id;
  return ids;
}

QString AnalysisInputs::defaultUnitsLayer(const ConstraintRuleSet& bundledRules) const {
  const QString bundledCounties = bundledRules.countyLayer();
  if (bundledLayerIds.contains(bundledCounties) && layer(bundledCounties)) return bundledCounties;
  // The planner's own layers before the bundled context layers (province, prefecture outline).
  const QStringList constraints = constraintLayerIds(bundledRules);
  for (bool bundled : {false, true})
    for (const QString& id : unitsLayerCandidates())
      if (!constraints.contains(id) && bundledLayerIds.contains(id) == bundled) return id;
  return {};
}

Result<CountyStatistics> AnalysisInputs::statistics(const ConstraintRuleSet& bundledRules, const QString& unitsLayer,
                                                    CountyStatisticsOptions options) const {
  using R = Result<CountyStatistics>;
  const QString units = unitsLayer.isEmpty() ? defaultUnitsLayer(bundledRules) : unitsLayer;
  if (units.isEmpty()) return R::fail(QStringLiteral("the project has no polygon layer that could hold administrative units"));
  const auto unitLayer = layer(units);
  if (!unitLayer) return R::fail(QStringLiteral("--units %1: the project has no such layer (layers: %2)").arg(units, [this] {
    QStringList ids;
    for (const auto& l : layers) ids << l->id;
    return ids.join(QStringLiteral(", "));
  }()));
  if (!hasPolygons(*unitLayer)) return R::fail(QStringLiteral("layer %1 has no polygons, so it cannot hold administrative units").arg(units));
  options.countyLayer = units;
  // The bundled counties name themselves in name_zh; any other layer's name field is guessed.
  if (!(bundledLayerIds.contains(units) && units == bundledRules.countyLayer())) options.countyNameField.clear();
  // The bundled thematic layers count only as what they are; a user layer with the same id does not.
  for (QString* id : {&options.zoneLayer, &options.nationalParkLayer, &options.parkLayer, &options.enclaveParkLayer,
                      &options.mineLayer, &options.riverLayer})
    if (!bundledLayerIds.contains(*id)) id->clear();
  for (const auto& [layerId, m] : markings)
    if (layer(layerId) && layerId != units) options.constraintLayers.emplace_back(layerId, m.name);
  if (!options.thresholds) options.thresholds = thresholds.get();
  return CountyStatistics::compute(layers, catalog.get(), links.get(), progress.get(), options);
}

}  // namespace planmap
