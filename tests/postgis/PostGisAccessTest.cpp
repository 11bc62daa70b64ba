// Who may connect and edit, and what a planner waits for when the server is not there: roles and
// their rights, "test connection" with its reasons (down, password wanted or refused, no PostGIS),
// and a project on a dead or hung server opening in about two seconds with the layer marked.

#include "PostGisTestEnvironment.h"
#include "SilentServer.h"

#include "PostGisConnection.h"
#include "PostGisEditRights.h"
#include "PostGisLayerSource.h"
#include "PostGisPlanStore.h"
#include "PostGisServerProbe.h"
#include "PostGisSessionPasswords.h"
#include "Project.h"
#include "ProjectWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace planmap {
namespace {

using test::PostGisTestEnvironment;
using test::SilentServer;

const QString kPasswordRole = QStringLiteral("planner_pw");
const QString kPassword = QStringLiteral("安康-2025-secret");

// Roles used below, created once: a viewer (SELECT only), a clerk who may add progress rows but not
// change them (INSERT without UPDATE), and a role that must give a password.
void ensureRoles(const QString& schema) {
  auto* server = PostGisTestEnvironment::server();
  Status s = server->sql(QStringLiteral(
      "DO $$ BEGIN "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_ro') THEN CREATE ROLE planner_ro LOGIN; END IF; "
      "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'planner_clerk') THEN CREATE ROLE planner_clerk LOGIN; END IF; "
      "END $$;"
      "GRANT USAGE ON SCHEMA %1 TO planner_ro, planner_clerk; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO planner_ro, planner_clerk;"
      "GRANT INSERT ON %1.planmap_progress, %1.planmap_links TO planner_clerk;"
      "GRANT DELETE ON %1.planmap_links TO planner_clerk;").arg(schema));
  ASSERT_TRUE(s) << s.error().toStdString();
  s = server->addPasswordRole(kPasswordRole, kPassword);
  ASSERT_TRUE(s) << s.error().toStdString();
  s = server->sql(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2; GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2;").arg(schema, kPasswordRole));
  ASSERT_TRUE(s) << s.error().toStdString();
}

ConnectionString parsed(const QString& text) {
  auto c = ConnectionString::parse(text);
  EXPECT_TRUE(c) << c.error().toStdString();
  return c ? c.value() : ConnectionString();
}

TEST(PostGisEditRights, TheServersPrivilegesDecideWhoMayEdit) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  ensureRoles(schema);
  struct Case {
    QString role;
    bool progress;
    bool links;
  };
  for (const Case& c : {Case{QStringLiteral("postgres"), true, true}, Case{QStringLiteral("planner_ro"), false, false},
                        Case{QStringLiteral("planner_clerk"), false, true}}) {
    auto conn = PostGisConnection::open(PostGisTestEnvironment::connection(c.role));
    ASSERT_TRUE(conn) << conn.error().toStdString();
    auto rights = PostGisEditRights::query(*conn.value(), schema);
    ASSERT_TRUE(rights) << rights.error().toStdString();
    EXPECT_EQ(rights->role, c.role);
    EXPECT_EQ(rights->canEditProgress, c.progress) << c.role.toStdString();
    EXPECT_EQ(rights->canEditLinks, c.links) << c.role.toStdString();
    EXPECT_EQ(rights->readOnlyMessage().isEmpty(), c.progress && c.links);
    if (!c.progress) {
      EXPECT_TRUE(rights->readOnlyMessage().contains(c.role)) << rights->readOnlyMessage().toStdString();
    }
  }
  // A schema name that is not an identifier is a value to the query, not SQL.
  auto conn = PostGisConnection::open(PostGisTestEnvironment::connection());
  ASSERT_TRUE(conn);
  auto odd = PostGisEditRights::query(*conn.value(), QStringLiteral("x\"; DROP TABLE ankang.counties; --"));
  ASSERT_TRUE(odd) << odd.error().toStdString();
  EXPECT_FALSE(odd->canEditProgress);
  auto still = conn.value()->tableExists(QStringLiteral("ankang.counties"));
  ASSERT_TRUE(still);
  EXPECT_TRUE(still.value());
}

TEST(PostGisEditRights, AReadOnlyStoreSaysSoAndTheServerRefusesTheEdit) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  ensureRoles(schema);
  QTemporaryDir dir;
  PostGisPlanStore::Options options;
  options.journalPath = dir.filePath(QStringLiteral("clerk.json"));
  auto clerk = PostGisPlanStore::open(PostGisTestEnvironment::connection(QStringLiteral("planner_clerk")), schema, options);
  ASSERT_TRUE(clerk) << clerk.error().toStdString();
  EXPECT_FALSE(clerk.value()->canEdit());
  EXPECT_TRUE(clerk.value()->canEditLinks());
  const PostGisEditRights rights = clerk.value()->editRights();
  EXPECT_EQ(rights.role, QStringLiteral("planner_clerk"));
  EXPECT_EQ(rights.schema, schema);
  StoredProgressRecord r;
  r.record.target = QStringLiteral("c11s5-t04");
  r.record.year = 2024;
  r.record.value = 5;
  SaveResult refused = clerk.value()->saveProgress(r);
  EXPECT_EQ(refused.state, SaveState::Refused);
  EXPECT_TRUE(refused.message.contains(QStringLiteral("planner_clerk"))) << refused.message.toStdString();
  // Around the store, the server itself refuses the UPDATE the clerk lacks.
  auto raw = clerk.value()->connection().exec(QStringLiteral("UPDATE %1.planmap_progress SET value = $1").arg(schema), {1.0});
  ASSERT_FALSE(raw);
  EXPECT_TRUE(raw.error().contains(QStringLiteral("permission denied"))) << raw.error().toStdString();
}

