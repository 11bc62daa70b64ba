// The window's PostGIS widgets against the real server: the connection dialog driven with QTest
// (tables listed, password asked once, server down, no PostGIS), the edit gate with a read-only
// role, and Retry on a layer whose server came back. Built when planmap_panels is configured.

#include "PostGisTestEnvironment.h"
#include "SilentServer.h"

#include "PostGisConnectionDialog.h"
#include "PostGisEditGate.h"
#include "PostGisLayerRetry.h"
#include "PostGisLayerSource.h"
#include "PostGisSessionPasswords.h"
#include "PostGisStoreOpener.h"
#include "Project.h"
#include "ProjectWriter.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

namespace planmap {
namespace {

using test::PostGisTestEnvironment;
using test::SilentServer;

const QString kPasswordRole = QStringLiteral("dialog_pw");
const QString kPassword = QStringLiteral("汉江-pw-7");

// Waits (running the event loop) until the dialog's test has finished; false on timeout.
bool waitForTest(PostGisConnectionDialog& dialog, QSignalSpy& spy, int timeoutMs = 15000) {
  QElapsedTimer t;
  t.start();
  while (spy.isEmpty() && t.elapsed() < timeoutMs) QTest::qWait(20);
  return !spy.isEmpty() && !dialog.isBusy();
}

void clickTest(PostGisConnectionDialog& dialog) {
  auto* button = dialog.findChild<QPushButton*>(QStringLiteral("testConnection"));
  ASSERT_TRUE(button);
  EXPECT_EQ(button->text(), QStringLiteral("Test connection"));
  QTest::mouseClick(button, Qt::LeftButton);
}

TEST(PostGisConnectionDialog, ListsThePublishedTablesFromTheServerAndReturnsTheChosenOnes) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  PostGisConnectionDialog dialog(nullptr, false);
  dialog.setConnection(PostGisTestEnvironment::connection());
  dialog.show();
  QSignalSpy finished(&dialog, &PostGisConnectionDialog::testFinished);
  // Enter in a field tests the connection (the default button), it does not accept the dialog.
  QSignalSpy accepted(&dialog, &QDialog::accepted);
  QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("database")), Qt::Key_Return);
  ASSERT_TRUE(waitForTest(dialog, finished));
  EXPECT_TRUE(accepted.isEmpty());
  ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
  finished.clear();
  clickTest(dialog);
  ASSERT_TRUE(waitForTest(dialog, finished));
  ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
  EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("spatial table"))) << dialog.statusText().toStdString();

  auto* list = dialog.findChild<QTreeWidget*>();
  ASSERT_TRUE(list);
  ASSERT_EQ(list->topLevelItemCount(), int(dialog.tables().size()));
  QStringList listed;
  for (int i = 0; i < list->topLevelItemCount(); ++i) listed << list->topLevelItem(i)->text(0) + QLatin1Char('.') + list->topLevelItem(i)->text(1);
  for (const QString& table : {QStringLiteral("counties"), QStringLiteral("parks")})
    EXPECT_TRUE(listed.contains(schema + QLatin1Char('.') + table)) << listed.join(QLatin1Char(' ')).toStdString();
  // The row shows the geometry column, type and SRID the server reports.
  for (int i = 0; i < list->topLevelItemCount(); ++i) {
    const QTreeWidgetItem* item = list->topLevelItem(i);
    if (item->text(0) == schema && item->text(1) == QLatin1String("counties")) {
      EXPECT_EQ(item->text(2), QStringLiteral("县（市、区）界"));  // the title PlanMap published with it
      EXPECT_EQ(item->text(3), QStringLiteral("geom"));
      EXPECT_EQ(item->text(5), QStringLiteral("4326"));
      EXPECT_EQ(item->text(6), QStringLiteral("10"));  // estimated rows: the publisher analysed the table
      EXPECT_TRUE(item->text(4).contains(QStringLiteral("POLYGON"))) << item->text(4).toStdString();
    }
  }

  auto* ok = [&] {
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
      if (b->text() == QLatin1String("Add layers")) return b;
    return static_cast<QPushButton*>(nullptr);
  }();
  ASSERT_TRUE(ok);
  EXPECT_FALSE(ok->isEnabled());  // nothing ticked yet
  ASSERT_TRUE(dialog.setTableChecked(schema + QStringLiteral(".counties"), true));
  EXPECT_TRUE(ok->isEnabled());

  // The window's view of it, as a PNG for a human to look at.
  dialog.resize(760, 520);
  QTest::qWait(50);
  const QString png = QStringLiteral(PLANMAP_BINARY_DIR "/postgis_connection_dialog.png");
  EXPECT_TRUE(dialog.grab().save(png)) << png.toStdString();

  QSignalSpy chosen(&dialog, &PostGisConnectionDialog::sourcesChosen);
  QTest::mouseClick(ok, Qt::LeftButton);
  ASSERT_EQ(chosen.size(), 1);
  const QList<LayerSource> sources = dialog.selectedSources();
  ASSERT_EQ(sources.size(), 1);
  EXPECT_EQ(sources.front().kind, LayerSource::Kind::PostGis);
  EXPECT_EQ(sources.front().layerName, schema + QStringLiteral(".counties"));
  EXPECT_FALSE(sources.front().connection.contains(QStringLiteral("password")));
  // What it returns opens as a layer: the ten counties with their Chinese names.
  auto layer = PostGisLayerSource::load(sources.front().connection, sources.front().layerName);
  ASSERT_TRUE(layer) << layer.error().toStdString();
  EXPECT_EQ(layer.value()->features->featureCount(), 10u);

  // Editing the fields makes the listed tables stale: nothing is returned for another server.
  auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("database"));
  ASSERT_TRUE(database);
  QTest::keyClicks(database, QStringLiteral("x"));
  EXPECT_TRUE(dialog.selectedSources().isEmpty());
  EXPECT_FALSE(ok->isEnabled());
}

