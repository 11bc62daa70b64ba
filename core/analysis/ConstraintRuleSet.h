#pragma once

#include "ConstraintRule.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace planmap {

class PlanCatalog;

// The rules of a compliance check, read from geodata/constraints.json ("format":
// "planmap-constraints", "version": 1):
//   {"format": "planmap-constraints", "version": 1,
//    "default_buffer_m": 500,                     // --buffer-m when not given
//    "county_layer": "counties", "county_name_field": "name_zh",
//    "caveat_values": ["schematic", "unverified"], "caveat_text": "示意性范围，仅供参考",
//    "rules": [{"id": "qinling-core", "layer": "qinling_zones", "where": {"field": "zone", "values": ["core"]},
//               "constraint": "秦岭核心保护区", "severity": "prohibited",
//               "activity_severity": {"mining": "prohibited"},
//               "plan_items": ["c12s1-m06"], "summary": "…",
//               "buffer_m": 0, "buffer_from_option": false,
//               "name_field": "name_zh", "accuracy_field": "accuracy"}, …]}
// Every rejection names the file, the rule and the field.
class ConstraintRuleSet {
 public:
  static constexpr int kSupportedVersion = 1;
  static QString formatName() { return QStringLiteral("planmap-constraints"); }
  // geodata/constraints.json, found through DataPaths.
  static QString bundledPath();

  static Result<ConstraintRuleSet> readFile(const QString& path);
  static Result<ConstraintRuleSet> readBytes(const QByteArray& data, const QString& path);
  // Fails, naming the rule and the id, when a rule cites a plan item the catalog does not have.
  Status validateAgainst(const PlanCatalog& catalog) const;

  const std::vector<ConstraintRule>& rules() const { return rules_; }
  void addRule(ConstraintRule rule) { rules_.push_back(std::move(rule)); }
  // The same settings (buffer, county layer, caveats) with no rules, to add a chosen few to.
  ConstraintRuleSet withoutRules() const {
    ConstraintRuleSet copy = *this;
    copy.rules_.clear();
    return copy;
  }
  std::vector<const ConstraintRule*> rulesForLayer(const QString& layerId) const;

  QString path() const { return path_; }
  double defaultBufferMeters() const { return defaultBufferMeters_; }
  QString countyLayer() const { return countyLayer_; }
  QString countyNameField() const { return countyNameField_; }
  QStringList caveatValues() const { return caveatValues_; }
  QString caveatText() const { return caveatText_; }
  // The caveat for one accuracy value ("approximate" -> its own words), else caveatText().
  QString caveatTextFor(const QString& accuracy) const { return caveatTexts_.value(accuracy, caveatText_); }

 private:
  std::vector<ConstraintRule> rules_;
  QString path_;
  double defaultBufferMeters_ = 500;
  QString countyLayer_ = QStringLiteral("counties");
  QString countyNameField_ = QStringLiteral("name_zh");
  QStringList caveatValues_{QStringLiteral("schematic"), QStringLiteral("unverified")};
  QString caveatText_ = QStringLiteral("示意性范围，仅供参考");
  QHash<QString, QString> caveatTexts_;
};

}  // namespace planmap
