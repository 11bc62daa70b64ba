// Two planners on one team schema: shared progress, optimistic concurrency, read-only roles and a
// connection that drops mid-session without losing the edit.

#include "PostGisTestEnvironment.h"

#include "PostGisConnection.h"
#include "PostGisPlanStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace planmap {
namespace {

using test::PostGisTestEnvironment;

StoredProgressRecord newRecord(const QString& target, int year, double value, const QString& source) {
  StoredProgressRecord r;
  r.record.target = target;
  r.record.year = year;
  r.record.value = value;
  r.record.source = source;
  return r;
}

class PostGisPlanStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    REQUIRE_SERVER();
    schema_ = PostGisTestEnvironment::publishedSchema();
    ASSERT_TRUE(journals_.isValid());
  }
  std::unique_ptr<PostGisPlanStore> openStore(const QString& user, const QString& journal) {
    PostGisPlanStore::Options options;
    options.journalPath = journals_.filePath(journal);
    auto store = PostGisPlanStore::open(PostGisTestEnvironment::connection(user), schema_, options);
    EXPECT_TRUE(store) << store.error().toStdString();
    return store ? std::move(store).value() : nullptr;
  }
  QString schema_;
  QTemporaryDir journals_;
};

TEST_F(PostGisPlanStoreTest, AProgressRecordSavedByOnePlannerAppearsForTheOtherOnRefresh) {
  auto li = openStore(QStringLiteral("postgres"), QStringLiteral("li.json"));
  auto wang = openStore(QStringLiteral("postgres"), QStringLiteral("wang.json"));
  ASSERT_TRUE(li && wang);
  EXPECT_TRUE(li->canEdit());
  EXPECT_FALSE(wang->find(QStringLiteral("c11s5-t02"), 2023));
  SaveResult saved = li->saveProgress(newRecord(QStringLiteral("c11s5-t02"), 2023, 430, QStringLiteral("安康市统计公报2023")));
  ASSERT_EQ(saved.state, SaveState::Saved) << saved.message.toStdString();
  EXPECT_EQ(saved.stored.version, 1);
  EXPECT_GT(saved.stored.id, 0);

  ASSERT_TRUE(wang->refresh());
  auto seen = wang->find(QStringLiteral("c11s5-t02"), 2023);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->record.value, 430.0);
  EXPECT_EQ(seen->record.source, QStringLiteral("安康市统计公报2023"));
  EXPECT_EQ(wang->progress().recordsFor(QStringLiteral("c11s5-t02")).size(), 1u);
  // Links published from the bundled file are shared too.
  EXPECT_GT(wang->links().size(), 0);
}

