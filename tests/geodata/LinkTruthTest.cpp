// The bundled links must say only what the plan says. These checks run on the committed
// geodata/plan/bundled_links.json, the catalog and the real layer geometry.

#include "FeatureLink.h"
#include "GeodataFiles.h"

#include <QJsonArray>
#include <QSet>
#include <gtest/gtest.h>

#include <map>
#include <optional>

using namespace planmap;
using namespace planmap::test;

namespace {

struct Link {
  QString layer, feature, item, role, why;
  QString text() const { return layer + QLatin1Char('/') + feature + QStringLiteral(" -> ") + item + QStringLiteral(" [") + role + QLatin1Char(']'); }
};

std::vector<Link> bundledLinks() {
  std::vector<Link> out;
  const QJsonObject file = readJsonObject(geodataPath(QStringLiteral("plan/bundled_links.json")));
  for (const auto& v : file.value(QStringLiteral("links")).toArray()) {
    const QJsonObject o = v.toObject();
    out.push_back({o.value(QStringLiteral("layer")).toString(), o.value(QStringLiteral("feature")).toString(),
                   o.value(QStringLiteral("item")).toString(), o.value(QStringLiteral("role")).toString(),
                   o.value(QStringLiteral("why")).toString()});
  }
  return out;
}

QMap<QString, QJsonObject> catalogItems() {
  QMap<QString, QJsonObject> out;
  const QJsonObject catalog = readJsonObject(geodataPath(QStringLiteral("plan/ankang_14th_fyp.json")));
  for (const auto& v : catalog.value(QStringLiteral("items")).toArray()) out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
  return out;
}

QMap<QString, QString> layerGeometries() {
  QMap<QString, QString> out;
  for (const auto& v : manifest().value(QStringLiteral("layers")).toArray())
    out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject().value(QStringLiteral("geometry")).toString());
  return out;
}

std::optional<LinkGeometry> linkGeometry(const QString& manifestGeometry) {
  if (manifestGeometry == QLatin1String("point")) return LinkGeometry::Point;
  if (manifestGeometry == QLatin1String("line")) return LinkGeometry::Line;
  if (manifestGeometry == QLatin1String("polygon")) return LinkGeometry::Polygon;
  return std::nullopt;
}

bool isCityWideTarget(const QJsonObject& item) {
  if (item.value(QStringLiteral("kind")).toString() != QLatin1String("target")) return false;
  const QJsonValue scope = item.value(QStringLiteral("scope"));
  return scope.isUndefined() || scope.toString() == QLatin1String("city") || scope.toArray().contains(QStringLiteral("city"));
}

bool hasLink(const std::vector<Link>& links, const QString& layer, const QString& feature, const QString& item,
             const QString& role = {}) {
  for (const Link& l : links)
    if (l.layer == layer && l.feature == feature && l.item == item && (role.isEmpty() || l.role == role)) return true;
  return false;
}

}  // namespace

TEST(LinkTruth, EveryRoleFitsItsLayersGeometryAndOriginCountyIsOnlyForCounties) {
  const auto links = bundledLinks();
  ASSERT_GT(links.size(), 100u);
  const auto geometries = layerGeometries();
  int origins = 0;
  for (const Link& l : links) {
    SCOPED_TRACE(l.text().toStdString());
    const auto role = linkRoleFromString(l.role);
    ASSERT_TRUE(role.has_value());
    const auto geometry = linkGeometry(geometries.value(l.layer));
    ASSERT_TRUE(geometry.has_value()) << "layer not in the manifest";
    EXPECT_TRUE(linkRoleFitsGeometry(*role, *geometry));
    if (*role == LinkRole::OriginCounty) {
      EXPECT_EQ(l.layer, QStringLiteral("counties"));
      ++origins;
    }
  }
  EXPECT_EQ(origins, 10);  // 5 enclave projects + the shared measure c11s5-m08 for each of the 5 origins
  // The rule itself: nothing is located in a point, nothing flies from a line.
  EXPECT_FALSE(linkRoleFitsGeometry(LinkRole::LocatedIn, LinkGeometry::Point));
  EXPECT_FALSE(linkRoleFitsGeometry(LinkRole::OriginCounty, LinkGeometry::Line));
  EXPECT_TRUE(linkRoleFitsGeometry(LinkRole::LocatedIn, LinkGeometry::Polygon));
}

