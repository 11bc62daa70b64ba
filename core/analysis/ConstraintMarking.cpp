#include "ConstraintMarking.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <cmath>

namespace planmap {

namespace {

std::optional<Severity> severityFromAnyWord(const QString& word) {
  const QString w = word.trimmed();
  if (auto s = severityFromString(w)) return s;
  for (Severity s : {Severity::Note, Severity::Restricted, Severity::Prohibited})
    if (w == severityLabelZh(s)) return s;
  return std::nullopt;
}

// Buffers beyond this are not a red line around a feature but a mistake (100 km).
constexpr double kMaxBufferMeters = 100000;

}  // namespace

QStringList constraintActivities() {
  return {QStringLiteral("mining"), QStringLiteral("quarrying"), QStringLiteral("industry")};
}

ConstraintRule ConstraintMarking::toRule(const QString& layerId) const {
  ConstraintRule rule;
  rule.id = QStringLiteral("project-") + layerId;
  rule.layer = layerId;
  rule.constraint = name;
  rule.severity = severity;
  rule.activitySeverity = activitySeverity;
  rule.planItems = planItems;
  rule.bufferMeters = bufferMeters;
  // The planner's own red line: the report names it as such, with the document the planner cites.
  rule.provenance = RuleProvenance::planner(citation.isEmpty() ? QStringLiteral("规划人员标注的约束图层 %1").arg(layerId)
                                                               : citation);
  rule.summary = citation.isEmpty() ? QStringLiteral("规划人员标注的约束图层：%1").arg(name)
                                    : QStringLiteral("规划人员标注的约束图层：%1（依据：%2）").arg(name, citation);
  return rule;
}

QJsonObject ConstraintMarking::toJson() const {
  QJsonObject o{{"name", name}, {"severity", severityName(severity)}};
  if (!activitySeverity.isEmpty()) {
    QJsonObject a;
    for (auto it = activitySeverity.cbegin(); it != activitySeverity.cend(); ++it) a.insert(it.key(), severityName(it.value()));
    o.insert(QStringLiteral("activity_severity"), a);
  }
  if (bufferMeters > 0) o.insert(QStringLiteral("buffer_m"), bufferMeters);
  if (!planItems.isEmpty()) o.insert(QStringLiteral("plan_items"), QJsonArray::fromStringList(planItems));
  if (!citation.isEmpty()) o.insert(QStringLiteral("citation"), citation);
  return o;
}

Result<ConstraintMarking> ConstraintMarking::fromJson(const QJsonObject& json, const QString& context) {
  using R = Result<ConstraintMarking>;
  JsonFields f(json, context);
  ConstraintMarking m;
  m.name = f.requiredString(QStringLiteral("name"));
  const QString severity = f.requiredString(QStringLiteral("severity"));
  if (f.ok()) {
    if (auto s = severityFromString(severity)) m.severity = *s;
    else f.fail(QStringLiteral("severity"), QStringLiteral("must be prohibited, restricted or note, got \"%1\"").arg(severity.left(40)));
  }
  if (f.ok() && json.contains(QStringLiteral("activity_severity"))) {
    const QJsonValue v = json.value(QStringLiteral("activity_severity"));
    if (!v.isObject()) {
      f.fail(QStringLiteral("activity_severity"), QStringLiteral("must be an object of activity: severity"));
    } else {
      const QJsonObject a = v.toObject();
      for (auto it = a.begin(); it != a.end() && f.ok(); ++it) {
        if (!constraintActivities().contains(it.key()))
          f.fail(QStringLiteral("activity_severity"),
                 QStringLiteral("unknown activity \"%1\" (allowed: %2)").arg(it.key().left(40), constraintActivities().join(QStringLiteral(", "))));
        else if (auto s = severityFromString(it.value().toString())) m.activitySeverity.insert(it.key(), *s);
        else f.fail(QStringLiteral("activity_severity"), QStringLiteral("%1 must be prohibited, restricted or note").arg(it.key()));
      }
    }
  }
  if (f.ok()) {
    const std::optional<double> buffer = f.optionalNumber(QStringLiteral("buffer_m"));
    if (buffer && (!std::isfinite(*buffer) || *buffer < 0 || *buffer > kMaxBufferMeters))
      f.fail(QStringLiteral("buffer_m"), QStringLiteral("must be a distance from 0 to %1 m").arg(kMaxBufferMeters));
    else if (buffer) m.bufferMeters = *buffer;
  }
  if (f.ok()) m.planItems = f.optionalStringList(QStringLiteral("plan_items"));
  if (f.ok()) m.citation = f.optionalString(QStringLiteral("citation"));
  if (!f.ok()) return R::fail(f.error());
  return R::ok(m);
}

Result<ConstraintMarking> ConstraintMarking::fromSpec(const QString& spec) {
  using R = Result<ConstraintMarking>;
  const int colon = spec.lastIndexOf(QLatin1Char(':'));
  if (colon <= 0 || colon == spec.size() - 1)
    return R::fail(QStringLiteral("--constraint \"%1\": expected NAME:SEVERITY, e.g. 饮用水水源保护区:prohibited").arg(spec.left(80)));
  ConstraintMarking m;
  m.name = spec.left(colon).trimmed();
  const auto severity = severityFromAnyWord(spec.mid(colon + 1));
  if (m.name.isEmpty()) return R::fail(QStringLiteral("--constraint \"%1\": the name is empty").arg(spec.left(80)));
  if (!severity)
    return R::fail(QStringLiteral("--constraint \"%1\": unknown severity \"%2\" (allowed: prohibited, restricted, note)")
                       .arg(spec.left(80), spec.mid(colon + 1).left(40)));
  m.severity = *severity;
  return R::ok(m);
}

}  // namespace planmap
