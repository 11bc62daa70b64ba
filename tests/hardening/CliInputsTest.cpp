// Inputs through the built planmap: FIFOs and devices in every role finish at once with a reason,
// file contents that are not the expected format are never quoted, passwords and control
// characters never reach the terminal.
#include "HardeningSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace hardening;

namespace {

QString site(const QTemporaryDir& dir) {
  const QString path = dir.filePath("site.geojson");
  writeFile(path, polygonGeoJson({{109.0, 32.6}, {109.01, 32.6}, {109.01, 32.61}, {109.0, 32.61}, {109.0, 32.6}}));
  return path;
}

}  // namespace

TEST(CliInputs, AFifoInEveryRoleIsRefusedAtOnce) {
  QTemporaryDir dir;
  const QString fifo = dir.filePath("input.json");
  ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
  const QString kml = dir.filePath("layer.kml"), project = dir.filePath("p.planmap");
  ASSERT_TRUE(QFile::link(fifo, kml));
  ASSERT_TRUE(QFile::link(fifo, project));
  const QList<QStringList> runs = {
      {"info", fifo},
      {"info", kml},
      {"render", kml, "--size", "100x100", "-o", dir.filePath("o.png")},
      {"check", fifo},
      {"check", site(dir), "--constraint", kml},
      {"check", site(dir), "--rules", fifo},
      {"render", "--project", project, "--size", "50x50", "-o", dir.filePath("p.png")},
      {"stats", "--progress", fifo},
      {"plan", "--catalog", fifo},
  };
  for (const QStringList& args : runs) {
    const CliRun run = planmap(args, 30000);
    ASSERT_TRUE(run.finished) << args.join(' ').toStdString() << " hung";
    EXPECT_NE(run.exitCode, 0) << args.join(' ').toStdString();
    EXPECT_TRUE(run.err.contains("FIFO")) << args.join(' ').toStdString() << ": " << run.err.toStdString();
  }
}

TEST(CliInputs, DevZeroAsLayerOrProjectIsRefusedWithinBoundedMemory) {
  QTemporaryDir dir;
  const QString kml = dir.filePath("zero.kml"), project = dir.filePath("zero.planmap");
  ASSERT_TRUE(QFile::link("/dev/zero", kml));
  ASSERT_TRUE(QFile::link("/dev/zero", project));
  for (const QStringList& args : QList<QStringList>{{"info", kml}, {"render", "--project", project, "-o", dir.filePath("x.png")}}) {
    const CliRun run = planmap(args, 30000);
    ASSERT_TRUE(run.finished) << args.join(' ').toStdString();
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("device")) << run.err.toStdString();
  }
}

TEST(CliInputs, APrjThatIsReallyAnotherFileIsNotQuoted) {
  QTemporaryDir dir;
  const QString shp = dir.filePath("sites.shp");
  const QString src = dir.filePath("src.geojson");
  writeFile(src, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[109,32.6]}}]})");
  ASSERT_TRUE(ogr2ogr({"-f", "ESRI Shapefile", shp, src}));
  QFile::remove(dir.filePath("sites.prj"));
  const QString secret = dir.filePath("pgpass");
  writeFile(secret, "db.example:5432:ankang:planner:TopSecretPassword42\n");
  ASSERT_TRUE(QFile::link(secret, dir.filePath("sites.prj")));
  const CliRun run = planmap({"info", shp});
  EXPECT_NE(run.exitCode, 0);
  EXPECT_TRUE(run.err.contains("sites.prj")) << run.err.toStdString();
  EXPECT_FALSE(run.err.contains("TopSecret") || run.out.contains("TopSecret")) << run.err.toStdString();
  EXPECT_FALSE(run.err.contains("planner")) << run.err.toStdString();
}

TEST(CliInputs, PasswordsInAProjectsLayerSourcesAreScrubbed) {
  QTemporaryDir dir;
  const QString project = dir.filePath("pg.planmap");
  writeFile(project, R"({"format":"planmap-project","version":1,"layers":[
    {"id":"f","source":{"kind":"file","path":"PG:host=127.0.0.1 port=1 dbname=x user=u password=Hunter2Secret tables=a.b"}},
    {"id":"c","source":{"kind":"bundled","bundled_id":"counties"}}]})");
  const CliRun run = planmap({"render", "--project", project, "--size", "50x50", "-o", dir.filePath("pg.png")});
  EXPECT_TRUE(run.err.contains("missing")) << run.err.toStdString();
  EXPECT_FALSE(run.err.contains("Hunter2Secret") || run.out.contains("Hunter2Secret")) << run.err.toStdString();
}

