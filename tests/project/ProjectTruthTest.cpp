// The open project is the single source of truth for analysis: statistics and site checks read the
// project's layers (hidden ones too), its marked constraint layers, catalog, links and progress, and
// nothing the project has dropped.
#include "AnalysisInputs.h"
#include "ComplianceSite.h"
#include "ConstraintMarkingCommand.h"
#include "ConstraintRuleSet.h"
#include "FeatureStore.h"
#include "LayerLoader.h"
#include "Project.h"
#include "ProjectTruthFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

ConstraintRuleSet bundledRules() {
  auto rules = ConstraintRuleSet::readFile(ConstraintRuleSet::bundledPath());
  EXPECT_TRUE(rules.isOk()) << rules.error().toStdString();
  return rules.value();
}

QString addFile(Project& project, const QString& path, const QString& id) {
  auto loaded = LayerLoader::load(path);
  EXPECT_TRUE(loaded.isOk()) << loaded.error().toStdString();
  auto layer = loaded.value().front();
  layer->id = id;
  layer->title = id;
  LayerSource source;
  source.kind = LayerSource::Kind::File;
  source.path = path;
  project.addFileLayer(layer, source);
  return layer->id;
}

ConstraintMarking waterSource() {
  ConstraintMarking m;
  m.name = QStringLiteral("饮用水水源保护区");
  m.severity = Severity::Prohibited;
  m.bufferMeters = 50;
  m.citation = QStringLiteral("测试用依据");
  return m;
}

}  // namespace

