#include "LabelEngine.h"

#include "FeatureStoreBuilder.h"
#include "MapPainter.h"
#include "TestLayers.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

TEST(LabelEngine, PlacedLabelsNeverOverlap) {
  // 2 500 labelled polygons on 400 × 300 pixels: most labels must give way.
  const Extent e{500000, 3600000, 504000, 3603000};
  auto store = grid(50, 50, 8, e);
  MapSettings s = settingsFor(e, QSize(400, 300));
  const PixelMapper m = PixelMapper::of(s);
  LabelStyle style;
  style.enabled = true;
  style.field = QStringLiteral("name");
  LabelEngine engine(QRectF(0, 0, 400, 300), s.dpi, 1);
  std::vector<std::uint32_t> ids(store->featureCount());
  for (std::uint32_t i = 0; i < ids.size(); ++i) ids[i] = i;
  engine.addLayer(*store, style, 0, ids, m, nullptr);
  QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  RenderStats stats;
  ASSERT_TRUE(engine.placeAndDraw(painter, nullptr, stats));
  EXPECT_EQ(stats.labelsCandidates, 2500);
  EXPECT_GT(stats.labelsPlaced, 10);
  EXPECT_LT(stats.labelsPlaced, 2500);
  const auto& rects = engine.placedRects();
  ASSERT_EQ(static_cast<long long>(rects.size()), stats.labelsPlaced);
  for (std::size_t i = 0; i < rects.size(); ++i) {
    EXPECT_TRUE(QRectF(0, 0, 400, 300).contains(rects[i]));
    for (std::size_t j = i + 1; j < rects.size(); ++j) EXPECT_FALSE(rects[i].intersects(rects[j])) << i << " " << j;
  }
}

TEST(LabelEngine, HigherPriorityLayerWins) {
  // Two layers with the same single point: only the higher-priority layer's label fits.
  auto point = [](const char* name) {
    FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}});
    const double xy[] = {500500, 3600375};
    b.beginFeature(1, GeometryType::Point);
    b.addPart(xy, 1, false);
    std::vector<QVariant> row{QString::fromUtf8(name)};
    b.endFeature(row);
    return b.finish();
  };
  auto low = point("低优先");
  auto high = point("高优先");
  MapSettings s = settingsFor(testExtent(), QSize(400, 300));
  const PixelMapper m = PixelMapper::of(s);
  LabelStyle lowStyle;
  lowStyle.enabled = true;
  lowStyle.field = QStringLiteral("name");
  LabelStyle highStyle = lowStyle;
  highStyle.priority = 5;
  LabelEngine engine(QRectF(0, 0, 400, 300), s.dpi, 1);
  engine.addLayer(*low, lowStyle, 8, {0}, m, nullptr);
  engine.addLayer(*high, highStyle, 8, {0}, m, nullptr);
  QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
  QPainter painter(&image);
  RenderStats stats;
  engine.placeAndDraw(painter, nullptr, stats);
  EXPECT_EQ(stats.labelsCandidates, 2);
  EXPECT_EQ(stats.labelsPlaced, 1);
  // The label sits right of the marker, vertically centred on it.
  ASSERT_EQ(engine.placedRects().size(), 1u);
  const QRectF r = engine.placedRects()[0];
  const QPointF anchor = s.toPixel(500500, 3600375);
  EXPECT_GT(r.left(), anchor.x());
  EXPECT_NEAR(r.center().y(), anchor.y(), 1.0);
}

TEST(LabelEngine, PolygonAnchorIsInsideAConcaveShape) {
  // A "C": the centroid of its ring lies in the notch, outside the polygon.
  FeatureStoreBuilder b;
  const double c[] = {0, 0, 100, 0, 100, 20, 20, 20, 20, 80, 100, 80, 100, 100, 0, 100, 0, 0};
  b.beginFeature(1, GeometryType::Polygon);
  b.addPart(c, 9, true);
  std::vector<QVariant> none;
  b.endFeature(none);
  auto store = b.finish();
  double x = 0, y = 0, area = 0;
  ASSERT_TRUE(LabelEngine::polygonAnchor(*store, 0, x, y, area));
  EXPECT_TRUE(store->polygonContains(0, x, y)) << x << "," << y;
  EXPECT_NEAR(area, 100 * 100 - 80 * 60, 1e-9);
}

TEST(LabelEngine, LineAnchorIsTheMidpointAlongTheLine) {
  FeatureStoreBuilder b;
  const double l[] = {0, 0, 10, 0, 10, 30};  // length 40: midpoint at (10, 10)
  b.beginFeature(1, GeometryType::Line);
  b.addPart(l, 3, false);
  std::vector<QVariant> none;
  b.endFeature(none);
  auto store = b.finish();
  double x = 0, y = 0, length = 0;
  ASSERT_TRUE(LabelEngine::lineAnchor(*store, 0, x, y, length));
  EXPECT_DOUBLE_EQ(length, 40);
  EXPECT_DOUBLE_EQ(x, 10);
  EXPECT_DOUBLE_EQ(y, 10);
}

TEST(LabelEngine, ManyCandidatesFewShapedThroughMapPainter) {
  // Full-extent labels on 22 500 polygons: every polygon is a candidate, few are placed.
  const Extent e{500000, 3600000, 540000, 3640000};
  auto store = grid(150, 150, 12, e);
  MapSettings s = settingsFor(e, QSize(800, 600));
  LayerStyle style;
  style.labels.enabled = true;
  style.labels.field = QStringLiteral("name");
  s.layers.push_back(snapshot(QStringLiteral("grid"), store, style));
  RenderStats stats;
  MapPainter::renderImage(s, &stats);
  EXPECT_GE(stats.labelsCandidates, 22000);
  EXPECT_GT(stats.labelsPlaced, 50);
  EXPECT_LT(stats.labelsPlaced, 2000);
}
