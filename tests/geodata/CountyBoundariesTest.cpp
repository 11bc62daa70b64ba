#include "GeodataFiles.h"

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
