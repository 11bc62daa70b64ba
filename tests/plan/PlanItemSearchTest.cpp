#include "PlanCatalog.h"
#include "PlanItemSearch.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {
const PlanCatalog& catalog() {
  static const Result<PlanCatalog> c = PlanCatalog::loadBundled();
  return c.value();
}
}  // namespace

TEST(PlanItemSearch, FindsById_ChapterAndChineseText) {
  ASSERT_FALSE(catalog().isEmpty());
  // By id prefix: every item of 第十二章第二节, nothing else.
  const auto section = PlanItemSearch::find(catalog(), QStringLiteral("c12s2-"));
  ASSERT_FALSE(section.empty());
  EXPECT_EQ(section.size(), catalog().itemsInSection(12, 2).size());
  // By chapter and section as the plan writes them.
  EXPECT_EQ(PlanItemSearch::find(catalog(), QStringLiteral("第十二章第二节")).size(), section.size());
  EXPECT_EQ(PlanItemSearch::find(catalog(), QStringLiteral("第十二章")).size(), catalog().itemsInSection(12).size());
  // A chapter number alone finds at least that chapter.
  EXPECT_GE(PlanItemSearch::find(catalog(), QStringLiteral("12")).size(), catalog().itemsInSection(12).size());
  // Chinese text, limited to targets: every hit is a target whose text has the word.
  const auto water = PlanItemSearch::find(catalog(), QStringLiteral("污水"), {PlanItemKind::Target});
  ASSERT_FALSE(water.empty());
  for (const PlanItem* item : water) {
    EXPECT_TRUE(item->isTarget());
    EXPECT_TRUE(item->text.contains(QStringLiteral("污水")) || item->indicator.contains(QStringLiteral("污水")));
  }
  // Words must all match.
  const auto both = PlanItemSearch::find(catalog(), QStringLiteral("第十二章 污水"));
  for (const PlanItem* item : both) EXPECT_EQ(item->chapterNumber, 12);
  EXPECT_LE(both.size(), PlanItemSearch::find(catalog(), QStringLiteral("污水")).size());
  EXPECT_TRUE(PlanItemSearch::find(catalog(), QStringLiteral("不存在的词语xyz")).empty());
  // Empty query: everything of the kinds asked.
  EXPECT_EQ(PlanItemSearch::find(catalog(), QString(), {PlanItemKind::Project}).size(),
            catalog().itemsOfKind(PlanItemKind::Project).size());
}
