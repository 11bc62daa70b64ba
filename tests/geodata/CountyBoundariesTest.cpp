#include "GeodataFiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace planmap::test;

namespace {

// Official figures: the SOURCES.md table when the shared sources are present, else the
// official_area_km2 the build script copied from it into each feature.
QMap<QString, double> officialAreas(const LoadedLayer& layer) {
  QString error;
  QMap<QString, double> table = officialAreasFromSources(&error);
  if (!table.isEmpty()) return table;
  for (const auto& f : layer.features) table.insert(f.field("adcode"), f.field("official_area_km2").toDouble());
  return table;
}

}  // namespace

TEST(CountyBoundaries, AreTheTenAnkangCountiesWithDistinctAdcodes) {
  const LoadedLayer counties = loadManifestLayer(QStringLiteral("counties"));
  ASSERT_TRUE(counties.opened) << counties.error.toStdString();
  ASSERT_EQ(counties.features.size(), 10u);
  QSet<QString> codes;
  for (const auto& f : counties.features) {
    EXPECT_TRUE(f.field("adcode").startsWith(QStringLiteral("6109"))) << f.field("adcode").toStdString();
    EXPECT_EQ(f.field("pm_id"), QStringLiteral("county-") + f.field("adcode"));
    EXPECT_FALSE(f.field("name_zh").isEmpty());
    codes.insert(f.field("adcode"));
  }
  EXPECT_EQ(codes.size(), 10);
}

TEST(CountyBoundaries, EqualAreaSizesAreWithinTwoPercentOfOfficialFigures) {
  const LoadedLayer counties = loadManifestLayer(QStringLiteral("counties"));
  ASSERT_TRUE(counties.opened) << counties.error.toStdString();
  const QMap<QString, double> official = officialAreas(counties);
  double sum = 0;
  for (const auto& f : counties.features) {
    const QString code = f.field("adcode");
    ASSERT_TRUE(official.contains(code)) << "no official area for " << code.toStdString();
    ASSERT_TRUE(f.geometry);
    const double area = equalAreaKm2(*f.geometry);
    sum += area;
    EXPECT_NEAR(area / official.value(code), 1.0, 0.02)
        << f.field("name_zh").toStdString() << ": " << area << " km² vs official " << official.value(code);
  }
  ASSERT_TRUE(official.contains(QStringLiteral("610900")));
  EXPECT_NEAR(sum / official.value(QStringLiteral("610900")), 1.0, 0.02) << "sum of counties " << sum;
}

TEST(CountyBoundaries, PrefectureOutlineCoversTheCountiesWithoutGaps) {
  const LoadedLayer counties = loadManifestLayer(QStringLiteral("counties"));
  const LoadedLayer pref = loadManifestLayer(QStringLiteral("prefecture"));
  ASSERT_TRUE(counties.opened && pref.opened);
  ASSERT_EQ(pref.features.size(), 1u);
  double sum = 0;
  for (const auto& f : counties.features) sum += equalAreaKm2(*f.geometry);
  const double outline = equalAreaKm2(*pref.features[0].geometry);
  // The outline is the dissolve of the counties: no slivers or overlaps beyond rounding.
  EXPECT_NEAR(outline / sum, 1.0, 0.002) << outline << " vs " << sum;
  const auto shaanxi = loadManifestLayer(QStringLiteral("shaanxi"));
  ASSERT_TRUE(shaanxi.opened);
  ASSERT_EQ(shaanxi.features.size(), 1u);
  // DCW is coarser than OSM, so only require that Ankang lies (almost all) inside Shaanxi.
  std::unique_ptr<OGRGeometry> inside(pref.features[0].geometry->Intersection(shaanxi.features[0].geometry.get()));
  ASSERT_TRUE(inside);
  EXPECT_GT(equalAreaKm2(*inside) / outline, 0.97);
}

// The area figures written down agree with the files: the README's total is the sum of the
// counties' area_km2, the prefecture's area_km2, and the polygon-area column of SOURCES.md's table.
TEST(CountyBoundaries, WrittenAreaFiguresAgreeWithTheFiles) {
  const LoadedLayer counties = loadManifestLayer(QStringLiteral("counties"));
  const LoadedLayer prefecture = loadManifestLayer(QStringLiteral("prefecture"));
  ASSERT_TRUE(counties.opened && prefecture.opened);
  double sum = 0;
  for (const auto& f : counties.features) sum += f.field("area_km2").toDouble();
  ASSERT_EQ(prefecture.features.size(), 1u);
  const double dissolved = prefecture.features.front().field("area_km2").toDouble();
  EXPECT_NEAR(dissolved, sum, 1.0);
  EXPECT_NEAR(equalAreaKm2(*prefecture.features.front().geometry), dissolved, dissolved * 0.001);

  QFile readme(geodataPath(QStringLiteral("README.md")));
  ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(readme.readAll());
  static const QRegularExpression total(QStringLiteral(R"(sum to \*\*([\d,]+) km²\*\*)"));
  const auto m = total.match(text);
  ASSERT_TRUE(m.hasMatch()) << "geodata/README.md no longer states the counties' total area";
  EXPECT_NEAR(m.captured(1).remove(QLatin1Char(',')).toDouble(), sum, 0.5);

  // SOURCES.md's table: "| 安康市 | 610900 | 23,529 | 23,453 (−0.3%) |" — its polygon column.
  QFile sources(QStringLiteral(PLANMAP_SHARED_DIR "/geodata-sources/SOURCES.md"));
  if (!sources.open(QIODevice::ReadOnly)) GTEST_SKIP() << "SOURCES.md not available";
  static const QRegularExpression row(QStringLiteral(R"(^\|\s*安康市\s*\|\s*610900\s*\|\s*[\d,]+\s*\|\s*([\d,]+))"),
                                      QRegularExpression::MultilineOption);
  const auto r = row.match(QString::fromUtf8(sources.readAll()));
  ASSERT_TRUE(r.hasMatch());
  EXPECT_NEAR(r.captured(1).remove(QLatin1Char(',')).toDouble(), sum, 0.5);
}