TEST(PostGisConnectionDialog, AsksForAPasswordOnceKeepsItInMemoryAndSaysWhenItIsWrong) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  auto* server = PostGisTestEnvironment::server();
  ASSERT_TRUE(server->addPasswordRole(kPasswordRole, kPassword));
  ASSERT_TRUE(server->sql(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2;").arg(schema, kPasswordRole)));
  PostGisSessionPasswords::clear();

  PostGisConnectionDialog dialog(nullptr, false);
  dialog.setConnection(PostGisTestEnvironment::connection(kPasswordRole));
  int asked = 0;
  QString answer = QStringLiteral("not-it");
  dialog.setPasswordPrompt([&](const QString& display) -> std::optional<QString> {
    ++asked;
    EXPECT_TRUE(display.contains(kPasswordRole)) << display.toStdString();
    return answer;
  });
  QSignalSpy finished(&dialog, &PostGisConnectionDialog::testFinished);
  dialog.testConnection();
  ASSERT_TRUE(waitForTest(dialog, finished));
  EXPECT_EQ(asked, 1);
  EXPECT_FALSE(finished.front().at(0).toBool());
  const QString wrong = dialog.statusText();
  EXPECT_TRUE(wrong.contains(QStringLiteral("refused the user name or password"))) << wrong.toStdString();
  EXPECT_TRUE(wrong.contains(QStringLiteral("password authentication failed"))) << wrong.toStdString();
  EXPECT_FALSE(wrong.contains(QStringLiteral("not-it")));

  answer = kPassword;
  finished.clear();
  dialog.testConnection();
  ASSERT_TRUE(waitForTest(dialog, finished));
  EXPECT_EQ(asked, 2);  // the wrong one was forgotten, so it was asked again
  ASSERT_TRUE(finished.front().at(0).toBool()) << dialog.statusText().toStdString();
  EXPECT_FALSE(dialog.tables().empty());

  // Kept for the session: a second test does not ask, and the layers open without asking.
  finished.clear();
  dialog.testConnection();
  ASSERT_TRUE(waitForTest(dialog, finished));
  EXPECT_EQ(asked, 2);
  EXPECT_TRUE(finished.front().at(0).toBool());
  auto layer = PostGisLayerSource::load(dialog.connectionText(), schema + QStringLiteral(".parks"));
  ASSERT_TRUE(layer) << layer.error().toStdString();
  // …and is nowhere the dialog hands out.
  EXPECT_FALSE(dialog.connectionText().contains(kPassword));
  PostGisSessionPasswords::clear();
}

TEST(PostGisConnectionDialog, ADownOrHungServerIsReportedWithoutFreezingTheDialog) {
  PostGisConnectionDialog dialog(nullptr, false);
  const int closed = SilentServer::closedPort();
  dialog.setConnection(QStringLiteral("host=127.0.0.1 port=%1 dbname=plan user=li").arg(closed));
  QSignalSpy finished(&dialog, &PostGisConnectionDialog::testFinished);
  dialog.testConnection();
  ASSERT_TRUE(waitForTest(dialog, finished));
  EXPECT_FALSE(finished.front().at(0).toBool());
  EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("does not answer"))) << dialog.statusText().toStdString();
  EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("127.0.0.1:%1").arg(closed))) << dialog.statusText().toStdString();
  dialog.resize(760, 520);
  EXPECT_TRUE(dialog.grab().save(QStringLiteral(PLANMAP_BINARY_DIR "/postgis_connection_dialog_down.png")));

  // A server that accepts and never answers: the click returns at once, the dialog keeps
  // painting, and the answer comes after the connect timeout.
  SilentServer hung;
  ASSERT_TRUE(hung.isListening());
  dialog.setConnection(QStringLiteral("host=127.0.0.1 port=%1 dbname=plan user=li").arg(hung.port()));
  finished.clear();
  QElapsedTimer t;
  t.start();
  dialog.testConnection();
  EXPECT_LT(t.elapsed(), 500);
  EXPECT_TRUE(dialog.isBusy());
  EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Connecting"))) << dialog.statusText().toStdString();
  QTest::qWait(200);  // the event loop runs meanwhile
  EXPECT_TRUE(finished.isEmpty());
  ASSERT_TRUE(waitForTest(dialog, finished));
  EXPECT_FALSE(finished.front().at(0).toBool());
  EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("timeout"))) << dialog.statusText().toStdString();
}

