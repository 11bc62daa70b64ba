#include "BundledMap.h"
#include "ComplianceDock.h"
#include "Project.h"
#include "MapDocument.h"
#include "VectorLayer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <gtest/gtest.h>

using namespace planmap;

namespace {
// The default project, as the window opens it: the bundled Ankang map, catalog and links.
std::unique_ptr<planmap::Project> bundledProject() {
  auto project = planmap::Project::createBundled();
  EXPECT_TRUE(project.isOk()) << project.error().toStdString();
  return project.isOk() ? std::move(project.value()) : std::make_unique<planmap::Project>();
}
}  // namespace

namespace {

// A square site; written at test time so the fixture is plainly visible here.
QString writeSquare(const QTemporaryDir& dir, const QString& name, double x0, double y0, double x1, double y1) {
  const QString path = dir.filePath(name + QStringLiteral(".geojson"));
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return {};
  f.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"%1"},)"
                         R"("geometry":{"type":"Polygon","coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}}]})")
              .arg(name)
              .arg(x0)
              .arg(y0)
              .arg(x1)
              .arg(y1)
              .toUtf8());
  return path;
}

constexpr int kTimeoutMs = 30000;

}  // namespace

// A site across the 汉滨区/旬阳市 border: the checker finds Qinling, river and basin conflicts.
TEST(ComplianceDockTest, ChecksSiteFileSelectsConflictAndExportsJson) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString site = writeSquare(dir, QStringLiteral("border"), 109.2, 32.75, 109.3, 32.85);
  auto project = bundledProject();
  ComplianceDock dock(*project);
  QSignalSpy finished(&dock, &ComplianceDock::checkFinished);
  QSignalSpy failed(&dock, &ComplianceDock::checkFailed);
  QSignalSpy zoom(&dock, &ComplianceDock::zoomRequested);
  dock.checkFile(site);
  EXPECT_TRUE(dock.isBusy());
  QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, kTimeoutMs);
  ASSERT_EQ(failed.count(), 0) << failed.first().first().toString().toStdString();
  EXPECT_FALSE(dock.isBusy());

  auto* table = dock.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
  ASSERT_NE(table, nullptr);
  ASSERT_TRUE(dock.report().has_value());
  EXPECT_GE(table->rowCount(), 1);
  EXPECT_EQ(table->rowCount(), static_cast<int>(dock.report()->conflicts.size()));
  auto* summary = dock.findChild<QLabel*>(QStringLiteral("summaryLabel"));
  ASSERT_NE(summary, nullptr);
  EXPECT_TRUE(summary->text().contains(QStringLiteral("汉滨区"))) << summary->text().toStdString();

  // The site extent comes back in lon/lat around the square.
  ASSERT_EQ(zoom.count(), 1);
  const auto extent = zoom.first().first().value<Extent>();
  EXPECT_NEAR(extent.minX, 109.2, 1e-6);
  EXPECT_NEAR(extent.maxY, 32.85, 1e-6);

  QSignalSpy highlight(&dock, &ComplianceDock::highlightRequested);
  table->selectRow(0);
  ASSERT_EQ(highlight.count(), 1);
  EXPECT_EQ(highlight.first().at(0).toString(), dock.report()->conflicts.front().layer);
  const QStringList keys = highlight.first().at(1).toStringList();
  ASSERT_FALSE(keys.isEmpty());
  EXPECT_FALSE(keys.first().isEmpty());
  // The plan text the selected conflict rests on is quoted below the table.
  auto* planText = dock.findChild<QPlainTextEdit*>(QStringLiteral("planText"));
  ASSERT_NE(planText, nullptr);
  const QString firstLine = dock.report()->conflicts.front().ruleText.section(QLatin1Char('\n'), 0, 0);
  ASSERT_FALSE(firstLine.isEmpty());
  EXPECT_TRUE(planText->toPlainText().contains(firstLine)) << planText->toPlainText().toStdString();

  const QString json = dir.filePath(QStringLiteral("report.json"));
  ASSERT_TRUE(dock.exportJson(json)) << dock.exportJson(json).error().toStdString();
  QFile f(json);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
  ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
  ASSERT_TRUE(doc.object().contains(QStringLiteral("conflicts")));
  EXPECT_EQ(doc.object().value(QStringLiteral("conflicts")).toArray().size(), table->rowCount());
}