TEST(CliInputs, ControlCharactersInNamesAreEscaped) {
  QTemporaryDir dir;
  const QString evil = dir.filePath(QStringLiteral("bad\x1b]0;owned\x07name.geojson"));
  writeFile(evil, "not json at all \x1b[2J\x07");
  const CliRun run = planmap({"info", evil});
  EXPECT_NE(run.exitCode, 0);
  EXPECT_FALSE(run.err.contains('\x1b') || run.err.contains('\x07')) << run.err.toStdString();
  EXPECT_FALSE(run.out.contains('\x1b') || run.out.contains('\x07'));
  EXPECT_TRUE(run.err.contains("\\x1b")) << run.err.toStdString();
}

TEST(CliInputs, LibraryChatterStaysOffStderr) {
  QTemporaryDir dir;
  // A site far outside every projection domain used by the bundled layers.
  const QString path = dir.filePath("south.geojson");
  writeFile(path, polygonGeoJson({{-60.0, -80.0}, {-59.0, -80.0}, {-59.0, -79.0}, {-60.0, -79.0}, {-60.0, -80.0}}));
  const CliRun run = planmap({"check", path, "--json"});
  EXPECT_FALSE(run.err.contains("ERROR 1:")) << run.err.toStdString();
  EXPECT_FALSE(run.err.contains("QPainter")) << run.err.toStdString();
}

TEST(CliInputs, ABundledLayerUsedTwiceLoadsTwice) {
  QTemporaryDir dir;
  QByteArray layers;
  for (int i = 0; i < 50; ++i)
    layers += (i ? "," : "") + QByteArray(R"({"id":"c)") + QByteArray::number(i) + R"(","source":{"kind":"bundled","bundled_id":"counties"}})";
  const QString project = dir.filePath("twice.planmap");
  writeFile(project, R"({"format":"planmap-project","version":1,"layers":[)" + layers + "]}");
  const CliRun run = planmap({"render", "--project", project, "--size", "50x50", "-o", dir.filePath("twice.png")});
  EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_FALSE(run.err.contains("has no layer")) << run.err.toStdString();
  EXPECT_LE(run.err.count('\n'), 2) << run.err.toStdString();
}

TEST(CliInputs, MessagesNameTheRightCause) {
  QTemporaryDir dir;
  // A zip whose only entry escapes the archive.
  const QString zip = dir.filePath("traversal.zip");
  QByteArray name = "../../evil.shp";
  QByteArray local = QByteArray("PK\x03\x04", 4) + QByteArray(22, '\0') + char(name.size()) + '\0' + QByteArray(2, '\0') + name;
  const qsizetype centralAt = local.size();
  QByteArray central = QByteArray("PK\x01\x02", 4) + QByteArray(24, '\0') + char(name.size()) + '\0' + QByteArray(16, '\0') + name;
  QByteArray end = QByteArray("PK\x05\x06", 4) + QByteArray(4, '\0') + QByteArray("\x01\x00\x01\x00", 4);
  end += char(central.size()) + QByteArray(3, '\0') + char(centralAt) + QByteArray(3, '\0') + QByteArray(2, '\0');
  writeFile(zip, local + central + end);
  const CliRun z = planmap({"info", zip});
  EXPECT_NE(z.exitCode, 0);
  EXPECT_FALSE(z.err.contains("not a zip archive")) << z.err.toStdString();
  EXPECT_TRUE(z.err.contains("outside the archive")) << z.err.toStdString();

  const QString ok = dir.filePath("ok.geojson");
  writeFile(ok, polygonGeoJson({{109.0, 32.6}, {109.2, 32.6}, {109.2, 32.8}, {109.0, 32.6}}));
  const CliRun severity = planmap({"check", site(dir), "--constraint", ok + ":nuclear"});
  EXPECT_EQ(severity.exitCode, 2);
  EXPECT_TRUE(severity.err.contains("unknown severity")) << severity.err.toStdString();
  EXPECT_FALSE(severity.err.contains("not found")) << severity.err.toStdString();
}
