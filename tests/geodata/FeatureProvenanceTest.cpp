#include "GeodataFiles.h"

#include <QJsonArray>
#include <QSet>
#include <gtest/gtest.h>

using namespace planmap::test;

// Every drawn feature must say where it comes from and how far to trust it; nothing here is a
// survey, so "surveyed" must never appear.
TEST(FeatureProvenance, EveryFeatureHasUniqueKeySourceLicenceAndAccuracy) {
  const QSet<QString> allowed = {QStringLiteral("approximate"), QStringLiteral("schematic"), QStringLiteral("unverified")};
  QSet<QString> keys;
  int count = 0;
  for (const auto& v : manifest().value(QStringLiteral("layers")).toArray()) {
    const QString id = v.toObject().value(QStringLiteral("id")).toString();
    const LoadedLayer layer = loadLayer(v.toObject().value(QStringLiteral("file")).toString());
    ASSERT_TRUE(layer.opened) << layer.error.toStdString();
    for (const auto& f : layer.features) {
      const QString key = f.field("pm_id");
      SCOPED_TRACE((id + QLatin1Char('/') + key).toStdString());
      EXPECT_FALSE(key.isEmpty());
      EXPECT_FALSE(keys.contains(key)) << "pm_id is not unique";
      keys.insert(key);
      EXPECT_FALSE(f.field("source").isEmpty());
      EXPECT_FALSE(f.field("licence").isEmpty());
      EXPECT_FALSE(f.field("kind").isEmpty());
      EXPECT_TRUE(allowed.contains(f.field("accuracy"))) << f.field("accuracy").toStdString();
      EXPECT_GT(f.field("accuracy_note").size(), 20);
      ++count;
    }
  }
  EXPECT_GT(count, 50);
}

TEST(FeatureProvenance, PointsLieInTheCountyTheyNameAndGuessesAreMarkedUnverified) {
  const LoadedLayer counties = loadManifestLayer(QStringLiteral("counties"));
  ASSERT_TRUE(counties.opened);
  for (const char* id : {"parks", "mines", "seats", "hydropower", "basin_markers"}) {
    const LoadedLayer layer = loadManifestLayer(QLatin1String(id));
    ASSERT_TRUE(layer.opened) << layer.error.toStdString();
    for (const auto& f : layer.features) {
      SCOPED_TRACE(f.field("pm_id").toStdString());
      QString inside;
      for (const auto& c : counties.features)
        if (c.geometry->Contains(f.geometry.get())) inside = c.field("name_zh");
      EXPECT_EQ(inside, f.field("county"));
      // Plan features quote the plan's own words, so a reader can find them in the text.
      if (QLatin1String(id) != QLatin1String("seats")) {
        EXPECT_FALSE(f.field("plan_name").isEmpty());
      }
    }
  }
  // 白河硫铁矿, 旬阳铅锌矿, 旬阳汞矿; the 蒿坪河 remediation area is a basin (basin_markers), not a mine.
  const LoadedLayer mines = loadManifestLayer(QStringLiteral("mines"));
  ASSERT_EQ(mines.features.size(), 3u);
  for (const auto& f : mines.features) {
    EXPECT_EQ(f.field("accuracy"), QStringLiteral("unverified"));
    EXPECT_EQ(f.field("kind"), QStringLiteral("mine"));
  }
  // Guessed positions of things the plan names but the sources do not place: unverified.
  for (const char* id : {"hydropower", "basin_markers"}) {
    const LoadedLayer layer = loadManifestLayer(QLatin1String(id));
    ASSERT_TRUE(layer.opened) << id;
    for (const auto& f : layer.features) EXPECT_EQ(f.field("accuracy"), QStringLiteral("unverified")) << f.field("pm_id").toStdString();
  }
}

// The 常州 enclave does not exist yet ("探索建设"): its point stands for the city, so it cannot be
// "approximate"; the plan context is the Jiangsu–Shaanxi cooperation (苏陕协作).
TEST(FeatureProvenance, TheChangzhouEnclaveIsUnverifiedAndNamesTheSuShaanCooperation) {
  const LoadedLayer sites = loadManifestLayer(QStringLiteral("enclave_parks"));
  ASSERT_TRUE(sites.opened);
  bool found = false;
  for (const auto& s : sites.features) {
    if (s.field("pm_id") != QLatin1String("enclave-changzhou")) continue;
    found = true;
    EXPECT_EQ(s.field("accuracy"), QStringLiteral("unverified"));
    EXPECT_TRUE(s.field("accuracy_note").contains(QStringLiteral("no site exists")));
    EXPECT_TRUE(s.field("context_zh").contains(QStringLiteral("苏陕协作")));
  }
  EXPECT_TRUE(found);
}