TEST(LinkTruth, NoFeatureCarriesTwoMutuallyExclusiveTargets) {
  const auto items = catalogItems();
  QMap<QString, QString> groupOf;
  for (auto it = items.begin(); it != items.end(); ++it)
    if (it->contains(QStringLiteral("exclusiveGroup"))) groupOf.insert(it.key(), it->value(QStringLiteral("exclusiveGroup")).toString());
  // 无主 / 大中型 / 小型 mines (c12s1-t02..t04) are one group: a mine is one of them, never two.
  ASSERT_EQ(groupOf.size(), 3) << "the mine-class targets lost their exclusiveGroup mark";
  EXPECT_EQ(groupOf.value(QStringLiteral("c12s1-t02")), groupOf.value(QStringLiteral("c12s1-t04")));
  // The classes sort single things (a mine is 无主, 大中型 or 小型): a point is one thing and may
  // carry one class; an area (the city, a county) holds things of every class and may carry all.
  const auto geometries = layerGeometries();
  QMap<QString, QMap<QString, QString>> seen;  // feature -> group -> first item
  int areaLinks = 0;
  for (const Link& l : bundledLinks()) {
    if (!groupOf.contains(l.item)) continue;
    if (geometries.value(l.layer) != QLatin1String("point")) {
      ++areaLinks;
      continue;
    }
    const QString feature = l.layer + QLatin1Char('/') + l.feature;
    const QString group = groupOf.value(l.item);
    if (seen[feature].contains(group))
      ADD_FAILURE() << feature.toStdString() << " carries " << seen[feature][group].toStdString() << " and "
                    << l.item.toStdString() << ", which exclude each other";
    seen[feature].insert(group, l.item);
  }
  EXPECT_EQ(areaLinks, 3);  // the three city-wide mine targets, on the prefecture
}

TEST(LinkTruth, MinesCarryNoSizeOrOwnershipTargetWithoutAnAttributeSayingSo) {
  const LoadedLayer mines = loadManifestLayer(QStringLiteral("mines"));
  ASSERT_TRUE(mines.opened);
  const auto links = bundledLinks();
  for (const auto& m : mines.features) {
    SCOPED_TRACE(m.field("pm_id").toStdString());
    EXPECT_EQ(m.field("mine_class"), QStringLiteral("unknown"));
    EXPECT_TRUE(m.field("mine_class_zh").startsWith(QStringLiteral("未知")));
    for (const char* t : {"c12s1-t02", "c12s1-t03", "c12s1-t04"})
      EXPECT_FALSE(hasLink(links, QStringLiteral("mines"), m.field("pm_id"), QLatin1String(t))) << t;
    EXPECT_TRUE(hasLink(links, QStringLiteral("mines"), m.field("pm_id"), QStringLiteral("c12s1-m09"), QStringLiteral("implements")));
  }
}

// An item located in counties and carried out at points: every point lies in one of those counties.
TEST(LinkTruth, EveryLocatedInAgreesWithThePointsOwnCounty) {
  const LoadedLayer counties = loadManifestLayer(QStringLiteral("counties"));
  ASSERT_TRUE(counties.opened);
  QMap<QString, const OGRGeometry*> countyGeometry;
  for (const auto& c : counties.features) countyGeometry.insert(c.field("pm_id"), c.geometry.get());
  const auto geometries = layerGeometries();
  std::map<QString, LoadedLayer> pointLayers;  // LoadedLayer owns its geometries: not copyable
  for (auto it = geometries.begin(); it != geometries.end(); ++it)
    if (it.value() == QLatin1String("point")) pointLayers.emplace(it.key(), loadManifestLayer(it.key()));

  const auto links = bundledLinks();
  QMap<QString, QStringList> locatedIn;  // item -> county pm_ids
  for (const Link& l : links)
    if (l.layer == QLatin1String("counties") && l.role == QLatin1String("located_in")) locatedIn[l.item] << l.feature;
  int checked = 0;
  for (const Link& l : links) {
    if (!pointLayers.count(l.layer) || !locatedIn.contains(l.item)) continue;
    const OGRGeometry* pt = nullptr;
    for (const auto& f : pointLayers[l.layer].features)
      if (f.field("pm_id") == l.feature) pt = f.geometry.get();
    ASSERT_NE(pt, nullptr) << l.text().toStdString();
    bool inside = false;
    for (const QString& county : locatedIn.value(l.item)) inside = inside || countyGeometry.value(county)->Contains(pt);
    EXPECT_TRUE(inside) << l.text().toStdString() << " stands outside " << locatedIn.value(l.item).join(QLatin1Char(',')).toStdString();
    ++checked;
  }
  EXPECT_GT(checked, 15);  // enclaves, parks, hydropower: enough to mean something
}

TEST(LinkTruth, EnclavesAreLocatedInTheirHostAndFlyFromTheirOrigin) {
  const auto links = bundledLinks();
  const QString hanbin = QStringLiteral("county-610902");
  const QMap<QString, QString> origin = {{QStringLiteral("c11s5-p13"), QStringLiteral("county-610923")},   // 宁陕
                                         {QStringLiteral("c11s5-p14"), QStringLiteral("county-610924")},   // 紫阳
                                         {QStringLiteral("c11s5-p15"), QStringLiteral("county-610925")},   // 岚皋
                                         {QStringLiteral("c11s5-p16"), QStringLiteral("county-610927")},   // 镇坪
                                         {QStringLiteral("c11s5-p17"), QStringLiteral("county-610929")}};  // 白河
  for (auto it = origin.begin(); it != origin.end(); ++it) {
    SCOPED_TRACE(it.key().toStdString());
    EXPECT_TRUE(hasLink(links, QStringLiteral("counties"), hanbin, it.key(), QStringLiteral("located_in")));
    EXPECT_TRUE(hasLink(links, QStringLiteral("counties"), it.value(), it.key(), QStringLiteral("origin_county")));
    EXPECT_FALSE(hasLink(links, QStringLiteral("counties"), it.value(), it.key(), QStringLiteral("located_in")));
  }
  for (const QString& c : origin)
    EXPECT_TRUE(hasLink(links, QStringLiteral("counties"), c, QStringLiteral("c11s5-m08"), QStringLiteral("origin_county")));
  EXPECT_TRUE(hasLink(links, QStringLiteral("counties"), hanbin, QStringLiteral("c11s5-m08"), QStringLiteral("located_in")));
}

