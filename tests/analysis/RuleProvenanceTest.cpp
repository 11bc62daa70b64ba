// Every compliance rule says where it comes from (the plan, a regulation, or a PlanMap default),
// a PlanMap default never prohibits, and a verdict that rests on approximate geometry says so.

#include "AnalysisFixtures.h"
#include "ComplianceChecker.h"
#include "ConstraintRuleSet.h"
#include "PlanCatalog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

namespace {

const ConstraintRule* ruleOf(const ConstraintRuleSet& rules, const QString& id) {
  for (const ConstraintRule& r : rules.rules())
    if (r.id == id) return &r;
  return nullptr;
}

ComplianceReport checkWkt(const QString& wkt, const ComplianceOptions& options = {}) {
  auto site = ComplianceSite::fromWkt(wkt, Crs::fromEpsg(4326));
  EXPECT_TRUE(site.isOk()) << site.error().toStdString();
  auto report = bundledChecker().check(site.value(), options);
  EXPECT_TRUE(report.isOk()) << report.error().toStdString();
  return report.value();
}

}  // namespace

TEST(RuleProvenance, EveryBundledRuleCarriesAPlanRegulationOrDefaultProvenance) {
  auto rules = ConstraintRuleSet::readFile(geodata(QStringLiteral("constraints.json")));
  ASSERT_TRUE(rules.isOk()) << rules.error().toStdString();
  auto catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk());
  // Plan provenances quote their item's own sentence (validateAgainst checks the words).
  const Status valid = rules->validateAgainst(catalog.value());
  ASSERT_TRUE(valid.isOk()) << valid.error().toStdString();
  static const QRegularExpression article(QStringLiteral("《.+》第.+条"));
  for (const ConstraintRule& r : rules->rules()) {
    SCOPED_TRACE(r.id.toStdString());
    EXPECT_NE(r.provenance.kind, RuleProvenance::Kind::Planner) << "a bundled rule must say where it comes from";
    EXPECT_FALSE(r.provenance.citation.isEmpty());
    switch (r.provenance.kind) {
      case RuleProvenance::Kind::Plan:
        EXPECT_TRUE(catalog->itemById(r.provenance.planItem)->text.contains(r.provenance.citation));
        break;
      case RuleProvenance::Kind::Regulation:
        EXPECT_TRUE(article.match(r.provenance.citation).hasMatch()) << "a regulation is cited by name and article";
        break;
      case RuleProvenance::Kind::PlanmapDefault: {
        EXPECT_NE(r.severity, Severity::Prohibited);
        for (Severity s : r.activitySeverity) EXPECT_NE(s, Severity::Prohibited);
        break;
      }
      case RuleProvenance::Kind::Planner: break;
    }
  }
  // The choices the issue names are PlanMap's, not the plan's.
  for (const char* id : {"han-river-corridor", "tributary-corridor", "mine-baihe-pyrite", "mine-xunyang-pbzn",
                         "mine-xunyang-hg", "key-basins", "key-basin-markers", "haoping-remediation"}) {
    const ConstraintRule* r = ruleOf(rules.value(), QLatin1String(id));
    ASSERT_NE(r, nullptr) << id;
    EXPECT_EQ(r->provenance.kind, RuleProvenance::Kind::PlanmapDefault) << id;
  }
  // The mining ban is the plan's own sentence.
  const ConstraintRule* core = ruleOf(rules.value(), QStringLiteral("qinling-core"));
  ASSERT_NE(core, nullptr);
  EXPECT_EQ(core->provenance.kind, RuleProvenance::Kind::Plan);
  EXPECT_EQ(core->provenance.planItem, QStringLiteral("c12s1-m06"));
  EXPECT_EQ(core->provenance.citationText(),
            QStringLiteral("c12s1-m06：“禁止在核心保护区、重点保护区勘探或开发利用矿山和开山采石”"));
}

