#include "PlanTestPaths.h"
#include "ProgressStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

TEST(ProgressStore, LoadsRecordsAndReturnsThemOldestFirstPerScope) {
  const Result<ProgressStore> store = ProgressStore::load(plantest::fixture("progress.json"));
  ASSERT_TRUE(store.isOk()) << store.error().toStdString();
  EXPECT_EQ(store->records().size(), 5u);
  const auto factories = store->recordsFor(QStringLiteral("c11s5-t02"));
  ASSERT_EQ(factories.size(), 2u);
  EXPECT_EQ(factories[0].year, 2020);
  EXPECT_DOUBLE_EQ(*factories[0].value, 300);
  EXPECT_EQ(factories[1].year, 2023);
  EXPECT_TRUE(store->recordsFor(QStringLiteral("c11s5-t03")).empty());
  EXPECT_EQ(store->recordsFor(QStringLiteral("c11s5-t03"), QStringLiteral("汉阴县")).size(), 1u);
  const auto air = store->recordsFor(QStringLiteral("c12s3-t03"));
  ASSERT_EQ(air.size(), 1u);
  EXPECT_TRUE(air[0].achieved);
  EXPECT_FALSE(air[0].value.has_value());
}

TEST(ProgressStore, ACorrectedFigureReplacesTheOldOne) {
  ProgressStore store;
  store.add({QStringLiteral("c11s5-t02"), 2023, 430.0, false, QStringLiteral("city"), QStringLiteral("初报"), QString()});
  store.add({QStringLiteral("c11s5-t02"), 2023, 442.0, false, QStringLiteral("city"), QStringLiteral("核定"), QString()});
  store.add({QStringLiteral("c11s5-t02"), 2023, 40.0, false, QStringLiteral("汉阴县"), QString(), QString()});
  ASSERT_EQ(store.recordsFor(QStringLiteral("c11s5-t02")).size(), 1u);
  EXPECT_DOUBLE_EQ(*store.recordsFor(QStringLiteral("c11s5-t02"))[0].value, 442);
  EXPECT_EQ(store.records().size(), 2u);
}

TEST(ProgressStore, SavesAndLoadsTheSameRecords) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const Result<ProgressStore> store = ProgressStore::load(plantest::fixture("progress.json"));
  ASSERT_TRUE(store.isOk());
  const QString path = dir.filePath(QStringLiteral("progress.json"));
  ASSERT_TRUE(store->save(path).isOk());
  const Result<ProgressStore> back = ProgressStore::load(path);
  ASSERT_TRUE(back.isOk()) << back.error().toStdString();
  EXPECT_EQ(back->records(), store->records());
}

TEST(ProgressStore, ARecordNeedsAValueOrAchieved) {
  const Result<ProgressStore> store = ProgressStore::load(plantest::fixture("progress_missing_value.json"));
  ASSERT_FALSE(store.isOk());
  EXPECT_TRUE(store.error().startsWith(QStringLiteral("progress_missing_value.json: record #0: field 'value' is missing")))
      << store.error().toStdString();
}