TEST(PostGisConnectionDialog, ADatabaseWithoutPostGisIsNamed) {
  REQUIRE_SERVER();
  auto* server = PostGisTestEnvironment::server();
  ASSERT_TRUE(server->createPlainDatabase(QStringLiteral("plain_dialog")));
  PostGisConnectionDialog dialog(nullptr, false);
  dialog.setConnection(QStringLiteral("host=%1 port=%2 dbname=plain_dialog user=postgres").arg(server->socketDir()).arg(server->port()));
  QSignalSpy finished(&dialog, &PostGisConnectionDialog::testFinished);
  dialog.testConnection();
  ASSERT_TRUE(waitForTest(dialog, finished));
  EXPECT_FALSE(finished.front().at(0).toBool());
  EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("has no PostGIS extension"))) << dialog.statusText().toStdString();
}

TEST(PostGisConnectionDialog, RemembersRecentConnectionsWithoutPasswordsWhenAllowed) {
  REQUIRE_SERVER();
  QTemporaryDir settingsDir;
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
  QCoreApplication::setOrganizationName(QStringLiteral("planmap-test"));
  QCoreApplication::setApplicationName(QStringLiteral("postgis-dialog"));
  {
    PostGisConnectionDialog first(nullptr, true);
    first.setConnection(PostGisTestEnvironment::connection());
    QSignalSpy finished(&first, &PostGisConnectionDialog::testFinished);
    first.testConnection();
    ASSERT_TRUE(waitForTest(first, finished));
    ASSERT_TRUE(finished.front().at(0).toBool());
  }
  const QStringList stored = QSettings().value(QStringLiteral("postgis/recentConnections")).toStringList();
  ASSERT_EQ(stored.size(), 1);
  EXPECT_FALSE(stored.front().contains(QStringLiteral("password")));
  PostGisConnectionDialog second(nullptr, true);
  EXPECT_EQ(second.connectionText(), stored.front());  // the most recent one is filled in
  // With the flag off nothing is read or written.
  PostGisConnectionDialog off(nullptr, false);
  EXPECT_NE(off.connectionText(), stored.front());
}

