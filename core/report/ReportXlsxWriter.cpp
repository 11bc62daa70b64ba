#include "ReportXlsxWriter.h"

#include "ReportScratchFile.h"
#include "ReportTargetCells.h"
#include "TargetChartPainter.h"

#include <QColor>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QDir>
#include <xlsxwriter.h>

namespace planmap {
namespace {

QByteArray u8(const QString& s) { return s.toUtf8(); }

lxw_color_t rgb(const QColor& c) { return lxw_color_t((c.red() << 16) | (c.green() << 8) | c.blue()); }

// Formats of the workbook, made once.
struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* chapter;
  lxw_format* text;
  lxw_format* wrap;
  lxw_format* number;
  lxw_format* integer;
  lxw_format* percent;
  QHash<int, lxw_format*> status;  // TargetStatus -> filled cell

  explicit Formats(lxw_workbook* wb) {
    title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xE1E8F2);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    chapter = workbook_add_format(wb);
    format_set_bold(chapter);
    format_set_bg_color(chapter, 0xF2F2F2);
    format_set_border(chapter, LXW_BORDER_THIN);
    text = workbook_add_format(wb);
    format_set_border(text, LXW_BORDER_THIN);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    wrap = workbook_add_format(wb);
    format_set_border(wrap, LXW_BORDER_THIN);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    number = workbook_add_format(wb);
    format_set_border(number, LXW_BORDER_THIN);
    format_set_num_format(number, "#,##0.00");
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    integer = workbook_add_format(wb);
    format_set_border(integer, LXW_BORDER_THIN);
    format_set_num_format(integer, "0");
    format_set_align(integer, LXW_ALIGN_VERTICAL_TOP);
    percent = workbook_add_format(wb);
    format_set_border(percent, LXW_BORDER_THIN);
    format_set_num_format(percent, "0.0%");
    for (TargetStatus s : kReportStatuses) {
      lxw_format* f = workbook_add_format(wb);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_pattern(f, LXW_PATTERN_SOLID);
      format_set_bg_color(f, rgb(reportStatusColor(s)));
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      status.insert(int(s), f);
    }
  }
};

void writeString(lxw_worksheet* ws, int row, int col, const QString& s, lxw_format* f) {
  worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), u8(s).constData(), f);
}

void writeOptional(lxw_worksheet* ws, int row, int col, std::optional<double> v, lxw_format* number, lxw_format* blank) {
  if (v) worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), *v, number);
  else worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), blank);
}

const QStringList kTargetColumns{QStringLiteral("编号"), QStringLiteral("指标"), QStringLiteral("单位"), QStringLiteral("基期值"),
                                 QStringLiteral("基期年"), QStringLiteral("最新值"), QStringLiteral("最新年份"), QStringLiteral("目标"),
                                 QStringLiteral("目标值"), QStringLiteral("期限"), QStringLiteral("状态"), QStringLiteral("说明")};

void targetColumns(lxw_worksheet* ws) {
  const double widths[] = {11, 30, 9, 10, 8, 10, 9, 20, 10, 7, 10, 46};
  for (int c = 0; c < int(std::size(widths)); ++c) worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
}

int targetHeader(lxw_worksheet* ws, const Formats& f, int row) {
  for (int c = 0; c < kTargetColumns.size(); ++c) writeString(ws, row, c, kTargetColumns[c], f.header);
  return row + 1;
}

void targetRow(lxw_worksheet* ws, const Formats& f, int row, const EvaluationReport::Target& t) {
  const PlanItem& item = *t.verdict.target;
  const TargetAssessment& a = t.verdict.assessment;
  writeString(ws, row, 0, item.id, f.text);
  writeString(ws, row, 1, item.indicator.isEmpty() ? item.name : item.indicator, f.wrap);
  writeString(ws, row, 2, item.unit, f.text);
  writeOptional(ws, row, 3, item.baseline ? std::optional(item.baseline->value) : std::nullopt, f.number, f.text);
  writeOptional(ws, row, 4, item.baseline ? std::optional(double(item.baseline->year)) : std::nullopt, f.integer, f.text);
  writeOptional(ws, row, 5, a.latest, f.number, f.text);
  writeOptional(ws, row, 6, a.latest ? std::optional(double(a.latestYear)) : std::nullopt, f.integer, f.text);
  writeString(ws, row, 7, ReportTargetCells::promise(item), f.wrap);
  writeOptional(ws, row, 8, a.threshold, f.number, f.text);
  writeOptional(ws, row, 9, a.deadline ? std::optional(double(a.deadline)) : std::nullopt, f.integer, f.text);
  writeString(ws, row, 10, reportStatusLabel(a.status), f.status.value(int(a.status)));
  writeString(ws, row, 11, t.verdict.explanation, f.wrap);
}

QString sheetNameFor(const EvaluationReport::Chapter& c) {
  QString name = c.name.isEmpty() ? QStringLiteral("第%1章").arg(c.number) : c.name;
  for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) name.remove(bad);
  return name.left(31);
}

