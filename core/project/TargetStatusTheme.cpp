#include "TargetStatusTheme.h"

#include "LinkStore.h"
#include "PlanCatalog.h"
#include "PlanItem.h"
#include "ProgressStore.h"
#include "VectorLayer.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace planmap {

namespace {

const QString kFromCity = QStringLiteral("@city");

// "汉阴县" and "汉阴" are one county: records and scopes are typed both ways.
QString countyStem(const QString& name) { return withoutAdminSuffix(name); }

bool isCityScope(const QString& scope) { return scope.isEmpty() || scope == QLatin1String("city"); }

std::vector<ProgressRecord> recordsOfScope(const ProgressStore& progress, const QString& targetId, const QString& county) {
  std::vector<ProgressRecord> out;
  const QString stem = county.isEmpty() ? QString() : countyStem(county);
  for (const ProgressRecord& r : progress.records()) {
    if (r.target != targetId) continue;
    if (stem.isEmpty() ? isCityScope(r.scope) : (!isCityScope(r.scope) && countyStem(r.scope) == stem)) out.push_back(r);
  }
  return out;
}

const std::vector<TargetStatus>& statusOrder() {
  static const std::vector<TargetStatus> order{TargetStatus::Achieved, TargetStatus::OnTrack, TargetStatus::AtRisk,
                                               TargetStatus::Behind, TargetStatus::NoData};
  return order;
}

// darker() works in HSV at 16 bits per channel; a project file keeps 8. Round now, so the style
// read back from a saved project equals the one applied.
QColor darker(const QColor& c, int factor) { return QColor::fromRgba(c.darker(factor).rgba()); }

GeometryType dominantGeometry(const FeatureStore& store) {
  int counts[4] = {0, 0, 0, 0};
  for (std::size_t f = 0; f < store.featureCount(); ++f) ++counts[int(store.geometryType(f))];
  return GeometryType(std::max_element(counts + 1, counts + 4) - counts);
}

}  // namespace

QString TargetTheme::categoryOf(const QString& key) const {
  for (const ThemedFeature& f : features)
    if (f.key == key) return f.category;
  return {};
}

QString TargetStatusTheme::category(TargetStatus status, bool fromCity) {
  return targetStatusToString(status) + (fromCity ? kFromCity : QString());
}

QString TargetStatusTheme::labelZh(const QString& category) {
  if (category == outOfScopeCategory()) return QStringLiteral("不在目标范围");
  if (category == notLinkedCategory()) return QStringLiteral("未关联该目标");
  const bool fromCity = category.endsWith(kFromCity);
  const auto status = targetStatusFromString(fromCity ? category.chopped(kFromCity.size()) : category);
  if (!status) return category;
  return targetStatusZh(*status) + (fromCity ? QStringLiteral("（全市数据）") : QString());
}

QString TargetStatusTheme::labelEn(const QString& category) {
  if (category == outOfScopeCategory()) return QStringLiteral("Outside the target's scope");
  if (category == notLinkedCategory()) return QStringLiteral("Not linked to the target");
  const bool fromCity = category.endsWith(kFromCity);
  const auto status = targetStatusFromString(fromCity ? category.chopped(kFromCity.size()) : category);
  if (!status) return category;
  return targetStatusEn(*status) + (fromCity ? QStringLiteral(" (city-wide figure)") : QString());
}

QColor TargetStatusTheme::statusColor(TargetStatus status) {
  // Also the target table's colours (app/gui PlanContext asks here) and the PDF tables': one source.
  return QColor::fromRgba(targetStatusRgba(status));
}

bool TargetStatusTheme::isCountyLayer(const VectorLayer& layer) {
  if (layer.id == QLatin1String("counties")) return true;
  if (!layer.features || layer.features->featureCount() == 0) return false;
  const AttributeTable& attributes = layer.features->attributes();
  const int kind = attributes.fieldIndex(QStringLiteral("kind"));
  if (kind < 0) return false;
  for (std::size_t f = 0; f < layer.features->featureCount(); ++f)
    if (attributes.text(f, kind) != QLatin1String("county")) return false;
  return true;
}

