// A project file pointing at a PostGIS team store: two planners' Projects bound to the same schema
// share links and progress (refresh), concurrent edits of one record conflict instead of
// overwriting, a read-only role is refused, a dropped connection queues the edit, and the
// project's plan_store survives save and reopen.

#include "PostGisTestEnvironment.h"

#include "PlanEditCommands.h"
#include "PostGisConnection.h"
#include "PostGisPlanStore.h"
#include "Project.h"
#include "ProjectReader.h"
#include "TeamPlanSync.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace planmap {
namespace {

using test::PostGisTestEnvironment;

ProgressRecord record(const QString& target, int year, double value, const QString& source) {
  ProgressRecord r;
  r.target = target;
  r.year = year;
  r.value = value;
  r.source = source;
  return r;
}

// Collects what a binding reported, as the window's message bar would show it.
struct Messages {
  explicit Messages(TeamPlanSync& sync) {
    QObject::connect(&sync, &TeamPlanSync::conflict, [this](const QString& m) { conflicts << m; });
    QObject::connect(&sync, &TeamPlanSync::refused, [this](const QString& m) { refused << m; });
    QObject::connect(&sync, &TeamPlanSync::queued, [this](const QString& m) { queued << m; });
  }
  QStringList conflicts, refused, queued;
};

class TeamPlanSyncTest : public ::testing::Test {
 protected:
  void SetUp() override {
    REQUIRE_SERVER();
    schema_ = PostGisTestEnvironment::publishedSchema();
    ASSERT_TRUE(dir_.isValid());
  }
  std::shared_ptr<PostGisPlanStore> openStore(const QString& user, const QString& journal) {
    PostGisPlanStore::Options options;
    options.journalPath = dir_.filePath(journal);
    auto store = PostGisPlanStore::open(PostGisTestEnvironment::connection(user), schema_, options);
    EXPECT_TRUE(store) << store.error().toStdString();
    return store ? std::shared_ptr<PostGisPlanStore>(std::move(store).value()) : nullptr;
  }
  // The value the server holds now, read by a third session.
  std::optional<double> serverValue(const QString& target, int year) {
    auto admin = PostGisConnection::open(PostGisTestEnvironment::connection());
    if (!admin) return std::nullopt;
    auto rows = admin.value()->exec(QStringLiteral("SELECT value FROM %1.planmap_progress WHERE target = $1 AND year = $2").arg(schema_),
                                    {target, year});
    if (!rows || rows->rowCount() != 1) return std::nullopt;
    return rows->number(0, QStringLiteral("value"));
  }
  QString schema_;
  QTemporaryDir dir_;
};

TEST_F(TeamPlanSyncTest, BindingReplacesTheProjectsPlanDataWithoutAnUnsavedChangeAndRefreshShowsTheOtherPlannersRecord) {
  Project a, b;
  a.progress().add(record(QStringLiteral("local-only"), 2020, 1, QStringLiteral("file")));
  auto storeA = openStore(QStringLiteral("postgres"), QStringLiteral("a.json"));
  auto storeB = openStore(QStringLiteral("postgres"), QStringLiteral("b.json"));
  ASSERT_TRUE(storeA && storeB);
  TeamPlanSync syncA(a, storeA);
  TeamPlanSync syncB(b, storeB);
  // The store's links (published from the bundled file) replace the local ones; the local-only
  // record is gone; neither is an undo step or an unsaved change.
  EXPECT_EQ(a.links().size(), storeA->links().size());
  EXPECT_GT(a.links().size(), 0);
  EXPECT_FALSE(a.progress().find(QStringLiteral("local-only"), 2020, QStringLiteral("city")));
  EXPECT_FALSE(a.isModified());
  EXPECT_EQ(a.undoStack().count(), 0);

  ProgressRecord first = record(QStringLiteral("c14s1-t01"), 2023, 41.5, QStringLiteral("安康统计年鉴2023"));
  first.note = QStringLiteral("按常住人口口径");
  a.undoStack().push(PlanEditCommand::recordProgress(a, first));
  EXPECT_EQ(syncA.savedCount(), 1) << syncA.lastMessage().toStdString();
  EXPECT_EQ(serverValue(QStringLiteral("c14s1-t01"), 2023), 41.5);
  const FeatureLink link{QStringLiteral("parks"), QStringLiteral("park-team"), QStringLiteral("c14s1-t01"), LinkRole::LocatedIn};
  a.undoStack().push(PlanEditCommand::link(a, link));
  EXPECT_EQ(syncA.savedCount(), 2) << syncA.lastMessage().toStdString();

  EXPECT_FALSE(b.progress().find(QStringLiteral("c14s1-t01"), 2023, QStringLiteral("city")));
  ASSERT_TRUE(syncB.refresh());
  auto seen = b.progress().find(QStringLiteral("c14s1-t01"), 2023, QStringLiteral("city"));
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->value, 41.5);
  EXPECT_EQ(seen->source, QStringLiteral("安康统计年鉴2023"));
  EXPECT_EQ(seen->note, QStringLiteral("按常住人口口径"));  // the planner's remark travels with the figure
  EXPECT_EQ(std::count(b.links().links().begin(), b.links().links().end(), link), 1);
  EXPECT_FALSE(b.isModified());

