// `planmap check` verdicts that are sane for huge, outside, off-planet and zero-area sites, and
// arguments that are refused with the allowed values.
#include "HardeningSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace hardening;

namespace {

QJsonObject checkJson(const QString& site, const QStringList& extra = {}) {
  const CliRun run = planmap(QStringList{"check", site, "--json"} + extra);
  EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
  return QJsonDocument::fromJson(run.out).object();
}

QString siteFile(const QTemporaryDir& dir, const char* name, const QList<QPair<double, double>>& ring) {
  const QString path = dir.filePath(QString::fromLatin1(name) + ".geojson");
  writeFile(path, polygonGeoJson(ring));
  return path;
}

QString verdictOf(const QJsonObject& report) { return report.value("summary").toObject().value("verdict").toString(); }

QStringList warningsOf(const QJsonObject& report) {
  QStringList out;
  for (const QJsonValue& w : report.value("site").toObject().value("warnings").toArray()) out << w.toString();
  return out;
}

}  // namespace

TEST(CliVerdicts, AHugeSiteCoveringTheCoreZoneIsNeverClear) {
  QTemporaryDir dir;
  const QString huge = siteFile(dir, "huge", {{0, 0}, {179, 0}, {179, 89}, {0, 89}, {0, 0}});
  const QJsonObject report = checkJson(huge);
  EXPECT_EQ(verdictOf(report), "prohibited") << QJsonDocument(report).toJson().toStdString();
  bool core = false;
  for (const QJsonValue& c : report.value("conflicts").toArray()) core = core || c.toObject().value("rule").toString() == "qinling-core";
  EXPECT_TRUE(core);
  EXPECT_GT(report.value("site").toObject().value("area_m2").toDouble(), 1e13);
}

TEST(CliVerdicts, TheWholeWorldIsRefusedAsTooLarge) {
  QTemporaryDir dir;
  const QString world = siteFile(dir, "world", {{-180, -90}, {180, -90}, {180, 90}, {-180, 90}, {-180, -90}});
  const CliRun run = planmap({"check", world, "--json"});
  EXPECT_NE(run.exitCode, 0);
  EXPECT_TRUE(run.err.contains("too large")) << run.err.toStdString();
}

TEST(CliVerdicts, SitesWhollyOutsideTheCityAreOutsideAnkang) {
  QTemporaryDir dir;
  const QList<QList<QPair<double, double>>> places = {
      {{-46.7, -23.6}, {-46.6, -23.6}, {-46.6, -23.5}, {-46.7, -23.5}, {-46.7, -23.6}},  // São Paulo
      {{0, 0}, {0.01, 0}, {0.01, 0.01}, {0, 0.01}, {0, 0}},                                // Null Island
      {{10, -80}, {11, -80}, {11, -79}, {10, -79}, {10, -80}},                             // Antarctica
  };
  int i = 0;
  for (const auto& ring : places) {
    const QJsonObject report = checkJson(siteFile(dir, QByteArray("far" + QByteArray::number(i++)).constData(), ring));
    EXPECT_EQ(verdictOf(report), "outside_ankang") << QJsonDocument(report).toJson().toStdString();
    EXPECT_TRUE(warningsOf(report).join(" ").contains("outside Ankang"));
  }
}

TEST(CliVerdicts, ASitePartlyOutsideIsWarned) {
  QTemporaryDir dir;
  // Ankang's northern edge runs near 33.8°N: this box crosses it.
  const QJsonObject report = checkJson(siteFile(dir, "edge", {{108.9, 33.3}, {109.1, 33.3}, {109.1, 34.4}, {108.9, 34.4}, {108.9, 33.3}}));
  const double share = report.value("site").toObject().value("inside_ankang_share").toDouble(-1);
  EXPECT_GT(share, 0.0);
  EXPECT_LT(share, 1.0);
  EXPECT_TRUE(warningsOf(report).join(" ").contains("lies in Ankang")) << warningsOf(report).join(" | ").toStdString();
}

TEST(CliVerdicts, ASiteOnMarsIsRefused) {
  QTemporaryDir dir;
  const QString src = dir.filePath("src.geojson");
  writeFile(src, polygonGeoJson({{109.0, 32.6}, {109.01, 32.6}, {109.01, 32.61}, {109.0, 32.61}, {109.0, 32.6}}));
  const QString shp = dir.filePath("mars.shp");
  ASSERT_TRUE(ogr2ogr({"-f", "ESRI Shapefile", shp, src}));
  writeFile(dir.filePath("mars.prj"),
            R"(GEOGCS["GCS_Mars_2000",DATUM["D_Mars_2000",SPHEROID["Mars_2000_IAU_IAG",3396190.0,169.8944472236118]],PRIMEM["Reference_Meridian",0.0],UNIT["Degree",0.0174532925199433]])");
  const CliRun run = planmap({"check", shp, "--json"});
  EXPECT_NE(run.exitCode, 0) << run.out.toStdString();
  EXPECT_TRUE(run.err.contains("not on Earth")) << run.err.toStdString();
}

TEST(CliVerdicts, AZeroAreaPolygonIsRefusedAndPointSitesSayWhatTheyAreCheckedBy) {
  QTemporaryDir dir;
  const QString flat = siteFile(dir, "flat", {{109.0, 32.6}, {109.1, 32.7}, {109.1, 32.7}, {109.0, 32.6}});
  const CliRun run = planmap({"check", flat, "--json"});
  // Refused, or repaired into what it really is (a line) and checked as that, saying so.
  if (run.exitCode != 0) {
    EXPECT_TRUE(run.err.contains("no area") || run.err.contains("degenerate")) << run.err.toStdString();
  } else {
    const QJsonObject flatReport = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(flatReport.value("site").toObject().value("geometry").toString(), "line");
    EXPECT_TRUE(warningsOf(flatReport).join(" ").contains("line site"));
  }

  const QString point = dir.filePath("point.geojson");
  writeFile(point, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[109.0,32.7]}}]})");
  const QJsonObject report = checkJson(point);
  EXPECT_TRUE(warningsOf(report).join(" ").contains("point site")) << warningsOf(report).join(" | ").toStdString();
}

TEST(CliVerdicts, AbsurdArgumentsAreRefusedWithTheAllowedValues) {
  QTemporaryDir dir;
  const QString site = siteFile(dir, "s", {{109.0, 32.6}, {109.01, 32.6}, {109.01, 32.61}, {109.0, 32.61}, {109.0, 32.6}});
  for (const char* b : {"nan", "inf", "-inf", "1e300", "-5"}) {
    const CliRun run = planmap({"check", site, "--buffer-m", b});
    EXPECT_EQ(run.exitCode, 2) << b;
    EXPECT_TRUE(run.err.contains("--buffer-m")) << run.err.toStdString();
  }
  const CliRun activity = planmap({"check", site, "--activity", "nuke"});
  EXPECT_EQ(activity.exitCode, 2);
  EXPECT_TRUE(activity.err.contains("allowed") && activity.err.contains("mining")) << activity.err.toStdString();
  const CliRun dpi = planmap({"export", "--dpi", "nan", "-o", dir.filePath("x.pdf")});
  EXPECT_EQ(dpi.exitCode, 2);
}
