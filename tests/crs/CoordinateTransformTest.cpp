#include "CoordinateTransform.h"
#include "TestData.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <thread>
#include <vector>

using namespace planmap;

namespace {

CoordinateTransform make(int from, int to) {
  auto result = CoordinateTransform::create(Crs::fromEpsg(from), Crs::fromEpsg(to));
  EXPECT_TRUE(result) << result.error().toStdString();
  return result ? result.value() : CoordinateTransform();
}

// Points scattered over Ankang and its surroundings (105-112E, 31-35N), lon/lat interleaved.
std::vector<double> scatteredLonLat(std::size_t count, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> lon(105.0, 112.0), lat(31.0, 35.0);
  std::vector<double> xy(2 * count);
  for (std::size_t i = 0; i < count; ++i) {
    xy[2 * i] = lon(random);
    xy[2 * i + 1] = lat(random);
  }
  return xy;
}

}  // namespace

// Reference values computed independently with PROJ 9.1.1's command-line tool (EPSG axis order,
// lat lon in and northing easting out):
//   echo "32.7 108" | cs2cs -d 6 EPSG:4490 EPSG:4545          -> 3619477.505312  500000.000000
//   echo "32.695 109.027" | cs2cs -d 6 EPSG:4490 EPSG:4545    -> 3619389.276294  596307.474994
//   echo "32.695 109.027" | cs2cs -d 6 EPSG:4490 EPSG:4524    -> 3619389.276294  36596307.474994
//   echo "3619477.505 500000" | cs2cs -d 6 EPSG:2381 EPSG:4545 -> 3619475.817936  500000.000000
TEST(CoordinateTransform, Cgcs2000LonLatToGaussKrugerCm108MatchesCs2cs) {
  const CoordinateTransform t = make(4490, 4545);
  EXPECT_FALSE(t.isIdentity());
  EXPECT_TRUE(t.accuracyNote().isEmpty());
  double x = 108.0, y = 32.7;  // x = longitude: traditional GIS order
  ASSERT_TRUE(t.transformPoint(x, y));
  EXPECT_NEAR(x, 500000.0, 1e-3);
  EXPECT_NEAR(y, 3619477.505312, 1e-3);

  x = 109.027;
  y = 32.695;
  ASSERT_TRUE(t.transformPoint(x, y));
  EXPECT_NEAR(x, 596307.474994, 1e-3);
  EXPECT_NEAR(y, 3619389.276294, 1e-3);
}

TEST(CoordinateTransform, ZonedGaussKrugerCarriesZonePrefix) {
  const CoordinateTransform t = make(4490, 4524);
  double x = 109.027, y = 32.695;
  ASSERT_TRUE(t.transformPoint(x, y));
  EXPECT_NEAR(x, 36596307.474994, 1e-3);
  EXPECT_NEAR(y, 3619389.276294, 1e-3);
}

// Same grid, other false easting: PROJ's operation is inverse + forward Gauss-Kruger, which the
// transform recognises as a shift (400+ ns a point saved). It must agree with PROJ itself:
//   echo "3619389.276294 596307.474994" | cs2cs -d 6 EPSG:4545 EPSG:4524 -> 3619389.276294  36596307.474994
TEST(CoordinateTransform, SameGridOtherFalseEastingIsAShift) {
  const CoordinateTransform t = make(4545, 4524);
  EXPECT_FALSE(t.isIdentity());
  double xy[] = {596307.474994, 3619389.276294, std::numeric_limits<double>::quiet_NaN(), 3619389.0};
  EXPECT_EQ(t.transform(xy, 2), 1u);  // failures are reported as by PROJ: infinity, counted
  EXPECT_TRUE(std::isinf(xy[2]) && std::isinf(xy[3]));
  EXPECT_NEAR(xy[0], 36596307.474994, 1e-6);
  EXPECT_NEAR(xy[1], 3619389.276294, 1e-6);
  const Extent bounds = t.transformBounds(Extent::fromCorners(450000, 3500000, 650000, 3750000));
  EXPECT_NEAR(bounds.minX, 36450000.0, 1e-6);
  EXPECT_NEAR(bounds.maxY, 3750000.0, 1e-6);

  // And back, through the same path, agreeing with PROJ's full inverse + forward computation.
  const CoordinateTransform back = make(4524, 4545);
  const CoordinateTransform viaLonLatA = make(4524, 4490), viaLonLatB = make(4490, 4545);
  std::vector<double> shifted = scatteredLonLat(1000, 3), full;
  ASSERT_EQ(make(4490, 4524).transform(shifted.data(), 1000), 0u);
  full = shifted;
  ASSERT_EQ(back.transform(shifted.data(), 1000), 0u);
  ASSERT_EQ(viaLonLatA.transform(full.data(), 1000), 0u);
  ASSERT_EQ(viaLonLatB.transform(full.data(), 1000), 0u);
  for (std::size_t i = 0; i < shifted.size(); ++i) ASSERT_NEAR(shifted[i], full[i], 1e-6) << i;
}

