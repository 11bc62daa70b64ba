// A project that names PostGIS layers opens them from the server; an unreachable server leaves the
// layer missing with the reason. `planmap publish` end to end.

#include "PostGisTestEnvironment.h"

#include "CliCommand.h"
#include "LayerLoader.h"
#include "PostGisConnection.h"
#include "Project.h"
#include "ProjectWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace planmap {
namespace {

using test::PostGisTestEnvironment;

// A bundled project with one more layer read from PostGIS, written to `dir`.
QString writeProjectWithPostGisLayer(const QTemporaryDir& dir, const QString& connection, const QString& table) {
  auto project = Project::createBundled();
  EXPECT_TRUE(project) << project.error().toStdString();
  if (!project) return {};
  QJsonObject json = ProjectWriter::toJson(*project.value(), dir.filePath(QStringLiteral("team.planmap")));
  QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
  layers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("team_parks")},
                            {QStringLiteral("title"), QStringLiteral("园区（团队库）")},
                            {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("postgis")},
                                                                   {QStringLiteral("connection"), connection},
                                                                   {QStringLiteral("layer"), table}}}});
  json.insert(QStringLiteral("layers"), layers);
  const QString path = dir.filePath(QStringLiteral("team.planmap"));
  QFile file(path);
  EXPECT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(QJsonDocument(json).toJson());
  return path;
}

TEST(PostGisProject, APostGisLayerInAProjectOpensFromTheServer) {
  REQUIRE_SERVER();
  const QString schema = PostGisTestEnvironment::publishedSchema();
  QTemporaryDir dir;
  const QString path = writeProjectWithPostGisLayer(dir, PostGisTestEnvironment::connection(), schema + QStringLiteral(".parks"));
  auto project = Project::open(path);
  ASSERT_TRUE(project) << project.error().toStdString();
  EXPECT_FALSE(project.value()->isMissing(QStringLiteral("team_parks")));
  auto layer = project.value()->document().layer(QStringLiteral("team_parks"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->title, QStringLiteral("园区（团队库）"));
  EXPECT_EQ(layer->features->featureCount(), project.value()->document().layer(QStringLiteral("parks"))->features->featureCount());
  EXPECT_EQ(layer->crs.epsg(), 4326);
}

TEST(PostGisProject, AnUnreachableServerLeavesTheLayerMissingWithTheReason) {
  REQUIRE_SERVER();
  QTemporaryDir dir;
  // A socket folder with no server in it: fails at once, like a server that is down.
  const QString nowhere = QStringLiteral("host=%1 port=1 dbname=plan user=postgres").arg(dir.path());
  const QString path = writeProjectWithPostGisLayer(dir, nowhere, QStringLiteral("ankang.parks"));
  auto project = Project::open(path);
  ASSERT_TRUE(project) << project.error().toStdString();
  ASSERT_TRUE(project.value()->isMissing(QStringLiteral("team_parks")));
  QString error;
  for (const MissingLayer& m : project.value()->missingLayers())
    if (m.layerId == QLatin1String("team_parks")) error = m.error;
  EXPECT_TRUE(error.contains(QStringLiteral("cannot connect"))) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("PostGIS server"))) << error.toStdString();
  // The rest of the map is there.
  EXPECT_FALSE(project.value()->isMissing(QStringLiteral("counties")));
}

TEST(PublishCommand, PublishesTheBundledMapToASchema) {
  REQUIRE_SERVER();
  const int code = runPublishCommand({QStringLiteral("--pg"), PostGisTestEnvironment::connection(), QStringLiteral("--schema"),
                                      QStringLiteral("cli"), QStringLiteral("--json")});
  ASSERT_EQ(code, 0);
  auto c = PostGisConnection::open(PostGisTestEnvironment::connection());
  ASSERT_TRUE(c) << c.error().toStdString();
  auto rows = c.value()->exec(QStringLiteral("SELECT count(*), sum(feature_count) FROM cli.planmap_layers"));
  ASSERT_TRUE(rows) << rows.error().toStdString();
  EXPECT_GE(rows->text(0, 0).toInt(), 10);
  auto counties = c.value()->exec(QStringLiteral("SELECT count(*) FROM cli.counties"));
  ASSERT_TRUE(counties) << counties.error().toStdString();
  EXPECT_EQ(counties->text(0, 0), QStringLiteral("10"));
}

TEST(PublishCommand, PublishesAProjectsOwnFileLayersAndProgress) {
  REQUIRE_SERVER();
  QTemporaryDir dir;
  auto project = Project::createBundled();
  ASSERT_TRUE(project) << project.error().toStdString();
  // A county's GBK shapefile in a projected CRS: goes to the server as UTF-8 with its own SRID.
  const QString shp = QStringLiteral(PLANMAP_TEST_DATA "/loading/gbk_cpg/ankang_cpg936.shp");
  auto loaded = LayerLoader::load(shp);
  ASSERT_TRUE(loaded) << loaded.error().toStdString();
  std::shared_ptr<VectorLayer> layer = loaded->front();
  const int srid = layer->crs.epsg();
  ASSERT_GT(srid, 0);
  LayerSource source;
  source.kind = LayerSource::Kind::File;
  source.path = shp;
  project.value()->addFileLayer(layer, source);
  project.value()->progress().add(ProgressRecord{QStringLiteral("c11s5-t02"), 2022, 415.0, false, QStringLiteral("city"),
                                                 QStringLiteral("安康市统计公报2022"), QString()});
  const QString path = dir.filePath(QStringLiteral("county.planmap"));
  ASSERT_TRUE(project.value()->save(path));

  ASSERT_EQ(runPublishCommand({QStringLiteral("--pg"), PostGisTestEnvironment::connection(), QStringLiteral("--schema"),
                               QStringLiteral("county"), QStringLiteral("--project"), path}),
            0);
  auto c = PostGisConnection::open(PostGisTestEnvironment::connection());
  ASSERT_TRUE(c) << c.error().toStdString();
  auto rows = c.value()->exec(QStringLiteral("SELECT name, adcode, ST_SRID(geom) FROM county.ankang_cpg936 ORDER BY fid"));
  ASSERT_TRUE(rows) << rows.error().toStdString();
  ASSERT_EQ(rows->rowCount(), int(layer->features->featureCount()));
  EXPECT_EQ(rows->text(0, 0), QStringLiteral("汉滨区"));
  EXPECT_EQ(rows->text(0, 1), QStringLiteral("610902"));
  EXPECT_EQ(rows->text(0, 2).toInt(), srid);
  auto progress = c.value()->exec(QStringLiteral("SELECT value, source, version FROM county.planmap_progress WHERE target = 'c11s5-t02'"));
  ASSERT_TRUE(progress) << progress.error().toStdString();
  ASSERT_EQ(progress->rowCount(), 1);
  EXPECT_EQ(progress->text(0, 0), QStringLiteral("415"));
  EXPECT_EQ(progress->text(0, 1), QStringLiteral("安康市统计公报2022"));
  EXPECT_EQ(progress->text(0, 2), QStringLiteral("1"));
}

TEST(PublishCommand, RefusesAPasswordAndMissingOptions) {
  EXPECT_NE(runPublishCommand({QStringLiteral("--pg"), QStringLiteral("host=db dbname=x password=secret"), QStringLiteral("--schema"),
                               QStringLiteral("s")}),
            0);
  EXPECT_EQ(runPublishCommand({QStringLiteral("--pg"), QStringLiteral("host=db dbname=x")}), 2);
}

}  // namespace
}  // namespace planmap
