#include "MapSettings.h"

#include <gtest/gtest.h>

using namespace planmap;

TEST(MapSettings, KeepsAspectRatioWhenResized) {
  MapSettings s;
  s.extent = Extent{0, 0, 1000, 1000};
  s.outputSize = QSize(200, 100);
  const Extent v = s.visibleExtent();
  EXPECT_DOUBLE_EQ(v.width() / v.height(), 2.0);
  EXPECT_DOUBLE_EQ(v.centerX(), 500);
  EXPECT_DOUBLE_EQ(v.centerY(), 500);
  EXPECT_TRUE(v.contains(s.extent));
  EXPECT_DOUBLE_EQ(s.mapUnitsPerPixel(), 10);
}

TEST(MapSettings, PixelAndMapCoordinatesRoundTripWithYFlipped) {
  MapSettings s;
  s.extent = Extent{100, 200, 300, 400};
  s.outputSize = QSize(200, 200);
  EXPECT_EQ(s.toPixel(100, 400), QPointF(0, 0));  // top-left is (minX, maxY)
  EXPECT_EQ(s.toPixel(300, 200), QPointF(200, 200));
  const QPointF m = s.toMap(QPointF(50, 150));
  EXPECT_DOUBLE_EQ(m.x(), 150);
  EXPECT_DOUBLE_EQ(m.y(), 250);
  EXPECT_EQ(s.mapToPixel().map(QPointF(150, 250)), QPointF(50, 150));
}

TEST(MapSettings, ZoomKeepsThePointUnderTheCursor) {
  MapSettings s;
  s.extent = Extent{0, 0, 800, 600};
  s.outputSize = QSize(800, 600);
  const QPointF cursor(200, 150);
  const QPointF before = s.toMap(cursor);
  const MapSettings z = s.zoomedAround(cursor, 4);
  const QPointF after = z.toMap(cursor);
  EXPECT_NEAR(before.x(), after.x(), 1e-9);
  EXPECT_NEAR(before.y(), after.y(), 1e-9);
  EXPECT_NEAR(z.mapUnitsPerPixel(), s.mapUnitsPerPixel() / 4, 1e-12);
  EXPECT_EQ(s.extent, (Extent{0, 0, 800, 600}));  // the original value is untouched
}

TEST(MapSettings, ScaleDenominatorUsesDpi) {
  MapSettings s;
  s.extent = Extent{0, 0, 254, 254};  // metres
  s.outputSize = QSize(96, 96);       // one inch at 96 dpi
  s.dpi = 96;
  s.destinationCrs = Crs::fromEpsg(4545);
  EXPECT_NEAR(s.scaleDenominator(), 10000, 1e-6);  // 254 m on 0.0254 m of screen
  EXPECT_NEAR(s.mmToPixels(25.4), 96, 1e-12);
}