TEST(PostGisServerProbe, ListsThePublishedTablesAndSaysWhyItCannotConnect) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  ensureRoles(schema);
  PostGisSessionPasswords::clear();

  PostGisServerProbe::Report ok = PostGisServerProbe::run(parsed(PostGisTestEnvironment::connection()));
  ASSERT_TRUE(ok.ok()) << ok.message.toStdString();
  EXPECT_EQ(ok.role, QStringLiteral("postgres"));
  EXPECT_TRUE(ok.postgisVersion.startsWith(QLatin1Char('3'))) << ok.postgisVersion.toStdString();
  auto counties = std::find_if(ok.tables.begin(), ok.tables.end(), [&](const SpatialTableInfo& t) {
    return t.schema == schema && t.table == QLatin1String("counties");
  });
  ASSERT_NE(counties, ok.tables.end());
  EXPECT_EQ(counties->srid, 4326);
  EXPECT_EQ(counties->geometryColumn, QStringLiteral("geom"));
  EXPECT_EQ(counties->title, QStringLiteral("县（市、区）界"));

  // Nothing listens: refused, and the message names host and port.
  const int closed = SilentServer::closedPort();
  PostGisServerProbe::Report down =
      PostGisServerProbe::run(parsed(QStringLiteral("host=127.0.0.1 port=%1 dbname=plan user=li").arg(closed)));
  EXPECT_EQ(down.failure, PostGisServerProbe::Failure::Unreachable) << down.message.toStdString();
  EXPECT_TRUE(down.message.contains(QStringLiteral("127.0.0.1:%1").arg(closed))) << down.message.toStdString();

  // A database without the extension.
  ASSERT_TRUE(PostGisTestEnvironment::server()->createPlainDatabase(QStringLiteral("plain")));
  const QString plain = QStringLiteral("host=%1 port=%2 dbname=plain user=postgres")
                            .arg(PostGisTestEnvironment::server()->socketDir())
                            .arg(PostGisTestEnvironment::server()->port());
  PostGisServerProbe::Report noPostGis = PostGisServerProbe::run(parsed(plain));
  EXPECT_EQ(noPostGis.failure, PostGisServerProbe::Failure::NoPostGis) << noPostGis.message.toStdString();
  EXPECT_TRUE(noPostGis.message.contains(QStringLiteral("CREATE EXTENSION postgis")));

  // A role that must give a password: asked for, refused when wrong, listed when right.
  const ConnectionString pw = parsed(PostGisTestEnvironment::connection(kPasswordRole));
  PostGisServerProbe::Report asks = PostGisServerProbe::run(pw);
  EXPECT_EQ(asks.failure, PostGisServerProbe::Failure::NeedsPassword) << asks.message.toStdString();
  PostGisSessionPasswords::remember(pw, QStringLiteral("wrong"));
  PostGisServerProbe::Report refused = PostGisServerProbe::run(pw);
  EXPECT_EQ(refused.failure, PostGisServerProbe::Failure::AuthFailed) << refused.message.toStdString();
  EXPECT_TRUE(refused.message.contains(QStringLiteral("password authentication failed"))) << refused.message.toStdString();
  EXPECT_FALSE(refused.message.contains(QStringLiteral("wrong")));
  PostGisSessionPasswords::remember(pw, kPassword);
  PostGisServerProbe::Report allowed = PostGisServerProbe::run(pw);
  ASSERT_TRUE(allowed.ok()) << allowed.message.toStdString();
  EXPECT_EQ(allowed.role, kPasswordRole);
  EXPECT_FALSE(allowed.tables.empty());

  // The layers open with the session password too (GDAL is handed it), and nothing keeps it.
  auto layer = PostGisLayerSource::load(PostGisTestEnvironment::connection(kPasswordRole), schema + QStringLiteral(".counties"));
  ASSERT_TRUE(layer) << layer.error().toStdString();
  EXPECT_EQ(layer.value()->features->featureCount(), 10u);
  EXPECT_FALSE(layer.value()->sourcePath.contains(kPassword));
  EXPECT_FALSE(layer.value()->sourcePath.contains(QStringLiteral("password")));
  // Another spelling of the same server finds the same password; another server does not.
  EXPECT_EQ(PostGisSessionPasswords::lookup(parsed(QStringLiteral("postgresql://li@db/plan"))), QString());
  PostGisSessionPasswords::remember(parsed(QStringLiteral("postgresql://li@db/plan")), QStringLiteral("p1"));
  EXPECT_EQ(PostGisSessionPasswords::lookup(parsed(QStringLiteral("host=db port=5432 dbname=plan user=li"))), QStringLiteral("p1"));
  EXPECT_EQ(PostGisSessionPasswords::lookup(parsed(QStringLiteral("host=db port=5433 dbname=plan user=li"))), QString());
  EXPECT_EQ(PostGisSessionPasswords::lookup(parsed(QStringLiteral("host=db dbname=plan user=wang"))), QString());
  PostGisSessionPasswords::clear();
  auto without = PostGisLayerSource::load(PostGisTestEnvironment::connection(kPasswordRole), schema + QStringLiteral(".counties"));
  EXPECT_FALSE(without);
}

