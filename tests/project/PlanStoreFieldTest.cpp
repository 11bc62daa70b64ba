// The project's optional plan_store (the PostGIS team store its links and progress are shared
// through): written and read back, absent when unset, refused with the field named when broken or
// when it carries a password; and plan edits whose undo puts back only their own record, so undoing
// after the team store replaced the plan data never brings back other planners' old figures.
#include "PlanEditCommands.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

ProgressRecord record(const QString& target, int year, double value) {
  ProgressRecord r;
  r.target = target;
  r.year = year;
  r.value = value;
  r.source = QStringLiteral("统计公报");
  return r;
}

QByteArray withPlanStore(const QJsonValue& planStore) {
  Project project;
  QJsonObject json = ProjectWriter::toJson(project, QStringLiteral("/tmp/x.planmap"));
  json.insert(QStringLiteral("plan_store"), planStore);
  return QJsonDocument(json).toJson();
}

}  // namespace

TEST(PlanStoreField, IsWrittenAndReadBackAndSavingMarksNothingElse) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  Project project;
  EXPECT_FALSE(ProjectWriter::toJson(project, dir.filePath(QStringLiteral("a.planmap"))).contains(QStringLiteral("plan_store")));
  const PlanStoreRef ref{QStringLiteral("host=db.ankang.gov.cn dbname=plan user=li"), QStringLiteral("ankang")};
  project.setPlanStore(ref);
  EXPECT_TRUE(project.isModified());
  const QString path = dir.filePath(QStringLiteral("team.planmap"));
  ASSERT_TRUE(project.save(path));
  auto read = ProjectReader::read(path);
  ASSERT_TRUE(read) << read.error().toStdString();
  EXPECT_EQ(read.value()->planStore(), ref);
  EXPECT_FALSE(read.value()->isModified());
  // A file without the field (every project before it existed) is a local project.
  auto local = ProjectReader::fromBytes(withPlanStore(QJsonValue()), path);
  ASSERT_TRUE(local) << local.error().toStdString();
  EXPECT_FALSE(local.value()->planStore().isSet());
}

TEST(PlanStoreField, ABrokenOrPasswordCarryingPlanStoreIsRefusedNamingTheField) {
  struct Case {
    QJsonValue value;
    const char* expected;
  };
  const Case cases[] = {
      {QJsonValue(QStringLiteral("service=ankang")), "'plan_store' must be an object"},
      {QJsonObject{{"connection", "service=ankang"}}, "schema"},
      {QJsonObject{{"connection", 5}, {"schema", "ankang"}}, "connection"},
      {QJsonObject{{"connection", "host=db password=secret"}, {"schema", "ankang"}}, "must not contain a password"},
      {QJsonObject{{"connection", "postgresql://li:secret@db/plan"}, {"schema", "ankang"}}, "must not contain a password"},
  };
  for (const Case& c : cases) {
    auto result = ProjectReader::fromBytes(withPlanStore(c.value), QStringLiteral("team.planmap"));
    ASSERT_FALSE(result) << c.expected;
    EXPECT_TRUE(result.error().contains(QStringLiteral("team.planmap"))) << result.error().toStdString();
    EXPECT_TRUE(result.error().contains(QStringLiteral("plan_store"))) << result.error().toStdString();
    EXPECT_TRUE(result.error().contains(QLatin1String(c.expected))) << result.error().toStdString();
  }
}

TEST(PlanStoreField, ReplacingThePlanDataFromTheStoreIsNeitherAnUndoStepNorAnUnsavedChange) {
  Project project;
  LinkStore links;
  links.add(FeatureLink{QStringLiteral("parks"), QStringLiteral("p1"), QStringLiteral("c11s5-t02")});
  ProgressStore progress;
  progress.add(record(QStringLiteral("c11s5-t02"), 2022, 5));
  int linkSignals = 0, progressSignals = 0;
  QObject::connect(&project, &Project::linksChanged, [&] { ++linkSignals; });
  QObject::connect(&project, &Project::progressChanged, [&] { ++progressSignals; });
  project.replacePlanDataFromStore(links, progress);
  EXPECT_EQ(project.links().size(), 1);
  EXPECT_EQ(project.progress().records().size(), 1u);
  EXPECT_EQ(linkSignals, 1);
  EXPECT_EQ(progressSignals, 1);
  EXPECT_FALSE(project.isModified());
  EXPECT_EQ(project.undoStack().count(), 0);
}

TEST(PlanStoreField, UndoAfterTheStoreReplacedThePlanDataPutsBackOnlyTheCommandsOwnRecords) {
  Project project;
  const ProgressRecord mine = record(QStringLiteral("c11s5-t02"), 2022, 5);
  project.undoStack().push(PlanEditCommand::recordProgress(project, mine));
  const ProgressRecord before = record(QStringLiteral("c12s2-t01"), 2021, 90);
  project.progress().add(before);
  ProgressRecord moved = before;
  moved.year = 2022;  // typed under the wrong year, moved
  project.undoStack().push(PlanEditCommand::editProgress(project, before, moved));
  ASSERT_FALSE(project.progress().find(before.target, 2021, before.scope));

  // The team store's refresh: another planner's record appears, and the moved one was corrected.
  ProgressStore fromStore = project.progress();
  const ProgressRecord theirs = record(QStringLiteral("c13s1-t01"), 2023, 77);
  fromStore.add(theirs);
  project.replacePlanDataFromStore(project.links(), fromStore);

  project.undoStack().undo();  // the move goes back to 2021
  EXPECT_TRUE(project.progress().find(before.target, 2021, before.scope));
  EXPECT_FALSE(project.progress().find(before.target, 2022, before.scope));
  project.undoStack().undo();  // the first record goes
  EXPECT_FALSE(project.progress().find(mine.target, mine.year, mine.scope));
  // The other planner's record is untouched by either undo (a snapshot restore would have dropped it).
  ASSERT_TRUE(project.progress().find(theirs.target, theirs.year, theirs.scope));
  EXPECT_EQ(project.progress().find(theirs.target, theirs.year, theirs.scope)->value, 77.0);
  project.undoStack().redo();
  EXPECT_EQ(project.progress().find(mine.target, mine.year, mine.scope)->value, 5.0);

  // Undo of a record that replaced an existing figure brings the old figure back.
  ProgressRecord corrected = mine;
  corrected.value = 6;
  project.undoStack().push(PlanEditCommand::recordProgress(project, corrected));
  project.undoStack().undo();
  EXPECT_EQ(project.progress().find(mine.target, mine.year, mine.scope)->value, 5.0);
}