TEST(PostGisEditGate, AReadOnlyRoleGetsItsEditActionsDisabledWithTheReason) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  ASSERT_TRUE(PostGisTestEnvironment::server()->sql(QStringLiteral(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_ro') THEN CREATE ROLE planner_ro LOGIN; END IF; END $$;"
      "GRANT USAGE ON SCHEMA %1 TO planner_ro; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO planner_ro;").arg(schema)));
  QWidget window;
  QAction editProgress(QStringLiteral("Edit progress"));
  editProgress.setToolTip(QStringLiteral("Record a progress figure"));
  QAction addLink(QStringLiteral("Link feature"));
  PostGisEditGate gate;
  gate.addProgressAction(&editProgress);
  gate.addLinkAction(&addLink);
  QLabel* badge = gate.badge(&window);
  EXPECT_TRUE(editProgress.isEnabled());
  EXPECT_TRUE(badge->isHidden());

  QSignalSpy changed(&gate, &PostGisEditGate::rightsChanged);
  gate.check(PostGisTestEnvironment::connection(QStringLiteral("planner_ro")), schema);
  EXPECT_FALSE(editProgress.isEnabled());  // until the server has answered
  QElapsedTimer t;
  t.start();
  while (changed.isEmpty() && t.elapsed() < 10000) QTest::qWait(20);
  ASSERT_EQ(changed.size(), 1);
  EXPECT_FALSE(changed.front().at(0).toBool());
  EXPECT_FALSE(changed.front().at(1).toBool());
  EXPECT_FALSE(editProgress.isEnabled());
  EXPECT_FALSE(addLink.isEnabled());
  EXPECT_TRUE(editProgress.toolTip().contains(QStringLiteral("planner_ro"))) << editProgress.toolTip().toStdString();
  EXPECT_TRUE(badge->text().contains(QStringLiteral("read-only"))) << badge->text().toStdString();

  changed.clear();
  gate.check(PostGisTestEnvironment::connection(), schema);
  t.restart();
  while (changed.isEmpty() && t.elapsed() < 10000) QTest::qWait(20);
  ASSERT_EQ(changed.size(), 1);
  EXPECT_TRUE(editProgress.isEnabled());
  EXPECT_TRUE(addLink.isEnabled());
  EXPECT_EQ(editProgress.toolTip(), QStringLiteral("Record a progress figure"));  // the window's own again

  gate.clear();
  EXPECT_TRUE(badge->isHidden());
  EXPECT_TRUE(editProgress.isEnabled());
}

