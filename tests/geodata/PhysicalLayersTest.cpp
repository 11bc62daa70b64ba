#include "GeodataFiles.h"

#include <gtest/gtest.h>

using namespace planmap::test;

namespace {

const LoadedFeature* byKey(const LoadedLayer& layer, const char* key) {
  for (const auto& f : layer.features)
    if (f.field("pm_id") == QLatin1String(key)) return &f;
  return nullptr;
}

}  // namespace

TEST(PhysicalLayers, HanRiverPassesAnkangCityAndTheOtherHanSeats) {
  const LoadedLayer rivers = loadManifestLayer(QStringLiteral("rivers"));
  ASSERT_TRUE(rivers.opened) << rivers.error.toStdString();
  int named = 0;
  for (const auto& f : rivers.features) {
    if (f.field("name_zh") != QStringLiteral("汉江")) continue;
    ++named;
    EXPECT_LT(distanceKm(*lonLatPoint(109.03, 32.69), *f.geometry), 3.0);  // Ankang city (汉滨区 seat)
    EXPECT_LT(distanceKm(*lonLatPoint(110.112, 32.809), *f.geometry), 3.0);  // 白河 seat, on the Han
    EXPECT_GT(distanceKm(*lonLatPoint(108.508, 32.893), *f.geometry), 10.0);  // 汉阴 is on the Yue River
    // Runs across the whole city, west to east.
    OGREnvelope env;
    f.geometry->getEnvelope(&env);
    EXPECT_LT(env.MinX, 108.1);
    EXPECT_GT(env.MaxX, 110.2);
  }
  EXPECT_EQ(named, 1);
}

TEST(PhysicalLayers, QinlingZonesAreDisjointInsideTheCityAndGradedByHeight) {
  const LoadedLayer zones = loadManifestLayer(QStringLiteral("qinling_zones"));
  const LoadedLayer pref = loadManifestLayer(QStringLiteral("prefecture"));
  ASSERT_TRUE(zones.opened && pref.opened);
  const LoadedFeature* core = byKey(zones, "qinling-core");
  const LoadedFeature* key = byKey(zones, "qinling-key");
  const LoadedFeature* general = byKey(zones, "qinling-general");
  ASSERT_TRUE(core && key && general);
  const double city = equalAreaKm2(*pref.features[0].geometry);
  double total = 0;
  for (const LoadedFeature* z : {core, key, general}) {
    EXPECT_EQ(z->field("accuracy"), QStringLiteral("schematic"));
    std::unique_ptr<OGRGeometry> outside(z->geometry->Difference(pref.features[0].geometry.get()));
    EXPECT_LT(equalAreaKm2(*outside), 1.0) << z->field("pm_id").toStdString();
    total += equalAreaKm2(*z->geometry);
  }
  for (auto [a, b] : {std::pair{core, key}, std::pair{core, general}, std::pair{key, general}}) {
    std::unique_ptr<OGRGeometry> overlap(a->geometry->Intersection(b->geometry.get()));
    EXPECT_LT(overlap ? equalAreaKm2(*overlap) : 0.0, 0.5);
  }
  // Qinling scope is the northern part only (roughly 35-60 % of the city); core < key < general.
  EXPECT_GT(total / city, 0.35);
  EXPECT_LT(total / city, 0.6);
  EXPECT_LT(equalAreaKm2(*core->geometry), equalAreaKm2(*key->geometry));
  EXPECT_LT(equalAreaKm2(*key->geometry), equalAreaKm2(*general->geometry));
  // The core zone is in 宁陕 (the high Qinling), not south of the Han.
  OGREnvelope env;
  core->geometry->getEnvelope(&env);
  EXPECT_GT(env.MinY, 33.0);
}

TEST(PhysicalLayers, YinghuIsOnTheHanUpstreamOfTheCity) {
  const LoadedLayer lakes = loadManifestLayer(QStringLiteral("lakes"));
  const LoadedLayer rivers = loadManifestLayer(QStringLiteral("rivers"));
  ASSERT_TRUE(lakes.opened && rivers.opened);
  const LoadedFeature* yinghu = byKey(lakes, "lake-yinghu");
  const LoadedFeature* han = byKey(rivers, "river-han");
  ASSERT_TRUE(yinghu && han);
  EXPECT_TRUE(yinghu->geometry->Intersects(han->geometry.get()));
  std::unique_ptr<OGRPoint> centre(new OGRPoint);
  ASSERT_EQ(yinghu->geometry->Centroid(centre.get()), OGRERR_NONE);
  EXPECT_LT(centre->getX(), 109.0);  // west = upstream of Ankang city
  const double d = distanceKm(*lonLatPoint(109.03, 32.69), *centre);
  EXPECT_GT(d, 8.0);
  EXPECT_LT(d, 30.0);
}
