#include "ReportPdfWriter.h"

#include "CoordinateTransform.h"
#include "LinkStore.h"
#include "MapDocument.h"
#include "MapPainter.h"
#include "MapSettings.h"
#include "PdfPostProcessor.h"
#include "ReportScratchFile.h"
#include "ReportTargetCells.h"
#include "TargetChartPainter.h"
#include "TargetStatusTheme.h"
#include "VectorLayer.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QDir>

namespace planmap {
namespace {

const QString kFamily = QStringLiteral("Noto Sans CJK SC");

QFont font(double pt, bool bold = false) {
  QFont f = TargetChartPainter::font(pt);
  f.setPointSizeF(pt);
  f.setBold(bold);
  return f;
}

// The running page: where the next block goes, page breaks, page numbers.
class Flow {
 public:
  Flow(QPdfWriter& writer, QPainter& painter) : writer_(writer), p_(painter) {
    dpi_ = writer.resolution();
    width_ = writer.width();
    bottom_ = writer.height() - mm(9);
  }
  double mm(double v) const { return v * dpi_ / 25.4; }
  double width() const { return width_; }
  double y = 0;
  int page = 1;
  QPainter& painter() { return p_; }
  QPaintDevice* device() { return &writer_; }

  void footer() {
    p_.setFont(font(7.5));
    p_.setPen(QColor(120, 120, 120));
    p_.drawText(QRectF(0, bottom_ + mm(3), width_, mm(5)), Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("— %1 —").arg(page));
  }
  void newPage() {
    footer();
    writer_.newPage();
    ++page;
    y = 0;
  }
  void ensure(double height) {
    if (y > 0 && y + height > bottom_) newPage();
  }
  double textHeight(const QString& text, const QFont& f, double width) {
    return QFontMetricsF(f, &writer_).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
  }
  void paragraph(const QString& text, const QFont& f, const QColor& colour = Qt::black, double indent = 0, double after = 1.2) {
    const double h = textHeight(text, f, width_ - indent);
    ensure(h);
    p_.setFont(f);
    p_.setPen(colour);
    p_.drawText(QRectF(indent, y, width_ - indent, h + 1), Qt::TextWordWrap, text);
    y += h + mm(after);
  }
  double remaining() const { return bottom_ - y; }

