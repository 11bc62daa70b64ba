// Compliance checks on synthetic layers in EPSG:4545 (CGCS2000 / GK CM 108E), where overlaps can
// be computed by hand: squares of known size over square zones. The grid is conformal, not
// equal-area; at 100 km from the central meridian its areas are 0.025 % too large, well inside
// the 0.5 % the tests allow, so the hand figures (grid areas) are the expectation.

#include "AnalysisFixtures.h"
#include "ComplianceChecker.h"
#include "CoordinateTransform.h"
#include "PlanCatalog.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

namespace {

const Crs kGk = Crs::fromEpsg(4545);

// Zones: core [600 000, 602 000] × [3 630 000, 3 632 000] (surveyed), key east of it (schematic).
// River: north–south line at x = 606 000. Counties: 西县 west of x = 601 000, 东县 east of it.
ComplianceChecker syntheticChecker() {
  const QStringList fields{QStringLiteral("pm_id"), QStringLiteral("name_zh"), QStringLiteral("zone"),
                           QStringLiteral("accuracy")};
  auto zones = makeLayer(QStringLiteral("zones"), kGk, fields,
                         {{GeometryType::Polygon, {square(600000, 3630000, 602000, 3632000)},
                           {QStringLiteral("zone-core"), QStringLiteral("核心区"), QStringLiteral("core"), QStringLiteral("surveyed")}},
                          {GeometryType::Polygon, {square(602000, 3630000, 604000, 3632000)},
                           {QStringLiteral("zone-key"), QStringLiteral("重点区"), QStringLiteral("key"), QStringLiteral("schematic")}}});
  auto rivers = makeLayer(QStringLiteral("rivers"), kGk, fields,
                          {{GeometryType::Line, {{606000, 3620000, 606000, 3640000}},
                            {QStringLiteral("river-1"), QStringLiteral("测试河"), QString(), QStringLiteral("approximate")}}});
  auto counties = makeLayer(QStringLiteral("counties"), kGk, fields,
                            {{GeometryType::Polygon, {square(590000, 3620000, 601000, 3640000)},
                              {QStringLiteral("county-w"), QStringLiteral("西县")}},
                             {GeometryType::Polygon, {square(601000, 3620000, 612000, 3640000)},
                              {QStringLiteral("county-e"), QStringLiteral("东县")}}});
  ConstraintRuleSet rules;
  ConstraintRule core;
  core.id = QStringLiteral("core");
  core.layer = QStringLiteral("zones");
  core.constraint = QStringLiteral("核心保护区");
  core.whereField = QStringLiteral("zone");
  core.whereValues = {QStringLiteral("core")};
  core.severity = Severity::Prohibited;
  core.planItems = {QStringLiteral("c12s1-m06")};
  rules.addRule(core);
  ConstraintRule key = core;
  key.id = QStringLiteral("key");
  key.constraint = QStringLiteral("重点保护区");
  key.whereValues = {QStringLiteral("key")};
  key.severity = Severity::Restricted;
  key.activitySeverity.insert(QStringLiteral("mining"), Severity::Prohibited);
  rules.addRule(key);
  ConstraintRule river;
  river.id = QStringLiteral("river");
  river.layer = QStringLiteral("rivers");
  river.constraint = QStringLiteral("河道缓冲区");
  river.severity = Severity::Restricted;
  river.bufferMeters = 500;
  river.bufferFromOption = true;
  river.planItems = {QStringLiteral("c12s2-m05")};
  rules.addRule(river);
  auto catalog = PlanCatalog::loadBundled();
  EXPECT_TRUE(catalog.isOk()) << catalog.error().toStdString();
  return ComplianceChecker({zones, rivers, counties}, rules,
                           catalog ? std::make_shared<const PlanCatalog>(catalog.value()) : nullptr);
}

ComplianceReport checkWkt(const QString& wkt, const Crs& crs = kGk, const ComplianceOptions& options = {}) {
  auto site = ComplianceSite::fromWkt(wkt, crs, QStringLiteral("test"));
  EXPECT_TRUE(site.isOk()) << site.error().toStdString();
  auto report = syntheticChecker().check(site.value(), options);
  EXPECT_TRUE(report.isOk()) << report.error().toStdString();
  return report.value();
}

const ConstraintConflict* conflictOf(const ComplianceReport& report, const QString& rule) {
  for (const auto& c : report.conflicts)
    if (c.ruleId == rule) return &c;
  return nullptr;
}

void expectNear(double actual, double expected, double relative = 0.005) {
  EXPECT_NEAR(actual, expected, std::abs(expected) * relative) << "actual " << actual << " expected " << expected;
}

// The same square, densified and transformed to `crs`, as WKT.
QString squareIn(const Crs& crs, double minX, double minY, double maxX, double maxY) {
  auto t = CoordinateTransform::create(kGk, crs);
  EXPECT_TRUE(t.isOk());
  std::vector<double> xy;
  const double corners[5][2] = {{minX, minY}, {maxX, minY}, {maxX, maxY}, {minX, maxY}, {minX, minY}};
  for (int c = 0; c < 4; ++c)
    for (int i = 0; i < 20; ++i) {
      const double f = i / 20.0;
      xy.push_back(corners[c][0] + f * (corners[c + 1][0] - corners[c][0]));
      xy.push_back(corners[c][1] + f * (corners[c + 1][1] - corners[c][1]));
    }
  xy.push_back(xy[0]);
  xy.push_back(xy[1]);
  t->transform(xy.data(), xy.size() / 2);
  QStringList points;
  for (std::size_t i = 0; i < xy.size(); i += 2)
    points << QStringLiteral("%1 %2").arg(xy[i], 0, 'f', 10).arg(xy[i + 1], 0, 'f', 10);
  return QStringLiteral("POLYGON ((%1))").arg(points.join(QStringLiteral(", ")));
}

}  // namespace

