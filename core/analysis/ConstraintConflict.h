#pragma once

#include "ConstraintRule.h"

#include <QString>
#include <QStringList>

namespace planmap {

// One overlap of the site with one constraint feature under one rule. Measures are in metres on
// the ellipsoid (equal-area projection); only those that fit the site's kind are set: areas for
// polygon sites, length for line sites, `inside` for point sites.
struct ConstraintConflict {
  static constexpr double kSquareMetresPerMu = 2000.0 / 3.0;  // 1 亩 = 2000/3 m²

  QString ruleId;
  QString layer;        // layer id
  QString layerTitle;   // the layer's Chinese title
  QString feature;      // feature key (pm_id)
  QString name;         // feature name (name_zh)
  QString constraint;   // the rule's constraint name, "秦岭核心保护区"
  Severity severity = Severity::Note;
  QString summary;      // the rule's summary
  QStringList planItems;
  QString ruleText;     // the plan items' text, verbatim from the catalog (distinct texts, one per line)
  RuleProvenance provenance;  // where the rule comes from (copied from the rule)

  double overlapM2 = 0;
  double overlapLengthM = 0;
  int pointsInside = 0;
  double share = 0;     // of the site's area, length or points, 0..1
  double bufferM = 0;   // the buffer the constraint geometry got (river corridors, mine areas)

  QString accuracy;     // the feature's accuracy value ("schematic", "approximate", …)
  bool caveat = false;  // schematic/unverified geometry: a hint, not a verdict
  QString caveatText;   // "示意性范围，仅供参考" when caveat

  QString overlapWkt;   // the overlap in EPSG:4326 (lon, lat) for drawing

  double overlapHa() const { return overlapM2 / 10000.0; }
  double overlapMu() const { return overlapM2 / kSquareMetresPerMu; }
};

}  // namespace planmap
