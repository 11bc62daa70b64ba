// `planmap render`, `export` and `check` work on a saved project with --project P.
#include "Project.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

const QString kPlanmap = QStringLiteral(PLANMAP_BINARY_DIR "/app/planmap");

struct CliRun {
  int exitCode = -1;
  QByteArray out, err;
};

CliRun runPlanmap(const QStringList& args) {
  QProcess p;
  p.start(kPlanmap, args);
  p.waitForFinished(120000);
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString saveBundledProject(const QTemporaryDir& dir, const QString& name, bool countiesVisible) {
  auto project = Project::createBundled();
  EXPECT_TRUE(project.isOk());
  MapDocument& document = project.value()->document();
  for (const auto& layer : document.snapshot())
    document.editLayer(layer->id, [&](VectorLayer& l) {
      l.visible = l.id == QLatin1String("counties") ? countiesVisible : l.id == QLatin1String("prefecture");
    });
  project.value()->setViewExtent(Extent::fromCorners(470000, 3590000, 560000, 3660000));
  const QString path = dir.filePath(name);
  EXPECT_TRUE(project.value()->save(path).isOk());
  return path;
}

}  // namespace

TEST(ProjectCli, RenderDrawsTheProjectsLayersAndView) {
  QTemporaryDir dir;
  const QString with = saveBundledProject(dir, QStringLiteral("with.planmap"), true);
  const QString without = saveBundledProject(dir, QStringLiteral("without.planmap"), false);
  const CliRun a = runPlanmap({QStringLiteral("render"), QStringLiteral("--project"), with, QStringLiteral("--size"), QStringLiteral("400x300"),
                         QStringLiteral("-o"), dir.filePath(QStringLiteral("with.png"))});
  const CliRun b = runPlanmap({QStringLiteral("render"), QStringLiteral("--project"), without, QStringLiteral("--size"),
                         QStringLiteral("400x300"), QStringLiteral("-o"), dir.filePath(QStringLiteral("without.png"))});
  ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
  ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
  const QImage imageWith(dir.filePath(QStringLiteral("with.png"))), imageWithout(dir.filePath(QStringLiteral("without.png")));
  ASSERT_EQ(imageWith.size(), QSize(400, 300));
  // The county boundaries inside the city are drawn only when the project shows that layer.
  int differing = 0;
  for (int y = 0; y < 300; ++y)
    for (int x = 0; x < 400; ++x) differing += imageWith.pixel(x, y) != imageWithout.pixel(x, y);
  EXPECT_GT(differing, 500);
}

TEST(ProjectCli, CheckAndExportAcceptTheProject) {
  QTemporaryDir dir;
  const QString project = saveBundledProject(dir, QStringLiteral("p.planmap"), true);
  const QString site = dir.filePath(QStringLiteral("site.geojson"));
  QFile f(site);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
    "geometry":{"type":"Polygon","coordinates":[[[109.00,32.66],[109.03,32.66],[109.03,32.69],[109.00,32.69],[109.00,32.66]]]}}]})");
  f.close();
  const CliRun check = runPlanmap({QStringLiteral("check"), site, QStringLiteral("--project"), project, QStringLiteral("--json")});
  ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
  const QJsonObject report = QJsonDocument::fromJson(check.out).object();
  EXPECT_TRUE(report.value(QStringLiteral("site")).toObject().value(QStringLiteral("counties")).toArray().contains(QStringLiteral("汉滨区")))
      << check.out.toStdString();

  const CliRun missing = runPlanmap({QStringLiteral("check"), site, QStringLiteral("--project"), dir.filePath(QStringLiteral("nope.planmap"))});
  EXPECT_NE(missing.exitCode, 0);
  EXPECT_TRUE(missing.err.contains("nope.planmap")) << missing.err.toStdString();

  const CliRun exported = runPlanmap({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("p.pdf"))});
  ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
  EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("p.pdf"))));
}
