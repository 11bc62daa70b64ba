#include "TileMatrix.h"
#include "TileProvider.h"

#include <gtest/gtest.h>
#include <cmath>

using namespace planmap;

TEST(TileMatrix, WebMercatorTileZeroIsTheWholeWorld) {
  const TileMatrix m = TileMatrix::webMercator();
  EXPECT_EQ(m.crs().epsg(), 3857);
  const Extent e = m.tileExtent(TileKey{0, 0, 0});
  EXPECT_NEAR(e.minX, -20037508.342789244, 1e-6);
  EXPECT_NEAR(e.maxY, 20037508.342789244, 1e-6);
  EXPECT_NEAR(m.resolution(0), 156543.03392804097, 1e-6);  // the well-known z0 metres per pixel
  EXPECT_EQ(m.columns(3), 8);
  EXPECT_EQ(m.rows(3), 8);
}

TEST(TileMatrix, TiandituGeographicLevelOneIsTwoTilesOf180Degrees) {
  const TileMatrix m = TileMatrix::tiandituGeographic();
  EXPECT_EQ(m.crs().epsg(), 4490);
  EXPECT_EQ(m.firstLevel(), 1);
  EXPECT_EQ(m.columns(1), 2);
  EXPECT_EQ(m.rows(1), 1);
  EXPECT_EQ(m.columns(10), 1024);
  EXPECT_EQ(m.rows(10), 512);
  const Extent e = m.tileExtent(TileKey{1, 1, 0});
  EXPECT_DOUBLE_EQ(e.minX, 0);
  EXPECT_DOUBLE_EQ(e.maxX, 180);
  EXPECT_DOUBLE_EQ(e.minY, -90);
  EXPECT_DOUBLE_EQ(e.maxY, 90);
  EXPECT_FALSE(m.isValid(TileKey{0, 0, 0}));
  EXPECT_FALSE(m.isValid(TileKey{2, 0, 2}));
  // Ankang (109.03E, 32.69N) at level 12: span 360/4096°, col = floor(289.03 / span), row = floor(57.31 / span).
  const double span = 360.0 / 4096;
  const auto keys = m.tilesCovering(Extent{109.03, 32.69, 109.03 + 1e-7, 32.69 + 1e-7}, 12);
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_EQ(keys[0].x, int(std::floor((109.03 + 180) / span)));
  EXPECT_EQ(keys[0].y, int(std::floor((90 - 32.69 - 1e-7) / span)));
}

TEST(TileMatrix, LevelIsTheCoarsestNotBlurrierThanTheScreen) {
  const TileMatrix m = TileMatrix::webMercator();
  EXPECT_EQ(m.levelFor(m.resolution(10), 0, 19), 10);
  EXPECT_EQ(m.levelFor(m.resolution(10) * 0.9, 0, 19), 11);
  EXPECT_EQ(m.levelFor(m.resolution(10) * 1.1, 0, 19), 10);
  EXPECT_EQ(m.levelFor(1e-6, 0, 19), 19);
  EXPECT_EQ(TileMatrix::tiandituGeographic().levelFor(1000, 0, 18), 1);
}

TEST(TileMatrix, ViewEdgesOnTileEdgesDoNotPullInNeighbours) {
  const TileMatrix m = TileMatrix::webMercator();
  Extent e = m.tileExtent(TileKey{5, 10, 12});
  e.include(m.tileExtent(TileKey{5, 11, 13}));
  const auto keys = m.tilesCovering(e, 5);
  ASSERT_EQ(keys.size(), 4u);
  EXPECT_EQ(keys.front(), (TileKey{5, 10, 12}));
  EXPECT_EQ(keys.back(), (TileKey{5, 11, 13}));
}

TEST(TileProvider, TiandituUrlCarriesMatrixRowColumnAndKey) {
  const TileProvider p = TileProvider::tianditu(QStringLiteral("vec"), true, QStringLiteral("abc123"));
  const QString url = p.url(TileKey{12, 3335, 652});
  EXPECT_TRUE(url.contains(QLatin1String("vec_c/wmts"))) << url.toStdString();
  EXPECT_TRUE(url.contains(QLatin1String("TILEMATRIXSET=c")));
  EXPECT_TRUE(url.contains(QLatin1String("TILEMATRIX=12&TILEROW=652&TILECOL=3335&tk=abc123")));
  EXPECT_TRUE(url.startsWith(QLatin1String("https://t")));
  EXPECT_EQ(p.matrix.kind(), TileMatrix::Kind::Geographic);
  EXPECT_EQ(TileProvider::openStreetMap().url(TileKey{3, 6, 2}), QStringLiteral("https://tile.openstreetmap.org/3/6/2.png"));
}
