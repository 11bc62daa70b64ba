#pragma once

#include "LayerStyle.h"
#include "Result.h"
#include "TargetEvaluator.h"
#include "TargetStatus.h"

#include <QColor>
#include <QString>
#include <vector>

namespace planmap {

class LinkStore;
class PlanCatalog;
class ProgressStore;
struct VectorLayer;

struct TargetThemeOptions {
  int currentYear = 0;  // the year statuses are judged at; core never reads the clock
  // A county without figures of its own shows the city-wide status, hatched and labelled
  // "（全市数据）", so nobody reads a city figure as the county's own.
  bool countyFallbackToCity = true;
  QString countyNameField = QStringLiteral("name_zh");  // county layer: the county name (records' scope)
  QString featureCountyField = QStringLiteral("county");  // other layers: the county a feature lies in, if known
};

// One feature's verdict, in the layer's row order.
struct ThemedFeature {
  QString key;       // VectorLayer::featureKey
  QString name;      // name_zh, else the key
  QString category;  // a TargetStatusTheme category (below)
  TargetStatus status = TargetStatus::NoData;
  QString scope;  // whose records decided: "city", a county name, or empty (out of scope / not linked)
};

struct TargetTheme {
  QString targetId;
  QString layerId;
  bool countyLayer = false;
  LayerStyle style;
  std::vector<ThemedFeature> features;
  TargetAssessment cityWide;

  // The category of feature `key`, empty when the layer has no such feature.
  QString categoryOf(const QString& key) const;
};

// A map theme of one target's status: a categorized LayerStyle that colours each feature of a layer
// by where the target stands there. Styles are data, so the theme is an ordinary LayerStyle the
// renderer, legend, layouts and project file already understand — one class per category, each
// class listing the keys of its features (StyleClass::otherValues) so the legend has one line per
// status, not one per feature.
//
// County layer (isCountyLayer): every county is judged on the progress records scoped to it
// ("汉阴县" or "汉阴"); with none, on the city-wide records (countyFallbackToCity, drawn hatched);
// a county outside a target whose scope names counties is "out_of_scope".
// Any other layer: features linked to the target (any role) are judged on the records of their
// county (featureCountyField) when there are some, else city-wide; the rest are "not_linked".
//
// Categories: "achieved", "on_track", "at_risk", "behind", "no_data" (targetStatusToString), the same
// with "@city" appended for a county shown with the city-wide status, "out_of_scope", "not_linked".
class TargetStatusTheme {
 public:
  static QString outOfScopeCategory() { return QStringLiteral("out_of_scope"); }
  static QString notLinkedCategory() { return QStringLiteral("not_linked"); }
  static QString category(TargetStatus status, bool fromCity = false);

  // Legend text of a category: Chinese (the map's language) and English.
  static QString labelZh(const QString& category);
  static QString labelEn(const QString& category);
  static QColor statusColor(TargetStatus status);

  // The bundled "counties" layer, or any layer whose every feature has kind = "county".
  static bool isCountyLayer(const VectorLayer& layer);

  // Fails when `targetId` is not a target of the catalog, or the layer has no features or no key
  // field the style can select features by (user layers keyed by FID: choose a key field first).
  static Result<TargetTheme> build(const VectorLayer& layer, const PlanCatalog& catalog, const LinkStore& links,
                                   const ProgressStore& progress, const QString& targetId,
                                   const TargetThemeOptions& options);
};

}  // namespace planmap