QString quoted(const QString& sheet) { return QStringLiteral("'%1'").arg(sheet); }

}  // namespace

Status ReportXlsxWriter::write(const EvaluationReport& r, const QString& path, const std::function<bool(int, int)>& progress) {
  const ReportScratchFile scratch;
  const QString& temporary = scratch.path();
  if (temporary.isEmpty()) return Status::fail(QStringLiteral("%1: cannot make a scratch file in %2").arg(path, QDir::tempPath()));
  lxw_workbook* wb = workbook_new(u8(temporary).constData());
  if (!wb) {
    QFile::remove(temporary);
    return Status::fail(QStringLiteral("%1: cannot start the workbook").arg(path));
  }
  const Formats f(wb);
  const int total = r.targetCount();
  int done = 0;

  // 汇总
  lxw_worksheet* sum = workbook_add_worksheet(wb, u8(summarySheetName()).constData());
  worksheet_set_column(sum, 0, 0, 16, nullptr);
  worksheet_set_column(sum, 1, 2, 12, nullptr);
  worksheet_merge_range(sum, 0, 0, 0, 3, u8(QStringLiteral("%1 目标完成情况总结评估（截至%2年）").arg(r.title).arg(r.asOfYear)).constData(), f.title);
  writeString(sum, 2, 0, QStringLiteral("状态"), f.header);
  writeString(sum, 2, 1, QStringLiteral("目标数"), f.header);
  writeString(sum, 2, 2, QStringLiteral("占比"), f.header);
  int row = 3;
  for (TargetStatus s : kReportStatuses) {
    writeString(sum, row, 0, reportStatusLabel(s), f.status.value(int(s)));
    worksheet_write_number(sum, lxw_row_t(row), 1, r.count(s), f.integer);
    worksheet_write_number(sum, lxw_row_t(row), 2, total ? double(r.count(s)) / total : 0.0, f.percent);
    ++row;
  }
  writeString(sum, row, 0, QStringLiteral("合计"), f.header);
  worksheet_write_number(sum, lxw_row_t(row), 1, total, f.integer);
  worksheet_write_number(sum, lxw_row_t(row), 2, total ? 1.0 : 0.0, f.percent);
  row += 2;
  writeString(sum, row, 0, QStringLiteral("已实现占比"), f.header);
  worksheet_write_number(sum, lxw_row_t(row), 1, r.achievedShare(), f.percent);

  // 全部指标: chapter header rows merged across the table.
  lxw_worksheet* all = workbook_add_worksheet(wb, u8(allTargetsSheetName()).constData());
  targetColumns(all);
  row = targetHeader(all, f, 0);
  worksheet_freeze_panes(all, 1, 0);
  const int lastColumn = int(kTargetColumns.size()) - 1;
  for (const EvaluationReport::Chapter& c : r.chapters) {
    worksheet_merge_range(all, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(lastColumn),
                          u8(QStringLiteral("%1 %2（%3 项）").arg(c.name, c.title).arg(c.targets.size())).constData(), f.chapter);
    ++row;
    for (const EvaluationReport::Target& t : c.targets) targetRow(all, f, row++, t);
  }
  worksheet_autofilter(all, 0, 0, lxw_row_t(std::max(0, row - 1)), lxw_col_t(lastColumn));

  // One sheet per chapter.
  QStringList usedNames{summarySheetName(), allTargetsSheetName(), recordsSheetName(), chartsSheetName(), chartDataSheetName()};
  for (const EvaluationReport::Chapter& c : r.chapters) {
    // Two catalogs may both have a 第三章: sheet names must be unique.
    QString name = sheetNameFor(c);
    for (int n = 2; usedNames.contains(name, Qt::CaseInsensitive); ++n) name = sheetNameFor(c).left(27) + QStringLiteral(" (%1)").arg(n);
    usedNames << name;
    lxw_worksheet* ws = workbook_add_worksheet(wb, u8(name).constData());
    if (!ws) continue;
    targetColumns(ws);
    int cr = targetHeader(ws, f, 0);
    worksheet_freeze_panes(ws, 1, 0);
    for (const EvaluationReport::Target& t : c.targets) targetRow(ws, f, cr++, t);
    done += int(c.targets.size());
    if (progress && !progress(done, total)) {
      workbook_close(wb);
      QFile::remove(temporary);
      return Status::fail(QStringLiteral("%1: cancelled").arg(path));
    }
  }

  // 原始记录
  lxw_worksheet* raw = workbook_add_worksheet(wb, u8(recordsSheetName()).constData());
  const QStringList rawHeaders{QStringLiteral("指标编号"), QStringLiteral("年份"), QStringLiteral("范围"), QStringLiteral("数值"),
                               QStringLiteral("单位"), QStringLiteral("已完成"), QStringLiteral("来源"), QStringLiteral("备注")};
  for (int c = 0; c < rawHeaders.size(); ++c) writeString(raw, 0, c, rawHeaders[c], f.header);
  worksheet_freeze_panes(raw, 1, 0);
  worksheet_set_column(raw, 0, 0, 12, nullptr);
  worksheet_set_column(raw, 6, 7, 30, nullptr);
  QHash<QString, QString> units;
  for (const auto& c : r.chapters)
    for (const auto& t : c.targets) units.insert(t.verdict.target->id, t.verdict.target->unit);
  row = 1;
  for (const ProgressRecord& rec : r.records) {
    writeString(raw, row, 0, rec.target, f.text);
    worksheet_write_number(raw, lxw_row_t(row), 1, rec.year, f.integer);
    writeString(raw, row, 2, rec.scope == QLatin1String("city") ? QStringLiteral("全市") : rec.scope, f.text);
    writeOptional(raw, row, 3, rec.value, f.number, f.text);
    writeString(raw, row, 4, units.value(rec.target), f.text);
    writeString(raw, row, 5, rec.achieved ? QStringLiteral("是") : QString(), f.text);
    writeString(raw, row, 6, rec.source, f.text);
    writeString(raw, row, 7, rec.note, f.text);
    ++row;
  }

  // Native charts on 图表, their series on 图表数据.
  lxw_worksheet* charts = workbook_add_worksheet(wb, u8(chartsSheetName()).constData());
  lxw_worksheet* data = workbook_add_worksheet(wb, u8(chartDataSheetName()).constData());
  const QString dataRef = quoted(chartDataSheetName());
  int dataRow = 0, chartRow = 0, chartCount = 0;
  for (const auto& c : r.chapters)
    for (const auto& t : c.targets) {
      if (!t.hasChart()) continue;
      const TargetChartSeries s = TargetChartSeries::of(t);
      writeString(data, dataRow, 0, t.verdict.target->id, f.header);
      writeString(data, dataRow, 1, QStringLiteral("实际值"), f.header);
      writeString(data, dataRow, 3, QStringLiteral("规划进度"), f.header);
      const int first = dataRow + 1;
      for (std::size_t i = 0; i < s.actual.size(); ++i) {
        worksheet_write_number(data, lxw_row_t(first + int(i)), 0, s.actual[i].x(), f.integer);
        worksheet_write_number(data, lxw_row_t(first + int(i)), 1, s.actual[i].y(), f.number);
      }
      if (s.hasPlan) {
        worksheet_write_number(data, lxw_row_t(first), 2, s.planStart.x(), f.integer);
        worksheet_write_number(data, lxw_row_t(first), 3, s.planStart.y(), f.number);
        worksheet_write_number(data, lxw_row_t(first + 1), 2, s.planEnd.x(), f.integer);
        worksheet_write_number(data, lxw_row_t(first + 1), 3, s.planEnd.y(), f.number);
      }
      const int last = first + int(std::max<std::size_t>(s.actual.size(), 2)) - 1;
      lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS);
      const auto range = [&](int col, int r0, int r1) {
        const QChar letter(u'A' + col);
        return u8(QStringLiteral("=%1!$%2$%3:$%2$%4").arg(dataRef).arg(letter).arg(r0 + 1).arg(r1 + 1));
      };
      lxw_chart_series* actual = chart_add_series(chart, range(0, first, first + int(s.actual.size()) - 1).constData(),
                                                  range(1, first, first + int(s.actual.size()) - 1).constData());
      chart_series_set_name(actual, "实际值");
      if (s.hasPlan) {
        lxw_chart_series* plan = chart_add_series(chart, range(2, first, first + 1).constData(), range(3, first, first + 1).constData());
        chart_series_set_name(plan, "规划进度");
        lxw_chart_line dashed{};
        dashed.color = 0x808080;
        dashed.dash_type = LXW_CHART_LINE_DASH_DASH;
        dashed.width = 1.5;
        chart_series_set_line(plan, &dashed);
        chart_series_set_marker_type(plan, LXW_CHART_MARKER_NONE);
      }
      chart_title_set_name(chart, u8(QStringLiteral("%1 %2").arg(t.verdict.target->id, t.verdict.target->indicator)).constData());
      chart_axis_set_name(chart->x_axis, "年份");
      chart_axis_set_name(chart->y_axis, u8(t.verdict.target->unit).constData());
      chart_axis_set_num_format(chart->x_axis, "0");
      worksheet_insert_chart(charts, lxw_row_t(chartRow), lxw_col_t((chartCount % 2) * 9), chart);
      if (chartCount % 2 == 1) chartRow += 16;
      ++chartCount;
      dataRow = last + 2;
    }
  if (chartCount == 0) writeString(charts, 0, 0, QStringLiteral("暂无可绘制的量化目标数据"), nullptr);

  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    QFile::remove(temporary);
    return Status::fail(QStringLiteral("%1: writing the workbook failed: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
  }
  return scratch.publish(path);
}

}  // namespace planmap
