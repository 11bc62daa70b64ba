// `planmap check` and `planmap stats` as a planner runs them: the real executable, parsed output.

#include "AnalysisFixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap::test;

namespace {

struct CliRun {
  int exitCode = -1;
  QByteArray out, err;
};

CliRun runPlanmap(const QStringList& arguments) {
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  // Without it Qt warns on stderr about XDG_RUNTIME_DIR, which is not what these tests read.
  static QTemporaryDir runtimeDir;
  env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path());
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(PLANMAP_BINARY_DIR "/app/planmap"), arguments);
  CliRun run;
  if (!process.waitForFinished(120000)) return run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

}  // namespace

TEST(CheckCommand, JsonOutputNamesCountiesAndConflicts) {
  const CliRun run = runPlanmap({QStringLiteral("check"), testData(QStringLiteral("analysis/site_qinling_core_4545.geojson")),
                           QStringLiteral("--json")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QJsonParseError error;
  const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
  ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.left(300).toStdString();
  const QJsonObject site = json[QStringLiteral("site")].toObject();
  EXPECT_EQ(site[QStringLiteral("counties")].toArray(), QJsonArray{QStringLiteral("宁陕县")});
  EXPECT_FALSE(site[QStringLiteral("repaired")].toBool());
  EXPECT_NEAR(site[QStringLiteral("area_m2")].toDouble(), 16'000'000, 16'000'000 * 0.005);
  const QJsonArray conflicts = json[QStringLiteral("conflicts")].toArray();
  ASSERT_FALSE(conflicts.isEmpty());
  const QJsonObject first = conflicts.at(0).toObject();
  EXPECT_EQ(first[QStringLiteral("severity")].toString(), QStringLiteral("prohibited"));
  EXPECT_EQ(first[QStringLiteral("layer")].toString(), QStringLiteral("qinling_zones"));
  EXPECT_TRUE(first[QStringLiteral("caveat")].toBool());
  EXPECT_TRUE(first[QStringLiteral("plan_items")].toArray().contains(QStringLiteral("c12s1-m06")));
  EXPECT_NEAR(first[QStringLiteral("overlap_mu")].toDouble(), first[QStringLiteral("overlap_m2")].toDouble() * 3 / 2000, 0.01);
  EXPECT_EQ(json[QStringLiteral("summary")].toObject()[QStringLiteral("verdict")].toString(), QStringLiteral("prohibited"));
}

TEST(CheckCommand, BufferOptionWidensTheRiverCorridor) {
  const QString site = testData(QStringLiteral("analysis/site_two_counties.geojson"));
  auto corridorArea = [&](const QString& buffer) {
    const CliRun run = runPlanmap({QStringLiteral("check"), site, QStringLiteral("--json"), QStringLiteral("--buffer-m"), buffer});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json[QStringLiteral("buffer_m")].toDouble(), buffer.toDouble());
    double sum = 0;
    for (const QJsonValue c : json[QStringLiteral("conflicts")].toArray())
      if (c[QStringLiteral("layer")].toString() == QLatin1String("rivers")) sum += c[QStringLiteral("overlap_m2")].toDouble();
    return sum;
  };
  EXPECT_LT(corridorArea(QStringLiteral("0")), 1.0);
  EXPECT_GE(corridorArea(QStringLiteral("5000")), corridorArea(QStringLiteral("500")));
}

TEST(CheckCommand, ReportFileMatchesTheJsonOnStdout) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("report.json"));
  const CliRun run = runPlanmap({QStringLiteral("check"), testData(QStringLiteral("analysis/site_bowtie_4545.geojson")),
                           QStringLiteral("--json"), QStringLiteral("-o"), out});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QFile file(out);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
  EXPECT_EQ(written, QJsonDocument::fromJson(run.out).object());
  EXPECT_TRUE(written[QStringLiteral("site")][QStringLiteral("repaired")].toBool());
}

TEST(CheckCommand, PdfReportIsWritten) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("report.pdf"));
  const CliRun run = runPlanmap({QStringLiteral("check"), testData(QStringLiteral("analysis/site_two_counties.geojson")),
                           QStringLiteral("-o"), out});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QFile file(out);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
  EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("汉滨区")));  // the text summary still prints
}

