// The window on a project whose plan_store names the team store (built when planmap_gui is
// configured): the store opens on a worker after the window is up, a read-only role gets the plan
// editors' actions disabled, Refresh (F5) shows another planner's record, and a conflicting edit is
// reported in the message bar while the server keeps the other planner's figure.

#include "PostGisTestEnvironment.h"

#include "MainWindow.h"
#include "MessageBar.h"
#include "PlanEditCommands.h"
#include "PlanEditingDocks.h"
#include "PostGisConnection.h"
#include "PostGisEditGate.h"
#include "PostGisLayerActions.h"
#include "PostGisPlanStore.h"
#include "Project.h"
#include "TeamPlanSync.h"
#include "TeamStoreActions.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace planmap {
namespace {

using test::PostGisTestEnvironment;

class TeamStoreWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);  // journals and settings never in the user's folders
    schema_ = PostGisTestEnvironment::publishedSchema();
    ASSERT_TRUE(dir_.isValid());
  }
  // A window on a saved project that points at the team store as `user`.
  std::unique_ptr<MainWindow> openWindow(const QString& user) {
    auto created = Project::createBundled();
    EXPECT_TRUE(created) << created.error().toStdString();
    if (!created) return nullptr;
    created.value()->setPlanStore(PlanStoreRef{PostGisTestEnvironment::connection(user), schema_});
    const QString path = dir_.filePath(user + QStringLiteral(".planmap"));
    EXPECT_TRUE(created.value()->save(path));
    auto project = Project::open(path);
    EXPECT_TRUE(project) << project.error().toStdString();
    if (!project) return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(project).value(), /*persistent=*/false);
    window->resize(1200, 800);
    window->show();
    window->showProject();
    return window;
  }
  static bool waitForStore(MainWindow& window) {
    return QTest::qWaitFor([&] { return window.teamStore()->sync() != nullptr; }, 20000);
  }
  QString schema_;
  QTemporaryDir dir_;
};

TEST_F(TeamStoreWindowTest, TheFileMenuHasTheTeamStoreActionsAndRefreshHasItsOwnShortcut) {
  auto window = openWindow(QStringLiteral("postgres"));
  ASSERT_TRUE(window);
  TeamStoreActions* team = window->teamStore();
  ASSERT_TRUE(team);
  QMenu* file = window->menuBar()->actions().front()->menu();
  ASSERT_TRUE(file);
  EXPECT_TRUE(file->actions().contains(team->connectAction()));
  EXPECT_TRUE(file->actions().contains(team->refreshAction()));
  EXPECT_EQ(team->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
  for (QAction* a : window->findChildren<QAction*>())
    if (a != team->refreshAction() && !a->shortcut().isEmpty()) {
      EXPECT_NE(a->shortcut(), team->refreshAction()->shortcut()) << a->text().toStdString();
    }
  // The window came up before the server answered; the store arrives on a worker.
  ASSERT_TRUE(waitForStore(*window)) << team->lastMessage().toStdString();
  EXPECT_TRUE(team->refreshAction()->isEnabled());
  EXPECT_TRUE(window->postgis()->editGate()->allowsProgressEdits());
  EXPECT_FALSE(window->project().isModified());
}

TEST_F(TeamStoreWindowTest, AReadOnlyRoleGetsThePlanEditorsDisabled) {
  ASSERT_TRUE(PostGisTestEnvironment::server()->sql(QStringLiteral(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_ro') THEN CREATE ROLE planner_ro LOGIN; END IF; END $$;"
      "GRANT USAGE ON SCHEMA %1 TO planner_ro; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO planner_ro;").arg(schema_)));
  auto window = openWindow(QStringLiteral("planner_ro"));
  ASSERT_TRUE(window);
  ASSERT_TRUE(waitForStore(*window)) << window->teamStore()->lastMessage().toStdString();
  EXPECT_FALSE(window->postgis()->editGate()->allowsProgressEdits());
  EXPECT_FALSE(window->planEditing()->progressAction()->isEnabled());
  EXPECT_FALSE(window->planEditing()->linkAction()->isEnabled());
  EXPECT_TRUE(window->planEditing()->progressAction()->toolTip().contains(QStringLiteral("planner_ro")));
  EXPECT_TRUE(window->teamStore()->lastMessage().contains(QStringLiteral("planner_ro"))) << window->teamStore()->lastMessage().toStdString();
}

TEST_F(TeamStoreWindowTest, RefreshShowsTheOtherPlannersRecordAndAConflictIsReportedInTheMessageBar) {
  auto window = openWindow(QStringLiteral("postgres"));
  ASSERT_TRUE(window);
  ASSERT_TRUE(waitForStore(*window)) << window->teamStore()->lastMessage().toStdString();
  Project& mine = window->project();
  // Another planner's app, on the same schema.
  Project other;
  PostGisPlanStore::Options options;
  options.journalPath = dir_.filePath(QStringLiteral("other.json"));
  auto store = PostGisPlanStore::open(PostGisTestEnvironment::connection(), schema_, options);
  ASSERT_TRUE(store) << store.error().toStdString();
  TeamPlanSync otherSync(other, std::shared_ptr<PostGisPlanStore>(std::move(store).value()));
  ProgressRecord r;
  r.target = QStringLiteral("c14s2-t01");
  r.year = 2024;
  r.value = 20;
  r.source = QStringLiteral("汉滨区报");
  other.undoStack().push(PlanEditCommand::recordProgress(other, r));
  ASSERT_EQ(otherSync.savedCount(), 1) << otherSync.lastMessage().toStdString();

  EXPECT_FALSE(mine.progress().find(r.target, r.year, r.scope));
  window->teamStore()->refreshAction()->trigger();
  ASSERT_TRUE(mine.progress().find(r.target, r.year, r.scope));
  EXPECT_EQ(mine.progress().find(r.target, r.year, r.scope)->source, QStringLiteral("汉滨区报"));
  EXPECT_FALSE(mine.isModified());

  // The other planner corrects the figure; this window, not having refreshed, edits it too.
  ProgressRecord theirs = r, ours = r;
  theirs.value = 21;
  ours.value = 25;
  other.undoStack().push(PlanEditCommand::editProgress(other, r, theirs));
  mine.undoStack().push(PlanEditCommand::editProgress(mine, r, ours));
  const QString shown = window->messageBar()->text();
  EXPECT_TRUE(shown.contains(QStringLiteral("进度记录已被其他用户修改"))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral("c14s2-t01"))) << shown.toStdString();
  EXPECT_TRUE(window->messageBar()->isVisible());
  auto admin = PostGisConnection::open(PostGisTestEnvironment::connection());
  ASSERT_TRUE(admin);
  auto rows = admin.value()->exec(QStringLiteral("SELECT value FROM %1.planmap_progress WHERE target = $1 AND year = $2").arg(schema_),
                                  {r.target, r.year});
  ASSERT_TRUE(rows && rows->rowCount() == 1);
  EXPECT_EQ(rows->number(0, QStringLiteral("value")), 21.0);
  // Refresh brings the other planner's figure into the window.
  window->teamStore()->refresh();
  EXPECT_EQ(mine.progress().find(r.target, r.year, r.scope)->value, 21.0);
}