Result<TargetTheme> TargetStatusTheme::build(const VectorLayer& layer, const PlanCatalog& catalog, const LinkStore& links,
                                             const ProgressStore& progress, const QString& targetId,
                                             const TargetThemeOptions& options) {
  using R = Result<TargetTheme>;
  const PlanItem* target = catalog.itemById(targetId);
  if (!target) return R::fail(QStringLiteral("target %1: not in the plan catalog").arg(targetId));
  if (!target->isTarget())
    return R::fail(QStringLiteral("%1 is a %2, not a target").arg(targetId, planItemKindToString(target->kind)));
  if (!layer.features || layer.features->featureCount() == 0)
    return R::fail(QStringLiteral("layer %1 has no features to colour").arg(layer.id));
  const AttributeTable& attributes = layer.features->attributes();
  if (layer.keyField.isEmpty() || attributes.fieldIndex(layer.keyField) < 0)
    return R::fail(QStringLiteral("layer %1 has no key field; a theme selects features by their key").arg(layer.id));

  const int deadline = catalog.effectiveDeadline(*target);
  TargetTheme theme;
  theme.targetId = targetId;
  theme.layerId = layer.id;
  theme.countyLayer = isCountyLayer(layer);
  theme.cityWide = TargetEvaluator::evaluate(*target, recordsOfScope(progress, targetId, {}), options.currentYear, deadline);

  const int nameField = attributes.fieldIndex(QStringLiteral("name_zh"));
  const int countyNameField = attributes.fieldIndex(options.countyNameField);
  const int featureCountyField = attributes.fieldIndex(options.featureCountyField);
  QSet<QString> linked;
  for (const FeatureLink& l : links.featuresOfItem(targetId))
    if (l.layer == layer.id) linked.insert(l.feature);
  QSet<QString> scopeStems;
  if (!target->isCityScope())
    for (const QString& s : target->scope) scopeStems.insert(countyStem(s));

  // A county's status from its own records (nullopt: it has none), judged once per county however
  // many features name it.
  QHash<QString, std::optional<TargetAssessment>> byCounty;
  auto ownAssessment = [&](const QString& county) -> std::optional<TargetAssessment> {
    if (county.isEmpty()) return std::nullopt;
    const QString stem = countyStem(county);
    auto it = byCounty.find(stem);
    if (it == byCounty.end()) {
      std::vector<ProgressRecord> own = recordsOfScope(progress, targetId, county);
      it = byCounty.insert(stem, own.empty() ? std::nullopt
                                             : std::optional(TargetEvaluator::evaluate(*target, std::move(own),
                                                                                       options.currentYear, deadline)));
    }
    return it.value();
  };

  const std::size_t n = layer.features->featureCount();
  theme.features.reserve(n);
  for (std::size_t f = 0; f < n; ++f) {
    ThemedFeature tf;
    tf.key = layer.featureKey(f);
    tf.name = nameField >= 0 ? attributes.text(f, nameField) : QString();
    if (tf.name.isEmpty()) tf.name = tf.key;
    if (theme.countyLayer) {
      const QString county = countyNameField >= 0 ? attributes.text(f, countyNameField) : tf.name;
      if (!scopeStems.isEmpty() && !scopeStems.contains(countyStem(county))) {
        tf.category = outOfScopeCategory();
      } else if (const auto own = ownAssessment(county); own || !options.countyFallbackToCity) {
        tf.status = own ? own->status : TargetStatus::NoData;
        tf.scope = county;
        tf.category = category(tf.status);
      } else {
        tf.status = theme.cityWide.status;
        tf.scope = QStringLiteral("city");
        tf.category = category(tf.status, true);
      }
    } else if (!linked.contains(tf.key)) {
      tf.category = notLinkedCategory();
    } else {
      const QString county = featureCountyField >= 0 ? attributes.text(f, featureCountyField) : QString();
      if (const auto own = ownAssessment(county)) {
        tf.status = own->status;
        tf.scope = county;
      } else {
        tf.status = theme.cityWide.status;
        tf.scope = QStringLiteral("city");
      }
      tf.category = category(tf.status);
    }
    theme.features.push_back(tf);
  }

  // The style: the layer's own labels and schematic marking, classes in a fixed order.
  LayerStyle style = layer.style;
  style.renderer = RendererKind::Categorized;
  style.field = layer.keyField;
  style.classes.clear();
  const GeometryType geometry = dominantGeometry(*layer.features);
  Symbol base = layer.style.symbol;
  base.hatch = Qt::NoBrush;
  if (geometry == GeometryType::Polygon) {
    base.stroke = QColor(90, 90, 90);
    base.strokeWidthMm = std::max(0.3, base.strokeWidthMm);
  }
  auto symbolOf = [&](const QColor& colour) {
    Symbol s = base;
    if (geometry == GeometryType::Line) {
      s.stroke = colour;
      s.strokeWidthMm = std::max(0.8, base.strokeWidthMm);
    } else {
      s.fill = colour;
      if (geometry == GeometryType::Polygon) s.fill.setAlpha(210);
      else s.stroke = darker(colour, 160);
    }
    return s;
  };

  QStringList categories;
  for (TargetStatus s : statusOrder()) categories << category(s);
  for (TargetStatus s : statusOrder()) categories << category(s, true);
  categories << outOfScopeCategory() << notLinkedCategory();
  for (const QString& c : categories) {
    QStringList keys;
    for (const ThemedFeature& tf : theme.features)
      if (tf.category == c) keys << tf.key;
    if (keys.isEmpty()) continue;
    StyleClass sc;
    sc.value = keys.takeFirst();
    sc.otherValues = keys;
    sc.labelZh = labelZh(c);
    sc.labelEn = labelEn(c);
    if (c == outOfScopeCategory()) {
      sc.symbol = symbolOf(QColor(238, 238, 238));
    } else if (c == notLinkedCategory()) {
      sc.symbol = symbolOf(QColor(215, 215, 215));
      if (geometry == GeometryType::Polygon) sc.symbol.fill.setAlpha(90);
    } else {
      const bool fromCity = c.endsWith(kFromCity);
      const TargetStatus status = *targetStatusFromString(fromCity ? c.chopped(kFromCity.size()) : c);
      sc.symbol = symbolOf(statusColor(status));
      if (fromCity) {
        // Same hue, lighter, hatched: "the city's figure, not this county's".
        sc.symbol.fill.setAlpha(120);
        sc.symbol.hatch = Qt::BDiagPattern;
        sc.symbol.hatchColor = darker(statusColor(status), 150);
      }
    }
    style.classes.push_back(sc);
  }
  style.symbol = symbolOf(QColor(215, 215, 215));  // features added later: drawn as "not linked"
  theme.style = style;
  return R::ok(std::move(theme));
}

}  // namespace planmap
