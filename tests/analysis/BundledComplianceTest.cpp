// Checks against the real bundled Ankang layers, compared with an independent computation
// (python3-gdal in a China Albers equal-area CRS, tests/analysis/independent_overlap.py).

#include "AnalysisFixtures.h"
#include "ComplianceChecker.h"
#include "ComplianceReportPdf.h"
#include "FeatureStore.h"
#include "VectorLayer.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

namespace {

const ConstraintConflict* conflictOf(const ComplianceReport& report, const QString& rule) {
  for (const auto& c : report.conflicts)
    if (c.ruleId == rule) return &c;
  return nullptr;
}

ComplianceReport checkFile(const QString& file, const ComplianceOptions& options = {}) {
  auto site = ComplianceSite::fromFile(file);
  EXPECT_TRUE(site.isOk()) << site.error().toStdString();
  auto report = bundledChecker().check(site.value(), options);
  EXPECT_TRUE(report.isOk()) << report.error().toStdString();
  return report.value();
}

std::shared_ptr<const VectorLayer> bundledLayer(const QString& id) {
  for (const auto& layer : bundledChecker().layers())
    if (layer->id == id) return layer;
  return nullptr;
}

}  // namespace

TEST(BundledCompliance, SiteAcrossTwoCountiesNamesBothWithShares) {
  const QString file = testData(QStringLiteral("analysis/site_two_counties.geojson"));
  const auto report = checkFile(file);
  QStringList names = report.countyNames();
  names.sort();
  EXPECT_EQ(names, (QStringList{QStringLiteral("旬阳市"), QStringLiteral("汉滨区")}));
  double total = 0;
  for (const auto& c : report.counties) {
    total += c.share;
    const QJsonObject reference = independentOverlap(file, geodata(QStringLiteral("layers/counties.geojson")),
                                                     QStringLiteral("name_zh"), c.name);
    if (reference.isEmpty()) GTEST_SKIP() << "python3-gdal not available for the reference computation";
    EXPECT_NEAR(c.overlapM2, reference[QStringLiteral("overlap_m2")].toDouble(),
                reference[QStringLiteral("overlap_m2")].toDouble() * 0.005)
        << c.name.toStdString();
  }
  EXPECT_NEAR(total, 1.0, 0.005);
  // 汉滨区 hosts the 飞地 parks: the enclave rule notes it.
  const auto* host = conflictOf(report, QStringLiteral("enclave-host-county"));
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->name, QStringLiteral("汉滨区"));
  EXPECT_EQ(host->severity, Severity::Note);
}

TEST(BundledCompliance, SiteOnTheQinlingCoreZoneEdgeAgreesWithAnIndependentComputation) {
  const QString file = testData(QStringLiteral("analysis/site_qinling_core_4545.geojson"));
  const auto report = checkFile(file);
  const QString zones = geodata(QStringLiteral("layers/qinling_zones.geojson"));
  const auto* core = conflictOf(report, QStringLiteral("qinling-core"));
  ASSERT_NE(core, nullptr);
  EXPECT_EQ(core->severity, Severity::Prohibited);
  EXPECT_TRUE(core->caveat);  // the bundled zones are a DEM sketch
  EXPECT_EQ(core->caveatText, QStringLiteral("示意性范围，仅供参考"));
  EXPECT_TRUE(core->ruleText.contains(QStringLiteral("禁止在核心保护区、重点保护区勘探或开发利用矿山和开山采石")));
  EXPECT_EQ(report.countyNames(), QStringList{QStringLiteral("宁陕县")});
  const auto* key = conflictOf(report, QStringLiteral("qinling-key"));
  ASSERT_NE(key, nullptr);

  const QJsonObject refCore = independentOverlap(file, zones, QStringLiteral("zone"), QStringLiteral("core"));
  const QJsonObject refKey = independentOverlap(file, zones, QStringLiteral("zone"), QStringLiteral("key"));
  if (refCore.isEmpty() || refKey.isEmpty()) GTEST_SKIP() << "python3-gdal not available for the reference computation";
  const double siteRef = refCore[QStringLiteral("site_area_m2")].toDouble();
  EXPECT_NEAR(report.areaM2, siteRef, siteRef * 0.005);
  const double coreRef = refCore[QStringLiteral("overlap_m2")].toDouble();
  const double keyRef = refKey[QStringLiteral("overlap_m2")].toDouble();
  ASSERT_GT(coreRef, 0);
  EXPECT_NEAR(core->overlapM2, coreRef, coreRef * 0.005);
  EXPECT_NEAR(key->overlapM2, keyRef, keyRef * 0.005);
  EXPECT_NEAR(core->share, coreRef / siteRef, 0.005);
}

