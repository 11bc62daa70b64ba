#include "AnalysisFixtures.h"
#include "CountyStatistics.h"
#include "DataPaths.h"
#include "FeatureStore.h"
#include "LinkStore.h"
#include "PlanCatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

namespace {

const CountyStatistics& bundledStatistics() {
  static const CountyStatistics stats = [] {
    auto catalog = PlanCatalog::loadBundled();
    EXPECT_TRUE(catalog.isOk());
    auto links = LinkStore::load(geodata(QStringLiteral("plan/bundled_links.json")));
    EXPECT_TRUE(links.isOk()) << links.error().toStdString();
    CountyStatisticsOptions options;
    options.currentYear = 2023;
    auto computed = CountyStatistics::compute(bundledChecker().layers(), catalog ? &catalog.value() : nullptr,
                                              links ? &links.value() : nullptr, nullptr, options);
    EXPECT_TRUE(computed.isOk()) << computed.error().toStdString();
    return computed.value();
  }();
  return stats;
}

std::shared_ptr<const VectorLayer> bundledLayer(const QString& id) {
  for (const auto& layer : bundledChecker().layers())
    if (layer->id == id) return layer;
  return nullptr;
}

}  // namespace

TEST(CountyStatistics, CountyAreasAgreeWithThePublishedEqualAreaFigures) {
  const auto& stats = bundledStatistics();
  ASSERT_EQ(stats.rows().size(), 10u);
  auto counties = bundledLayer(QStringLiteral("counties"));
  ASSERT_NE(counties, nullptr);
  const int areaField = counties->features->attributes().fieldIndex(QStringLiteral("area_km2"));
  const int nameField = counties->features->attributes().fieldIndex(QStringLiteral("name_zh"));
  ASSERT_GE(areaField, 0);
  double total = 0;
  for (std::size_t f = 0; f < counties->features->featureCount(); ++f) {
    const QString name = counties->features->attributes().text(f, nameField);
    const double expected = counties->features->attributes().value(f, areaField).toDouble();
    const auto* row = stats.row(name);
    ASSERT_NE(row, nullptr) << name.toStdString();
    EXPECT_NEAR(row->areaKm2, expected, expected * 0.005) << name.toStdString();
    total += row->areaKm2;
  }
  EXPECT_NEAR(total, 23453.0, 23453.0 * 0.005);  // prefecture.geojson area_km2
}

TEST(CountyStatistics, QinlingZonesSplitOverCountiesAddUpToAnIndependentTotal) {
  const auto& stats = bundledStatistics();
  for (const QString& zone : {QStringLiteral("core"), QStringLiteral("key")}) {
    double sum = 0;
    for (const auto& row : stats.rows())
      for (const auto& [z, km2] : row.zoneAreaKm2)
        if (z == zone) sum += km2;
    const QJsonObject ref = independentOverlap(geodata(QStringLiteral("layers/prefecture.geojson")),
                                               geodata(QStringLiteral("layers/qinling_zones.geojson")),
                                               QStringLiteral("zone"), zone);
    if (ref.isEmpty()) GTEST_SKIP() << "python3-gdal not available for the reference computation";
    const double refKm2 = ref[QStringLiteral("overlap_m2")].toDouble() / 1e6;
    EXPECT_NEAR(sum, refKm2, refKm2 * 0.005) << zone.toStdString();
  }
  // The core zone lies on the Qinling ridge in 宁陕县, nowhere near 镇坪县 in the Daba mountains.
  EXPECT_GT(stats.row(QStringLiteral("宁陕县"))->zoneAreaKm2[0].second, 100.0);
  EXPECT_DOUBLE_EQ(stats.row(QStringLiteral("镇坪县"))->zoneAreaKm2[0].second, 0.0);
}