 private:
  QPdfWriter& writer_;
  QPainter& p_;
  double dpi_ = 200, width_ = 0, bottom_ = 0;
};

void cover(Flow& f, const EvaluationReport& r) {
  f.y = f.mm(70);
  f.paragraph(r.title.isEmpty() ? QStringLiteral("规划目标") : r.title, font(20, true), Qt::black, 0, 6);
  f.paragraph(QStringLiteral("目标完成情况总结评估报告"), font(24, true), QColor(20, 60, 120), 0, 10);
  f.paragraph(QStringLiteral("评估截至：%1年").arg(r.asOfYear), font(13), Qt::black, 0, 3);
  if (r.periodStart && r.periodEnd) f.paragraph(QStringLiteral("规划期：%1—%2年").arg(r.periodStart).arg(r.periodEnd), font(13), Qt::black, 0, 3);
  f.paragraph(QStringLiteral("评估目标 %1 项，分布于 %2 章").arg(r.targetCount()).arg(r.chapters.size()), font(13), Qt::black, 0, 3);
  f.y = f.mm(230);
  f.paragraph(QStringLiteral("生成日期：%1    由 PlanMap 根据项目中记录的进展数据生成").arg(QDate::currentDate().toString(Qt::ISODate)),
              font(9), QColor(90, 90, 90));
  f.paragraph(QStringLiteral("状态按线性进度判断：基期值到期限目标值的直线给出评估年份的应达值；落后不超过预警阈值（默认 10%）为“存在风险”，超过为“滞后”。"),
              font(9), QColor(90, 90, 90));
  f.newPage();
}

void summary(Flow& f, const EvaluationReport& r) {
  f.paragraph(QStringLiteral("一、总体情况"), font(15, true), Qt::black, 0, 3);
  f.paragraph(QStringLiteral("截至%1年，纳入评估的 %2 项目标中，已实现 %3 项，占 %4%。")
                  .arg(r.asOfYear).arg(r.targetCount()).arg(r.count(TargetStatus::Achieved))
                  .arg(QString::number(r.achievedShare() * 100, 'f', 1)),
              font(10.5), Qt::black, 0, 3);
  QPainter& p = f.painter();
  const double row = f.mm(8), labelW = f.mm(40), countW = f.mm(25), barW = f.width() - labelW - countW - f.mm(10);
  const int total = std::max(1, r.targetCount());
  for (TargetStatus s : kReportStatuses) {
    f.ensure(row);
    p.setPen(QPen(QColor(90, 90, 90), f.mm(0.15)));
    p.setBrush(reportStatusColor(s));
    p.drawRect(QRectF(0, f.y + f.mm(1.5), f.mm(5), f.mm(5)));
    p.setFont(font(10.5));
    p.setPen(Qt::black);
    p.drawText(QRectF(f.mm(7), f.y, labelW, row), Qt::AlignVCenter | Qt::AlignLeft, reportStatusLabel(s));
    p.drawText(QRectF(labelW, f.y, countW, row), Qt::AlignVCenter | Qt::AlignRight, QStringLiteral("%1 项").arg(r.count(s)));
    p.setBrush(reportStatusColor(s));
    p.setPen(Qt::NoPen);
    p.drawRect(QRectF(labelW + countW + f.mm(5), f.y + f.mm(2), barW * r.count(s) / total, f.mm(4)));
    f.y += row;
  }
  f.y += f.mm(4);
  f.paragraph(QStringLiteral("各章目标"), font(12, true), Qt::black, 0, 2);
  for (const EvaluationReport::Chapter& c : r.chapters) {
    QStringList parts;
    for (TargetStatus s : kReportStatuses) {
      int n = 0;
      for (const auto& t : c.targets) n += t.verdict.assessment.status == s;
      if (n) parts << QStringLiteral("%1 %2").arg(reportStatusLabel(s)).arg(n);
    }
    f.paragraph(QStringLiteral("%1 %2：%3 项（%4）").arg(c.name, c.title).arg(c.targets.size()).arg(parts.join(QStringLiteral("，"))), font(10));
  }
}

// The targets table of one chapter, the header repeated on each page it spans.
void targetsTable(Flow& f, const EvaluationReport::Chapter& c) {
  const QStringList headers = ReportTargetCells::headers();
  const std::vector<double> shares{0.10, 0.20, 0.09, 0.12, 0.13, 0.06, 0.08, 0.22};
  std::vector<double> widths;
  for (double s : shares) widths.push_back(s * f.width());
  const QFont head = font(8, true), body = font(7.5);
  const double pad = f.mm(1);
  QPainter& p = f.painter();
  const auto drawRow = [&](const QStringList& cells, const QFont& fnt, const QColor& fill, int statusColumn, const QColor& statusFill) {
    double h = 0;
    for (int i = 0; i < cells.size(); ++i) h = std::max(h, f.textHeight(cells[i], fnt, widths[i] - 2 * pad));
    h += 2 * pad;
    f.ensure(h);
    double x = 0;
    for (int i = 0; i < cells.size(); ++i) {
      const QRectF cell(x, f.y, widths[i], h);
      p.setPen(QPen(QColor(160, 160, 160), f.mm(0.12)));
      p.setBrush(i == statusColumn ? statusFill : fill);
      p.drawRect(cell);
      p.setPen(Qt::black);
      p.setFont(fnt);
      p.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[i]);
      x += widths[i];
    }
    f.y += h;
    return h;
  };
  f.ensure(f.mm(20));
  drawRow(headers, head, QColor(225, 232, 242), -1, {});
  for (const EvaluationReport::Target& t : c.targets) {
    const QStringList cells = ReportTargetCells::cells(t);
    // A row that starts a new page gets the header again above it.
    double h = 0;
    for (int i = 0; i < cells.size(); ++i) h = std::max(h, f.textHeight(cells[i], body, widths[i] - 2 * pad));
    if (h + 2 * pad > f.remaining()) {
      f.newPage();
      drawRow(headers, head, QColor(225, 232, 242), -1, {});
    }
    QColor status = reportStatusColor(t.verdict.assessment.status);
    status.setAlpha(150);
    drawRow(cells, body, Qt::white, ReportTargetCells::kStatusColumn, status);
  }
  f.y += f.mm(4);
}

void countyMap(Flow& f, const ReportPdfWriter::Inputs& in, const EvaluationReport::Target& t, const QRectF& rect) {
  if (!in.counties || !in.catalog || !in.progress || !in.counties->features) return;
  static const LinkStore kNoLinks;
  TargetThemeOptions options;
  options.currentYear = in.report->asOfYear;
  auto theme = TargetStatusTheme::build(*in.counties, *in.catalog, in.links ? *in.links : kNoLinks, *in.progress, t.verdict.target->id, options);
  if (!theme) return;
  const Crs mapCrs = MapDocument::defaultDisplayCrs();
  auto toMap = CoordinateTransform::create(in.counties->crs, mapCrs);
  if (!toMap) return;
  MapSettings settings;
  settings.destinationCrs = mapCrs;
  settings.outputSize = rect.size().toSize();
  settings.dpi = f.device()->logicalDpiX();
  settings.extent = toMap->transformBounds(in.counties->features->extent()).buffered(2000);
  LayerRenderSnapshot snapshot = LayerRenderSnapshot::of(*in.counties);
  snapshot.style = theme->style;
  settings.layers.push_back(std::move(snapshot));
  QPainter& p = f.painter();
  p.save();
  p.translate(rect.topLeft());
  p.setClipRect(QRectF(QPointF(0, 0), rect.size()));
  MapPainter::paint(p, settings);
  p.restore();
  p.setPen(QPen(QColor(150, 150, 150), f.mm(0.15)));
  p.setBrush(Qt::NoBrush);
  p.drawRect(rect);
}

void chapterCharts(Flow& f, const ReportPdfWriter::Inputs& in, const EvaluationReport::Chapter& c) {
  const double gap = f.mm(4), w = (f.width() - gap) / 2, h = f.mm(58);
  int column = 0;
  for (const EvaluationReport::Target& t : c.targets) {
    if (!t.hasChart()) continue;
    if (column == 0) f.ensure(h + f.mm(8));
    const double x = column * (w + gap);
    QPainter& p = f.painter();
    p.setFont(font(8.5, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(x, f.y, w, f.mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("图 %1 %2").arg(t.verdict.target->id, t.verdict.target->indicator));
    TargetChartPainter::paintTrend(p, QRectF(x, f.y + f.mm(6), w, h), t, kFamily, 7);
    column = 1 - column;
    if (column == 0) f.y += h + f.mm(10);
  }
  if (column == 1) f.y += h + f.mm(10);
  // Targets recorded by county: the comparison bars and the county status map side by side.
  for (const EvaluationReport::Target& t : c.targets) {
    if (t.counties.empty()) continue;
    f.ensure(h + f.mm(8));
    QPainter& p = f.painter();
    p.setFont(font(8.5, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(0, f.y, f.width(), f.mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("图 %1 各区县对比与状态分布（%2年）").arg(t.verdict.target->id).arg(in.report->asOfYear));
    TargetChartPainter::paintCountyBars(p, QRectF(0, f.y + f.mm(6), w, h), t, kFamily, 7);
    countyMap(f, in, t, QRectF(w + gap, f.y + f.mm(6), w, h));
    f.y += h + f.mm(8);
    QStringList legend;
    for (const auto& cv : t.counties) legend << QStringLiteral("%1：%2（%3）").arg(cv.county, reportStatusLabel(cv.verdict.assessment.status), cv.verdict.explanation);
    f.paragraph(legend.join(QStringLiteral("；")), font(7.5), QColor(60, 60, 60), 0, 3);
  }
}

}  // namespace

Status ReportPdfWriter::write(const Inputs& in, const QString& path) {
  if (!in.report) return Status::fail(QStringLiteral("%1: no report to write").arg(path));
  const EvaluationReport& r = *in.report;
  const ReportScratchFile scratch;
  const QString& temporary = scratch.path();
  if (temporary.isEmpty()) return Status::fail(QStringLiteral("%1: cannot make a scratch file in %2").arg(path, QDir::tempPath()));
  int pages = 0;
  const int total = r.targetCount();
  {
    QPdfWriter writer(temporary);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("%1 目标完成情况总结评估报告（%2年）").arg(r.title).arg(r.asOfYear));
    writer.setCreator(QStringLiteral("PlanMap"));
    QPainter painter;
    if (!painter.begin(&writer)) {
      QFile::remove(temporary);
      return Status::fail(QStringLiteral("%1: cannot start the PDF").arg(path));
    }
    Flow f(writer, painter);
    const auto cancelled = [&](int done) { return in.progressCallback && !in.progressCallback(f.page, done, total); };
    cover(f, r);
    summary(f, r);
    int done = 0;
    bool stop = cancelled(0);
    for (std::size_t i = 0; i < r.chapters.size() && !stop; ++i) {
      const EvaluationReport::Chapter& c = r.chapters[i];
      f.newPage();
      static const char* kNumbers[] = {"二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
      const QString number = i < std::size(kNumbers) ? QString::fromUtf8(kNumbers[i]) : QString::number(i + 2);
      f.paragraph(QStringLiteral("%1、%2 %3").arg(number, c.name, c.title), font(14, true), Qt::black, 0, 3);
      targetsTable(f, c);
      chapterCharts(f, in, c);
      done += int(c.targets.size());
      stop = cancelled(done);
    }
    if (!stop) {
      f.newPage();
      f.paragraph(QStringLiteral("数据来源"), font(14, true), Qt::black, 0, 3);
      if (r.sources.isEmpty()) f.paragraph(QStringLiteral("（进展记录未注明来源）"), font(10));
      for (const QString& s : r.sources) f.paragraph(QStringLiteral("· %1").arg(s), font(10));
      f.y += f.mm(6);
      const auto missing = r.targetsWithoutData();
      f.paragraph(QStringLiteral("附录：暂无数据的目标（%1 项）").arg(missing.size()), font(14, true), Qt::black, 0, 3);
      for (const EvaluationReport::Target* t : missing)
        f.paragraph(QStringLiteral("%1  %2  %3").arg(t->verdict.target->id, t->verdict.target->chapter, t->verdict.target->indicator.isEmpty() ? t->verdict.target->name : t->verdict.target->indicator),
                    font(9.5));
      f.footer();
      stop = cancelled(total);
    }
    pages = f.page;
    if (!painter.end() || stop) {
      QFile::remove(temporary);
      return Status::fail(stop ? QStringLiteral("%1: cancelled").arg(path) : QStringLiteral("%1: writing the PDF failed").arg(path));
    }
  }
  const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
  std::vector<PdfPageInfo> infos(std::size_t(pages), PdfPageInfo{a4, {}});
  if (Status s = PdfPostProcessor::apply(temporary, infos); !s) {
    QFile::remove(temporary);
    return Status::fail(QString(s.error()).replace(temporary, path));
  }
  return scratch.publish(path);
}

}  // namespace planmap