TEST(BundledCompliance, SelfIntersectingSiteFileIsRepairedAndMeasured) {
  const QString file = testData(QStringLiteral("analysis/site_bowtie_4545.geojson"));
  const auto report = checkFile(file);
  EXPECT_TRUE(report.repaired);
  // Two triangles of 4000 × 2000 / 2 m² in the 4545 grid.
  EXPECT_NEAR(report.areaM2, 8'000'000, 8'000'000 * 0.005);
  const auto* core = conflictOf(report, QStringLiteral("qinling-core"));
  ASSERT_NE(core, nullptr);
  const QJsonObject ref = independentOverlap(file, geodata(QStringLiteral("layers/qinling_zones.geojson")),
                                             QStringLiteral("zone"), QStringLiteral("core"));
  if (ref.isEmpty()) GTEST_SKIP() << "python3-gdal not available for the reference computation";
  const double coreRef = ref[QStringLiteral("overlap_m2")].toDouble();
  EXPECT_NEAR(core->overlapM2, coreRef, coreRef * 0.005);
}

TEST(BundledCompliance, SiteInCgcs2000LonLatFindsTheSameCounties) {
  auto site = ComplianceSite::fromWkt(
      QStringLiteral("POLYGON ((109.1879 32.8366, 109.2079 32.8366, 109.2079 32.8566, 109.1879 32.8566, 109.1879 32.8366))"),
      Crs::fromEpsg(4490), QStringLiteral("4490 site"));
  ASSERT_TRUE(site.isOk());
  auto report = bundledChecker().check(site.value());
  ASSERT_TRUE(report.isOk()) << report.error().toStdString();
  QStringList names = report->countyNames();
  names.sort();
  EXPECT_EQ(names, (QStringList{QStringLiteral("旬阳市"), QStringLiteral("汉滨区")}));
  const auto fromFile = checkFile(testData(QStringLiteral("analysis/site_two_counties.geojson")));
  EXPECT_NEAR(report->areaM2, fromFile.areaM2, fromFile.areaM2 * 0.005);
}

TEST(BundledCompliance, PointAndLineOnTheHanRiverFallInItsCorridor) {
  auto rivers = bundledLayer(QStringLiteral("rivers"));
  ASSERT_NE(rivers, nullptr);
  const int role = rivers->features->attributes().fieldIndex(QStringLiteral("river_role"));
  ASSERT_GE(role, 0);
  std::int64_t han = -1;
  for (std::size_t f = 0; f < rivers->features->featureCount(); ++f)
    if (rivers->features->attributes().text(f, role) == QLatin1String("main")) han = std::int64_t(f);
  ASSERT_GE(han, 0);
  // A vertex in the middle of the Han River line (lon/lat).
  const std::uint32_t part = rivers->features->partBegin(std::size_t(han));
  const std::uint32_t v = (rivers->features->vertexBegin(part) + rivers->features->vertexEnd(part)) / 2;
  const double lon = rivers->features->vertex(v)[0], lat = rivers->features->vertex(v)[1];

  auto point = ComplianceSite::fromWkt(QStringLiteral("POINT (%1 %2)").arg(lon, 0, 'f', 8).arg(lat, 0, 'f', 8), rivers->crs);
  ASSERT_TRUE(point.isOk());
  auto pointReport = bundledChecker().check(point.value());
  ASSERT_TRUE(pointReport.isOk());
  const auto* inCorridor = conflictOf(pointReport.value(), QStringLiteral("han-river-corridor"));
  ASSERT_NE(inCorridor, nullptr);
  EXPECT_EQ(inCorridor->pointsInside, 1);
  EXPECT_EQ(pointReport->countyNames().size(), 1);

  // A 0.04° north–south line across the river: inside the corridor for at least its 1000 m width.
  auto line = ComplianceSite::fromWkt(QStringLiteral("LINESTRING (%1 %2, %1 %3)")
                                          .arg(lon, 0, 'f', 8)
                                          .arg(lat - 0.02, 0, 'f', 8)
                                          .arg(lat + 0.02, 0, 'f', 8),
                                      rivers->crs);
  ASSERT_TRUE(line.isOk());
  auto lineReport = bundledChecker().check(line.value());
  ASSERT_TRUE(lineReport.isOk());
  EXPECT_NEAR(lineReport->lengthM, 0.04 * 110'900, 0.04 * 110'900 * 0.01);  // ~110.9 km per degree at 32.7° N
  const auto* crossing = conflictOf(lineReport.value(), QStringLiteral("han-river-corridor"));
  ASSERT_NE(crossing, nullptr);
  EXPECT_GE(crossing->overlapLengthM, 1000 * 0.99);
  EXPECT_LT(crossing->overlapLengthM, lineReport->lengthM);
  ComplianceOptions wider;
  wider.bufferMeters = 1500;
  auto wide = bundledChecker().check(line.value(), wider);
  ASSERT_TRUE(wide.isOk());
  const double wideOverlap = conflictOf(wide.value(), QStringLiteral("han-river-corridor"))->overlapLengthM;
  EXPECT_GT(wideOverlap, crossing->overlapLengthM);
  EXPECT_LE(wideOverlap, wide->lengthM + 0.01);
}

