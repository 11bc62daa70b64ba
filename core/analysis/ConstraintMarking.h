#pragma once

#include "ConstraintRule.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace planmap {

// A project layer the planner marked as a red line: the county's official 秦岭核心保护区 shapefile,
// a 饮用水水源保护区 or 生态保护红线 layer. Every feature of the layer constrains a site under this
// marking, beside (or instead of) the bundled rules of geodata/constraints.json. Saved in the
// project file as the layer's "constraint" object (docs/project-format.md):
//   {"name": "饮用水水源保护区", "severity": "prohibited",
//    "activity_severity": {"mining": "prohibited"}, "buffer_m": 100,
//    "plan_items": ["c12s2-m05"], "citation": "…"}
struct ConstraintMarking {
  QString name;                                // what reports call the constraint
  Severity severity = Severity::Restricted;
  QHash<QString, Severity> activitySeverity;  // e.g. {"mining": Prohibited}
  double bufferMeters = 0;                     // the constraint is each feature buffered by this
  QStringList planItems;                       // catalog items the layer enforces (quoted in reports)
  QString citation;                            // the regulation or document the planner cites, free text

  // The rule the checker applies to layer `layerId`, named "project-<layerId>".
  ConstraintRule toRule(const QString& layerId) const;

  QJsonObject toJson() const;
  // Every rejection names `context` (file and layer) and the field.
  static Result<ConstraintMarking> fromJson(const QJsonObject& json, const QString& context);
  // "NAME:SEVERITY" as `planmap project add --constraint` takes it; the severity is
  // prohibited / restricted / note (or 禁止 / 限制 / 提示).
  static Result<ConstraintMarking> fromSpec(const QString& spec);

  bool operator==(const ConstraintMarking& other) const = default;
};

// The activities a rule can name in activity_severity and `check --activity` takes.
QStringList constraintActivities();

}  // namespace planmap