TEST(CheckCommand, BadInputFailsWithOneLineNamingTheFile) {
  for (const QString& bad : {testData(QStringLiteral("analysis/truncated_site.geojson")),
                             testData(QStringLiteral("analysis/no_such_site.geojson"))}) {
    const CliRun run = runPlanmap({QStringLiteral("check"), bad, QStringLiteral("--json")});
    EXPECT_NE(run.exitCode, 0);
    const QString err = QString::fromUtf8(run.err).trimmed();
    EXPECT_TRUE(err.startsWith(QStringLiteral("planmap: "))) << err.toStdString();
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_TRUE(err.contains(QFileInfo(bad).fileName())) << err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
  }
  EXPECT_EQ(runPlanmap({QStringLiteral("check"), QStringLiteral("--buffer-m"), QStringLiteral("wide")}).exitCode, 2);
}

TEST(StatsCommand, CsvAndJsonCoverEveryCounty) {
  QTemporaryDir dir;
  const QString csv = dir.filePath(QStringLiteral("stats.csv"));
  const CliRun run = runPlanmap({QStringLiteral("stats"), QStringLiteral("--csv"), csv, QStringLiteral("--json")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonArray counties = QJsonDocument::fromJson(run.out).object()[QStringLiteral("counties")].toArray();
  ASSERT_EQ(counties.size(), 10);
  QFile file(csv);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_TRUE(file.readAll().startsWith("\xEF\xBB\xBF"));
}

TEST(CheckCommand, UserConstraintLayerTakesTheGivenSeverity) {
  const CliRun run = runPlanmap({QStringLiteral("check"), testData(QStringLiteral("analysis/site_two_counties.geojson")),
                                 QStringLiteral("--json"), QStringLiteral("--constraint"),
                                 testData(QStringLiteral("analysis/user_constraint_farmland.geojson")) + QStringLiteral(":prohibited")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject json = QJsonDocument::fromJson(run.out).object();
  const QJsonObject first = json[QStringLiteral("conflicts")].toArray().at(0).toObject();
  EXPECT_TRUE(first[QStringLiteral("layer")].toString().startsWith(QStringLiteral("user-")));
  EXPECT_EQ(first[QStringLiteral("feature")].toString(), QStringLiteral("farmland-1"));
  EXPECT_EQ(first[QStringLiteral("severity")].toString(), QStringLiteral("prohibited"));
  EXPECT_NEAR(first[QStringLiteral("share")].toDouble(), 0.5, 0.01);  // the west half of the site
}

// `planmap check --json` carries each conflict's provenance ("names fixed": plan, regulation,
// planmap-default) with its citation beside it; a PlanMap default never prohibits.
TEST(CheckCommand, JsonCarriesTheProvenanceOfEveryConflict) {
  const CliRun run = runPlanmap({QStringLiteral("check"), testData(QStringLiteral("analysis/site_two_counties.geojson")),
                                 QStringLiteral("--json"), QStringLiteral("--activity"), QStringLiteral("mining")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonArray conflicts = QJsonDocument::fromJson(run.out).object()[QStringLiteral("conflicts")].toArray();
  ASSERT_FALSE(conflicts.isEmpty());
  QSet<QString> kinds;
  for (const auto& v : conflicts) {
    const QJsonObject c = v.toObject();
    const QString p = c[QStringLiteral("provenance")].toString();
    SCOPED_TRACE((c[QStringLiteral("rule")].toString() + QLatin1Char(' ') + p).toStdString());
    EXPECT_TRUE(p == QLatin1String("plan") || p == QLatin1String("regulation") || p == QLatin1String("planmap-default"));
    EXPECT_FALSE(c[QStringLiteral("provenance_citation")].toString().isEmpty());
    if (p == QLatin1String("plan")) EXPECT_FALSE(c[QStringLiteral("provenance_item")].toString().isEmpty());
    if (p == QLatin1String("planmap-default")) EXPECT_NE(c[QStringLiteral("severity")].toString(), QStringLiteral("prohibited"));
    kinds.insert(p);
  }
  EXPECT_TRUE(kinds.contains(QStringLiteral("planmap-default")));  // the 500 m Han corridor
}