TEST_F(PostGisPlanStoreTest, TheSecondOfTwoConcurrentSavesGetsAConflictAndOverwritesNothing) {
  auto li = openStore(QStringLiteral("postgres"), QStringLiteral("li.json"));
  auto wang = openStore(QStringLiteral("postgres"), QStringLiteral("wang.json"));
  ASSERT_TRUE(li && wang);
  SaveResult created = li->saveProgress(newRecord(QStringLiteral("c12s2-t01"), 2022, 95, QStringLiteral("公报")));
  ASSERT_TRUE(created.ok()) << created.message.toStdString();
  ASSERT_TRUE(wang->refresh());

  // Both planners now hold version 1 of the same record and edit it.
  StoredProgressRecord liCopy = *li->find(QStringLiteral("c12s2-t01"), 2022);
  StoredProgressRecord wangCopy = *wang->find(QStringLiteral("c12s2-t01"), 2022);
  ASSERT_EQ(liCopy.version, 1);
  ASSERT_EQ(wangCopy.version, 1);
  liCopy.record.value = 96;
  wangCopy.record.value = 99;
  SaveResult first = li->saveProgress(liCopy);
  ASSERT_EQ(first.state, SaveState::Saved) << first.message.toStdString();
  EXPECT_EQ(first.stored.version, 2);
  SaveResult second = wang->saveProgress(wangCopy);
  ASSERT_EQ(second.state, SaveState::Conflict);
  EXPECT_EQ(second.serverVersion, 2);
  EXPECT_TRUE(second.message.contains(QStringLiteral("进度记录已被其他用户修改"))) << second.message.toStdString();
  EXPECT_TRUE(second.message.contains(QStringLiteral("now version 2"))) << second.message.toStdString();
  EXPECT_TRUE(second.message.contains(QStringLiteral("reload and retry")));

  // The server kept the first planner's figure; after reloading, the second can save on top of it.
  ASSERT_TRUE(wang->refresh());
  StoredProgressRecord reloaded = *wang->find(QStringLiteral("c12s2-t01"), 2022);
  EXPECT_EQ(reloaded.record.value, 96.0);
  reloaded.record.value = 99;
  SaveResult retried = wang->saveProgress(reloaded);
  ASSERT_TRUE(retried.ok()) << retried.message.toStdString();
  EXPECT_EQ(retried.stored.version, 3);

  // Two planners creating the same (target, year, scope) at once: the second is a conflict too.
  SaveResult a = li->saveProgress(newRecord(QStringLiteral("c12s2-t01"), 2021, 90, QStringLiteral("a")));
  SaveResult b = wang->saveProgress(newRecord(QStringLiteral("c12s2-t01"), 2021, 91, QStringLiteral("b")));
  EXPECT_EQ(a.state, SaveState::Saved);
  EXPECT_EQ(b.state, SaveState::Conflict);
  EXPECT_EQ(b.serverVersion, 1);
}

TEST_F(PostGisPlanStoreTest, AReadOnlyRoleCannotEditAndTheServerRefusesItToo) {
  auto* server = PostGisTestEnvironment::server();
  Status roles = server->sql(QStringLiteral(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_ro') THEN CREATE ROLE planner_ro LOGIN; END IF; END $$;"
      "GRANT USAGE ON SCHEMA %1 TO planner_ro; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO planner_ro;").arg(schema_));
  ASSERT_TRUE(roles) << roles.error().toStdString();
  auto viewer = openStore(QStringLiteral("planner_ro"), QStringLiteral("viewer.json"));
  ASSERT_TRUE(viewer);
  EXPECT_FALSE(viewer->canEdit());
  EXPECT_EQ(viewer->role(), QStringLiteral("planner_ro"));

  SaveResult refused = viewer->saveProgress(newRecord(QStringLiteral("c11s5-t03"), 2024, 12, QStringLiteral("x")));
  EXPECT_EQ(refused.state, SaveState::Refused);
  EXPECT_TRUE(refused.message.contains(QStringLiteral("planner_ro"))) << refused.message.toStdString();
  EXPECT_TRUE(refused.message.contains(QStringLiteral("may only read"))) << refused.message.toStdString();
  EXPECT_TRUE(viewer->pendingEdits().empty());  // refused, not queued
  EXPECT_EQ(viewer->addLink(FeatureLink{QStringLiteral("parks"), QStringLiteral("x"), QStringLiteral("c11s5-t03")}).state,
            SaveState::Refused);

  // Going around the store: the server's own privileges refuse the write.
  auto raw = viewer->connection().exec(
      QStringLiteral("INSERT INTO %1.planmap_progress (target, year, value) VALUES ($1, $2, $3)").arg(schema_),
      {QStringLiteral("c11s5-t03"), 2024, 12.0});
  ASSERT_FALSE(raw);
  EXPECT_TRUE(raw.error().contains(QStringLiteral("permission denied"))) << raw.error().toStdString();
  EXPECT_FALSE(viewer->connection().connectionLost());
  // Reading works.
  EXPECT_TRUE(viewer->refresh());
}

