#include "ConstraintRuleSet.h"

#include "DataPaths.h"
#include "InputFile.h"
#include "JsonFields.h"
#include "PlanCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace planmap {

QString ConstraintRuleSet::bundledPath() { return DataPaths::geodataFile(QStringLiteral("constraints.json")); }

Result<ConstraintRuleSet> ConstraintRuleSet::readFile(const QString& path) {
  auto bytes = InputFile::readAll(path, InputFile::kMaxJsonBytes, QStringLiteral("rules file"));
  if (!bytes) return Result<ConstraintRuleSet>::fail(bytes.error());
  return readBytes(bytes.value(), path);
}

Result<ConstraintRuleSet> ConstraintRuleSet::readBytes(const QByteArray& data, const QString& path) {
  const QString name = QFileInfo(path).fileName();
  Result<QJsonObject> root = JsonFields::parseVersioned(data, name, formatName(), kSupportedVersion);
  if (!root) return Result<ConstraintRuleSet>::fail(root.error());

  ConstraintRuleSet set;
  set.path_ = path;
  JsonFields top(root.value(), name);
  if (auto b = top.optionalNumber(QStringLiteral("default_buffer_m"))) {
    if (*b < 0) top.fail(QStringLiteral("default_buffer_m"), QStringLiteral("must not be negative"));
    set.defaultBufferMeters_ = *b;
  }
  if (top.has(QStringLiteral("county_layer"))) set.countyLayer_ = top.requiredString(QStringLiteral("county_layer"));
  if (top.has(QStringLiteral("county_name_field")))
    set.countyNameField_ = top.requiredString(QStringLiteral("county_name_field"));
  if (top.has(QStringLiteral("caveat_values"))) set.caveatValues_ = top.optionalStringList(QStringLiteral("caveat_values"));
  if (top.has(QStringLiteral("caveat_text"))) set.caveatText_ = top.requiredString(QStringLiteral("caveat_text"));
  if (const QJsonValue texts = root->value(QStringLiteral("caveat_texts")); texts.isObject()) {
    const QJsonObject map = texts.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) set.caveatTexts_.insert(it.key(), it.value().toString());
  } else if (!texts.isUndefined()) {
    top.fail(QStringLiteral("caveat_texts"), QStringLiteral("must be an object {\"approximate\": \"…\"}"));
  }
  if (!top.ok()) return Result<ConstraintRuleSet>::fail(top.error());

  const QJsonValue rulesValue = root->value(QStringLiteral("rules"));
  if (!rulesValue.isArray())
    return Result<ConstraintRuleSet>::fail(
        QStringLiteral("%1: field 'rules' must be an array, got %2").arg(name, JsonFields::describe(rulesValue)));
  const QJsonArray rules = rulesValue.toArray();
  QSet<QString> seen;
  for (int i = 0; i < rules.size(); ++i) {
    if (!rules.at(i).isObject())
      return Result<ConstraintRuleSet>::fail(QStringLiteral("%1: rule %2 must be an object").arg(name).arg(i));
    const QJsonObject object = rules.at(i).toObject();
    const QString idText = object.value(QStringLiteral("id")).toString();
    JsonFields f(object, QStringLiteral("%1: rule %2").arg(name, idText.isEmpty() ? QString::number(i) : idText));
    ConstraintRule rule;
    rule.id = f.requiredString(QStringLiteral("id"));
    rule.layer = f.requiredString(QStringLiteral("layer"));
    rule.constraint = f.requiredString(QStringLiteral("constraint"));
    const QString severity = f.requiredString(QStringLiteral("severity"));
    if (f.ok()) {
      if (auto s = severityFromString(severity)) rule.severity = *s;
      else f.fail(QStringLiteral("severity"), QStringLiteral("must be \"prohibited\", \"restricted\" or \"note\", got \"%1\"").arg(severity));
    }
    if (f.has(QStringLiteral("where"))) {
      const QJsonValue where = object.value(QStringLiteral("where"));
      if (!where.isObject()) {
        f.fail(QStringLiteral("where"), QStringLiteral("must be an object {\"field\": …, \"values\": […]}"));
      } else {
        JsonFields w(where.toObject(), QStringLiteral("%1: rule %2: where").arg(name, rule.id));
        rule.whereField = w.requiredString(QStringLiteral("field"));
        rule.whereValues = w.optionalStringList(QStringLiteral("values"));
        if (w.ok() && rule.whereValues.isEmpty()) w.fail(QStringLiteral("values"), QStringLiteral("must list at least one value"));
        if (!w.ok()) return Result<ConstraintRuleSet>::fail(w.error());
      }
    }
    if (f.has(QStringLiteral("activity_severity"))) {
      const QJsonValue a = object.value(QStringLiteral("activity_severity"));
      if (!a.isObject()) {
        f.fail(QStringLiteral("activity_severity"), QStringLiteral("must be an object {\"mining\": \"prohibited\"}"));
      } else {
        const QJsonObject map = a.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
          auto s = severityFromString(it.value().toString());
          if (!s) {
            f.fail(QStringLiteral("activity_severity"),
                   QStringLiteral("value for \"%1\" must be a severity, got %2").arg(it.key(), JsonFields::describe(it.value())));
            break;
          }
          rule.activitySeverity.insert(it.key(), *s);
        }
      }
    }
    rule.planItems = f.optionalStringList(QStringLiteral("plan_items"));
    rule.summary = f.optionalString(QStringLiteral("summary"));
    if (auto b = f.optionalNumber(QStringLiteral("buffer_m"))) {
      if (*b < 0) f.fail(QStringLiteral("buffer_m"), QStringLiteral("must not be negative"));
      rule.bufferMeters = *b;
    }
    rule.bufferFromOption = f.optionalBool(QStringLiteral("buffer_from_option")).value_or(false);
    if (f.has(QStringLiteral("provenance"))) {
      const QJsonValue p = object.value(QStringLiteral("provenance"));
      JsonFields pf(p.toObject(), QStringLiteral("%1: rule %2: provenance").arg(name, rule.id));
      const QString kind = p.isObject() ? pf.requiredString(QStringLiteral("kind")) : QString();
      const auto k = RuleProvenance::kindFromString(kind);
      if (!p.isObject() || !k) {
        f.fail(QStringLiteral("provenance"),
               QStringLiteral("must be {\"kind\": \"plan\"|\"regulation\"|\"planmap-default\"|\"planner\", …}, got %1")
                   .arg(p.isObject() ? QStringLiteral("\"%1\"").arg(kind) : JsonFields::describe(p)));
      } else if (*k == RuleProvenance::Kind::Plan) {
        rule.provenance = RuleProvenance::plan(pf.requiredString(QStringLiteral("item")), pf.requiredString(QStringLiteral("sentence")));
      } else if (*k == RuleProvenance::Kind::Regulation) {
        rule.provenance = RuleProvenance::regulation(pf.requiredString(QStringLiteral("citation")));
      } else if (*k == RuleProvenance::Kind::PlanmapDefault) {
        rule.provenance = RuleProvenance::planmapDefault(pf.requiredString(QStringLiteral("reason")));
      } else {
        rule.provenance = RuleProvenance::planner(pf.optionalString(QStringLiteral("source")));
      }
      if (!pf.ok()) return Result<ConstraintRuleSet>::fail(pf.error());
    } else {
      rule.provenance = RuleProvenance::planner(name);
    }
    if (!rule.provenance.mayProhibit()) {
      bool prohibits = rule.severity == Severity::Prohibited;
      for (Severity s : rule.activitySeverity) prohibits = prohibits || s == Severity::Prohibited;
      if (prohibits)
        f.fail(QStringLiteral("severity"),
               QStringLiteral("a planmap-default rule may not be \"prohibited\" (only the plan or a cited regulation can prohibit)"));
    }
    if (f.has(QStringLiteral("name_field"))) rule.nameField = f.requiredString(QStringLiteral("name_field"));
    if (f.has(QStringLiteral("accuracy_field"))) rule.accuracyField = f.requiredString(QStringLiteral("accuracy_field"));
    if (!f.ok()) return Result<ConstraintRuleSet>::fail(f.error());
    if (seen.contains(rule.id))
      return Result<ConstraintRuleSet>::fail(QStringLiteral("%1: rule id \"%2\" is used twice").arg(name, rule.id));
    seen.insert(rule.id);
    set.rules_.push_back(std::move(rule));
  }
  return Result<ConstraintRuleSet>::ok(std::move(set));
}