TEST(CountyStatistics, HanRiverLengthAgreesWithAGeodesicReference) {
  const auto& stats = bundledStatistics();
  double han = 0;
  for (const auto& row : stats.rows()) han += row.hanRiverLengthKm;
  const QJsonObject ref = independentOverlap(geodata(QStringLiteral("layers/prefecture.geojson")),
                                             geodata(QStringLiteral("layers/rivers.geojson")),
                                             QStringLiteral("river_role"), QStringLiteral("main"));
  if (ref.isEmpty()) GTEST_SKIP() << "python3-gdal not available for the reference computation";
  const double refKm = ref[QStringLiteral("overlap_geodesic_length_m")].toDouble() / 1000.0;
  ASSERT_GT(refKm, 100);
  EXPECT_NEAR(han, refKm, refKm * 0.005);
  EXPECT_EQ(stats.row(QStringLiteral("镇坪县"))->hanRiverLengthKm, 0.0);  // the Han does not reach 镇坪
}

TEST(CountyStatistics, MinesAndParksAreCountedInTheCountyTheirDataNames) {
  const auto& stats = bundledStatistics();
  for (const QString& id : {QStringLiteral("mines"), QStringLiteral("parks")}) {
    auto layer = bundledLayer(id);
    ASSERT_NE(layer, nullptr);
    const int county = layer->features->attributes().fieldIndex(QStringLiteral("county"));
    ASSERT_GE(county, 0);
    QHash<QString, int> expected;
    for (std::size_t f = 0; f < layer->features->featureCount(); ++f) ++expected[layer->features->attributes().text(f, county)];
    for (const auto& row : stats.rows())
      EXPECT_EQ(id == QLatin1String("mines") ? row.mineCount : row.parkCount, expected.value(row.county))
          << id.toStdString() << " in " << row.county.toStdString();
  }
}

TEST(CountyStatistics, LinkedItemsComeFromTheBundledLinks) {
  const auto& stats = bundledStatistics();
  auto links = LinkStore::load(geodata(QStringLiteral("plan/bundled_links.json")));
  ASSERT_TRUE(links.isOk());
  const auto* hanyin = stats.row(QStringLiteral("汉阴县"));
  ASSERT_NE(hanyin, nullptr);
  for (const FeatureLink& link : links->itemsOfFeature(QStringLiteral("counties"), hanyin->feature)) {
    bool found = false;
    for (const auto& item : hanyin->items) found |= item.id == link.item;
    EXPECT_TRUE(found) << link.item.toStdString();
  }
  for (const auto& row : stats.rows())
    for (const auto& item : row.items)
      if (item.kind == QLatin1String("target")) EXPECT_FALSE(item.status.isEmpty()) << item.id.toStdString();
      else EXPECT_TRUE(item.status.isEmpty());
}

TEST(CountyStatistics, CsvIsUtf8WithByteOrderMarkAndOneRowPerCounty) {
  const auto& stats = bundledStatistics();
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("stats.csv"));
  ASSERT_TRUE(stats.writeCsv(path).isOk());
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QByteArray bytes = file.readAll();
  ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
  const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 11);
  EXPECT_TRUE(lines[0].startsWith(QStringLiteral("县区,")));
  EXPECT_TRUE(lines[0].contains(QStringLiteral("秦岭核心保护区(km²)")));
  const int columns = lines[0].split(QLatin1Char(',')).size();
  bool hanbin = false;
  for (int i = 1; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i].split(QLatin1Char(',')).size(), columns) << lines[i].toStdString();
    hanbin |= lines[i].startsWith(QStringLiteral("汉滨区,"));
  }
  EXPECT_TRUE(hanbin);
}

TEST(CountyStatistics, OverlappingNationalParksAreCountedOnceByArea) {
  const auto& stats = bundledStatistics();
  double sum = 0;
  int parks = 0;
  for (const auto& row : stats.rows()) {
    sum += row.nationalParkKm2;
    parks += row.nationalParkCount;
    EXPECT_LE(row.nationalParkKm2, row.areaKm2);
  }
  EXPECT_GE(parks, 2);
  // The reference unions every feature of kind national_park before intersecting.
  const QJsonObject ref = independentOverlap(geodata(QStringLiteral("layers/prefecture.geojson")),
                                             geodata(QStringLiteral("layers/national_parks.geojson")),
                                             QStringLiteral("kind"), QStringLiteral("national_park"));
  if (ref.isEmpty()) GTEST_SKIP() << "python3-gdal not available for the reference computation";
  const double refKm2 = ref[QStringLiteral("overlap_m2")].toDouble() / 1e6;
  EXPECT_NEAR(sum, refKm2, refKm2 * 0.005);
}