TEST_F(PostGisPlanStoreTest, ADroppedConnectionKeepsTheEditLocallyAndSavesItAfterReconnect) {
  auto li = openStore(QStringLiteral("postgres"), QStringLiteral("dropped.json"));
  ASSERT_TRUE(li);
  auto admin = PostGisConnection::open(PostGisTestEnvironment::connection());
  ASSERT_TRUE(admin) << admin.error().toStdString();

  // An administrator (or a network failure) ends the planner's session mid-work.
  auto killed = admin.value()->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {li->connection().backendPid()});
  ASSERT_TRUE(killed) << killed.error().toStdString();
  ASSERT_EQ(killed->text(0, 0), QStringLiteral("t"));

  SaveResult queued = li->saveProgress(newRecord(QStringLiteral("c13s1-t01"), 2024, 77.5, QStringLiteral("离线录入")));
  ASSERT_EQ(queued.state, SaveState::Queued) << queued.message.toStdString();
  EXPECT_TRUE(queued.message.contains(QStringLiteral("连接已断开 / connection to the PostGIS server was lost")))
      << queued.message.toStdString();
  ASSERT_EQ(li->pendingEdits().size(), 1u);
  EXPECT_FALSE(li->isConnected());
  // The edit is on disk too, so closing the app now would not lose it.
  QFile journal(li->journalPath());
  ASSERT_TRUE(journal.open(QIODevice::ReadOnly)) << li->journalPath().toStdString();
  EXPECT_TRUE(QString::fromUtf8(journal.readAll()).contains(QStringLiteral("离线录入")));
  journal.close();
  auto onServer = admin.value()->exec(QStringLiteral("SELECT count(*) FROM %1.planmap_progress WHERE target = 'c13s1-t01'").arg(schema_));
  ASSERT_TRUE(onServer);
  EXPECT_EQ(onServer->text(0, 0), QStringLiteral("0"));

  // A new session (the app restarted) picks the journal up and sends it once the server answers.
  li.reset();
  auto again = openStore(QStringLiteral("postgres"), QStringLiteral("dropped.json"));
  ASSERT_TRUE(again);
  ASSERT_EQ(again->pendingEdits().size(), 1u);
  auto retried = again->retryPending();
  ASSERT_TRUE(retried) << retried.error().toStdString();
  EXPECT_EQ(retried->saved, 1);
  EXPECT_TRUE(again->pendingEdits().empty());
  EXPECT_FALSE(QFile::exists(again->journalPath()));
  onServer = admin.value()->exec(QStringLiteral("SELECT value FROM %1.planmap_progress WHERE target = 'c13s1-t01'").arg(schema_));
  ASSERT_TRUE(onServer);
  ASSERT_EQ(onServer->rowCount(), 1);
  EXPECT_EQ(onServer->text(0, 0), QStringLiteral("77.5"));
}

TEST_F(PostGisPlanStoreTest, AStoppedServerQueuesEditsUntilItIsBack) {
  auto li = openStore(QStringLiteral("postgres"), QStringLiteral("stopped.json"));
  ASSERT_TRUE(li);
  auto* server = PostGisTestEnvironment::server();
  ASSERT_TRUE(server->stop());
  SaveResult queued = li->saveProgress(newRecord(QStringLiteral("c13s1-t02"), 2024, 3, QStringLiteral("停机期间")));
  EXPECT_EQ(queued.state, SaveState::Queued) << queued.message.toStdString();
  EXPECT_TRUE(queued.message.contains(QStringLiteral("连接已断开")));
  const FeatureLink link{QStringLiteral("parks"), QStringLiteral("park-hengkou"), QStringLiteral("c13s1-t02"), LinkRole::LocatedIn};
  SaveResult linkQueued = li->addLink(link);
  EXPECT_EQ(linkQueued.state, SaveState::Queued) << linkQueued.message.toStdString();
  EXPECT_EQ(li->pendingLinkEdits().size(), 1u);
  Status refresh = li->refresh();
  EXPECT_FALSE(refresh);
  EXPECT_TRUE(refresh.error().contains(QStringLiteral("连接已断开"))) << refresh.error().toStdString();
  auto stillDown = li->retryPending();
  EXPECT_FALSE(stillDown);
  EXPECT_EQ(li->pendingEdits().size(), 1u);

  Status restarted = server->restart();
  ASSERT_TRUE(restarted) << restarted.error().toStdString();
  auto retried = li->retryPending();
  ASSERT_TRUE(retried) << retried.error().toStdString();
  EXPECT_EQ(retried->saved, 2);  // the link and the progress record
  EXPECT_TRUE(li->pendingLinkEdits().empty());
  ASSERT_TRUE(li->refresh());
  EXPECT_EQ(std::count(li->links().links().begin(), li->links().links().end(), link), 1);
  auto saved = li->find(QStringLiteral("c13s1-t02"), 2024);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->record.value, 3.0);
}