TEST(RuleProvenance, AProhibitingPlanmapDefaultIsRejectedNamingTheRule) {
  const QByteArray json = R"({"format": "planmap-constraints", "version": 1, "rules": [
      {"id": "wide-buffer", "layer": "rivers", "constraint": "c", "severity": "restricted",
       "activity_severity": {"mining": "prohibited"},
       "provenance": {"kind": "planmap-default", "reason": "a width PlanMap chose"}}]})";
  auto rules = ConstraintRuleSet::readBytes(json, QStringLiteral("/tmp/my_rules.json"));
  ASSERT_FALSE(rules.isOk());
  EXPECT_TRUE(rules.error().contains(QStringLiteral("my_rules.json")));
  EXPECT_TRUE(rules.error().contains(QStringLiteral("wide-buffer")));
  EXPECT_TRUE(rules.error().contains(QStringLiteral("planmap-default")));

  const QByteArray unknown = R"({"format": "planmap-constraints", "version": 1, "rules": [
      {"id": "r1", "layer": "x", "constraint": "c", "severity": "note", "provenance": {"kind": "folklore"}}]})";
  auto bad = ConstraintRuleSet::readBytes(unknown, QStringLiteral("rules.json"));
  ASSERT_FALSE(bad.isOk());
  EXPECT_TRUE(bad.error().contains(QStringLiteral("provenance"))) << bad.error().toStdString();
}

TEST(RuleProvenance, APlanSentenceThatIsNotTheItemsOwnWordsFailsValidation) {
  const QByteArray json = R"({"format": "planmap-constraints", "version": 1, "rules": [
      {"id": "r1", "layer": "x", "constraint": "c", "severity": "prohibited",
       "provenance": {"kind": "plan", "item": "c12s1-m06", "sentence": "禁止一切建设"}}]})";
  auto rules = ConstraintRuleSet::readBytes(json, QStringLiteral("rules.json"));
  ASSERT_TRUE(rules.isOk()) << rules.error().toStdString();
  auto catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk());
  const Status valid = rules->validateAgainst(catalog.value());
  ASSERT_FALSE(valid.isOk());
  EXPECT_TRUE(valid.error().contains(QStringLiteral("禁止一切建设"))) << valid.error().toStdString();
  EXPECT_TRUE(valid.error().contains(QStringLiteral("c12s1-m06")));
}

// On the bundled map: every conflict carries its rule's provenance; no PlanMap default prohibits,
// whatever the activity; the Han line (approximate, 0.4–1.7 km off) gives a caveat, not a verdict.
TEST(RuleProvenance, BundledConflictsCarryProvenanceAndApproximateLayersGiveACaveat) {
  // A 1 km square on the Han just west of Ankang city, next to the 高新区 and inside 汉滨区.
  const QString onHan = QStringLiteral("POLYGON ((108.985 32.680, 108.995 32.680, 108.995 32.690, 108.985 32.690, 108.985 32.680))");
  int defaults = 0;
  for (const QString& activity : {QString(), QStringLiteral("mining"), QStringLiteral("industry"), QStringLiteral("quarrying")}) {
    ComplianceOptions options;
    options.activity = activity;
    options.bufferMeters = 2000;
    const ComplianceReport report = checkWkt(onHan, options);
    ASSERT_FALSE(report.conflicts.empty());
    for (const ConstraintConflict& c : report.conflicts) {
      SCOPED_TRACE((c.ruleId + QLatin1Char('/') + activity).toStdString());
      EXPECT_FALSE(c.provenance.citation.isEmpty());
      if (c.provenance.kind == RuleProvenance::Kind::PlanmapDefault) {
        ++defaults;
        EXPECT_NE(c.severity, Severity::Prohibited);
      }
      if (c.accuracy == QLatin1String("approximate")) {
        EXPECT_TRUE(c.caveat);
        EXPECT_EQ(c.caveatText, QStringLiteral("位置为近似（见精度说明），边界附近需核实"));
      }
    }
    const ConstraintConflict* han = nullptr;
    for (const ConstraintConflict& c : report.conflicts)
      if (c.ruleId == QLatin1String("han-river-corridor")) han = &c;
    ASSERT_NE(han, nullptr);
    EXPECT_EQ(han->accuracy, QStringLiteral("approximate"));
    EXPECT_TRUE(han->caveat);
    EXPECT_EQ(han->provenance.name(), QStringLiteral("planmap-default"));
    const QJsonObject json = report.toJson();
    for (const auto& v : json.value(QStringLiteral("conflicts")).toArray()) {
      const QString p = v.toObject().value(QStringLiteral("provenance")).toString();
      EXPECT_TRUE(p == QLatin1String("plan") || p == QLatin1String("regulation") || p == QLatin1String("planmap-default")) << p.toStdString();
      EXPECT_FALSE(v.toObject().value(QStringLiteral("provenance_citation")).toString().isEmpty());
    }
  }
  EXPECT_GT(defaults, 0);
}