// The bundled project plus PostGIS layers on `connection`, written to `dir`.
QString writeProject(const QTemporaryDir& dir, const QString& name, const QString& connection, const QStringList& tables) {
  auto project = Project::createBundled();
  EXPECT_TRUE(project) << project.error().toStdString();
  if (!project) return {};
  const QString path = dir.filePath(name);
  QJsonObject json = ProjectWriter::toJson(*project.value(), path);
  QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
  for (const QString& table : tables)
    layers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("team_") + table.section(QLatin1Char('.'), -1)},
                              {QStringLiteral("title"), QStringLiteral("团队库 ") + table},
                              {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("postgis")},
                                                                     {QStringLiteral("connection"), connection},
                                                                     {QStringLiteral("layer"), table}}}});
  json.insert(QStringLiteral("layers"), layers);
  QFile file(path);
  EXPECT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(QJsonDocument(json).toJson());
  return path;
}

QString missingError(const Project& project, const QString& layerId) {
  for (const MissingLayer& m : project.missingLayers())
    if (m.layerId == layerId) return m.error;
  return {};
}

// How long opening the plain bundled project takes here, so the tests measure what PostGIS adds.
qint64 baselineOpenMs(const QTemporaryDir& dir) {
  const QString path = writeProject(dir, QStringLiteral("plain.planmap"), QString(), {});
  QElapsedTimer timer;
  timer.start();
  auto project = Project::open(path);
  EXPECT_TRUE(project);
  return timer.elapsed();
}