TEST(LinkTruth, CityWideTargetsAreNeverLinkedToALonePointButToTheCity) {
  const auto items = catalogItems();
  const auto geometries = layerGeometries();
  const auto links = bundledLinks();
  for (const Link& l : links)
    if (geometries.value(l.layer) == QLatin1String("point") && isCityWideTarget(items.value(l.item)))
      ADD_FAILURE() << "city-wide target on a point: " << l.text().toStdString();
  int cityTargets = 0;
  for (auto it = items.begin(); it != items.end(); ++it) {
    if (!isCityWideTarget(*it)) continue;
    ++cityTargets;
    EXPECT_TRUE(hasLink(links, QStringLiteral("prefecture"), QStringLiteral("prefecture-610900"), it.key(), QStringLiteral("monitored_by")))
        << it.key().toStdString();
  }
  EXPECT_EQ(cityTargets, 44);  // 40 encoded before + 4 qualitative ones of the same kind
}

TEST(LinkTruth, LinksTheSeedDoesNotSupportAreGoneAndTheMissingOnesAreThere) {
  const auto links = bundledLinks();
  EXPECT_FALSE(hasLink(links, QStringLiteral("parks"), QStringLiteral("park-hengkou-plush"), QStringLiteral("c11s2-p11")));
  EXPECT_FALSE(hasLink(links, QStringLiteral("parks"), QStringLiteral("park-prefab-construction"), QStringLiteral("c11s3-p05")));
  for (const char* mine : {"mine-baihe-pyrite", "mine-xunyang-leadzinc", "mine-xunyang-mercury"})
    EXPECT_FALSE(hasLink(links, QStringLiteral("mines"), QLatin1String(mine), QStringLiteral("c12s4-p03"))) << mine;
  EXPECT_FALSE(hasLink(links, QStringLiteral("parks"), QStringLiteral("park-hanyin-agritech"), QStringLiteral("c11s5-p08")));

  EXPECT_TRUE(hasLink(links, QStringLiteral("basins"), QStringLiteral("basin-yuehe"), QStringLiteral("c11s5-p08")));
  EXPECT_TRUE(hasLink(links, QStringLiteral("basin_markers"), QStringLiteral("basin-haopinghe"), QStringLiteral("c12s1-p09")));
  for (const char* item : {"c12s1-p12", "c12s6-m05"})
    EXPECT_TRUE(hasLink(links, QStringLiteral("basins"), QStringLiteral("basin-hanjiang"), QLatin1String(item))) << item;
  for (const char* item : {"c11s5-p01", "c12s1-p14", "c12s1-p15"})
    EXPECT_TRUE(hasLink(links, QStringLiteral("counties"), QStringLiteral("county-610902"), QLatin1String(item), QStringLiteral("located_in")))
        << item;
  for (const char* item : {"c12s2-p07", "c12s3-p04", "c11s5-p07"})
    for (const char* park : {"park-ankang-hitech", "park-xunyang-hitech", "park-shiquan-etdz", "park-wuli-industrial",
                             "park-hanyin-industrial", "park-pingli-industrial"})
      EXPECT_TRUE(hasLink(links, QStringLiteral("parks"), QLatin1String(park), QLatin1String(item))) << park << " " << item;
  EXPECT_TRUE(hasLink(links, QStringLiteral("hydropower"), QStringLiteral("hydro-xunyang"), QStringLiteral("c11s3-p01")));
  EXPECT_TRUE(hasLink(links, QStringLiteral("hydropower"), QStringLiteral("hydro-baihe"), QStringLiteral("c11s3-p02")));
}

// A link found by hand quotes the plan: the quoted words (before any bracketed gloss) are the item's own.
TEST(LinkTruth, EveryJustificationQuotesTheItemsSentence) {
  const auto items = catalogItems();
  int n = 0;
  for (const Link& l : bundledLinks()) {
    if (l.why.isEmpty()) continue;
    ++n;
    const QString quote = l.why.section(QStringLiteral(" ("), 0, 0);
    EXPECT_TRUE(items.value(l.item).value(QStringLiteral("text")).toString().contains(quote)) << l.text().toStdString() << ": " << quote.toStdString();
  }
  EXPECT_GT(n, 10);
}
