// `planmap project new|add|remove|show` through the binary, then `check --project` and
// `stats --project` on what was added: the scriptable project IT staff and batch work use.
#include "ProjectTruthFixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

const QString kPlanmap = QStringLiteral(PLANMAP_BINARY_DIR "/app/planmap");

struct CliResult {
  int exitCode = -1;
  QString out, err;
};

CliResult runPlanmap(const QStringList& args) {
  QProcess p;
  p.start(kPlanmap, args);
  p.waitForFinished(180000);
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const CliResult& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

QStringList layerIds(const QJsonObject& summary) {
  QStringList ids;
  for (const QJsonValue& v : summary.value(QStringLiteral("layers")).toArray()) ids << v.toObject().value(QStringLiteral("id")).toString();
  return ids;
}

}  // namespace

TEST(ProjectCommand, NewAddCheckStatsRemoveShow) {
  QTemporaryDir dir;
  const QDir d(dir.path());
  const QString p = d.filePath(QStringLiteral("county.planmap"));
  const QString towns = truth::write(d, QStringLiteral("towns.geojson"), truth::townshipsGeoJson());
  const QString water = truth::write(d, QStringLiteral("water.geojson"), truth::waterSourceGeoJson());
  const QString site = truth::write(d, QStringLiteral("site.geojson"), truth::siteGeoJson());

  CliResult r = runPlanmap({QStringLiteral("project"), QStringLiteral("new"), p, QStringLiteral("--title"), QStringLiteral("汉滨区试点")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  ASSERT_TRUE(QFileInfo::exists(p));
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("new"), p});
  EXPECT_EQ(r.exitCode, 1) << "an existing project is never overwritten";
  EXPECT_TRUE(r.err.contains(QStringLiteral("already exists")));

  r = runPlanmap({QStringLiteral("project"), QStringLiteral("add"), p, towns, QStringLiteral("--title"), QStringLiteral("乡镇界"),
               QStringLiteral("--group"), QStringLiteral("行政区划")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("add"), p, water, QStringLiteral("--constraint"),
               QStringLiteral("饮用水水源保护区:prohibited"), QStringLiteral("--buffer-m"), QStringLiteral("30")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

  r = runPlanmap({QStringLiteral("project"), QStringLiteral("show"), p, QStringLiteral("--json")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  QJsonObject summary = json(r);
  EXPECT_EQ(summary.value(QStringLiteral("title")).toString(), QStringLiteral("汉滨区试点"));
  const QStringList ids = layerIds(summary);
  ASSERT_TRUE(ids.contains(QStringLiteral("towns"))) << r.out.toStdString();
  ASSERT_TRUE(ids.contains(QStringLiteral("water")));
  ASSERT_TRUE(ids.contains(QStringLiteral("counties")));
  for (const QJsonValue& v : summary.value(QStringLiteral("layers")).toArray()) {
    const QJsonObject l = v.toObject();
    if (l.value(QStringLiteral("id")).toString() == QLatin1String("water")) {
      EXPECT_EQ(l.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("prohibited"));
      EXPECT_EQ(l.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("buffer_m")).toDouble(), 30.0);
      // Stored relative to the project, so the folder can move.
      EXPECT_EQ(l.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("water.geojson"));
    }
    if (l.value(QStringLiteral("id")).toString() == QLatin1String("towns")) {
      EXPECT_EQ(l.value(QStringLiteral("title")).toString(), QStringLiteral("乡镇界"));
      EXPECT_EQ(l.value(QStringLiteral("group")).toString(), QStringLiteral("行政区划"));
      EXPECT_EQ(l.value(QStringLiteral("features")).toInt(), 2);
    }
  }

  // The check reads the added red line.
  r = runPlanmap({QStringLiteral("check"), site, QStringLiteral("--project"), p, QStringLiteral("--json")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  QJsonObject report = json(r);
  EXPECT_EQ(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("prohibited"));
  bool found = false;
  for (const QJsonValue& v : report.value(QStringLiteral("conflicts")).toArray())
    found = found || (v.toObject().value(QStringLiteral("layer")).toString() == QLatin1String("water") &&
                      v.toObject().value(QStringLiteral("constraint")).toString() == QStringLiteral("饮用水水源保护区"));
  EXPECT_TRUE(found) << r.out.toStdString();

  // Statistics: the bundled counties by default, the planner's townships with --units.
  r = runPlanmap({QStringLiteral("stats"), QStringLiteral("--project"), p, QStringLiteral("--json")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(json(r).value(QStringLiteral("units_layer")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("counties"));
  r = runPlanmap({QStringLiteral("stats"), QStringLiteral("--project"), p, QStringLiteral("--units"), QStringLiteral("towns"), QStringLiteral("--json")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  QJsonObject stats = json(r);
  EXPECT_EQ(stats.value(QStringLiteral("units_layer")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("towns"));
  const QJsonArray rows = stats.value(QStringLiteral("counties")).toArray();
  ASSERT_EQ(rows.size(), 2);
  EXPECT_EQ(rows[0].toObject().value(QStringLiteral("county")).toString(), QStringLiteral("甲镇"));
  EXPECT_GT(rows[0].toObject().value(QStringLiteral("constraint_km2")).toObject().value(QStringLiteral("饮用水水源保护区")).toDouble(), 20.0);
  r = runPlanmap({QStringLiteral("stats"), QStringLiteral("--project"), p, QStringLiteral("--units"), QStringLiteral("towns")});
  ASSERT_EQ(r.exitCode, 0);
  EXPECT_TRUE(r.out.contains(QStringLiteral("统计单元: 乡镇界 (towns")));

  // Removing the counties and the red line: gone from every analysis.
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("remove"), p, QStringLiteral("counties")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("remove"), p, QStringLiteral("water")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("remove"), p, QStringLiteral("water")});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains(QStringLiteral("no layer \"water\"")));
  r = runPlanmap({QStringLiteral("stats"), QStringLiteral("--project"), p, QStringLiteral("--json")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_EQ(json(r).value(QStringLiteral("units_layer")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("towns"))
      << "without the bundled counties the first polygon layer that is no constraint holds the units";
  r = runPlanmap({QStringLiteral("check"), site, QStringLiteral("--project"), p, QStringLiteral("--json")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  for (const QJsonValue& v : json(r).value(QStringLiteral("conflicts")).toArray())
    EXPECT_NE(v.toObject().value(QStringLiteral("layer")).toString(), QStringLiteral("water"));
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("show"), p});
  ASSERT_EQ(r.exitCode, 0);
  EXPECT_FALSE(r.out.contains(QStringLiteral("\twater\t")));
  EXPECT_TRUE(r.out.contains(QStringLiteral("towns")));
}

TEST(ProjectCommand, EmptyProjectAndRefusals) {
  QTemporaryDir dir;
  const QDir d(dir.path());
  const QString p = d.filePath(QStringLiteral("empty.planmap"));
  CliResult r = runPlanmap({QStringLiteral("project"), QStringLiteral("new"), p, QStringLiteral("--empty")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("show"), p, QStringLiteral("--json")});
  ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
  EXPECT_TRUE(layerIds(json(r)).isEmpty());
  const QByteArray before = [&] {
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }();

  // Bad input changes nothing.
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("add"), p, d.filePath(QStringLiteral("nothing.shp"))});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains(QStringLiteral("nothing.shp")));
  const QString water = truth::write(d, QStringLiteral("water.geojson"), truth::waterSourceGeoJson());
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("add"), p, water, QStringLiteral("--constraint"), QStringLiteral("水源地:nuclear")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains(QStringLiteral("nuclear")));
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("add"), p, water, QStringLiteral("--buffer-m"), QStringLiteral("10")});
  EXPECT_EQ(r.exitCode, 2) << "a buffer belongs to a constraint";
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("add"), p, water, QStringLiteral("--constraint"), QStringLiteral("水源地:note"),
               QStringLiteral("--buffer-m"), QStringLiteral("nan")});
  EXPECT_EQ(r.exitCode, 2);
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("add"), p, water, QStringLiteral("--crs"), QStringLiteral("EPSG:999999")});
  EXPECT_EQ(r.exitCode, 2);
  r = runPlanmap({QStringLiteral("project"), QStringLiteral("frobnicate"), p});
  EXPECT_EQ(r.exitCode, 2);
  QFile after(p);
  ASSERT_TRUE(after.open(QIODevice::ReadOnly));
  EXPECT_EQ(after.readAll(), before);

  // With no polygon layer there are no units to count in, and the message says so.
  r = runPlanmap({QStringLiteral("stats"), QStringLiteral("--project"), p});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.err.contains(QStringLiteral("polygon layer")));
}
