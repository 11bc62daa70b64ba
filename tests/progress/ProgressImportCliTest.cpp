// `planmap progress import` on a project made through the core API (Project::createBundled + save).
#include "Project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

const QString kPlanmap = QStringLiteral(PLANMAP_BINARY_DIR "/app/planmap");

QString fixture(const char* name) { return QStringLiteral(PLANMAP_TEST_DATA "/progress/") + QString::fromUtf8(name); }

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

QString newProject(const QTemporaryDir& dir) {
  auto project = Project::createBundled();
  EXPECT_TRUE(project.isOk());
  const QString path = dir.filePath(QStringLiteral("p.planmap"));
  EXPECT_TRUE(project.value()->save(path).isOk());
  return path;
}

QByteArray digest(const QString& path) {
  QFile f(path);
  EXPECT_TRUE(f.open(QIODevice::ReadOnly));
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

TEST(ProgressImportCli, ImportsIntoTheProjectFile) {
  QTemporaryDir dir;
  const QString project = newProject(dir);
  const CliRun run = runPlanmap({QStringLiteral("progress"), QStringLiteral("import"), fixture("progress_wide_merged.xlsx"),
                                 QStringLiteral("--project"), project, QStringLiteral("--json")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject o = QJsonDocument::fromJson(run.out).object();
  EXPECT_EQ(o.value(QStringLiteral("imported")).toInt(), 11);
  EXPECT_TRUE(o.value(QStringLiteral("written")).toBool());
  EXPECT_EQ(o.value(QStringLiteral("sheets")).toArray().at(0).toObject().value(QStringLiteral("layout")).toString(), QStringLiteral("wide"));
  auto reopened = Project::open(project);
  ASSERT_TRUE(reopened.isOk()) << reopened.error().toStdString();
  const auto area = reopened.value()->progress().find(QStringLiteral("c11s5-t02"), 2022, QStringLiteral("city"));
  ASSERT_TRUE(area);
  EXPECT_DOUBLE_EQ(*area->value, 380.0);

  // The same file again: every figure is already there, nothing new.
  const CliRun again = runPlanmap({QStringLiteral("progress"), QStringLiteral("import"), fixture("progress_wide_merged.xlsx"),
                                   QStringLiteral("--project"), project, QStringLiteral("--json")});
  ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
  EXPECT_EQ(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("unchanged")).toInt(), 11);
}

TEST(ProgressImportCli, DryRunReportsAndWritesNothing) {
  QTemporaryDir dir;
  const QString project = newProject(dir);
  const QByteArray before = digest(project);
  const CliRun run = runPlanmap({QStringLiteral("progress"), QStringLiteral("import"), fixture("progress_gbk.csv"), QStringLiteral("--project"),
                                 project, QStringLiteral("--dry-run")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QString out = QString::fromUtf8(run.out);
  EXPECT_TRUE(out.contains(QStringLiteral("would import 3 new record(s)"))) << out.toStdString();
  EXPECT_TRUE(out.contains(QStringLiteral("GB18030"))) << out.toStdString();
  EXPECT_TRUE(out.contains(QStringLiteral("紫阳县"))) << out.toStdString();
  EXPECT_EQ(digest(project), before);
}

TEST(ProgressImportCli, ABadRowImportsNothingAndNamesRowAndColumn) {
  QTemporaryDir dir;
  const QString project = newProject(dir);
  const QByteArray before = digest(project);
  const CliRun run = runPlanmap({QStringLiteral("progress"), QStringLiteral("import"), fixture("progress_bad_rows.xlsx"),
                                 QStringLiteral("--project"), project});
  EXPECT_EQ(run.exitCode, 1);
  const QString err = QString::fromUtf8(run.err);
  EXPECT_TRUE(err.contains(QStringLiteral("sheet 有误, row 3, column B (年份)"))) << err.toStdString();
  EXPECT_TRUE(err.contains(QStringLiteral("row 4, column C (数值)"))) << err.toStdString();
  EXPECT_TRUE(err.contains(QStringLiteral("nothing imported"))) << err.toStdString();
  EXPECT_EQ(digest(project), before);
}

TEST(ProgressImportCli, ColumnAndLayoutOptions) {
  QTemporaryDir dir;
  const QString project = newProject(dir);
  const CliRun run = runPlanmap({QStringLiteral("progress"), QStringLiteral("import"), fixture("progress_long.xlsx"), QStringLiteral("--sheet"),
                                 QStringLiteral("监测数据"), QStringLiteral("--column"), QStringLiteral("source=备注"), QStringLiteral("--layout"),
                                 QStringLiteral("long"), QStringLiteral("--project"), project, QStringLiteral("--json"), QStringLiteral("--dry-run")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject o = QJsonDocument::fromJson(run.out).object();
  EXPECT_EQ(o.value(QStringLiteral("new")).toInt(), 7);
  EXPECT_FALSE(o.value(QStringLiteral("written")).toBool());
  const QJsonObject columns = o.value(QStringLiteral("sheets")).toArray().at(0).toObject().value(QStringLiteral("columns")).toObject();
  EXPECT_EQ(columns.value(QStringLiteral("source")).toString(), QStringLiteral("G (备注)"));

  const CliRun badLayout = runPlanmap({QStringLiteral("progress"), QStringLiteral("import"), fixture("progress_long.xlsx"),
                                       QStringLiteral("--layout"), QStringLiteral("diagonal"), QStringLiteral("--project"), project});
  EXPECT_EQ(badLayout.exitCode, 2);
  const CliRun noProject = runPlanmap({QStringLiteral("progress"), QStringLiteral("import"), fixture("progress_long.xlsx")});
  EXPECT_EQ(noProject.exitCode, 2);
}
