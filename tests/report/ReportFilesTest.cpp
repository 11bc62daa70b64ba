// The report written as PDF and XLSX and read back: pdftotext/pdffonts/pdftoppm for the PDF, GDAL's
// XLSX driver (SpreadsheetReader) and unzip for the workbook.
#include "EvaluationReport.h"
#include "ReportPdfWriter.h"
#include "ReportTestData.h"
#include "ReportXlsxWriter.h"
#include "SpreadsheetReader.h"
#include "TargetStatusTheme.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

QByteArray run(const QString& program, const QStringList& args, int* exitCode = nullptr) {
  QProcess p;
  p.start(program, args);
  p.waitForFinished(120000);
  if (exitCode) *exitCode = p.exitCode();
  return p.readAllStandardOutput();
}

struct Fixture {
  std::unique_ptr<Project> project = testdata::projectWithFixtureProgress();
  EvaluationReport report = EvaluationReport::build(project->catalog(), project->progress(), project->warningThresholds(), 2024);
};

}  // namespace

TEST(ReportPdf, EveryTargetAndStatusWordIsSearchableTextWithEmbeddedFonts) {
  Fixture fx;
  QTemporaryDir dir;
  const QString pdf = dir.filePath(QStringLiteral("评估报告.pdf"));
  ReportPdfWriter::Inputs in;
  in.report = &fx.report;
  in.catalog = &fx.project->catalog();
  in.links = &fx.project->links();
  in.progress = &fx.project->progress();
  for (const auto& layer : fx.project->document().layers())
    if (TargetStatusTheme::isCountyLayer(*layer)) in.counties = layer;
  ASSERT_TRUE(in.counties);
  int lastPage = 0;
  in.progressCallback = [&](int page, int, int) {
    lastPage = page;
    return true;
  };
  const Status s = ReportPdfWriter::write(in, pdf);
  ASSERT_TRUE(s.isOk()) << s.error().toStdString();
  EXPECT_GT(lastPage, 4);
  // PLANMAP_TEST_KEEP=DIR keeps a copy to look at.
  if (const QString keep = qEnvironmentVariable("PLANMAP_TEST_KEEP"); !keep.isEmpty()) QFile::copy(pdf, keep + QStringLiteral("/report.pdf"));
  // Nothing left behind but the report.
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

  const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
  for (const auto& c : fx.report.chapters)
    for (const auto& t : c.targets) EXPECT_TRUE(text.contains(t.verdict.target->id)) << t.verdict.target->id.toStdString();
  for (TargetStatus st : kReportStatuses) EXPECT_TRUE(text.contains(reportStatusLabel(st))) << reportStatusLabel(st).toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("目标完成情况总结评估报告")));
  // Explanations wrap inside their table cell; the words are there.
  EXPECT_TRUE(text.contains(QStringLiteral("按线性进度")));
  EXPECT_TRUE(text.contains(QStringLiteral("落后")));
  EXPECT_TRUE(text.contains(QStringLiteral("数据来源")));
  EXPECT_TRUE(text.contains(QStringLiteral("测试数据（虚构，非真实统计）")));
  EXPECT_TRUE(text.contains(QStringLiteral("附录：暂无数据的目标")));

  const QString fonts = QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf}));
  const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
  ASSERT_FALSE(lines.isEmpty()) << fonts.toStdString();
  // Columns from the right: ID, object, uni, sub, emb.
  for (const QString& line : lines) {
    const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ASSERT_GE(cols.size(), 6) << line.toStdString();
    EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << line.toStdString();
  }

  // Page size A4 portrait, and the pages are not blank.
  const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
  EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
  int rc = -1;
  run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
                                   QStringLiteral("-l"), QStringLiteral("4"), pdf, dir.filePath(QStringLiteral("page"))}, &rc);
  ASSERT_EQ(rc, 0);
  const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
  ASSERT_EQ(pngs.size(), 4);
  for (const QString& png : pngs) {
    const QImage image(dir.filePath(png));
    ASSERT_FALSE(image.isNull());
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x) dark += qGray(image.pixel(x, y)) < 160;
    EXPECT_GT(dark, 200) << png.toStdString();
  }
}