TEST(CoordinateTransform, InverseRoundTrips) {
  const CoordinateTransform forward = make(4490, 4545);
  auto inverse = forward.inverse();
  ASSERT_TRUE(inverse);
  EXPECT_EQ(inverse->source(), Crs::fromEpsg(4545));
  EXPECT_EQ(inverse->destination(), Crs::fromEpsg(4490));
  double x = 596307.474994, y = 3619389.276294;
  ASSERT_TRUE(inverse->transformPoint(x, y));
  EXPECT_NEAR(x, 109.027, 1e-8);
  EXPECT_NEAR(y, 32.695, 1e-8);
}

TEST(CoordinateTransform, SameCrsIsIdentityAndLeavesCoordinatesAlone) {
  const CoordinateTransform t = make(4545, 4545);
  EXPECT_TRUE(t.isIdentity());
  double xy[] = {500000.0, 3619477.5};
  EXPECT_EQ(t.transform(xy, 1), 0u);
  EXPECT_EQ(xy[0], 500000.0);
  EXPECT_EQ(xy[1], 3619477.5);
  EXPECT_TRUE(CoordinateTransform().isIdentity());
}

TEST(CoordinateTransform, MissingCrsIsAnError) {
  auto result = CoordinateTransform::create(Crs(), Crs::fromEpsg(4490));
  ASSERT_FALSE(result);
  EXPECT_TRUE(result.error().contains(QStringLiteral("source")));
}

TEST(CoordinateTransform, Xian1980ToCgcs2000CarriesAccuracyNote) {
  const CoordinateTransform t = make(2381, 4545);
  EXPECT_TRUE(t.accuracyNote().contains(QStringLiteral("Xian 1980"))) << t.accuracyNote().toStdString();
  EXPECT_TRUE(t.accuracyNote().contains(QStringLiteral("null datum shift")));
  EXPECT_TRUE(t.accuracyNote().contains(QStringLiteral("hundreds of metres")));
  double x = 500000.0, y = 3619477.505;
  ASSERT_TRUE(t.transformPoint(x, y));
  EXPECT_NEAR(x, 500000.0, 1e-3);
  EXPECT_NEAR(y, 3619475.817936, 1e-3);

  // Geographic to geographic: PROJ's null shift leaves degrees as they are, yet the note stays.
  const CoordinateTransform geographic = make(4610, 4490);
  EXPECT_TRUE(geographic.isIdentity());
  EXPECT_FALSE(geographic.accuracyNote().isEmpty());
}

TEST(CoordinateTransform, Beijing1954NoteNamesWhereShiftsAreKnown) {
  // EPSG knows Beijing 1954 -> WGS 84 Helmert shifts only for some basins (Ordos, Tarim ...).
  const CoordinateTransform toWgs84 = make(4214, 4326);
  EXPECT_TRUE(toWgs84.accuracyNote().contains(QStringLiteral("Ordos"))) << toWgs84.accuracyNote().toStdString();
  const CoordinateTransform toCgcs = make(2433, 4490);
  EXPECT_TRUE(toCgcs.accuracyNote().contains(QStringLiteral("Beijing 1954"))) << toCgcs.accuracyNote().toStdString();
  EXPECT_TRUE(toCgcs.accuracyNote().contains(QStringLiteral("null datum shift")));
}

TEST(CoordinateTransform, Wgs84AndCgcs2000NeedNoNote) {
  const CoordinateTransform t = make(4326, 4490);
  EXPECT_TRUE(t.accuracyNote().isEmpty()) << t.accuracyNote().toStdString();
  EXPECT_TRUE(t.isIdentity());  // PROJ's operation is a no-op: renderers may skip it
  double x = 109.0, y = 32.7;
  ASSERT_TRUE(t.transformPoint(x, y));
  EXPECT_NEAR(x, 109.0, 1e-9);
  EXPECT_NEAR(y, 32.7, 1e-9);
}