TEST(PostGisStoreOpener, OpensTheTeamStoreOffTheUiThreadAndItsRightsDriveTheGate) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  ASSERT_TRUE(PostGisTestEnvironment::server()->sql(QStringLiteral(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_ro') THEN CREATE ROLE planner_ro LOGIN; END IF; END $$;"
      "GRANT USAGE ON SCHEMA %1 TO planner_ro; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO planner_ro;").arg(schema)));
  QTemporaryDir dir;
  PostGisStoreOpener opener;
  PostGisEditGate gate;
  QAction editProgress(QStringLiteral("Edit progress"));
  gate.addProgressAction(&editProgress);
  std::shared_ptr<PostGisPlanStore> store;
  QString failure;
  QObject::connect(&opener, &PostGisStoreOpener::opened, [&](std::shared_ptr<PostGisPlanStore> s) {
    store = std::move(s);
    gate.setRights(store->editRights());
  });
  QObject::connect(&opener, &PostGisStoreOpener::failed, [&](const QString& m) { failure = m; });
  auto wait = [&] {
    QElapsedTimer t;
    t.start();
    while (opener.isBusy() && t.elapsed() < 15000) QTest::qWait(20);
  };

  opener.open(PostGisTestEnvironment::connection(QStringLiteral("planner_ro")), schema, dir.filePath(QStringLiteral("ro.json")));
  EXPECT_TRUE(opener.isBusy());
  wait();
  ASSERT_TRUE(store) << failure.toStdString();
  EXPECT_FALSE(store->canEdit());
  EXPECT_GT(store->links().size(), 0);
  EXPECT_FALSE(editProgress.isEnabled());

  // A later open supersedes: only the second store arrives.
  store.reset();
  int arrivals = 0;
  QObject::connect(&opener, &PostGisStoreOpener::opened, [&] { ++arrivals; });
  opener.open(PostGisTestEnvironment::connection(QStringLiteral("planner_ro")), schema, dir.filePath(QStringLiteral("ro2.json")));
  opener.open(PostGisTestEnvironment::connection(), schema, dir.filePath(QStringLiteral("admin.json")));
  wait();
  QTest::qWait(300);  // the superseded one has had time to finish too
  ASSERT_TRUE(store) << failure.toStdString();
  EXPECT_EQ(arrivals, 1);
  EXPECT_TRUE(store->canEdit());
  EXPECT_EQ(store->role(), QStringLiteral("postgres"));
  EXPECT_TRUE(editProgress.isEnabled());

  const int closed = SilentServer::closedPort();
  opener.open(QStringLiteral("host=127.0.0.1 port=%1 dbname=plan user=li").arg(closed), schema, dir.filePath(QStringLiteral("x.json")));
  wait();
  EXPECT_TRUE(failure.contains(QStringLiteral("127.0.0.1:%1").arg(closed))) << failure.toStdString();
}

TEST(PostGisLayerRetry, ALayerWhoseServerCameBackIsRestoredOffTheUiThread) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  auto* server = PostGisTestEnvironment::server();
  QTemporaryDir dir;
  auto bundled = Project::createBundled();
  ASSERT_TRUE(bundled) << bundled.error().toStdString();
  const QString path = dir.filePath(QStringLiteral("retry.planmap"));
  QJsonObject json = ProjectWriter::toJson(*bundled.value(), path);
  QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
  layers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("team_parks")},
                            {QStringLiteral("title"), QStringLiteral("园区（团队库）")},
                            {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("postgis")},
                                                                   {QStringLiteral("connection"), PostGisTestEnvironment::connection()},
                                                                   {QStringLiteral("layer"), schema + QStringLiteral(".parks")}}}});
  json.insert(QStringLiteral("layers"), layers);
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(QJsonDocument(json).toJson());
  file.close();

  ASSERT_TRUE(server->stop());
  auto project = Project::open(path);
  ASSERT_TRUE(server->restart());
  ASSERT_TRUE(project) << project.error().toStdString();
  ASSERT_TRUE(project.value()->isMissing(QStringLiteral("team_parks")));
  EXPECT_EQ(project.value()->document().layer(QStringLiteral("team_parks"))->features->featureCount(), 0u);

  PostGisLayerRetry retry(*project.value());
  EXPECT_EQ(retry.missingPostGisLayers(), QStringList{QStringLiteral("team_parks")});
  QSignalSpy restored(&retry, &PostGisLayerRetry::layerRestored);
  QSignalSpy failed(&retry, &PostGisLayerRetry::retryFailed);
  QSignalSpy layerChanged(&project.value()->document(), &MapDocument::layerChanged);
  retry.retry(QStringLiteral("team_parks"));
  EXPECT_TRUE(retry.isRetrying(QStringLiteral("team_parks")));
  QElapsedTimer t;
  t.start();
  while (restored.isEmpty() && failed.isEmpty() && t.elapsed() < 15000) QTest::qWait(20);
  ASSERT_TRUE(failed.isEmpty()) << failed.front().at(1).toString().toStdString();
  ASSERT_EQ(restored.size(), 1);
  auto layer = project.value()->document().layer(QStringLiteral("team_parks"));
  EXPECT_EQ(layer->features->featureCount(), project.value()->document().layer(QStringLiteral("parks"))->features->featureCount());
  EXPECT_EQ(layer->title, QStringLiteral("园区（团队库）"));  // the project's title, not the server's
  EXPECT_FALSE(layerChanged.isEmpty());
}

}  // namespace
}  // namespace planmap