  // Undoing the link in A removes it from the store; B sees that on its next refresh.
  a.undoStack().undo();
  EXPECT_EQ(syncA.savedCount(), 3) << syncA.lastMessage().toStdString();
  // A correction of the note alone is an edit like any other.
  ProgressRecord noted = first;
  noted.note = QStringLiteral("按户籍人口口径（更正）");
  a.undoStack().push(PlanEditCommand::editProgress(a, first, noted));
  EXPECT_EQ(syncA.savedCount(), 4) << syncA.lastMessage().toStdString();
  EXPECT_EQ(storeA->find(QStringLiteral("c14s1-t01"), 2023)->version, 2);
  ASSERT_TRUE(syncB.refresh());
  EXPECT_EQ(std::count(b.links().links().begin(), b.links().links().end(), link), 0);
  EXPECT_EQ(b.progress().find(QStringLiteral("c14s1-t01"), 2023, QStringLiteral("city"))->note, QStringLiteral("按户籍人口口径（更正）"));
}

TEST_F(TeamPlanSyncTest, TheSecondPlannerEditingTheSameRecordGetsAConflictAndTheStoreKeepsTheFirst) {
  Project a, b;
  auto storeA = openStore(QStringLiteral("postgres"), QStringLiteral("a.json"));
  auto storeB = openStore(QStringLiteral("postgres"), QStringLiteral("b.json"));
  ASSERT_TRUE(storeA && storeB);
  TeamPlanSync syncA(a, storeA);
  TeamPlanSync syncB(b, storeB);
  Messages fromA(syncA), fromB(syncB);
  const ProgressRecord first = record(QStringLiteral("c14s1-t02"), 2022, 10, QStringLiteral("县报"));
  a.undoStack().push(PlanEditCommand::recordProgress(a, first));
  ASSERT_TRUE(syncB.refresh());
  ASSERT_TRUE(b.progress().find(QStringLiteral("c14s1-t02"), 2022, QStringLiteral("city")));

  // Both now hold version 1. A corrects the figure first, B second.
  ProgressRecord byA = first, byB = first;
  byA.value = 12;
  byB.value = 15;
  a.undoStack().push(PlanEditCommand::editProgress(a, first, byA));
  b.undoStack().push(PlanEditCommand::editProgress(b, first, byB));
  EXPECT_TRUE(fromA.conflicts.isEmpty()) << fromA.conflicts.join(QLatin1Char('\n')).toStdString();
  ASSERT_EQ(fromB.conflicts.size(), 1);
  const QString message = fromB.conflicts.front();
  EXPECT_TRUE(message.contains(QStringLiteral("进度记录已被其他用户修改"))) << message.toStdString();
  EXPECT_TRUE(message.contains(QStringLiteral("now version 2"))) << message.toStdString();
  EXPECT_TRUE(message.contains(QStringLiteral("by postgres"))) << message.toStdString();
  EXPECT_TRUE(message.contains(QStringLiteral(" UTC"))) << message.toStdString();  // when
  EXPECT_TRUE(message.contains(QStringLiteral("c14s1-t02 2022"))) << message.toStdString();
  EXPECT_EQ(serverValue(QStringLiteral("c14s1-t02"), 2022), 12.0);
  // B's own figure is not thrown away: still on B's screen and undo stack until B refreshes.
  EXPECT_EQ(b.progress().find(QStringLiteral("c14s1-t02"), 2022, QStringLiteral("city"))->value, 15.0);
  EXPECT_EQ(b.undoStack().count(), 1);

  // After refreshing, B sees A's figure and can correct it on top (version 3).
  ASSERT_TRUE(syncB.refresh());
  EXPECT_EQ(b.progress().find(QStringLiteral("c14s1-t02"), 2022, QStringLiteral("city"))->value, 12.0);
  ProgressRecord again = byA;
  again.value = 15;
  b.undoStack().push(PlanEditCommand::editProgress(b, byA, again));
  EXPECT_EQ(fromB.conflicts.size(), 1);
  EXPECT_EQ(serverValue(QStringLiteral("c14s1-t02"), 2022), 15.0);
  EXPECT_EQ(storeB->find(QStringLiteral("c14s1-t02"), 2022)->version, 3);
}

