#include "NiceNumbers.h"

#include <gtest/gtest.h>

using planmap::NiceNumbers;

TEST(NiceNumbers, Floor125PicksTheLargestRoundNumberBelowTheLimit) {
  EXPECT_DOUBLE_EQ(NiceNumbers::floor125(7.3), 5);
  EXPECT_DOUBLE_EQ(NiceNumbers::floor125(19.9), 10);
  EXPECT_DOUBLE_EQ(NiceNumbers::floor125(20), 20);
  EXPECT_DOUBLE_EQ(NiceNumbers::floor125(0.34), 0.2);
  EXPECT_DOUBLE_EQ(NiceNumbers::floor125(4999), 2000);
}

TEST(NiceNumbers, ScaleBarSegmentsAreRoundKilometresThatFit) {
  // 1:1,000,000 → 1 mm = 1 km; 80 mm in 4 segments → 20 km each, 80 mm long.
  const auto bar = NiceNumbers::scaleBar(1e6, 80, 4);
  EXPECT_DOUBLE_EQ(bar.segmentKm, 20);
  EXPECT_NEAR(bar.segmentMm, 20, 1e-9);
  // 1:250,000 and 70 mm: 17.5 km total at most → 4 × 2 km.
  const auto small = NiceNumbers::scaleBar(250000, 70, 4);
  EXPECT_DOUBLE_EQ(small.segmentKm, 2);
  EXPECT_LE(small.segmentMm * small.segments, 70);
}

TEST(NiceNumbers, GraticuleLabelsInDegreesAndMinutes) {
  EXPECT_EQ(NiceNumbers::degreesMinutes(108.5, true), QStringLiteral("108°30′E"));
  EXPECT_EQ(NiceNumbers::degreesMinutes(32.75, false), QStringLiteral("32°45′N"));
  EXPECT_EQ(NiceNumbers::degreesMinutes(109, true), QStringLiteral("109°E"));
  EXPECT_DOUBLE_EQ(NiceNumbers::graticuleStep(2.2, 4), 0.5);
  EXPECT_NEAR(NiceNumbers::graticuleStep(0.9, 4), 10.0 / 60, 1e-12);
}

TEST(NiceNumbers, ScaleTextGroupsDigits) {
  EXPECT_EQ(NiceNumbers::scaleText(1234567), QStringLiteral("1:1 230 000"));
  EXPECT_EQ(NiceNumbers::scaleText(50000), QStringLiteral("1:50 000"));
}

TEST(NiceNumbers, GridIntervalFollowsTheScale) {
  EXPECT_DOUBLE_EQ(NiceNumbers::gridIntervalForScale(25000), 1000);     // 1 km = 40 mm
  EXPECT_DOUBLE_EQ(NiceNumbers::gridIntervalForScale(100000), 5000);    // 2 km = 20 mm < 25: 5 km
  EXPECT_DOUBLE_EQ(NiceNumbers::gridIntervalForScale(250000), 10000);   // 10 km = 40 mm
  EXPECT_DOUBLE_EQ(NiceNumbers::gridIntervalForScale(1000000), 50000);
}

TEST(NiceNumbers, KmLabelsAbbreviateTheLeadingDigits) {
  using P = std::pair<QString, QString>;
  EXPECT_EQ(NiceNumbers::kmLabelParts(3512000), P(QStringLiteral("35"), QStringLiteral("12")));
  EXPECT_EQ(NiceNumbers::kmLabelParts(36512000), P(QStringLiteral("365"), QStringLiteral("12")));  // zone 36
  EXPECT_EQ(NiceNumbers::kmLabelParts(500000), P(QStringLiteral("5"), QStringLiteral("00")));
  EXPECT_EQ(NiceNumbers::kmLabelParts(20000), P(QString(), QStringLiteral("20")));
  EXPECT_EQ(NiceNumbers::kmLabelParts(2500), P(QString(), QStringLiteral("2.5")));
}