TEST(CoordinateTransform, FailedPointsBecomeInfinityAndAreCounted) {
  const CoordinateTransform t = make(4545, 4490);
  double xy[] = {500000.0, 3619477.505, 1e30, 1e30, 596307.474994, 3619389.276294};
  EXPECT_EQ(t.transform(xy, 3), 1u);
  EXPECT_NEAR(xy[0], 108.0, 1e-8);
  EXPECT_TRUE(std::isinf(xy[2]));
  EXPECT_TRUE(std::isinf(xy[3]));
  EXPECT_NEAR(xy[4], 109.027, 1e-8);
}

TEST(CoordinateTransform, ArrayTransformEqualsPerPointResults) {
  const CoordinateTransform t = make(4490, 4545);
  const std::size_t count = 100000;
  std::vector<double> xy = scatteredLonLat(count, 42);
  const std::vector<double> original = xy;
  ASSERT_EQ(t.transform(xy.data(), count), 0u);
  for (std::size_t i = 0; i < count; ++i) {
    double x = original[2 * i], y = original[2 * i + 1];
    ASSERT_TRUE(t.transformPoint(x, y));
    ASSERT_EQ(x, xy[2 * i]) << "point " << i;
    ASSERT_EQ(y, xy[2 * i + 1]) << "point " << i;
  }
}

TEST(CoordinateTransform, ConcurrentUseFromTwoThreadsGivesSameResults) {
  const CoordinateTransform t = make(4490, 4524);
  const std::size_t count = 200000;
  const std::vector<double> input = scatteredLonLat(count, 7);
  std::vector<double> expected = input;
  ASSERT_EQ(t.transform(expected.data(), count), 0u);

  // Both threads share the one transform value; each gets its own PROJ context and operation.
  std::vector<double> a = input, b = input;
  std::size_t failedA = 1, failedB = 1;
  std::thread first([&] {
    for (int round = 0; round < 3; ++round) {
      a = input;
      failedA = t.transform(a.data(), count);
    }
  });
  std::thread second([&] {
    for (int round = 0; round < 3; ++round) {
      b = input;
      failedB = t.transform(b.data(), count);
    }
  });
  first.join();
  second.join();
  EXPECT_EQ(failedA, 0u);
  EXPECT_EQ(failedB, 0u);
  EXPECT_EQ(a, expected);
  EXPECT_EQ(b, expected);
}

TEST(CoordinateTransform, TransformBoundsCoversDensifiedEdges) {
  const std::vector<double> boundary = planmap::test::ankangBoundaryLonLat();
  ASSERT_FALSE(boundary.empty()) << "shared/geodata-sources/ankang_prefecture.geojson not found";
  const Extent lonLat = planmap::test::extentOf(boundary);
  const CoordinateTransform t = make(4490, 4545);
  const Extent bounds = t.transformBounds(lonLat);
  ASSERT_FALSE(bounds.isEmpty());

  // Walk the four edges finely: every point must lie inside, and the extremes must touch it.
  Extent walked;
  const int steps = 2000;
  for (int i = 0; i <= steps; ++i) {
    const double f = double(i) / steps;
    const double lon = lonLat.minX + f * lonLat.width(), lat = lonLat.minY + f * lonLat.height();
    double pts[] = {lon, lonLat.minY, lon, lonLat.maxY, lonLat.minX, lat, lonLat.maxX, lat};
    ASSERT_EQ(t.transform(pts, 4), 0u);
    for (int k = 0; k < 4; ++k) walked.include(pts[2 * k], pts[2 * k + 1]);
  }
  EXPECT_TRUE(bounds.buffered(0.01).contains(walked));
  EXPECT_NEAR(bounds.minX, walked.minX, 1.0);
  EXPECT_NEAR(bounds.maxX, walked.maxX, 1.0);
  EXPECT_NEAR(bounds.minY, walked.minY, 1.0);
  EXPECT_NEAR(bounds.maxY, walked.maxY, 1.0);
  // An extent straddling CM 108E: the bottom parallel bulges south in the middle, so the corners
  // alone would miss the true southern edge; the densified bounds must not.
  const Extent straddling = Extent::fromCorners(106.5, 31.7, 109.5, 33.8);
  const Extent densified = t.transformBounds(straddling);
  double corners[] = {106.5, 31.7, 109.5, 31.7};
  ASSERT_EQ(t.transform(corners, 2), 0u);
  double middle[] = {108.0, 31.7};
  ASSERT_EQ(t.transform(middle, 1), 0u);
  ASSERT_LT(middle[1], std::min(corners[1], corners[3]) - 100.0);
  EXPECT_NEAR(densified.minY, middle[1], 1.0);
}