namespace planmap {
namespace {

TEST(PostGisLayerRetry, AsksOnceForThePasswordTheServerWantsAndRestoresTheLayer) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  auto* server = PostGisTestEnvironment::server();
  ASSERT_TRUE(server->addPasswordRole(kPasswordRole, kPassword));
  ASSERT_TRUE(server->sql(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2;").arg(schema, kPasswordRole)));
  PostGisSessionPasswords::clear();
  QTemporaryDir dir;
  auto bundled = Project::createBundled();
  ASSERT_TRUE(bundled) << bundled.error().toStdString();
  const QString path = dir.filePath(QStringLiteral("pw.planmap"));
  QJsonObject json = ProjectWriter::toJson(*bundled.value(), path);
  QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
  for (const QString& table : {QStringLiteral("parks"), QStringLiteral("counties")})
    layers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("team_") + table},
                              {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("postgis")},
                                                                     {QStringLiteral("connection"), PostGisTestEnvironment::connection(kPasswordRole)},
                                                                     {QStringLiteral("layer"), schema + QLatin1Char('.') + table}}}});
  json.insert(QStringLiteral("layers"), layers);
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(QJsonDocument(json).toJson());
  file.close();

  auto project = Project::open(path);
  ASSERT_TRUE(project) << project.error().toStdString();
  ASSERT_EQ(PostGisLayerRetry(*project.value()).missingPostGisLayers().size(), 2);

  PostGisLayerRetry retry(*project.value());
  int asked = 0;
  QString answer = QStringLiteral("wrong");
  retry.setPasswordPrompt([&](const QString&) -> std::optional<QString> {
    ++asked;
    return answer;
  });
  QSignalSpy restored(&retry, &PostGisLayerRetry::layerRestored);
  QSignalSpy failed(&retry, &PostGisLayerRetry::retryFailed);
  auto wait = [&](int n) {
    QElapsedTimer t;
    t.start();
    while (restored.size() + failed.size() < n && t.elapsed() < 15000) QTest::qWait(20);
  };
  // A wrong password: asked once, then the server's refusal, not a loop of prompts.
  retry.retry(QStringLiteral("team_parks"));
  wait(1);
  EXPECT_EQ(asked, 1);
  ASSERT_EQ(failed.size(), 1);
  EXPECT_TRUE(failed.front().at(1).toString().contains(QStringLiteral("password authentication failed")))
      << failed.front().at(1).toString().toStdString();
  EXPECT_FALSE(failed.front().at(1).toString().contains(QStringLiteral("wrong")));

  answer = kPassword;
  retry.retry(QStringLiteral("team_parks"));
  wait(2);
  EXPECT_EQ(asked, 2);
  ASSERT_EQ(restored.size(), 1);
  // The other layer on that server opens with the remembered password, without asking.
  retry.retry(QStringLiteral("team_counties"));
  wait(3);
  EXPECT_EQ(asked, 2);
  ASSERT_EQ(restored.size(), 2) << (failed.size() > 1 ? failed.back().at(1).toString().toStdString() : std::string());
  EXPECT_EQ(project.value()->document().layer(QStringLiteral("team_counties"))->features->featureCount(), 10u);
  PostGisSessionPasswords::clear();
}

}  // namespace
}  // namespace planmap
