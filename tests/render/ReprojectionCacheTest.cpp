#include "ReprojectionCache.h"

#include "FeatureStoreBuilder.h"
#include "MapPainter.h"
#include "TestLayers.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {
std::shared_ptr<const FeatureStore> lonLatSquare() {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}});
  // Around Ankang (109.0 E, 32.7 N), lon/lat.
  const double ring[] = {108.9, 32.6, 109.1, 32.6, 109.1, 32.8, 108.9, 32.8, 108.9, 32.6};
  b.beginFeature(1, GeometryType::Polygon);
  b.addPart(ring, 5, true);
  std::vector<QVariant> row{QString::fromUtf8("安康")};
  b.endFeature(row);
  return b.finish();
}
}  // namespace

TEST(ReprojectionCache, TransformsOnceAndReusesTheResult) {
  ReprojectionCache cache;
  auto source = lonLatSquare();
  QString error;
  auto first = cache.get(source, Crs::fromEpsg(4490), Crs::fromEpsg(4545), &error);
  ASSERT_TRUE(first) << error.toStdString();
  // CGCS2000 3° GK CM 108E: 109° E lies ~94 km east of the central meridian (false easting 500 km).
  EXPECT_NEAR(first->extent().centerX(), 500000 + 93700, 1500);
  EXPECT_NEAR(first->extent().centerY(), 3619000, 3000);
  EXPECT_EQ(first->featureCount(), 1u);
  EXPECT_EQ(&first->attributes(), &source->attributes());  // attributes are shared, not copied
  auto second = cache.get(source, Crs::fromEpsg(4490), Crs::fromEpsg(4545));
  EXPECT_EQ(first.get(), second.get());
}

TEST(ReprojectionCache, SameCrsReturnsTheSourceItself) {
  ReprojectionCache cache;
  auto source = lonLatSquare();
  EXPECT_EQ(cache.get(source, Crs::fromEpsg(4490), Crs::fromEpsg(4490)).get(), source.get());
}

TEST(ReprojectionCache, DropsEntriesOfDeadStores) {
  ReprojectionCache cache;
  std::weak_ptr<const FeatureStore> projected;
  {
    auto source = lonLatSquare();
    projected = cache.get(source, Crs::fromEpsg(4490), Crs::fromEpsg(4545));
    EXPECT_FALSE(projected.expired());
  }
  // Any later request sweeps entries whose source died, freeing their projected copies.
  auto other = lonLatSquare();
  cache.get(other, Crs::fromEpsg(4490), Crs::fromEpsg(4490));
  cache.get(other, Crs::fromEpsg(4490), Crs::fromEpsg(4545));
  EXPECT_TRUE(projected.expired());
}

TEST(ReprojectionCache, MapPainterDrawsAReprojectedLayerWhereItBelongs) {
  auto source = lonLatSquare();
  LayerStyle style;
  style.symbol.fill = QColor(0, 0, 255);
  LayerRenderSnapshot layer = planmap::test::snapshot(QStringLiteral("sq"), source, style);
  layer.crs = Crs::fromEpsg(4490);
  auto cache = std::make_shared<ReprojectionCache>();
  auto projected = cache->get(source, layer.crs, Crs::fromEpsg(4545));
  ASSERT_TRUE(projected);
  MapSettings s = planmap::test::settingsFor(projected->extent().buffered(2000), QSize(200, 200));
  s.layers.push_back(layer);
  RenderStats stats;
  const QImage image = MapPainter::renderImage(s, &stats, nullptr, cache.get());
  EXPECT_TRUE(stats.errors.isEmpty());
  EXPECT_EQ(stats.featuresDrawn, 1);
  EXPECT_EQ(image.pixelColor(100, 100), QColor(0, 0, 255));
  EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
}