// A derived layer's licence names every source it was cut from.
TEST(FeatureProvenance, DerivedLayersListTheLicenceOfEverySource) {
  for (const auto& f : loadManifestLayer(QStringLiteral("qinling_zones")).features) {
    EXPECT_TRUE(f.field("licence").contains(QStringLiteral("ODbL"))) << f.field("pm_id").toStdString();
    EXPECT_TRUE(f.field("licence").contains(QStringLiteral("LGPL"))) << "the scope is cut by the WDBII Han line";
  }
  for (const auto& f : loadManifestLayer(QStringLiteral("basins")).features)
    if (f.field("source").contains(QStringLiteral("WDBII"))) EXPECT_TRUE(f.field("licence").contains(QStringLiteral("LGPL")));
  // And the manifest's attribution keys agree: every layer whose features cite WDBII credits it.
  for (const auto& v : manifest().value(QStringLiteral("layers")).toArray()) {
    const QJsonObject l = v.toObject();
    bool cites = false;
    for (const auto& f : loadLayer(l.value(QStringLiteral("file")).toString()).features) cites = cites || f.field("source").contains(QStringLiteral("WDBII"));
    if (cites) EXPECT_TRUE(l.value(QStringLiteral("attribution")).toArray().contains(QStringLiteral("wdbii"))) << l.value(QStringLiteral("id")).toString().toStdString();
  }
}

TEST(FeatureProvenance, EnclavesNameOriginAndHostAndEachHasALink) {
  const LoadedLayer sites = loadManifestLayer(QStringLiteral("enclave_parks"));
  const LoadedLayer links = loadManifestLayer(QStringLiteral("enclave_links"));
  ASSERT_TRUE(sites.opened && links.opened);
  EXPECT_EQ(sites.features.size(), 6u);  // 宁陕 紫阳 岚皋 镇坪 白河 + 常州
  QSet<QString> origins;
  for (const auto& s : sites.features) {
    EXPECT_FALSE(s.field("origin_zh").isEmpty());
    EXPECT_FALSE(s.field("host_zh").isEmpty());
    origins.insert(s.field("origin_zh"));
    int n = 0;
    for (const auto& l : links.features) {
      if (l.field("site") != s.field("pm_id")) continue;
      ++n;
      // The link line ends at the host site.
      const OGRLineString* line = l.geometry->toLineString();
      OGRPoint end;
      line->EndPoint(&end);
      EXPECT_LT(distanceKm(end, *s.geometry), 0.05);
    }
    EXPECT_EQ(n, 1) << s.field("pm_id").toStdString();
  }
  for (const char* c : {"宁陕县", "紫阳县", "岚皋县", "镇坪县", "白河县", "安康市"})
    EXPECT_TRUE(origins.contains(QString::fromUtf8(c))) << c;
  // Changzhou, Jiangsu is ~1000 km east of Ankang.
  for (const auto& s : sites.features) {
    if (s.field("pm_id") == QLatin1String("enclave-changzhou")) {
      EXPECT_NEAR(distanceKm(*lonLatPoint(109.03, 32.69), *s.geometry), 1020, 60);
    }
  }
}

// The accuracy mark is added by the display-name function, so the data's names must not carry
// one of their own (that is how "（宁陕片区示意）" and "（示意）" ended up side by side).
TEST(FeatureProvenance, NamesCarryNoAccuracyWordsOfTheirOwn) {
  for (const auto& v : manifest().value(QStringLiteral("layers")).toArray()) {
    const LoadedLayer layer = loadLayer(v.toObject().value(QStringLiteral("file")).toString());
    for (const auto& f : layer.features)
      for (const char* word : {"示意", "待核实", "schematic", "unverified"}) {
        EXPECT_FALSE(f.field("name_zh").contains(QString::fromUtf8(word))) << f.field("pm_id").toStdString();
        EXPECT_FALSE(f.field("name_en").contains(QString::fromUtf8(word))) << f.field("pm_id").toStdString();
      }
  }
}
