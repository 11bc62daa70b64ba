#pragma once

#include "RuleProvenance.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace planmap {

// How strongly a constraint binds a site that overlaps it. Ordered: a larger value is worse.
enum class Severity { Note = 0, Restricted = 1, Prohibited = 2 };
QString severityName(Severity severity);            // "note", "restricted", "prohibited"
QString severityLabelZh(Severity severity);         // "提示", "限制", "禁止"
std::optional<Severity> severityFromString(const QString& text);

// One rule of geodata/constraints.json: which features of which layer constrain a site, how
// strongly, and which plan items say so. Rules are data so that a planner can tighten or relax
// them without a rebuild; the checker only interprets them.
struct ConstraintRule {
  QString id;          // unique in the file, e.g. "qinling-core"
  QString layer;       // layer id in the map document ("qinling_zones") or a user layer's id
  QString constraint;  // what the constraint is called in reports: "秦岭核心保护区"
  // Only features whose `whereField` value is one of `whereValues` (empty field = every feature).
  QString whereField;
  QStringList whereValues;
  Severity severity = Severity::Note;
  // A stricter (or milder) severity when the site's declared activity is one of these keys,
  // e.g. {"mining": Prohibited} for the key protection zone (禁止…勘探或开发利用矿山和开山采石).
  QHash<QString, Severity> activitySeverity;
  QStringList planItems;  // catalog item ids whose text applies, quoted verbatim in reports
  QString summary;        // short rule summary in Chinese
  RuleProvenance provenance;  // plan / regulation / planmap-default (+ citation)
  // The constraint's geometry is the feature buffered by this many metres (0 = as drawn).
  double bufferMeters = 0;
  // When true the buffer is the check's --buffer-m (river corridors); bufferMeters is the default.
  bool bufferFromOption = false;
  QString nameField = QStringLiteral("name_zh");      // the feature's display name
  QString accuracyField = QStringLiteral("accuracy");  // "schematic" / "unverified" -> caveat

  bool matchesValue(const QString& value) const {
    return whereField.isEmpty() || whereValues.contains(value);
  }
  Severity severityFor(const QString& activity) const {
    return activity.isEmpty() ? severity : activitySeverity.value(activity, severity);
  }
};

}  // namespace planmap
