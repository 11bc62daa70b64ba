#include "ProgressStore.h"

#include <gtest/gtest.h>

using namespace planmap;

TEST(ProgressStore, RemovesOneRecordAndKeepsTheNoteThroughJson) {
  ProgressStore store;
  ProgressRecord a{QStringLiteral("c11s5-t02"), 2022, 400.0, false, QStringLiteral("city"), QStringLiteral("统计公报"), QString()};
  a.note = QStringLiteral("含在建厂房");
  ProgressRecord b = a;
  b.year = 2023;
  b.value = 450.0;
  b.note.clear();
  store.add(a);
  store.add(b);
  const auto back = ProgressStore::fromJson(store.toJson(), QStringLiteral("p.json"));
  ASSERT_TRUE(back.isOk()) << back.error().toStdString();
  EXPECT_EQ(back->records(), store.records());
  EXPECT_EQ(back->find(a.target, 2022, QStringLiteral("city"))->note, QStringLiteral("含在建厂房"));

  EXPECT_FALSE(store.remove(a.target, 2021, QStringLiteral("city")));
  EXPECT_FALSE(store.remove(a.target, 2022, QStringLiteral("汉阴县")));
  EXPECT_TRUE(store.remove(a.target, 2022, QStringLiteral("city")));
  ASSERT_EQ(store.records().size(), 1u);
  EXPECT_EQ(store.records().front().year, 2023);
  EXPECT_FALSE(store.find(a.target, 2022, QStringLiteral("city")).has_value());
}