TEST_F(TeamPlanSyncTest, UndoAfterARefreshPutsBackOnlyItsOwnRecordNotTheOtherPlannersOldFigures) {
  Project a, b;
  auto storeA = openStore(QStringLiteral("postgres"), QStringLiteral("a.json"));
  auto storeB = openStore(QStringLiteral("postgres"), QStringLiteral("b.json"));
  ASSERT_TRUE(storeA && storeB);
  TeamPlanSync syncA(a, storeA);
  TeamPlanSync syncB(b, storeB);
  Messages fromA(syncA);
  a.undoStack().push(PlanEditCommand::recordProgress(a, record(QStringLiteral("c14s1-t03"), 2021, 5, QStringLiteral("a"))));
  b.undoStack().push(PlanEditCommand::recordProgress(b, record(QStringLiteral("c14s1-t04"), 2021, 7, QStringLiteral("b"))));
  ASSERT_TRUE(syncA.refresh());
  ASSERT_TRUE(a.progress().find(QStringLiteral("c14s1-t04"), 2021, QStringLiteral("city")));
  a.undoStack().undo();  // A's own record goes; B's stays, on A's screen and on the server
  EXPECT_FALSE(a.progress().find(QStringLiteral("c14s1-t03"), 2021, QStringLiteral("city")));
  EXPECT_TRUE(a.progress().find(QStringLiteral("c14s1-t04"), 2021, QStringLiteral("city")));
  EXPECT_FALSE(serverValue(QStringLiteral("c14s1-t03"), 2021));
  EXPECT_EQ(serverValue(QStringLiteral("c14s1-t04"), 2021), 7.0);
  EXPECT_TRUE(fromA.conflicts.isEmpty() && fromA.refused.isEmpty()) << syncA.lastMessage().toStdString();
}

TEST_F(TeamPlanSyncTest, AReadOnlyRoleIsRefusedWithTheReasonAndTheProjectKeepsTheEditOnItsUndoStack) {
  auto* server = PostGisTestEnvironment::server();
  ASSERT_TRUE(server->sql(QStringLiteral(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_ro') THEN CREATE ROLE planner_ro LOGIN; END IF; END $$;"
      "GRANT USAGE ON SCHEMA %1 TO planner_ro; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO planner_ro;").arg(schema_)));
  Project viewer;
  auto store = openStore(QStringLiteral("planner_ro"), QStringLiteral("ro.json"));
  ASSERT_TRUE(store);
  TeamPlanSync sync(viewer, store);
  Messages messages(sync);
  viewer.undoStack().push(PlanEditCommand::recordProgress(viewer, record(QStringLiteral("c14s1-t05"), 2024, 3, QStringLiteral("x"))));
  ASSERT_EQ(messages.refused.size(), 1);
  EXPECT_TRUE(messages.refused.front().contains(QStringLiteral("planner_ro"))) << messages.refused.front().toStdString();
  EXPECT_TRUE(messages.refused.front().contains(QStringLiteral("may only read"))) << messages.refused.front().toStdString();
  EXPECT_EQ(sync.savedCount(), 0);
  EXPECT_TRUE(viewer.progress().find(QStringLiteral("c14s1-t05"), 2024, QStringLiteral("city")));
  EXPECT_EQ(viewer.undoStack().count(), 1);
  EXPECT_TRUE(store->pendingEdits().empty());  // refused, not queued for a server that would refuse it
  EXPECT_FALSE(serverValue(QStringLiteral("c14s1-t05"), 2024));
  viewer.undoStack().push(PlanEditCommand::link(viewer, FeatureLink{QStringLiteral("parks"), QStringLiteral("p"), QStringLiteral("c14s1-t05")}));
  EXPECT_EQ(messages.refused.size(), 2);
  EXPECT_TRUE(messages.refused.back().contains(QStringLiteral("links cannot be changed"))) << messages.refused.back().toStdString();
}