TEST(ComplianceReportPdf, WritesAPdfWithEmbeddedChineseFontAndTheConflicts) {
  const auto report = checkFile(testData(QStringLiteral("analysis/site_qinling_core_4545.geojson")));
  QTemporaryDir dir;
  const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
  const Status written = ComplianceReportPdf::write(report, bundledChecker().layers(), pdf);
  ASSERT_TRUE(written.isOk()) << written.error().toStdString();
  QFile file(pdf);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

  QProcess fonts;
  fonts.start(QStringLiteral("pdffonts"), {pdf});
  if (!fonts.waitForFinished(30000) || fonts.exitCode() != 0) GTEST_SKIP() << "poppler-utils not available";
  const QString fontList = QString::fromUtf8(fonts.readAllStandardOutput());
  EXPECT_TRUE(fontList.contains(QStringLiteral("NotoSansCJK"))) << fontList.toStdString();
  EXPECT_FALSE(fontList.contains(QStringLiteral(" no  no "))) << "fonts must be embedded: " << fontList.toStdString();

  QProcess text;
  text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
  ASSERT_TRUE(text.waitForFinished(30000));
  // Qt maps some CJK glyphs to their Kangxi-radical code points in the PDF's ToUnicode table
  // (心 comes back as ⼼); NFKC folds them back to the unified ideographs.
  const QString content = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
  EXPECT_TRUE(content.contains(QStringLiteral("秦岭核心保护区"))) << content.left(400).toStdString();
  EXPECT_TRUE(content.contains(QStringLiteral("示意性范围")));
  // Every conflict says where its rule comes from; the seed's ** bold markers never show.
  EXPECT_TRUE(content.contains(QStringLiteral("依据"))) << content.left(800).toStdString();
  EXPECT_TRUE(content.contains(QStringLiteral("c12s1-m06"))) << content.left(800).toStdString();
  EXPECT_FALSE(content.contains(QStringLiteral("**")));
}

TEST(BundledCompliance, ShapefileSiteInCgcs2000IsReadLikeTheGeoJson) {
  // The same site converted by GDAL's own ogr2ogr to an ESRI shapefile in EPSG:4490 with a .prj.
  QTemporaryDir dir;
  const QString shp = dir.filePath(QStringLiteral("site.shp"));
  QProcess convert;
  convert.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-t_srs"), QStringLiteral("EPSG:4490"), shp,
                                            testData(QStringLiteral("analysis/site_two_counties.geojson"))});
  if (!convert.waitForFinished(60000) || convert.exitCode() != 0) GTEST_SKIP() << "ogr2ogr not available";
  ASSERT_TRUE(QFile::exists(dir.filePath(QStringLiteral("site.prj"))));
  const auto fromShapefile = checkFile(shp);
  const auto fromGeoJson = checkFile(testData(QStringLiteral("analysis/site_two_counties.geojson")));
  EXPECT_EQ(fromShapefile.countyNames(), fromGeoJson.countyNames());
  EXPECT_NEAR(fromShapefile.areaM2, fromGeoJson.areaM2, fromGeoJson.areaM2 * 0.005);
  ASSERT_EQ(fromShapefile.conflicts.size(), fromGeoJson.conflicts.size());
  for (std::size_t i = 0; i < fromGeoJson.conflicts.size(); ++i) {
    EXPECT_EQ(fromShapefile.conflicts[i].ruleId, fromGeoJson.conflicts[i].ruleId);
    EXPECT_NEAR(fromShapefile.conflicts[i].overlapM2, fromGeoJson.conflicts[i].overlapM2,
                fromGeoJson.conflicts[i].overlapM2 * 0.005 + 1);
  }
}

TEST(BundledCompliance, SiteOutsideAnkangTouchesNoCountyAndNoConstraint) {
  // A square in Changzhou (Jiangsu), where Ankang's out-of-city 飞地 park is.
  auto site = ComplianceSite::fromWkt(
      QStringLiteral("POLYGON ((119.96 31.80, 119.98 31.80, 119.98 31.82, 119.96 31.82, 119.96 31.80))"),
      Crs::fromEpsg(4326));
  ASSERT_TRUE(site.isOk());
  auto report = bundledChecker().check(site.value());
  ASSERT_TRUE(report.isOk()) << report.error().toStdString();
  EXPECT_TRUE(report->counties.empty());
  EXPECT_TRUE(report->conflicts.empty());
  // Nothing there was checked: not "clear" but outside the city (issue #15).
  EXPECT_EQ(report->verdict(), QStringLiteral("outside_ankang"));
  EXPECT_GT(report->areaM2, 3.5e6);  // ~1.89 km × 2.22 km
}
