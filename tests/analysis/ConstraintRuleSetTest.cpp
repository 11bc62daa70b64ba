#include "AnalysisFixtures.h"
#include "ConstraintRuleSet.h"
#include "PlanCatalog.h"

#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

TEST(ConstraintRuleSet, BundledRulesReadAndCiteOnlyItemsOfTheCatalog) {
  auto rules = ConstraintRuleSet::readFile(geodata(QStringLiteral("constraints.json")));
  ASSERT_TRUE(rules.isOk()) << rules.error().toStdString();
  EXPECT_DOUBLE_EQ(rules->defaultBufferMeters(), 500);
  EXPECT_EQ(rules->countyLayer(), QStringLiteral("counties"));
  auto catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk()) << catalog.error().toStdString();
  const Status valid = rules->validateAgainst(catalog.value());
  EXPECT_TRUE(valid.isOk()) << valid.error().toStdString();

  // The Qinling core zone is prohibited and quotes the mining ban.
  const auto qinling = rules->rulesForLayer(QStringLiteral("qinling_zones"));
  ASSERT_EQ(qinling.size(), 3u);
  const ConstraintRule* core = qinling[0];
  EXPECT_EQ(core->whereValues, QStringList{QStringLiteral("core")});
  EXPECT_EQ(core->severity, Severity::Prohibited);
  bool quotesBan = false;
  for (const QString& id : core->planItems)
    quotesBan |= catalog->itemById(id)->text.contains(QStringLiteral("禁止在核心保护区、重点保护区勘探或开发利用矿山和开山采石"));
  EXPECT_TRUE(quotesBan);
  // River corridors take their width from --buffer-m.
  for (const ConstraintRule* r : rules->rulesForLayer(QStringLiteral("rivers"))) EXPECT_TRUE(r->bufferFromOption);
}

TEST(ConstraintRuleSet, RejectsAnUnknownSeverityNamingFileRuleAndField) {
  const QByteArray json = R"({"format": "planmap-constraints", "version": 1, "rules": [
      {"id": "r1", "layer": "x", "constraint": "c", "severity": "forbidden"}]})";
  auto rules = ConstraintRuleSet::readBytes(json, QStringLiteral("/tmp/my_rules.json"));
  ASSERT_FALSE(rules.isOk());
  EXPECT_TRUE(rules.error().contains(QStringLiteral("my_rules.json"))) << rules.error().toStdString();
  EXPECT_TRUE(rules.error().contains(QStringLiteral("r1")));
  EXPECT_TRUE(rules.error().contains(QStringLiteral("severity")));
}

TEST(ConstraintRuleSet, RejectsDuplicateIdsAndNegativeBuffers) {
  const QByteArray dup = R"({"format": "planmap-constraints", "version": 1, "rules": [
      {"id": "r1", "layer": "x", "constraint": "c", "severity": "note"},
      {"id": "r1", "layer": "y", "constraint": "c", "severity": "note"}]})";
  auto a = ConstraintRuleSet::readBytes(dup, QStringLiteral("rules.json"));
  ASSERT_FALSE(a.isOk());
  EXPECT_TRUE(a.error().contains(QStringLiteral("r1")));
  const QByteArray negative = R"({"format": "planmap-constraints", "version": 1, "rules": [
      {"id": "r2", "layer": "x", "constraint": "c", "severity": "note", "buffer_m": -5}]})";
  auto b = ConstraintRuleSet::readBytes(negative, QStringLiteral("rules.json"));
  ASSERT_FALSE(b.isOk());
  EXPECT_TRUE(b.error().contains(QStringLiteral("buffer_m")));
}

TEST(ConstraintRuleSet, AnItemMissingFromTheCatalogIsNamed) {
  const QByteArray json = R"({"format": "planmap-constraints", "version": 1, "rules": [
      {"id": "r1", "layer": "x", "constraint": "c", "severity": "note", "plan_items": ["c99s9-m99"]}]})";
  auto rules = ConstraintRuleSet::readBytes(json, QStringLiteral("rules.json"));
  ASSERT_TRUE(rules.isOk()) << rules.error().toStdString();
  auto catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk());
  const Status valid = rules->validateAgainst(catalog.value());
  ASSERT_FALSE(valid.isOk());
  EXPECT_TRUE(valid.error().contains(QStringLiteral("c99s9-m99")));
}

TEST(ConstraintRuleSet, WrongFormatIsRejected) {
  auto rules = ConstraintRuleSet::readBytes(R"({"format": "planmap-links", "version": 1, "rules": []})",
                                            QStringLiteral("rules.json"));
  ASSERT_FALSE(rules.isOk());
  EXPECT_TRUE(rules.error().contains(QStringLiteral("format")));
}
