// The county statistics page type (issue #6): a layout item that paints CountyStatistics as a
// vector table, exported to PDF and read back with poppler.
#include "BundledMap.h"
#include "CountyStatistics.h"
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "MapDocument.h"
#include "PdfTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

class CountyStatsPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    document_ = new MapDocument;
    const Status loaded = BundledMap::loadInto(*document_);
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    auto layout = LayoutJson::resolve(QStringLiteral("a3_county_statistics"));
    ASSERT_TRUE(layout) << layout.error().toStdString();
    layout_ = new Layout(layout.value());
    LayoutContext context = LayoutContext::fromDocument(*document_);
    context.date = QDate(2025, 6, 30);
    ASSERT_TRUE(context.targets);
    // The figures the page must show, computed here straight from CountyStatistics.
    CountyStatisticsOptions options;
    options.currentYear = context.targets->currentYear();
    auto stats = CountyStatistics::compute(context.layers, &context.targets->catalog(), &context.targets->links(),
                                           &context.targets->progress(), options);
    ASSERT_TRUE(stats) << stats.error().toStdString();
    stats_ = new CountyStatistics(stats.value());
    // The exporter gets no statistics: it must compute them itself, as the CLI path does.
    LayoutExporter exporter(*layout_, context);
    pdf_ = dir_->filePath(QStringLiteral("counties.pdf"));
    auto report = exporter.exportPage(pdf_, ExportOptions{});
    ASSERT_TRUE(report) << report.error().toStdString();
    // PLANMAP_KEEP_OUTPUT=DIR keeps the PDF for looking at it.
    if (const QString keep = qEnvironmentVariable("PLANMAP_KEEP_OUTPUT"); !keep.isEmpty())
      QFile::copy(pdf_, QDir(keep).filePath(QStringLiteral("a3_county_statistics.pdf")));
  }
  static void TearDownTestSuite() {
    delete stats_;
    delete layout_;
    delete document_;
    delete dir_;
  }
  static inline QTemporaryDir* dir_ = nullptr;
  static inline MapDocument* document_ = nullptr;
  static inline Layout* layout_ = nullptr;
  static inline CountyStatistics* stats_ = nullptr;
  static inline QString pdf_;
};

}  // namespace

TEST_F(CountyStatsPage, LayoutJsonKeepsTheItemKind) {
  const LayoutItem* item = layout_->item(QStringLiteral("county_stats"));
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->kind(), LayoutItemKind::CountyStats);
  const QJsonObject json = LayoutJson::toJson(*layout_);
  auto back = LayoutJson::fromJson(json, QStringLiteral("round trip"));
  ASSERT_TRUE(back) << back.error().toStdString();
  EXPECT_EQ(back.value(), *layout_);
  bool found = false;
  for (const QJsonValue& v : json.value(QStringLiteral("items")).toArray())
    found = found || v.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("county_stats");
  EXPECT_TRUE(found);
}

TEST_F(CountyStatsPage, PdfTableHasEveryCountyAndTheirFiguresAsText) {
  // -layout keeps each table row on one line of text.
  const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf_, QStringLiteral("-")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QString text = run.out;
  ASSERT_FALSE(text.isEmpty());
  ASSERT_EQ(stats_->rows().size(), 10u);
  EXPECT_TRUE(text.contains(QStringLiteral("各县（市、区）统计")));
  EXPECT_TRUE(text.contains(QStringLiteral("秦岭核心保护区")));
  for (const CountyStatistics::Row& row : stats_->rows()) {
    EXPECT_TRUE(text.contains(row.county)) << row.county.toStdString();
    // The county's area, to one decimal as the table prints it, stands on the county's line.
    const QString area = QString::number(row.areaKm2, 'f', 1);
    const QRegularExpression line(QRegularExpression::escape(row.county) + QStringLiteral("[^\\n]*\\s") +
                                  QRegularExpression::escape(area) + QStringLiteral("\\s"));
    EXPECT_TRUE(text.contains(line)) << row.county.toStdString() << " " << area.toStdString();
  }
  // The total row's area is the sum of the rows'.
  double total = 0;
  for (const CountyStatistics::Row& row : stats_->rows()) total += row.areaKm2;
  EXPECT_TRUE(text.contains(QStringLiteral("合计"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QString::number(total, 'f', 1))) << total;
}

TEST_F(CountyStatsPage, FontsAreEmbeddedSubsetsAndPageIsA3) {
  const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {pdf_});
  ASSERT_EQ(fonts.exitCode, 0) << fonts.err.toStdString();
  const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
  ASSERT_FALSE(lines.isEmpty());
  for (const QString& line : lines) {
    EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+yes\\s+yes\\b")))) << line.toStdString();
    EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+")))) << line.toStdString();
  }
  EXPECT_TRUE(pdfInfo(pdf_).contains(QStringLiteral("1190.55 x 841.89 pts")));
}

TEST_F(CountyStatsPage, AtlasPageHighlightsItsCountyAndKeepsTheTable) {
  // An atlas over the counties computes the statistics once and prints the table on every page.
  Layout layout = *layout_;
  LayoutContext context = LayoutContext::fromDocument(*document_);
  LayoutExporter exporter(layout, context);
  const QString pdf = dir_->filePath(QStringLiteral("atlas.pdf"));
  ExportOptions options;
  options.georeference = false;
  auto report = exporter.exportAtlas(pdf, options, QStringLiteral("counties"));
  ASSERT_TRUE(report) << report.error().toStdString();
  EXPECT_EQ(report->pages, 10);
  const QString last = pdfText(pdf, 10);
  for (const CountyStatistics::Row& row : stats_->rows()) EXPECT_TRUE(last.contains(row.county)) << row.county.toStdString();
}
