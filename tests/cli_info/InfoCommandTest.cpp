#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun {
  int exitCode = -1;
  QByteArray out, err;
};

CliRun planmap(const QStringList& arguments) {
  QProcess process;
  // Qt's offscreen platform complains on stderr without a runtime dir; give it one so stderr
  // holds only what planmap says.
  static QTemporaryDir runtime;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("XDG_RUNTIME_DIR", runtime.path());
  env.insert("QT_QPA_PLATFORM", "offscreen");
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(PLANMAP_BINARY_DIR "/app/planmap"), QStringList{"info"} + arguments);
  CliRun run;
  if (!process.waitForFinished(60000)) return run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

QString fixture(const char* relative) { return QStringLiteral(PLANMAP_TEST_DATA "/") + QString::fromUtf8(relative); }

QJsonObject firstLayer(const CliRun& run) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
  return doc.object().value("layers").toArray().first().toObject();
}

}  // namespace

TEST(InfoCommand, JsonForAGbkShapefileWithoutCpg) {
  const CliRun run = planmap({fixture("loading/gbk_detect/ankang_gbk.shp"), "--json", "--features"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
  const QJsonObject layer = firstLayer(run);
  EXPECT_EQ(layer.value("name").toString(), "ankang_gbk");
  EXPECT_EQ(layer.value("driver").toString(), "ESRI Shapefile");
  EXPECT_EQ(layer.value("feature_count").toInt(), 10);
  const QJsonObject encoding = layer.value("encoding").toObject();
  EXPECT_EQ(encoding.value("source").toString(), "detected");
  EXPECT_EQ(encoding.value("name").toString(), "CP936");
  EXPECT_FALSE(encoding.value("note").toString().isEmpty());
  const QJsonObject crs = layer.value("crs").toObject();
  EXPECT_EQ(crs.value("epsg").toInt(), 4545);
  EXPECT_EQ(crs.value("source").toString(), "file");
  EXPECT_FALSE(crs.value("is_guess").toBool());
  const QJsonArray fields = layer.value("fields").toArray();
  ASSERT_EQ(fields.size(), 2);
  EXPECT_EQ(fields[1].toObject().value("name").toString(), "name");
  EXPECT_EQ(fields[1].toObject().value("type").toString(), "String");
  // The Gauss-Krüger extent comes back as lon/lat around Ankang (x = lon).
  const QJsonArray ll = layer.value("extent_lonlat").toArray();
  ASSERT_EQ(ll.size(), 4);
  EXPECT_GT(ll[0].toDouble(), 108.0);
  EXPECT_LT(ll[2].toDouble(), 110.5);
  EXPECT_GT(ll[1].toDouble(), 31.5);
  EXPECT_LT(ll[3].toDouble(), 34.0);
  const QJsonArray features = layer.value("features").toArray();
  ASSERT_EQ(features.size(), 10);
  EXPECT_EQ(features[0].toObject().value("attributes").toObject().value("name").toString(), QStringLiteral("汉滨区"));
  EXPECT_EQ(features[9].toObject().value("attributes").toObject().value("name").toString(), QStringLiteral("白河县"));
  EXPECT_EQ(features[0].toObject().value("attributes").toObject().value("adcode").toInt(), 610902);
}

TEST(InfoCommand, InferredCrsListsItsCandidates) {
  const CliRun run = planmap({fixture("loading/gk_noprj/ankang_gk.shp"), "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject crs = firstLayer(run).value("crs").toObject();
  EXPECT_EQ(crs.value("source").toString(), "inferred");
  EXPECT_TRUE(crs.value("is_guess").toBool());
  const QJsonArray candidates = crs.value("candidates").toArray();
  ASSERT_GT(candidates.size(), 1);
  EXPECT_EQ(candidates[0].toObject().value("epsg").toInt(), crs.value("epsg").toInt());
  EXPECT_FALSE(candidates[0].toObject().value("reason").toString().isEmpty());
}

TEST(InfoCommand, OverridesAndLimit) {
  const CliRun run = planmap({fixture("loading/gbk_cpg/ankang_cpg936.shp"), "--json", "--encoding", "GB18030", "--crs",
                           "EPSG:4545", "--limit", "2"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject layer = firstLayer(run);
  EXPECT_EQ(layer.value("encoding").toObject().value("source").toString(), "override");
  EXPECT_EQ(layer.value("crs").toObject().value("source").toString(), "override");
  const QJsonArray features = layer.value("features").toArray();
  ASSERT_EQ(features.size(), 2);
  EXPECT_EQ(features[1].toObject().value("attributes").toObject().value("name").toString(), QStringLiteral("汉阴县"));
}

TEST(InfoCommand, ReadableSummaryKeepsChinese) {
  const CliRun run = planmap({fixture("loading/gbk_ldid/ankang_ldid.shp"), "--features", "--limit", "1"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QString text = QString::fromUtf8(run.out);
  EXPECT_TRUE(text.contains(QStringLiteral("汉滨区"))) << run.out.toStdString();
  EXPECT_TRUE(text.contains("CP936 [ldid]")) << run.out.toStdString();
  EXPECT_TRUE(text.contains("EPSG:4545")) << run.out.toStdString();
  EXPECT_FALSE(text.contains(QStringLiteral("汉阴县")));
}

TEST(InfoCommand, BadInputFailsWithOneLineOnStderr) {
  const CliRun run = planmap({fixture("bad/count_mismatch.shp"), "--json"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
  EXPECT_EQ(run.err, "planmap: count_mismatch.shp: .shp has 10 shapes but .dbf has 7 records\n");

  const CliRun garbage = planmap({fixture("bad/notes.abc")});
  EXPECT_NE(garbage.exitCode, 0);
  EXPECT_TRUE(garbage.err.startsWith("planmap: notes.abc: not a vector dataset GDAL can read")) << garbage.err.toStdString();
  EXPECT_EQ(garbage.err.count('\n'), 1);
}

TEST(InfoCommand, BadUsageExitsWithTwo) {
  EXPECT_EQ(planmap({}).exitCode, 2);
  EXPECT_EQ(planmap({fixture("loading/multi.gpkg"), "--crs", "EPSG:not-a-code"}).exitCode, 2);
  EXPECT_EQ(planmap({fixture("loading/multi.gpkg"), "--limit"}).exitCode, 2);
  EXPECT_EQ(planmap({fixture("loading/multi.gpkg"), "--frobnicate"}).exitCode, 2);
}