TEST_F(PostGisPlanStoreTest, AHungServerCostsASaveSecondsNotTheDefaultTimeout) {
  auto li = openStore(QStringLiteral("postgres"), QStringLiteral("hung.json"));
  ASSERT_TRUE(li);
  auto* server = PostGisTestEnvironment::server();
  auto admin = PostGisConnection::open(PostGisTestEnvironment::connection());
  ASSERT_TRUE(admin) << admin.error().toStdString();
  ASSERT_TRUE(admin.value()->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {li->connection().backendPid()}));
  // The first save finds the session gone and queues at once.
  EXPECT_EQ(li->saveProgress(newRecord(QStringLiteral("c13s1-t04"), 2024, 1, QStringLiteral("a"))).state, SaveState::Queued);
  // The next one tries to reconnect to a server that accepts and never answers.
  ASSERT_TRUE(server->pause());
  QElapsedTimer timer;
  timer.start();
  SaveResult queued = li->saveProgress(newRecord(QStringLiteral("c13s1-t05"), 2024, 2, QStringLiteral("b")));
  const qint64 elapsed = timer.elapsed();
  ASSERT_TRUE(server->resume());
  EXPECT_EQ(queued.state, SaveState::Queued) << queued.message.toStdString();
  EXPECT_TRUE(queued.message.contains(QStringLiteral("timeout"))) << queued.message.toStdString();
  EXPECT_LT(elapsed, (PostGisPlanStore::kConnectTimeoutSeconds + 1) * 1000) << elapsed << " ms";
  EXPECT_EQ(li->pendingEdits().size(), 2u);
  auto retried = li->retryPending();
  ASSERT_TRUE(retried) << retried.error().toStdString();
  EXPECT_EQ(retried->saved, 2);
}

TEST_F(PostGisPlanStoreTest, EditingAQueuedRecordAgainAfterReconnectSavesTheLatestValueWithoutSelfConflict) {
  auto li = openStore(QStringLiteral("postgres"), QStringLiteral("again.json"));
  ASSERT_TRUE(li);
  auto* server = PostGisTestEnvironment::server();
  ASSERT_TRUE(server->stop());
  EXPECT_EQ(li->saveProgress(newRecord(QStringLiteral("c13s1-t03"), 2023, 1, QStringLiteral("first"))).state, SaveState::Queued);
  EXPECT_EQ(li->saveProgress(newRecord(QStringLiteral("c13s1-t03"), 2023, 2, QStringLiteral("second"))).state, SaveState::Queued);
  ASSERT_EQ(li->pendingEdits().size(), 1u);  // the second edit replaced the first in the queue
  EXPECT_EQ(li->pendingEdits().front().record.value, 2.0);
  ASSERT_TRUE(server->restart());

  SaveResult third = li->saveProgress(newRecord(QStringLiteral("c13s1-t03"), 2023, 3, QStringLiteral("third")));
  ASSERT_EQ(third.state, SaveState::Saved) << third.message.toStdString();
  EXPECT_EQ(third.stored.version, 1);
  EXPECT_TRUE(li->pendingEdits().empty());
  EXPECT_TRUE(li->conflictedEdits().empty());
  ASSERT_TRUE(li->refresh());
  EXPECT_EQ(li->find(QStringLiteral("c13s1-t03"), 2023)->record.source, QStringLiteral("third"));
}

}  // namespace
}  // namespace planmap