TEST(ProjectTruth, StatisticsDefaultToBundledCountiesAndNameTheLayer) {
  auto project = Project::createBundled();
  ASSERT_TRUE(project.isOk());
  auto stats = project.value()->analysisInputs().statistics(bundledRules(), QString());
  ASSERT_TRUE(stats.isOk()) << stats.error().toStdString();
  EXPECT_EQ(stats->unitsLayer(), QStringLiteral("counties"));
  EXPECT_EQ(stats->rows().size(), 10u);
  EXPECT_EQ(stats->toJson().value(QStringLiteral("units_layer")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("counties"));
}

TEST(ProjectTruth, StatisticsOnThePlannersOwnUnitsWithMarkedConstraintArea) {
  QTemporaryDir dir;
  auto created = Project::createBundled();
  ASSERT_TRUE(created.isOk());
  Project& project = *created.value();
  const QString towns = addFile(project, truth::write(QDir(dir.path()), QStringLiteral("towns.geojson"), truth::townshipsGeoJson()), QStringLiteral("towns"));
  const QString water = addFile(project, truth::write(QDir(dir.path()), QStringLiteral("water.geojson"), truth::waterSourceGeoJson()), QStringLiteral("water"));
  project.setConstraintMarking(water, waterSource());

  auto stats = project.analysisInputs().statistics(bundledRules(), towns);
  ASSERT_TRUE(stats.isOk()) << stats.error().toStdString();
  EXPECT_EQ(stats->unitsLayer(), towns);
  EXPECT_EQ(stats->unitsNameField(), QStringLiteral("XZMC"));
  ASSERT_EQ(stats->rows().size(), 2u);
  EXPECT_EQ(stats->rows()[0].county, QStringLiteral("甲镇"));
  EXPECT_EQ(stats->rows()[1].county, QStringLiteral("乙镇"));
  // 0.2° × 0.2° at 32.7°N ≈ 22.24 km × 18.7 km ≈ 416 km².
  EXPECT_NEAR(stats->rows()[0].areaKm2, 416.0, 8.0);
  ASSERT_EQ(stats->constraintNames(), QStringList{QStringLiteral("饮用水水源保护区")});
  ASSERT_EQ(stats->rows()[0].constraintAreaKm2.size(), 1u);
  // 0.05° × 0.05° ≈ 4.68 km × 5.56 km ≈ 26 km², all in 甲镇, none in 乙镇.
  EXPECT_NEAR(stats->rows()[0].constraintAreaKm2[0].second, 26.0, 1.0);
  EXPECT_NEAR(stats->rows()[1].constraintAreaKm2[0].second, 0.0, 1e-6);
  EXPECT_TRUE(QString::fromUtf8(stats->toCsv()).contains(QStringLiteral("饮用水水源保护区(km²)")));
}

TEST(ProjectTruth, DefaultUnitsWithoutBundledCountiesIsTheFirstNonConstraintPolygonLayer) {
  QTemporaryDir dir;
  Project project;  // an empty project: no bundled layers at all
  const QString water = addFile(project, truth::write(QDir(dir.path()), QStringLiteral("water.geojson"), truth::waterSourceGeoJson()), QStringLiteral("water"));
  project.setConstraintMarking(water, waterSource());
  const QString towns = addFile(project, truth::write(QDir(dir.path()), QStringLiteral("towns.geojson"), truth::townshipsGeoJson()), QStringLiteral("towns"));
  const AnalysisInputs inputs = project.analysisInputs();
  EXPECT_EQ(inputs.defaultUnitsLayer(bundledRules()), towns);
  auto stats = inputs.statistics(bundledRules(), QString());
  ASSERT_TRUE(stats.isOk()) << stats.error().toStdString();
  EXPECT_EQ(stats->unitsLayer(), towns);
  EXPECT_TRUE(stats->zoneValues().isEmpty()) << "no Qinling columns without the Qinling layer";
  auto bad = inputs.statistics(bundledRules(), QStringLiteral("no-such-layer"));
  ASSERT_FALSE(bad.isOk());
  EXPECT_TRUE(bad.error().contains(QStringLiteral("no-such-layer")));
}

TEST(ProjectTruth, CheckUsesMarkedLayersHiddenOrNotAndListsTheLayersItRead) {
  QTemporaryDir dir;
  auto created = Project::createBundled();
  ASSERT_TRUE(created.isOk());
  Project& project = *created.value();
  const QString water = addFile(project, truth::write(QDir(dir.path()), QStringLiteral("water.geojson"), truth::waterSourceGeoJson()), QStringLiteral("water"));
  project.document().editLayer(water, [](VectorLayer& l) { l.visible = false; });  // hidden: still a red line
  auto site = ComplianceSite::fromFile(truth::write(QDir(dir.path()), QStringLiteral("site.geojson"), truth::siteGeoJson()));
  ASSERT_TRUE(site.isOk()) << site.error().toStdString();

  // Not marked: the layer is only data.
  auto before = project.analysisInputs().checker(bundledRules());
  ASSERT_TRUE(before.isOk());
  auto plain = before->check(site.value());
  ASSERT_TRUE(plain.isOk()) << plain.error().toStdString();
  for (const ConstraintConflict& c : plain->conflicts) EXPECT_NE(c.layer, water);

  project.undoStack().push(new ConstraintMarkingCommand(project, water, waterSource()));
  auto checker = project.analysisInputs().checker(bundledRules());
  ASSERT_TRUE(checker.isOk()) << checker.error().toStdString();
  auto report = checker->check(site.value());
  ASSERT_TRUE(report.isOk()) << report.error().toStdString();
  EXPECT_EQ(report->verdict(), QStringLiteral("prohibited"));
  auto hit = std::find_if(report->conflicts.begin(), report->conflicts.end(), [&](const auto& c) { return c.layer == water; });
  ASSERT_NE(hit, report->conflicts.end());
  EXPECT_EQ(hit->constraint, QStringLiteral("饮用水水源保护区"));
  EXPECT_EQ(hit->ruleId, QStringLiteral("project-water"));
  EXPECT_EQ(hit->bufferM, 50.0);
  EXPECT_NEAR(hit->share, 1.0, 1e-9);
  EXPECT_EQ(hit->provenance.kind, RuleProvenance::Kind::Planner);
  EXPECT_EQ(hit->provenance.citation, QStringLiteral("测试用依据"));
  const QJsonArray used = report->toJson().value(QStringLiteral("constraint_layers")).toArray();
  QStringList usedIds;
  for (const QJsonValue& v : used) usedIds << v.toObject().value(QStringLiteral("id")).toString();
  EXPECT_TRUE(usedIds.contains(water));
  EXPECT_TRUE(usedIds.contains(QStringLiteral("qinling_zones")));

  // Undo unmarks it: the next check no longer reads it.
  project.undoStack().undo();
  auto after = project.analysisInputs().checker(bundledRules());
  ASSERT_TRUE(after.isOk());
  auto again = after->check(site.value());
  ASSERT_TRUE(again.isOk());
  for (const ConstraintConflict& c : again->conflicts) EXPECT_NE(c.layer, water);
}

TEST(ProjectTruth, ARemovedBundledLayerIsInNoRule) {
  auto created = Project::createBundled();
  ASSERT_TRUE(created.isOk());
  Project& project = *created.value();
  // A site in the Qinling core zone: the first core-zone feature's centre.
  auto zones = project.document().layer(QStringLiteral("qinling_zones"));
  ASSERT_TRUE(zones);
  const int zoneField = zones->features->attributes().fieldIndex(QStringLiteral("zone"));
  std::size_t core = 0;
  while (core < zones->features->featureCount() && zones->features->attributes().text(core, zoneField) != QLatin1String("core")) ++core;
  ASSERT_LT(core, zones->features->featureCount());
  auto site = ComplianceSite::fromFeature(*zones->features, core, zones->crs, QStringLiteral("core site"));
  ASSERT_TRUE(site.isOk()) << site.error().toStdString();

  auto with = project.analysisInputs().checker(bundledRules());
  ASSERT_TRUE(with.isOk());
  auto report = with->check(site.value());
  ASSERT_TRUE(report.isOk());
  EXPECT_EQ(report->verdict(), QStringLiteral("prohibited"));

  ASSERT_TRUE(project.removeLayer(QStringLiteral("qinling_zones")));
  auto without = project.analysisInputs().checker(bundledRules());
  ASSERT_TRUE(without.isOk());
  auto after = without->check(site.value());
  ASSERT_TRUE(after.isOk());
  for (const ConstraintConflict& c : after->conflicts) EXPECT_NE(c.layer, QStringLiteral("qinling_zones"));
  for (const auto& l : after->layersUsed) EXPECT_NE(l.id, QStringLiteral("qinling_zones"));
  for (const QString& w : after->warnings) EXPECT_FALSE(w.contains(QStringLiteral("qinling"))) << w.toStdString();
}

TEST(ProjectTruth, MarkingIsSavedAndReadBack) {
  QTemporaryDir dir;
  Project project;
  const QString water = addFile(project, truth::write(QDir(dir.path()), QStringLiteral("water.geojson"), truth::waterSourceGeoJson()), QStringLiteral("water"));
  ConstraintMarking m = waterSource();
  m.activitySeverity.insert(QStringLiteral("mining"), Severity::Prohibited);
  m.planItems << QStringLiteral("c12s2-m05");
  project.setConstraintMarking(water, m);
  const QString path = dir.filePath(QStringLiteral("p.planmap"));
  ASSERT_TRUE(project.save(path).isOk());
  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened.isOk()) << reopened.error().toStdString();
  const ConstraintMarking* read = reopened.value()->constraintMarking(water);
  ASSERT_NE(read, nullptr);
  EXPECT_EQ(*read, m);
}