TEST_F(TeamPlanSyncTest, ADroppedConnectionQueuesTheEditSaysSoAndRefreshSendsIt) {
  Project a;
  auto store = openStore(QStringLiteral("postgres"), QStringLiteral("dropped.json"));
  ASSERT_TRUE(store);
  TeamPlanSync sync(a, store);
  Messages messages(sync);
  auto admin = PostGisConnection::open(PostGisTestEnvironment::connection());
  ASSERT_TRUE(admin) << admin.error().toStdString();
  ASSERT_TRUE(admin.value()->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {store->connection().backendPid()}));

  ProgressRecord offline = record(QStringLiteral("c14s1-t06"), 2024, 8, QStringLiteral("断线时录入"));
  offline.note = QStringLiteral("待核实");
  a.undoStack().push(PlanEditCommand::recordProgress(a, offline));
  ASSERT_EQ(messages.queued.size(), 1) << sync.lastMessage().toStdString();
  EXPECT_TRUE(messages.queued.front().contains(QStringLiteral("连接已断开"))) << messages.queued.front().toStdString();
  EXPECT_TRUE(messages.queued.front().contains(QStringLiteral("kept locally"))) << messages.queued.front().toStdString();
  EXPECT_EQ(store->pendingEdits().size(), 1u);
  EXPECT_TRUE(a.progress().find(QStringLiteral("c14s1-t06"), 2024, QStringLiteral("city")));
  EXPECT_FALSE(serverValue(QStringLiteral("c14s1-t06"), 2024));

  // Refresh reconnects, sends the queued edit, and the record stays on the planner's screen.
  Status refreshed = sync.refresh();
  ASSERT_TRUE(refreshed) << refreshed.error().toStdString();
  EXPECT_TRUE(store->pendingEdits().empty());
  EXPECT_EQ(serverValue(QStringLiteral("c14s1-t06"), 2024), 8.0);
  EXPECT_EQ(a.progress().find(QStringLiteral("c14s1-t06"), 2024, QStringLiteral("city"))->source, QStringLiteral("断线时录入"));
  // The note went through the journal and the server too.
  EXPECT_EQ(a.progress().find(QStringLiteral("c14s1-t06"), 2024, QStringLiteral("city"))->note, QStringLiteral("待核实"));
}