// A check started while another runs supersedes it: only the latest report is shown, and the
// superseded one never reports, even after it has finished.
TEST(ComplianceDockTest, LaterCheckSupersedesRunningOne) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString first = writeSquare(dir, QStringLiteral("first_ningshan"), 108.2, 33.2, 108.4, 33.4);
  const QString second = writeSquare(dir, QStringLiteral("second_border"), 109.2, 32.75, 109.3, 32.85);
  auto project = bundledProject();
  ComplianceDock dock(*project);
  QSignalSpy finished(&dock, &ComplianceDock::checkFinished);
  QSignalSpy failed(&dock, &ComplianceDock::checkFailed);
  dock.checkFile(first);
  dock.checkFile(second);
  QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, kTimeoutMs);
  ASSERT_EQ(failed.count(), 0);
  // Let the superseded worker finish and deliver; its result must be dropped.
  QThreadPool::globalInstance()->waitForDone(kTimeoutMs);
  QCoreApplication::processEvents();
  QTest::qWait(0);
  EXPECT_EQ(finished.count(), 1);
  ASSERT_TRUE(dock.report().has_value());
  EXPECT_TRUE(dock.report()->siteFile.contains(QStringLiteral("second_border")) ||
              dock.report()->siteName.contains(QStringLiteral("second_border")))
      << dock.report()->siteName.toStdString();
  EXPECT_TRUE(dock.report()->countyNames().contains(QStringLiteral("汉滨区")));
}

TEST(ComplianceDockTest, UnreadableFileReportsFailure) {
  auto project = bundledProject();
  ComplianceDock dock(*project);
  QSignalSpy failed(&dock, &ComplianceDock::checkFailed);
  dock.checkFile(QStringLiteral("/nonexistent/site.geojson"));
  ASSERT_EQ(failed.count(), 1);
  EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("site.geojson")));
  EXPECT_FALSE(dock.isBusy());
}

// A feature the window hands in: the 宁陕县 county polygon lies largely in the Qinling zones.
TEST(ComplianceDockTest, ChecksFeatureOfLoadedLayer) {
  MapDocument document;
  const Status loaded = BundledMap::loadInto(document);
  ASSERT_TRUE(loaded) << loaded.error().toStdString();
  std::shared_ptr<const VectorLayer> counties = document.layer(QStringLiteral("counties"));
  ASSERT_NE(counties, nullptr);
  const std::int64_t row = counties->rowOfKey(QStringLiteral("county-610923"));  // 宁陕县
  ASSERT_GE(row, 0);
  auto project = bundledProject();
  ComplianceDock dock(*project);
  QSignalSpy finished(&dock, &ComplianceDock::checkFinished);
  QSignalSpy failed(&dock, &ComplianceDock::checkFailed);
  dock.checkFeature(counties, static_cast<std::size_t>(row));
  QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, kTimeoutMs);
  ASSERT_EQ(failed.count(), 0) << failed.first().first().toString().toStdString();
  ASSERT_TRUE(dock.report().has_value());
  EXPECT_TRUE(dock.report()->countyNames().contains(QStringLiteral("宁陕县")));
  bool qinling = false;
  for (const ConstraintConflict& c : dock.report()->conflicts) qinling |= c.layer == QStringLiteral("qinling_zones");
  EXPECT_TRUE(qinling);
}

TEST(ComplianceDockTest, ExportsPdf) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  auto project = bundledProject();
  ComplianceDock dock(*project);
  EXPECT_FALSE(dock.exportPdf(dir.filePath(QStringLiteral("none.pdf"))));  // nothing checked yet
  QSignalSpy finished(&dock, &ComplianceDock::checkFinished);
  dock.checkFile(writeSquare(dir, QStringLiteral("pdf_site"), 109.2, 32.75, 109.3, 32.85));
  QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
  const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
  const Status written = dock.exportPdf(pdf);
  ASSERT_TRUE(written) << written.error().toStdString();
  QFile f(pdf);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_TRUE(f.read(5) == "%PDF-");
  EXPECT_GT(f.size(), 10000);
}
