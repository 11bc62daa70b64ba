#include "DataPaths.h"
#include "LinkStore.h"
#include "PlanCatalog.h"
#include "PlanTestPaths.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

FeatureLink link(const char* layer, const char* feature, const char* item, LinkRole role) {
  return FeatureLink{QString::fromUtf8(layer), QString::fromUtf8(feature), QString::fromUtf8(item), role};
}

QStringList itemIds(const std::vector<FeatureLink>& links) {
  QStringList out;
  for (const FeatureLink& l : links) out << l.item;
  return out;
}

}  // namespace

TEST(LinkStore, ResolvesLinksBothWays) {
  const Result<LinkStore> store = LinkStore::load(plantest::fixture("links.json"));
  ASSERT_TRUE(store.isOk()) << store.error().toStdString();
  EXPECT_EQ(store->size(), 5);

  const auto ofPark = store->itemsOfFeature(QStringLiteral("industrial_parks"), QStringLiteral("park-hengkou"));
  EXPECT_EQ(itemIds(ofPark), (QStringList{QStringLiteral("c11s2-p10"), QStringLiteral("c11s5-t03")}));

  const auto ofItem = store->featuresOfItem(QStringLiteral("c11s2-p10"));
  ASSERT_EQ(ofItem.size(), 2u);
  EXPECT_EQ(ofItem[0].layer, QStringLiteral("industrial_parks"));
  EXPECT_EQ(ofItem[0].role, LinkRole::Implements);
  EXPECT_EQ(ofItem[1].layer, QStringLiteral("counties"));
  EXPECT_EQ(ofItem[1].role, LinkRole::LocatedIn);

  const auto monitored = store->featuresOfItem(QStringLiteral("c12s2-t02"));
  ASSERT_EQ(monitored.size(), 1u);
  EXPECT_EQ(monitored[0].role, LinkRole::MonitoredBy);

  // Every item the fixture names exists in the bundled catalog.
  const Result<PlanCatalog> catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk());
  EXPECT_TRUE(store->unresolvedItems(catalog.value()).isEmpty());
  for (const FeatureLink& l : store->links()) EXPECT_NE(catalog->itemById(l.item), nullptr) << l.item.toStdString();
}

TEST(LinkStore, AddRemoveAndDeduplicate) {
  LinkStore store;
  const FeatureLink a = link("industrial_parks", "park-ankang-hitech", "c11s5-p01", LinkRole::Implements);
  const FeatureLink b = link("counties", "county-610902", "c11s5-p01", LinkRole::LocatedIn);
  EXPECT_TRUE(store.add(a));
  EXPECT_FALSE(store.add(a));
  EXPECT_TRUE(store.add(b));
  // The same pair with another role is another link.
  EXPECT_TRUE(store.add(link("industrial_parks", "park-ankang-hitech", "c11s5-p01", LinkRole::LocatedIn)));
  EXPECT_EQ(store.featuresOfItem(QStringLiteral("c11s5-p01")).size(), 3u);
  EXPECT_TRUE(store.remove(a));
  EXPECT_FALSE(store.remove(a));
  EXPECT_EQ(store.itemsOfFeature(QStringLiteral("industrial_parks"), QStringLiteral("park-ankang-hitech")).size(), 1u);
  EXPECT_EQ(store.removeItem(QStringLiteral("c11s5-p01")), 2);
  EXPECT_EQ(store.size(), 0);
}

TEST(LinkStore, RemovingAFeatureDropsAllItsLinks) {
  Result<LinkStore> store = LinkStore::load(plantest::fixture("links.json"));
  ASSERT_TRUE(store.isOk());
  EXPECT_EQ(store->removeFeature(QStringLiteral("industrial_parks"), QStringLiteral("park-hengkou")), 2);
  EXPECT_TRUE(store->itemsOfFeature(QStringLiteral("industrial_parks"), QStringLiteral("park-hengkou")).empty());
  EXPECT_EQ(store->featuresOfItem(QStringLiteral("c11s2-p10")).size(), 1u);
}

TEST(LinkStore, SavesAndLoadsTheSameLinks) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  LinkStore store;
  store.add(link("industrial_parks", "park-ankang-hitech", "c11s5-p01", LinkRole::Implements));
  store.add(link("rivers", "river-hanjiang", "c12s2-p06", LinkRole::MonitoredBy));
  store.add(link("counties", "county-610923", "c11s5-p13", LinkRole::LocatedIn));
  const QString path = dir.filePath(QStringLiteral("links.json"));
  ASSERT_TRUE(store.save(path).isOk());
  const Result<LinkStore> back = LinkStore::load(path);
  ASSERT_TRUE(back.isOk()) << back.error().toStdString();
  EXPECT_EQ(back->links(), store.links());
  EXPECT_TRUE(store.toJson().contains("\"format\": \"planmap-links\""));
}

TEST(LinkStore, ReportsUnknownItemsAndBadRoles) {
  LinkStore store;
  store.add(link("industrial_parks", "park-x", "c11s5-p01", LinkRole::Implements));
  store.add(link("industrial_parks", "park-x", "c11s5-p99", LinkRole::Implements));
  const Result<PlanCatalog> catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk());
  EXPECT_EQ(store.unresolvedItems(catalog.value()), QStringList{QStringLiteral("c11s5-p99")});

  const Result<LinkStore> bad = LinkStore::load(plantest::fixture("bad_link_role.json"));
  ASSERT_FALSE(bad.isOk());
  EXPECT_EQ(bad.error(), QStringLiteral("bad_link_role.json: link #1: field 'role' must be one of \"implements\", "
                                        "\"located_in\", \"monitored_by\", \"origin_county\", got \"builds\""));
  const Result<LinkStore> wrongFormat = LinkStore::load(plantest::fixture("progress.json"));
  ASSERT_FALSE(wrongFormat.isOk());
  EXPECT_TRUE(wrongFormat.error().contains(QStringLiteral("must be \"planmap-links\"")));
}

// geodata/plan/bundled_links.json is written from the map side; whatever it links must exist in
// the catalog, and every link must be found from both ends.
TEST(LinkStore, BundledLinksResolveBothWaysAgainstTheBundledCatalog) {
  const Result<LinkStore> store = LinkStore::load(DataPaths::geodataFile(QStringLiteral("plan/bundled_links.json")));
  ASSERT_TRUE(store.isOk()) << store.error().toStdString();
  ASSERT_GT(store->size(), 0);
  const Result<PlanCatalog> catalog = PlanCatalog::loadBundled();
  ASSERT_TRUE(catalog.isOk());
  EXPECT_EQ(store->unresolvedItems(catalog.value()), QStringList());
  for (const FeatureLink& l : store->links()) {
    const auto fromItem = store->featuresOfItem(l.item);
    const auto fromFeature = store->itemsOfFeature(l.layer, l.feature);
    EXPECT_NE(std::find(fromItem.begin(), fromItem.end(), l), fromItem.end());
    EXPECT_NE(std::find(fromFeature.begin(), fromFeature.end(), l), fromFeature.end());
  }
}