TEST(ComplianceChecker, SiteFullyInsideZoneOverlapsAllOfIt) {
  const auto report = checkWkt(squareWkt(600500, 3630500, 601500, 3631500));
  EXPECT_EQ(report.siteKind, ComplianceReport::SiteKind::Polygon);
  expectNear(report.areaM2, 1'000'000);
  const auto* core = conflictOf(report, QStringLiteral("core"));
  ASSERT_NE(core, nullptr);
  expectNear(core->overlapM2, 1'000'000);
  EXPECT_NEAR(core->share, 1.0, 1e-6);
  EXPECT_EQ(core->severity, Severity::Prohibited);
  EXPECT_EQ(core->feature, QStringLiteral("zone-core"));
  EXPECT_EQ(core->name, QStringLiteral("核心区"));
  EXPECT_FALSE(core->caveat);
  EXPECT_EQ(conflictOf(report, QStringLiteral("key")), nullptr);
  EXPECT_EQ(report.verdict(), QStringLiteral("prohibited"));
  // Half in each synthetic county.
  ASSERT_EQ(report.counties.size(), 2u);
  EXPECT_NEAR(report.counties[0].share, 0.5, 1e-3);
  EXPECT_NEAR(report.counties[1].share, 0.5, 1e-3);
}

TEST(ComplianceChecker, SitePartlyInsideZoneReportsTheOverlapInSquareMetresHectaresAndMu) {
  // [601 500, 602 500]: 500 m in the core zone, 500 m in the key zone.
  const auto report = checkWkt(squareWkt(601500, 3630000, 602500, 3631000));
  const auto* core = conflictOf(report, QStringLiteral("core"));
  const auto* key = conflictOf(report, QStringLiteral("key"));
  ASSERT_NE(core, nullptr);
  ASSERT_NE(key, nullptr);
  expectNear(core->overlapM2, 500'000);
  expectNear(core->overlapHa(), 50);
  expectNear(core->overlapMu(), 750);  // 500 000 m² / (2000/3 m² per 亩)
  EXPECT_NEAR(core->share, 0.5, 1e-4);
  expectNear(key->overlapM2, 500'000);
  EXPECT_EQ(report.countyNames(), QStringList{QStringLiteral("东县")});
  // Worst first.
  EXPECT_EQ(report.conflicts.front().ruleId, QStringLiteral("core"));
}

TEST(ComplianceChecker, SiteOutsideEveryZoneHasNoConflicts) {
  const auto report = checkWkt(squareWkt(608000, 3630000, 609000, 3631000));
  EXPECT_TRUE(report.conflicts.empty());
  EXPECT_EQ(report.verdict(), QStringLiteral("clear"));
  EXPECT_EQ(report.countyNames(), QStringList{QStringLiteral("东县")});
}

TEST(ComplianceChecker, SiteInLonLatIsMeasuredLikeTheSameSiteInMetres) {
  const auto metres = checkWkt(squareWkt(601500, 3630000, 602500, 3631000));
  for (int epsg : {4326, 4490}) {
    const Crs crs = Crs::fromEpsg(epsg);
    const auto degrees = checkWkt(squareIn(crs, 601500, 3630000, 602500, 3631000), crs);
    expectNear(degrees.areaM2, metres.areaM2);
    const auto* a = conflictOf(metres, QStringLiteral("core"));
    const auto* b = conflictOf(degrees, QStringLiteral("core"));
    ASSERT_NE(b, nullptr) << epsg;
    expectNear(b->overlapM2, a->overlapM2);
    EXPECT_NEAR(b->share, 0.5, 0.005);
  }
}

TEST(ComplianceChecker, SelfIntersectingSiteIsRepairedAndReported) {
  // A bowtie over the core zone: two triangles of 1000 × 500 / 2 = 250 000 m² each.
  const auto report = checkWkt(QStringLiteral(
      "POLYGON ((600000 3630000, 601000 3631000, 601000 3630000, 600000 3631000, 600000 3630000))"));
  EXPECT_TRUE(report.repaired);
  EXPECT_FALSE(report.repairNote.isEmpty());
  expectNear(report.areaM2, 500'000);
  const auto* core = conflictOf(report, QStringLiteral("core"));
  ASSERT_NE(core, nullptr);
  expectNear(core->overlapM2, 500'000);
  EXPECT_TRUE(report.toJson()[QStringLiteral("site")][QStringLiteral("repaired")].toBool());
}

TEST(ComplianceChecker, ValidSiteIsNotReportedAsRepaired) {
  EXPECT_FALSE(checkWkt(squareWkt(600500, 3630500, 601500, 3631500)).repaired);
}

TEST(ComplianceChecker, LineSiteReportsOverlapLength) {
  // 8 km west to east: 2 km in the core zone, 2 km in the key zone, then across the river at 606 km.
  const auto report = checkWkt(QStringLiteral("LINESTRING (599000 3631000, 607000 3631000)"));
  EXPECT_EQ(report.siteKind, ComplianceReport::SiteKind::Line);
  expectNear(report.lengthM, 8000);
  const auto* core = conflictOf(report, QStringLiteral("core"));
  ASSERT_NE(core, nullptr);
  expectNear(core->overlapLengthM, 2000);
  EXPECT_NEAR(core->share, 0.25, 1e-3);
  const auto* river = conflictOf(report, QStringLiteral("river"));
  ASSERT_NE(river, nullptr);
  expectNear(river->overlapLengthM, 1000);  // 605 500 to 606 500
  EXPECT_EQ(report.toJson()[QStringLiteral("conflicts")].toArray().at(0).toObject().value(QStringLiteral("overlap_length_m")).toDouble(),
            std::round(report.conflicts.front().overlapLengthM * 100) / 100);
}

TEST(ComplianceChecker, PointSiteIsInsideOrNot) {
  const auto inside = checkWkt(QStringLiteral("POINT (601000 3631000)"));
  EXPECT_EQ(inside.siteKind, ComplianceReport::SiteKind::Point);
  const auto* core = conflictOf(inside, QStringLiteral("core"));
  ASSERT_NE(core, nullptr);
  EXPECT_EQ(core->pointsInside, 1);
  EXPECT_TRUE(inside.toJson()[QStringLiteral("conflicts")].toArray().at(0).toObject().value(QStringLiteral("inside")).toBool());
  const auto outside = checkWkt(QStringLiteral("POINT (608000 3631000)"));
  EXPECT_TRUE(outside.conflicts.empty());
  const auto multi = checkWkt(QStringLiteral("MULTIPOINT ((601000 3631000), (608000 3631000))"));
  ASSERT_NE(conflictOf(multi, QStringLiteral("core")), nullptr);
  EXPECT_NEAR(conflictOf(multi, QStringLiteral("core"))->share, 0.5, 1e-9);
}

TEST(ComplianceChecker, RiverCorridorFollowsTheBufferOption) {
  // The site starts 300 m east of the river: a 500 m corridor covers 200 m of its 1000 m width.
  const QString site = squareWkt(606300, 3630000, 607300, 3631000);
  const auto defaultBuffer = checkWkt(site);
  const auto* r500 = conflictOf(defaultBuffer, QStringLiteral("river"));
  ASSERT_NE(r500, nullptr);
  EXPECT_DOUBLE_EQ(r500->bufferM, 500);
  expectNear(r500->overlapM2, 200'000);
  ComplianceOptions wide;
  wide.bufferMeters = 1000;
  const auto wideReport = checkWkt(site, kGk, wide);  // kept alive: conflictOf points into it
  const auto* r1000 = conflictOf(wideReport, QStringLiteral("river"));
  ASSERT_NE(r1000, nullptr);
  expectNear(r1000->overlapM2, 700'000);
  ComplianceOptions narrow;
  narrow.bufferMeters = 200;
  EXPECT_EQ(conflictOf(checkWkt(site, kGk, narrow), QStringLiteral("river")), nullptr);
}

TEST(ComplianceChecker, SchematicZoneGivesCaveatNotVerdict) {
  const auto report = checkWkt(squareWkt(602500, 3630500, 603500, 3631500));  // key zone only
  ASSERT_EQ(report.conflicts.size(), 1u);
  const auto& key = report.conflicts.front();
  EXPECT_EQ(key.severity, Severity::Restricted);  // the severity is still reported …
  EXPECT_TRUE(key.caveat);                        // … but flagged as resting on a sketch
  EXPECT_EQ(key.caveatText, QStringLiteral("示意性范围，仅供参考"));
  EXPECT_EQ(key.accuracy, QStringLiteral("schematic"));
  EXPECT_TRUE(report.verdictIsCaveat());
  const QJsonObject json = report.toJson();
  EXPECT_TRUE(json[QStringLiteral("summary")][QStringLiteral("verdict_caveat")].toBool());
}

TEST(ComplianceChecker, MiningActivityMakesTheKeyZoneProhibited) {
  ComplianceOptions mining;
  mining.activity = QStringLiteral("mining");
  const QString site = squareWkt(602500, 3630500, 603500, 3631500);
  EXPECT_EQ(conflictOf(checkWkt(site), QStringLiteral("key"))->severity, Severity::Restricted);
  EXPECT_EQ(conflictOf(checkWkt(site, kGk, mining), QStringLiteral("key"))->severity, Severity::Prohibited);
}

TEST(ComplianceChecker, QuotesThePlanTextVerbatimFromTheCatalog) {
  const auto report = checkWkt(squareWkt(600500, 3630500, 601500, 3631500));
  const auto* core = conflictOf(report, QStringLiteral("core"));
  ASSERT_NE(core, nullptr);
  auto catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk());
  const PlanItem* item = catalog->itemById(QStringLiteral("c12s1-m06"));
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(core->ruleText, item->text);
  EXPECT_TRUE(core->ruleText.contains(QStringLiteral("禁止在核心保护区、重点保护区勘探或开发利用矿山和开山采石")));
  EXPECT_EQ(core->planItems, QStringList{QStringLiteral("c12s1-m06")});
}

TEST(ComplianceChecker, UserConstraintLayerIsChecked) {
  ComplianceChecker checker = syntheticChecker();
  auto parcels = makeLayer(QStringLiteral("user-parcels"), kGk, {QStringLiteral("pm_id")},
                           {{GeometryType::Polygon, {square(608000, 3630000, 610000, 3632000)}, {QStringLiteral("p1")}}});
  ConstraintRule rule;
  rule.severity = Severity::Note;
  checker.addConstraintLayer(parcels, rule);
  auto site = ComplianceSite::fromWkt(squareWkt(609000, 3631000, 611000, 3633000), kGk);
  ASSERT_TRUE(site.isOk());
  auto report = checker.check(site.value());
  ASSERT_TRUE(report.isOk());
  ASSERT_EQ(report->conflicts.size(), 1u);
  EXPECT_EQ(report->conflicts.front().layer, QStringLiteral("user-parcels"));
  EXPECT_EQ(report->conflicts.front().feature, QStringLiteral("p1"));
  expectNear(report->conflicts.front().overlapM2, 1'000'000);
  EXPECT_NEAR(report->conflicts.front().share, 0.25, 1e-3);
}

TEST(ComplianceChecker, SiteFromAFeatureRowOfALoadedLayer) {
  auto layer = makeLayer(QStringLiteral("sites"), kGk, {QStringLiteral("pm_id"), QStringLiteral("name_zh")},
                         {{GeometryType::Polygon, {square(601500, 3630000, 602500, 3631000)},
                           {QStringLiteral("s1"), QStringLiteral("拟建厂区")}}});
  auto site = ComplianceSite::fromLayerFeature(*layer, 0);
  ASSERT_TRUE(site.isOk()) << site.error().toStdString();
  EXPECT_EQ(site->name(), QStringLiteral("拟建厂区"));
  auto report = syntheticChecker().check(site.value());
  ASSERT_TRUE(report.isOk());
  expectNear(conflictOf(report.value(), QStringLiteral("core"))->overlapM2, 500'000);
}

TEST(ComplianceSite, UnreadableWktFailsNamingTheSite) {
  auto site = ComplianceSite::fromWkt(QStringLiteral("POLYGON ((1 2, 3"), kGk, QStringLiteral("工地A"));
  ASSERT_FALSE(site.isOk());
  EXPECT_TRUE(site.error().contains(QStringLiteral("工地A"))) << site.error().toStdString();
  EXPECT_FALSE(ComplianceSite::fromWkt(QStringLiteral("POINT (1 2)"), Crs()).isOk());
}

TEST(ComplianceReport, JsonCarriesTheDocumentedFields) {
  const QJsonObject json = checkWkt(squareWkt(601500, 3630000, 602500, 3631000)).toJson();
  const QJsonObject site = json[QStringLiteral("site")].toObject();
  for (const char* key : {"file", "area_m2", "length_m", "counties", "repaired"})
    EXPECT_TRUE(site.contains(QLatin1String(key))) << key;
  const QJsonObject c = json[QStringLiteral("conflicts")].toArray().at(0).toObject();
  for (const char* key : {"layer", "feature", "name", "severity", "overlap_m2", "overlap_ha", "overlap_mu", "share",
                          "rule_text", "plan_items", "accuracy", "caveat"})
    EXPECT_TRUE(c.contains(QLatin1String(key))) << key;
  EXPECT_EQ(c[QStringLiteral("severity")].toString(), QStringLiteral("prohibited"));
}