TEST(ProjectTruth, BadMarkingsAreRefusedNamingTheField) {
  auto bad = ConstraintMarking::fromJson(QJsonObject{{"name", "x"}, {"severity", "nuclear"}}, QStringLiteral("p.planmap: layers[2]: constraint"));
  ASSERT_FALSE(bad.isOk());
  EXPECT_TRUE(bad.error().contains(QStringLiteral("layers[2]")));
  EXPECT_TRUE(bad.error().contains(QStringLiteral("severity")));
  auto buffer = ConstraintMarking::fromJson(QJsonObject{{"name", "x"}, {"severity", "note"}, {"buffer_m", -5}}, QStringLiteral("ctx"));
  ASSERT_FALSE(buffer.isOk());
  EXPECT_TRUE(buffer.error().contains(QStringLiteral("buffer_m")));
  auto activity = ConstraintMarking::fromJson(QJsonObject{{"name", "x"}, {"severity", "note"}, {"activity_severity", QJsonObject{{"nuke", "prohibited"}}}},
                                              QStringLiteral("ctx"));
  ASSERT_FALSE(activity.isOk());
  EXPECT_TRUE(activity.error().contains(QStringLiteral("mining")));
  EXPECT_TRUE(ConstraintMarking::fromSpec(QStringLiteral("生态保护红线:禁止")).isOk());
  EXPECT_FALSE(ConstraintMarking::fromSpec(QStringLiteral("生态保护红线")).isOk());
  EXPECT_FALSE(ConstraintMarking::fromSpec(QStringLiteral("x:nuclear")).isOk());

  // A marking citing a plan item the catalog lacks fails the checker, naming layer and item.
  QTemporaryDir dir;
  auto created = Project::createBundled();
  ASSERT_TRUE(created.isOk());
  const QString water = addFile(*created.value(), truth::write(QDir(dir.path()), QStringLiteral("w.geojson"), truth::waterSourceGeoJson()), QStringLiteral("water"));
  ConstraintMarking m = waterSource();
  m.planItems << QStringLiteral("c99s9-x01");
  created.value()->setConstraintMarking(water, m);
  auto checker = created.value()->analysisInputs().checker(bundledRules());
  ASSERT_FALSE(checker.isOk());
  EXPECT_TRUE(checker.error().contains(QStringLiteral("c99s9-x01")));
  EXPECT_TRUE(checker.error().contains(water));
}
