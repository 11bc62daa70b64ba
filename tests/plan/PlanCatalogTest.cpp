#include "PlanCatalog.h"
#include "PlanTestPaths.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {

QStringList idsOf(const std::vector<const PlanItem*>& items) {
  QStringList ids;
  for (const PlanItem* item : items) ids << item->id;
  return ids;
}

PlanCatalog loadBundled() {
  Result<PlanCatalog> catalog = PlanCatalog::loadBundled();
  EXPECT_TRUE(catalog.isOk()) << catalog.error().toStdString();
  return catalog.isOk() ? std::move(catalog).value() : PlanCatalog();
}

}  // namespace

TEST(PlanCatalog, LooksUpItemsById) {
  const PlanCatalog catalog = loadBundled();
  const PlanItem* item = catalog.itemById(QStringLiteral("c11s2-p10"));
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->name, QStringLiteral("恒口毛绒玩具文创产业园"));
  EXPECT_EQ(item->kind, PlanItemKind::Project);
  EXPECT_EQ(item->places, QStringList{QStringLiteral("恒口")});
  EXPECT_EQ(catalog.itemById(QStringLiteral("c99s9-p99")), nullptr);
}

TEST(PlanCatalog, ListsTheItemsOfASectionAndAChapter) {
  const PlanCatalog catalog = loadBundled();
  const auto section = catalog.itemsInSection(12, 2);
  ASSERT_FALSE(section.empty());
  for (const PlanItem* item : section) {
    EXPECT_EQ(item->chapter, QStringLiteral("第十二章"));
    EXPECT_EQ(item->section, QStringLiteral("第二节"));
    EXPECT_EQ(item->sectionTitle, QStringLiteral("同心守护一江清水"));
  }
  EXPECT_TRUE(idsOf(section).contains(QStringLiteral("c12s2-t02")));
  const auto chapter = catalog.itemsInSection(12);
  EXPECT_GT(chapter.size(), section.size());
  EXPECT_TRUE(idsOf(chapter).contains(QStringLiteral("c12s6-p03")));
  EXPECT_FALSE(idsOf(chapter).contains(QStringLiteral("c13s1-m01")));
}

TEST(PlanCatalog, FindsItemsByChineseSubstring) {
  const PlanCatalog catalog = loadBundled();
  const QStringList ids = idsOf(catalog.search(QStringLiteral("水生态智能监测")));
  EXPECT_EQ(ids, QStringList{QStringLiteral("c12s2-p06")});
  const auto hanjiang = catalog.search(QStringLiteral("汉江"));
  EXPECT_GE(hanjiang.size(), 3u);
  for (const PlanItem* item : hanjiang) EXPECT_TRUE(item->text.contains(QStringLiteral("汉江"))) << item->id.toStdString();
  EXPECT_TRUE(catalog.search(QStringLiteral("   ")).empty());
}

TEST(PlanCatalog, FindsItemsMentioningAPlaceWithOrWithoutTheCountySuffix) {
  const PlanCatalog catalog = loadBundled();
  const QStringList baihe = idsOf(catalog.itemsMentioningPlace(QStringLiteral("白河县")));
  EXPECT_TRUE(baihe.contains(QStringLiteral("c11s3-p02")));  // 白河水电站
  EXPECT_TRUE(baihe.contains(QStringLiteral("c11s5-p17")));  // 白河"飞地园区"
  EXPECT_TRUE(baihe.contains(QStringLiteral("c12s1-p06")));  // 白河硫铁矿
  EXPECT_EQ(baihe, idsOf(catalog.itemsMentioningPlace(QStringLiteral("白河"))));
  const QStringList ningshan = idsOf(catalog.itemsMentioningPlace(QStringLiteral("宁陕县")));
  EXPECT_TRUE(ningshan.contains(QStringLiteral("c11s5-p13")));
  EXPECT_FALSE(ningshan.contains(QStringLiteral("c11s5-p14")));
  EXPECT_TRUE(catalog.itemsMentioningPlace(QStringLiteral("西藏")).empty());
}

TEST(PlanCatalog, MergesAnExtraCatalogAfterTheBundledOne) {
  const Result<PlanCatalog> merged = PlanCatalog::loadBundled({plantest::fixture("hanyin_extra.json")});
  ASSERT_TRUE(merged.isOk()) << merged.error().toStdString();
  const PlanCatalog bundledOnly = loadBundled();
  EXPECT_EQ(merged->size(), bundledOnly.size() + 2);
  ASSERT_NE(merged->itemById(QStringLiteral("hanyin-t01")), nullptr);
  EXPECT_TRUE(merged->itemById(QStringLiteral("hanyin-t01"))->sourceFile.endsWith(QStringLiteral("hanyin_extra.json")));
  EXPECT_NE(merged->itemById(QStringLiteral("c11s2-p10")), nullptr);
  EXPECT_EQ(merged->documents().size(), 2u);
  EXPECT_TRUE(idsOf(merged->itemsMentioningPlace(QStringLiteral("汉阴"))).contains(QStringLiteral("hanyin-p01")));
}

TEST(PlanCatalog, ADuplicateIdAcrossFilesNamesBothFilesAndChangesNothing) {
  PlanCatalog catalog = loadBundled();
  const int before = catalog.size();
  const Status s = catalog.addFile(plantest::fixture("clashes_with_bundled.json"));
  ASSERT_FALSE(s.isOk());
  EXPECT_EQ(s.error(), QStringLiteral("duplicate plan item id c11s2-p10: in ankang_14th_fyp.json and in clashes_with_bundled.json"));
  EXPECT_EQ(catalog.size(), before);
  EXPECT_EQ(catalog.itemById(QStringLiteral("c11s2-p10"))->name, QStringLiteral("恒口毛绒玩具文创产业园"));

  const Result<PlanCatalog> loaded = PlanCatalog::loadBundled({plantest::fixture("clashes_with_bundled.json")});
  ASSERT_FALSE(loaded.isOk());
  EXPECT_TRUE(loaded.error().contains(QStringLiteral("clashes_with_bundled.json")));
}

TEST(PlanCatalog, ABrokenExtraCatalogFailsTheLoadWithItsOwnMessage) {
  const Result<PlanCatalog> loaded = PlanCatalog::loadBundled({plantest::fixture("wrong_type.json")});
  ASSERT_FALSE(loaded.isOk());
  EXPECT_TRUE(loaded.error().startsWith(QStringLiteral("wrong_type.json: item c12s2-t03"))) << loaded.error().toStdString();
}

TEST(PlanCatalog, TargetsWithoutDeadlineAreJudgedAtThePlanPeriodEnd) {
  const PlanCatalog catalog = loadBundled();
  const PlanItem* air = catalog.itemById(QStringLiteral("c12s3-t02"));
  ASSERT_NE(air, nullptr);
  EXPECT_FALSE(air->deadline.has_value());
  EXPECT_EQ(catalog.effectiveDeadline(*air), 2025);
  const PlanItem other = [] {
    PlanItem p;
    p.id = QStringLiteral("loose");
    return p;
  }();
  EXPECT_EQ(catalog.effectiveDeadline(other, 2030), 2030);
}