TEST_F(TeamStoreWindowTest, ConnectingALocalProjectRefusesAPasswordThenRecordsTheStoreAndLoadsItsPlanData) {
  auto created = Project::createBundled();
  ASSERT_TRUE(created) << created.error().toStdString();
  MainWindow window(std::move(created).value(), /*persistent=*/false);
  window.resize(1200, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  EXPECT_FALSE(window.teamStore()->refreshAction()->isEnabled());  // nothing to refresh from yet
  EXPECT_FALSE(window.project().planStore().isSet());

  // The planner types a connection with a password first (refused in the dialog), then without.
  QString refusal;
  bool sawDialog = false;
  QTimer::singleShot(0, [&] {
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    if (!dialog) return;
    sawDialog = true;
    auto* connection = dialog->findChild<QLineEdit*>(QStringLiteral("teamStoreConnection"));
    auto* schema = dialog->findChild<QLineEdit*>(QStringLiteral("teamStoreSchema"));
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    if (!connection || !schema || !buttons) return dialog->reject();
    connection->setText(PostGisTestEnvironment::connection() + QStringLiteral(" password=secret"));
    schema->setText(schema_);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (auto* error = dialog->findChild<QLabel*>(QStringLiteral("teamStoreError"))) refusal = error->text();
    EXPECT_TRUE(dialog->isVisible());  // not accepted
    connection->setText(PostGisTestEnvironment::connection());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
  });
  window.teamStore()->connectAction()->trigger();
  EXPECT_TRUE(sawDialog);
  EXPECT_TRUE(refusal.contains(QStringLiteral("password"), Qt::CaseInsensitive)) << refusal.toStdString();
  EXPECT_EQ(window.project().planStore(), (PlanStoreRef{PostGisTestEnvironment::connection(), schema_}));
  EXPECT_TRUE(window.project().isModified());  // saving records the store in the project file
  ASSERT_TRUE(QTest::qWaitFor([&] { return window.teamStore()->sync() != nullptr; }, 20000))
      << window.teamStore()->lastMessage().toStdString();
  EXPECT_TRUE(window.teamStore()->refreshAction()->isEnabled());
  EXPECT_EQ(window.project().links().size(), window.teamStore()->sync()->store().links().size());
  EXPECT_TRUE(window.teamStore()->lastMessage().contains(schema_)) << window.teamStore()->lastMessage().toStdString();

  // Disconnecting makes the plan data local again; the edit gate lets everything be edited.
  window.teamStore()->disconnectAction()->trigger();
  EXPECT_FALSE(window.project().planStore().isSet());
  EXPECT_EQ(window.teamStore()->sync(), nullptr);
  EXPECT_TRUE(window.postgis()->editGate()->allowsProgressEdits());
}

}  // namespace
}  // namespace planmap