TEST_F(TeamPlanSyncTest, EditsMadeWhileTheStoreWasOpeningAreSentUnlessAnotherPlannerChangedTheRecordMeanwhile) {
  // The record both will touch, on the server at version 1; the project's file has that copy.
  auto other = openStore(QStringLiteral("postgres"), QStringLiteral("other.json"));
  ASSERT_TRUE(other);
  StoredProgressRecord shared;
  shared.record = record(QStringLiteral("c14s3-t01"), 2023, 1, QStringLiteral("file"));
  ASSERT_TRUE(other->saveProgress(shared).ok());
  Project p;
  p.progress().add(shared.record);
  const TeamPlanSync::PlanData before{p.links(), p.progress()};

  // While the planner's store is still opening: another planner corrects the shared record, and
  // this planner adds a new record and also edits the shared one, and links a feature.
  StoredProgressRecord theirs = *other->find(QStringLiteral("c14s3-t01"), 2023);
  theirs.record.value = 2;
  ASSERT_TRUE(other->saveProgress(theirs).ok());
  const ProgressRecord added = record(QStringLiteral("c14s3-t02"), 2023, 9, QStringLiteral("offline"));
  ProgressRecord mine = shared.record;
  mine.value = 3;
  const FeatureLink link{QStringLiteral("parks"), QStringLiteral("park-offline"), QStringLiteral("c14s3-t02")};
  p.undoStack().push(PlanEditCommand::recordProgress(p, added));
  p.undoStack().push(PlanEditCommand::editProgress(p, shared.record, mine));
  p.undoStack().push(PlanEditCommand::link(p, link));
  const TeamPlanSync::PlanData edited{p.links(), p.progress()};

  auto store = openStore(QStringLiteral("postgres"), QStringLiteral("late.json"));
  ASSERT_TRUE(store);
  TeamPlanSync sync(p, store);
  Messages messages(sync);
  EXPECT_FALSE(p.progress().find(QStringLiteral("c14s3-t02"), 2023, QStringLiteral("city")));  // the store's data only
  EXPECT_EQ(sync.replayEdits(before, edited), 3);
  // The new record and the link reached the server; the shared record kept the other planner's 2.
  EXPECT_EQ(serverValue(QStringLiteral("c14s3-t02"), 2023), 9.0);
  EXPECT_EQ(serverValue(QStringLiteral("c14s3-t01"), 2023), 2.0);
  EXPECT_EQ(std::count(store->links().links().begin(), store->links().links().end(), link), 1);
  ASSERT_EQ(messages.conflicts.size(), 1);
  EXPECT_TRUE(messages.conflicts.front().contains(QStringLiteral("c14s3-t01 2023"))) << messages.conflicts.front().toStdString();
  // Nothing the planner typed is gone from the screen.
  EXPECT_EQ(p.progress().find(QStringLiteral("c14s3-t01"), 2023, QStringLiteral("city"))->value, 3.0);
  EXPECT_EQ(p.progress().find(QStringLiteral("c14s3-t02"), 2023, QStringLiteral("city"))->value, 9.0);
}

TEST_F(TeamPlanSyncTest, AProjectKeepsItsPlanStoreThroughSaveAndReopenAndLoadsTheStoresRecords) {
  const PlanStoreRef ref{PostGisTestEnvironment::connection(), schema_};
  {
    Project a;
    auto store = openStore(QStringLiteral("postgres"), QStringLiteral("a.json"));
    ASSERT_TRUE(store);
    TeamPlanSync sync(a, store);
    a.undoStack().push(PlanEditCommand::recordProgress(a, record(QStringLiteral("c14s1-t07"), 2025, 60, QStringLiteral("共享"))));
    ASSERT_EQ(sync.savedCount(), 1) << sync.lastMessage().toStdString();
  }
  auto created = Project::createBundled();
  ASSERT_TRUE(created) << created.error().toStdString();
  Project& project = *created.value();
  project.setPlanStore(ref);
  EXPECT_TRUE(project.isModified());
  const QString path = dir_.filePath(QStringLiteral("team.planmap"));
  ASSERT_TRUE(project.save(path));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_TRUE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("\"plan_store\"")));

  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened) << reopened.error().toStdString();
  EXPECT_EQ(reopened.value()->planStore(), ref);
  EXPECT_FALSE(reopened.value()->isModified());
  auto store = PostGisPlanStore::open(reopened.value()->planStore().connection, reopened.value()->planStore().schema,
                                      PostGisPlanStore::Options{dir_.filePath(QStringLiteral("reopened.json"))});
  ASSERT_TRUE(store) << store.error().toStdString();
  TeamPlanSync sync(*reopened.value(), std::shared_ptr<PostGisPlanStore>(std::move(store).value()));
  auto loaded = reopened.value()->progress().find(QStringLiteral("c14s1-t07"), 2025, QStringLiteral("city"));
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->value, 60.0);
  EXPECT_FALSE(reopened.value()->isModified());

  // A password in the project's store connection is refused, naming the field.
  QByteArray bytes;
  {
    QFile again(path);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    bytes = again.readAll();
  }
  bytes.replace(ref.connection.toUtf8(), QByteArrayLiteral("host=db password=secret"));
  auto refused = ProjectReader::fromBytes(bytes, path);
  ASSERT_FALSE(refused);
  EXPECT_TRUE(refused.error().contains(QStringLiteral("plan_store"))) << refused.error().toStdString();
  EXPECT_TRUE(refused.error().contains(QStringLiteral("must not contain a password"))) << refused.error().toStdString();
}

}  // namespace
}  // namespace planmap