TEST(ReportPdf, CancelWritesNothing) {
  Fixture fx;
  QTemporaryDir dir;
  const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
  ReportPdfWriter::Inputs in;
  in.report = &fx.report;
  in.progressCallback = [](int, int done, int) { return done == 0; };
  const Status s = ReportPdfWriter::write(in, pdf);
  EXPECT_FALSE(s.isOk());
  EXPECT_TRUE(s.error().contains(QStringLiteral("cancelled")));
  EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(ReportXlsx, SheetsValuesAndFillsReadBack) {
  Fixture fx;
  QTemporaryDir dir;
  const QString xlsx = dir.filePath(QStringLiteral("评估.xlsx"));
  const Status s = ReportXlsxWriter::write(fx.report, xlsx);
  ASSERT_TRUE(s.isOk()) << s.error().toStdString();

  auto table = SpreadsheetReader::read(xlsx);
  ASSERT_TRUE(table.isOk()) << table.error().toStdString();
  QStringList names;
  for (const SpreadsheetSheet& sheet : table->sheets) names << sheet.name;
  EXPECT_EQ(names.first(), QStringLiteral("汇总"));
  EXPECT_TRUE(names.contains(QStringLiteral("全部指标")));
  EXPECT_TRUE(names.contains(QStringLiteral("第十一章")));
  EXPECT_TRUE(names.contains(QStringLiteral("第十二章")));
  EXPECT_TRUE(names.contains(QStringLiteral("原始记录")));
  EXPECT_TRUE(names.contains(QStringLiteral("图表")));

  // 全部指标: header, then a merged chapter row, then the targets with numbers as numbers.
  const SpreadsheetSheet& all = table->sheets[std::size_t(names.indexOf(QStringLiteral("全部指标")))];
  EXPECT_EQ(all.rows[0].at(0), QStringLiteral("编号"));
  EXPECT_TRUE(all.rows[1].at(0).startsWith(QStringLiteral("第十一章")));
  int found = 0;
  for (const QStringList& row : all.rows)
    if (!row.isEmpty() && row.at(0) == QLatin1String("c11s5-t02")) {
      ++found;
      EXPECT_EQ(row.at(2), QStringLiteral("万平方米"));
      EXPECT_EQ(row.at(5), QStringLiteral("380"));
      EXPECT_EQ(row.at(6), QStringLiteral("2022"));
      EXPECT_EQ(row.at(8), QStringLiteral("500"));
      EXPECT_EQ(row.at(10), reportStatusLabel(TargetStatus::Behind));
    }
  EXPECT_EQ(found, 1);
  const SpreadsheetSheet& raw = table->sheets[std::size_t(names.indexOf(QStringLiteral("原始记录")))];
  EXPECT_EQ(int(raw.rows.size()) - 1, int(fx.report.records.size()));

  // Styles: a solid fill in each status colour; merged cells; a frozen pane; native charts.
  const QString styles = QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/styles.xml")}));
  for (TargetStatus st : kReportStatuses) {
    const QString argb = QStringLiteral("FF") + reportStatusColor(st).name().mid(1).toUpper();
    EXPECT_TRUE(styles.contains(QStringLiteral("<fgColor rgb=\"%1\"/>").arg(argb))) << argb.toStdString();
  }
  const QString listing = QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx}));
  EXPECT_TRUE(listing.contains(QStringLiteral("xl/charts/chart1.xml"))) << listing.toStdString();
  // 全部指标 is the second sheet.
  const QString allXml = QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet2.xml")}));
  EXPECT_TRUE(allXml.contains(QStringLiteral("<mergeCell ref=\"A2:L2\"/>"))) << allXml.left(300).toStdString();
  EXPECT_TRUE(allXml.contains(QStringLiteral("state=\"frozen\"")));
}