Status ConstraintRuleSet::validateAgainst(const PlanCatalog& catalog) const {
  const QString name = QFileInfo(path_).fileName();
  for (const ConstraintRule& rule : rules_) {
    if (rule.provenance.kind != RuleProvenance::Kind::Plan) continue;
    const PlanItem* item = catalog.itemById(rule.provenance.planItem);
    if (!item)
      return Status::fail(QStringLiteral("%1: rule %2: provenance item \"%3\" is not in the catalog").arg(name, rule.id, rule.provenance.planItem));
    if (!item->text.contains(rule.provenance.citation))
      return Status::fail(QStringLiteral("%1: rule %2: provenance sentence is not the words of %3: \"%4\"")
                              .arg(name, rule.id, item->id, rule.provenance.citation));
  }
  for (const ConstraintRule& rule : rules_)
    for (const QString& id : rule.planItems)
      if (!catalog.itemById(id))
        return Status::fail(QStringLiteral("%1: rule %2: plan item \"%3\" is not in the catalog").arg(name, rule.id, id));
  return Status::ok();
}

std::vector<const ConstraintRule*> ConstraintRuleSet::rulesForLayer(const QString& layerId) const {
  std::vector<const ConstraintRule*> out;
  for (const ConstraintRule& rule : rules_)
    if (rule.layer == layerId) out.push_back(&rule);
  return out;
}

}  // namespace planmap
