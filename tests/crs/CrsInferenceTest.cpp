#include "CoordinateTransform.h"
#include "CrsInference.h"
#include "TestData.h"

#include <gtest/gtest.h>

#include <set>

using namespace planmap;

namespace {

// Ankang's real boundary, projected to `epsg` with our transform; its extent is what a layer
// without .prj in that CRS would report.
Extent ankangExtentIn(int epsg) {
  std::vector<double> xy = planmap::test::ankangBoundaryLonLat();
  EXPECT_FALSE(xy.empty()) << "shared/geodata-sources/ankang_prefecture.geojson not found";
  if (epsg != 4326) {
    auto t = CoordinateTransform::create(Crs::fromEpsg(4326), Crs::fromEpsg(epsg));
    EXPECT_TRUE(t);
    EXPECT_EQ(t->transform(xy.data(), xy.size() / 2), 0u);
  }
  return planmap::test::extentOf(xy);
}

}  // namespace

TEST(CrsInference, SourceNames) {
  EXPECT_EQ(crsSourceName(CrsSource::File), QStringLiteral("file"));
  EXPECT_EQ(crsSourceName(CrsSource::Inferred), QStringLiteral("inferred"));
  EXPECT_EQ(crsSourceName(CrsSource::Override), QStringLiteral("override"));
  EXPECT_EQ(crsSourceName(CrsSource::Unknown), QStringLiteral("unknown"));
}

TEST(CrsInference, AnkangLonLatIsCgcs2000Geographic) {
  const CrsDecision d = CrsInference::infer(ankangExtentIn(4326));
  EXPECT_EQ(d.crs.epsg(), 4490);
  EXPECT_EQ(d.source, CrsSource::Inferred);
  EXPECT_FALSE(d.isGuess);
  ASSERT_FALSE(d.candidates.empty());
  EXPECT_FALSE(d.candidates.front().reason.isEmpty());
}

TEST(CrsInference, ZonePrefixedThreeDegreeEastingsGiveZone36) {
  // The extent from the issue: eastings 36 4xx xxx..36 6xx xxx, northings around 3.6e6.
  CrsDecision d = CrsInference::infer(Extent::fromCorners(36450000, 3550000, 36650000, 3700000));
  EXPECT_EQ(d.crs.epsg(), 4524);
  EXPECT_EQ(d.source, CrsSource::Inferred);
  EXPECT_FALSE(d.isGuess);
  ASSERT_FALSE(d.candidates.empty());
  EXPECT_TRUE(d.candidates.front().reason.contains(QStringLiteral("zone prefix 36")))
      << d.candidates.front().reason.toStdString();
  EXPECT_TRUE(d.candidates.front().reason.contains(QStringLiteral("CM 108E")));
  // The same grid on older datums is offered after it, ranked lower.
  std::set<int> codes;
  for (const auto& c : d.candidates) codes.insert(c.crs.epsg());
  EXPECT_TRUE(codes.count(2360));  // Xian 1980 / 3-degree Gauss-Kruger zone 36
  EXPECT_TRUE(codes.count(2412));  // Beijing 1954 / 3-degree Gauss-Kruger zone 36
  for (std::size_t i = 1; i < d.candidates.size(); ++i)
    EXPECT_LT(d.candidates[i].score, d.candidates.front().score);

  // Real data: Ankang's boundary in zone 36.
  d = CrsInference::infer(ankangExtentIn(4524));
  EXPECT_EQ(d.crs.epsg(), 4524);
}

TEST(CrsInference, ZonePrefixedSixDegreeEastingsGiveZone19) {
  // Ankang (108-110.2E) lies in 6-degree zone 19 (CM 111E): EPSG:4497.
  const CrsDecision d = CrsInference::infer(ankangExtentIn(4497));
  EXPECT_EQ(d.crs.epsg(), 4497);
  EXPECT_FALSE(d.isGuess);
  EXPECT_TRUE(d.candidates.front().reason.contains(QStringLiteral("CM 111E")));
}

TEST(CrsInference, UnprefixedEastingsGuessCm108First) {
  const Extent extent = ankangExtentIn(4545);
  const CrsDecision d = CrsInference::infer(extent);
  EXPECT_EQ(d.crs.epsg(), 4545);
  EXPECT_EQ(d.source, CrsSource::Inferred);
  EXPECT_TRUE(d.isGuess);
  ASSERT_GE(d.candidates.size(), 3u);
  EXPECT_EQ(d.candidates.front().crs.epsg(), 4545);
  // Next come the neighbouring CMs 105E and 111E, which both put the data ~3 degrees from Ankang.
  const std::set<int> neighbours{d.candidates[1].crs.epsg(), d.candidates[2].crs.epsg()};
  EXPECT_EQ(neighbours, (std::set<int>{4544, 4546}));
  EXPECT_FALSE(d.note.isEmpty());

  bool seenSixDegree = false;
  std::set<int> codes;
  for (std::size_t i = 0; i < d.candidates.size(); ++i) {
    const CrsCandidate& c = d.candidates[i];
    const int code = c.crs.epsg();
    codes.insert(code);
    const bool sixDegree = code >= 4502 && code <= 4512;
    const bool threeDegree = code >= 4534 && code <= 4554;
    ASSERT_TRUE(sixDegree || threeDegree) << code;
    if (sixDegree) seenSixDegree = true;
    EXPECT_FALSE(threeDegree && seenSixDegree) << "3-degree candidate " << code << " after a 6-degree one";
    if (i > 0 && !sixDegree) {
      EXPECT_LE(c.score, d.candidates[i - 1].score);
    }
    // Each reason says where the candidate puts the data.
    EXPECT_TRUE(c.reason.contains(QStringLiteral("°E"))) << c.reason.toStdString();
    EXPECT_TRUE(c.reason.contains(QStringLiteral("°N"))) << c.reason.toStdString();
  }
  EXPECT_TRUE(seenSixDegree);
  EXPECT_TRUE(codes.count(4508));  // 6-degree CM 111E
  // CM 135E puts the data in the sea south of Japan, CM 75E in Kashmir: neither is in China.
  EXPECT_FALSE(codes.count(4554));
  EXPECT_FALSE(codes.count(4534));
}

TEST(CrsInference, OtherCoordinatesAreUnknownWithNote) {
  // A local site grid in metres.
  CrsDecision d = CrsInference::infer(Extent::fromCorners(0, 0, 1200, 800));
  EXPECT_FALSE(d.crs.isValid());
  EXPECT_EQ(d.source, CrsSource::Unknown);
  EXPECT_FALSE(d.note.isEmpty());

  // Degrees, but in Europe.
  d = CrsInference::infer(Extent::fromCorners(5, 45, 15, 55));
  EXPECT_FALSE(d.crs.isValid());
  EXPECT_EQ(d.source, CrsSource::Unknown);
  EXPECT_TRUE(d.note.contains(QStringLiteral("not in China"))) << d.note.toStdString();

  // Eastings across two zone prefixes cannot be one zone.
  d = CrsInference::infer(Extent::fromCorners(36500000, 3600000, 37500000, 3700000));
  EXPECT_EQ(d.source, CrsSource::Unknown);

  // Nonsense magnitudes (a corrupt file) must not be taken for a zone number.
  d = CrsInference::infer(Extent::fromCorners(-1e300, 3600000, 1e300, 3700000));
  EXPECT_EQ(d.source, CrsSource::Unknown);

  d = CrsInference::infer(Extent());
  EXPECT_EQ(d.source, CrsSource::Unknown);
  EXPECT_FALSE(d.note.isEmpty());
}
