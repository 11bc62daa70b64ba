#include "Extent.h"

#include <gtest/gtest.h>

using planmap::Extent;

TEST(Extent, ParsesFourCommaSeparatedNumbersInAnyCornerOrder) {
  const Extent e = Extent::fromString(QStringLiteral("110.2, 33.8,108,31.7"));
  EXPECT_DOUBLE_EQ(e.minX, 108);
  EXPECT_DOUBLE_EQ(e.minY, 31.7);
  EXPECT_DOUBLE_EQ(e.maxX, 110.2);
  EXPECT_DOUBLE_EQ(e.maxY, 33.8);
  EXPECT_TRUE(Extent::fromString(QStringLiteral("1,2,3")).isEmpty());
  EXPECT_TRUE(Extent::fromString(QStringLiteral("1,2,x,4")).isEmpty());
}

TEST(Extent, ExpandsToAspectAroundTheSameCentre) {
  const Extent e = Extent::fromCorners(0, 0, 10, 10).expandedToAspect(2.0);
  EXPECT_DOUBLE_EQ(e.width() / e.height(), 2.0);
  EXPECT_DOUBLE_EQ(e.centerX(), 5);
  EXPECT_DOUBLE_EQ(e.centerY(), 5);
  EXPECT_DOUBLE_EQ(e.height(), 10);
}

TEST(Extent, IntersectionOfDisjointExtentsIsEmpty) {
  const Extent a = Extent::fromCorners(0, 0, 1, 1), b = Extent::fromCorners(2, 2, 3, 3);
  EXPECT_FALSE(a.intersects(b));
  EXPECT_TRUE(a.intersected(b).isEmpty());
  EXPECT_TRUE(Extent{}.isEmpty());
}