TEST(PostGisProjectOpen, AClosedPortOpensAtOnceWithTheLayerMarkedAndHostPortNamed) {
  QTemporaryDir dir;
  const qint64 baseline = baselineOpenMs(dir);
  const int closed = SilentServer::closedPort();
  const QString path = writeProject(dir, QStringLiteral("closed.planmap"),
                                    QStringLiteral("host=127.0.0.1 port=%1 dbname=plan user=li").arg(closed),
                                    {QStringLiteral("ankang.parks")});
  QElapsedTimer timer;
  timer.start();
  auto project = Project::open(path);
  const qint64 elapsed = timer.elapsed();
  ASSERT_TRUE(project) << project.error().toStdString();
  EXPECT_LT(elapsed - baseline, 2000) << "opening took " << elapsed << " ms (bundled project alone " << baseline << " ms)";
  ASSERT_TRUE(project.value()->isMissing(QStringLiteral("team_parks")));
  const QString error = missingError(*project.value(), QStringLiteral("team_parks"));
  EXPECT_TRUE(error.contains(QStringLiteral("127.0.0.1:%1").arg(closed))) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("cannot connect"))) << error.toStdString();
  EXPECT_FALSE(project.value()->isMissing(QStringLiteral("counties")));
}

TEST(PostGisProjectOpen, AHungServerCostsOneShortTimeoutForAllItsLayers) {
  SilentServer hung;
  ASSERT_TRUE(hung.isListening());
  QTemporaryDir dir;
  const qint64 baseline = baselineOpenMs(dir);
  const QString path = writeProject(dir, QStringLiteral("hung.planmap"),
                                    QStringLiteral("host=127.0.0.1 port=%1 dbname=plan user=li").arg(hung.port()),
                                    {QStringLiteral("ankang.parks"), QStringLiteral("ankang.counties"), QStringLiteral("ankang.roads")});
  QElapsedTimer timer;
  timer.start();
  auto project = Project::open(path);
  const qint64 elapsed = timer.elapsed() - baseline;
  ASSERT_TRUE(project) << project.error().toStdString();
  // libpq's connect_timeout is whole seconds, at least 2; three layers wait once, not three times.
  EXPECT_LT(elapsed, 3000) << "the PostGIS layers added " << elapsed << " ms";
  EXPECT_GE(elapsed, 500) << "the server was not waited for at all: " << elapsed << " ms";
  for (const QString& id : {QStringLiteral("team_parks"), QStringLiteral("team_counties"), QStringLiteral("team_roads")}) {
    ASSERT_TRUE(project.value()->isMissing(id)) << id.toStdString();
    const QString error = missingError(*project.value(), id);
    EXPECT_TRUE(error.contains(QStringLiteral("127.0.0.1:%1").arg(hung.port()))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("timeout"))) << error.toStdString();
  }
}

TEST(PostGisLayerSource, RetryReachesAServerThatCameBack) {
  REQUIRE_SERVER();
  const QString table = PostGisTestEnvironment::publishedSchema() + QStringLiteral(".parks");
  auto* server = PostGisTestEnvironment::server();
  ASSERT_TRUE(server->stop());
  auto down = PostGisLayerSource::load(PostGisTestEnvironment::connection(), table);
  ASSERT_FALSE(down);
  EXPECT_TRUE(down.error().contains(QStringLiteral("cannot connect"))) << down.error().toStdString();
  ASSERT_TRUE(server->restart());
  // Within the memo's time the next layer on that server is not tried again…
  auto remembered = PostGisLayerSource::load(PostGisTestEnvironment::connection(), table);
  ASSERT_FALSE(remembered);
  EXPECT_EQ(remembered.error(), down.error());
  // …but Retry is, and a success clears the memo for the other layers.
  auto back = PostGisLayerSource::retry(PostGisTestEnvironment::connection(), table);
  ASSERT_TRUE(back) << back.error().toStdString();
  EXPECT_GT(back.value()->features->featureCount(), 0u);
  auto again = PostGisLayerSource::load(PostGisTestEnvironment::connection(), PostGisTestEnvironment::publishedSchema() + QStringLiteral(".counties"));
  ASSERT_TRUE(again) << again.error().toStdString();
}

}  // namespace
}  // namespace planmap
